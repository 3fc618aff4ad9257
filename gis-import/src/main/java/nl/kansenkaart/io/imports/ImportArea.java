package nl.kansenkaart.io.imports;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What part of a source an import keeps: everything, the surroundings of one park in the project
 * ({@code --park ID}), or the surroundings of the polygons in an area file ({@code --area FILE}:
 * any format the import reads, in any CRS it reads). "Surroundings" is the envelope of each contour
 * or polygon plus {@link Importer#PARK_MARGIN_M}.
 */
public sealed interface ImportArea {
    /** No limit: every feature of the source. */
    record Everything() implements ImportArea {}

    /** Near the contour of a park already in the project. */
    record Park(String parkId) implements ImportArea {
        public Park {
            Objects.requireNonNull(parkId, "id van het bedrijventerrein ontbreekt");
        }
    }

    /** Near the polygons of an area file (a drawn plan area, a few parks from QGIS). */
    record AreaFile(Path file) implements ImportArea {
        public AreaFile {
            Objects.requireNonNull(file, "gebiedsbestand ontbreekt");
        }
    }

    /** The whole source. */
    static ImportArea everything() {
        return new Everything();
    }
}

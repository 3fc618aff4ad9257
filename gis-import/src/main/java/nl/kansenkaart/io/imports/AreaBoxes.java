package nl.kansenkaart.io.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.kansenkaart.io.mapping.GeometryPreparer;
import nl.kansenkaart.io.mapping.ValueProblem;
import nl.kansenkaart.io.source.FormatProvider;
import nl.kansenkaart.io.source.Formats;
import nl.kansenkaart.io.source.SourceException;
import nl.kansenkaart.io.source.SourceFeature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Reads the polygons of an area file ({@code --area}) into RD envelopes plus the margin: every
 * layer, every polygon feature, reprojected as an import would (declared CRS, or a guessed one
 * that the report mentions). Points and lines are not an area and are left out.
 */
final class AreaBoxes {
    private AreaBoxes() {}

    /** The envelopes (plus margin), one per polygon feature, and a note when the CRS was guessed. */
    record Read(List<Envelope> boxes, List<String> notes) {}

    static Read read(Path areaFile, double marginM) throws ImportException {
        List<Envelope> boxes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long polygons = 0;
        try {
            FormatProvider provider = Formats.detect(areaFile);
            for (String name : provider.layerNames(areaFile)) {
                try (SourceLayer layer = SourceLayer.open(provider, areaFile, name, Optional.empty())) {
                    if (layer.crs().isEmpty()) {
                        continue;
                    }
                    layer.crs().filter(c -> c.assumed()).ifPresent(c -> notes.add("gebiedsbestand: " + c.remark()));
                    UnaryOperator<Geometry> toRd = layer.toRd(areaFile);
                    GeometryPreparer preparer = new GeometryPreparer(toRd);
                    for (Optional<SourceFeature> f = layer.next(); f.isPresent(); f = layer.next()) {
                        MultiPolygon area;
                        try {
                            area = preparer.areal(f.get().geometry()).geometry();
                        } catch (ValueProblem notAnArea) {
                            continue;
                        }
                        Envelope box = new Envelope(area.getEnvelopeInternal());
                        box.expandBy(marginM);
                        boxes.add(box);
                        polygons++;
                    }
                }
            }
        } catch (SourceException e) {
            throw new ImportException(e.file(), e.featureNumber(), "gebiedsbestand: " + e.reason(), e);
        } catch (IOException e) {
            throw new ImportException(areaFile, "gebiedsbestand kan niet worden gelezen: " + e.getMessage());
        }
        if (boxes.isEmpty()) {
            throw new ImportException(
                    areaFile,
                    "het gebiedsbestand bevat geen vlakken (polygonen); teken het plangebied als vlak of kies"
                            + " --park met het id van een bedrijventerrein");
        }
        notes.add(
                "gebiedsbestand " + areaFile.getFileName() + ": " + polygons + (polygons == 1 ? " vlak" : " vlakken"));
        return new Read(boxes, notes);
    }
}

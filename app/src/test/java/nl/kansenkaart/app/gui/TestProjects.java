package nl.kansenkaart.app.gui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.store.ImportCounts;
import nl.kansenkaart.io.store.ImportSession;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.Provenance;

/** Writes a park snapshot into a new project file through the project store, one source per kind. */
public final class TestProjects {
    private TestProjects() {}

    /** A new project file holding everything of the snapshot. */
    public static Path write(Path file, ParkSnapshot s) throws Exception {
        try (ProjectStore store = ProjectStore.create(file)) {
            try (ImportSession i = store.beginImport(provenance("terreinen.geojson", SourceKind.PARKS, 1))) {
                i.add(s.park());
                i.commit(counts(1));
            }
            try (ImportSession i = store.beginImport(
                    provenance("bag.gpkg", SourceKind.BUILDINGS, s.buildings().size()))) {
                for (var b : s.buildings()) {
                    i.add(b);
                }
                i.commit(counts(s.buildings().size()));
            }
            try (ImportSession i = store.beginImport(
                    provenance("vbo.gpkg", SourceKind.UNITS, s.units().size()))) {
                for (var u : s.units()) {
                    i.add(u);
                }
                i.commit(counts(s.units().size()));
            }
            try (ImportSession i = store.beginImport(
                    provenance("ep-online.csv", SourceKind.LABELS, s.labels().size()))) {
                for (var l : s.labels()) {
                    i.add(l);
                }
                i.commit(counts(s.labels().size()));
            }
            try (ImportSession i = store.beginImport(provenance(
                    "netcapaciteit.geojson", SourceKind.GRID, s.gridAreas().size()))) {
                for (var g : s.gridAreas()) {
                    i.add(g);
                }
                i.commit(counts(s.gridAreas().size()));
            }
        }
        return file;
    }

    private static Provenance provenance(String key, SourceKind kind, long n) {
        return new Provenance(
                key, kind, "test", "EPSG:28992", Instant.parse("2026-11-24T12:00:00Z"), counts(n), List.of());
    }

    private static ImportCounts counts(long n) {
        return new ImportCounts(n, n, 0, 0, new java.util.LinkedHashMap<>());
    }
}

package nl.kansenkaart.io.store;

import static nl.kansenkaart.io.store.Fixtures.importAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.kansenkaart.io.geopackage.OgrInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GDAL is the reference reader: what ogrinfo lists is what QGIS shows the consultant. */
class GdalReadsTheProjectTest {
    @TempDir
    Path dir;

    @Test
    void ogrinfo_lists_every_table_with_the_stores_counts_in_rd_new_without_warnings() throws Exception {
        OgrInfo.assumeAvailable();
        Path file = dir.resolve("project.gpkg");
        List<LayerCount> counts;
        try (ProjectStore store = ProjectStore.create(file)) {
            importAll(store);
            counts = store.layerCounts();
        }

        OgrInfo.Result all = OgrInfo.run(file.toString());
        assertThat(all.exitCode()).isZero();
        assertThat(all.stderr()).isEmpty();
        assertThat(all.stdout())
                .contains(
                        "1: bedrijventerreinen (Multi Polygon)",
                        "2: panden (Multi Polygon)",
                        "3: verblijfsobjecten (Point)",
                        "4: dakvlakken (Multi Polygon)",
                        "5: netgebieden (Multi Polygon)",
                        "6: netcapaciteit_postcodes (None)",
                        "7: daken (None)",
                        "8: energielabels (None)",
                        "9: bedrijven (None)",
                        "10: bronnen (None)",
                        "11: aanpassingen (None)",
                        "12: projectinfo (None)")
                .doesNotContain("13: ");

        for (LayerCount count : counts) {
            OgrInfo.Result layer = OgrInfo.run("-so", file.toString(), count.layerName());
            assertThat(layer.stderr()).as(count.layerName()).isEmpty();
            assertThat(layer.stdout()).as(count.layerName()).contains("Feature Count: " + count.count());
            if (List.of("bedrijventerreinen", "panden", "verblijfsobjecten", "dakvlakken", "netgebieden")
                    .contains(count.layerName())) {
                assertThat(layer.stdout()).as(count.layerName()).contains("ID[\"EPSG\",28992]");
            }
        }

        OgrInfo.Result units = OgrInfo.run("-so", file.toString(), "verblijfsobjecten");
        assertThat(units.stdout())
                .contains("identificatie: String", "oppervlakte_m2: Integer", "postcode: String", "bron: String");
        OgrInfo.Result labels = OgrInfo.run("-so", file.toString(), "energielabels");
        assertThat(labels.stdout()).contains("registratiedatum: Date", "energie_index: Real");
        OgrInfo.Result sources = OgrInfo.run("-so", file.toString(), "bronnen");
        assertThat(sources.stdout()).contains("ingelezen_op: DateTime");

        // GDAL reads the geometries and the Dutch values themselves, not just the header.
        OgrInfo.Result panden = OgrInfo.run(file.toString(), "panden", "-where", "identificatie = '0518100000000002'");
        assertThat(panden.stderr()).isEmpty();
        assertThat(panden.stdout())
                .contains("status (String) = Verbouwing pand")
                .contains("MULTIPOLYGON (((155990 463100,156050 463100,156050 463160,155990 463160,155990 463100)))");
    }

    @Test
    void gdals_geopackage_validator_accepts_the_project_file() throws Exception {
        Path script = java.util.stream.Stream.of(
                        "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py",
                        "/usr/share/doc/python3-gdal/examples/validate_gpkg.py")
                .map(Path::of)
                .filter(java.nio.file.Files::isRegularFile)
                .findFirst()
                .orElse(null);
        Path python = Path.of("/usr/bin/python3");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                script != null && java.nio.file.Files.isExecutable(python),
                "validate_gpkg.py (python3-gdal) ontbreekt");
        Path file = dir.resolve("project.gpkg");
        try (ProjectStore store = ProjectStore.create(file)) {
            importAll(store);
        }
        Process p = new ProcessBuilder(python.toString(), script.toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        assertThat(output).isEmpty();
    }
}

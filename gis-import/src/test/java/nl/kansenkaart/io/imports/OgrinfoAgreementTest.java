package nl.kansenkaart.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.source.SharedData;
import nl.kansenkaart.io.store.ProjectStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real data imported into a project agrees with GDAL: ogrinfo on the source and ogrinfo on the
 * project give the same count and, per polygon, the same area within 0.5 m2 (RD New). For the
 * WGS84 IBIS file GDAL does the reprojection itself (ogr2ogr -t_srs EPSG:28992).
 */
@Tag("realdata")
class OgrinfoAgreementTest {
    private static final double HALF_SQUARE_METRE = 0.5;

    @TempDir
    Path dir;

    /** Area per id (ids as numbers, so "0503..." and "503..." agree), summed over features of one id. */
    private static Map<Long, Double> areas(Path file, String layer, String idField) {
        Optional<String> out = SharedData.run(
                "ogrinfo",
                "-ro",
                "-q",
                "-geom=NO",
                "-dialect",
                "OGRSQL",
                "-sql",
                "SELECT " + idField + ", OGR_GEOM_AREA AS a FROM " + layer,
                file.toString());
        assumeTrue(out.isPresent(), "ogrinfo (GDAL) ontbreekt");
        Map<Long, Double> areas = new TreeMap<>();
        Long id = null;
        for (String line : out.get().lines().toList()) {
            String t = line.strip();
            if (t.startsWith(idField + " (")) {
                String text = t.substring(t.indexOf("= ") + 2).strip();
                // A row whose id is no BAG number (Wippolder has one "x2") is one the import skips.
                id = text.matches("[0-9]{1,16}") ? Long.parseLong(text) : null;
            } else if (t.startsWith("a (Real) = ") && id != null) {
                areas.merge(id, Double.parseDouble(t.substring(11)), Double::sum);
            }
        }
        return areas;
    }

    private static void assertAgree(Map<Long, Double> project, Map<Long, Double> source) {
        assertThat(project).isNotEmpty();
        assertThat(project.keySet()).containsExactlyElementsOf(source.keySet());
        source.forEach(
                (id, area) -> assertThat(project.get(id)).as("id %d", id).isCloseTo(area, within(HALF_SQUARE_METRE)));
    }

    @Test
    void delft_wippolder_panden_have_ogrinfos_count_and_areas() throws Exception {
        Path source = SharedData.file("bag-delft-wippolder/wippolder.gpkg");
        Path project = dir.resolve("p.gpkg");
        try (ProjectStore store = ProjectStore.create(project)) {
            ImportReport report =
                    new Importer().importFile(store, source, Optional.empty(), Optional.empty(), Progress.NONE);
            assertThat(report.counts().imported()).as(report.toDutchText()).isEqualTo(59);
            assertThat(report.counts().skippedReasons()).containsExactly(Map.entry("ongeldig pand-id", 1L));
        }
        assertAgree(areas(project, "panden", "identificatie"), areas(source, "bag_pand_kerk", "identificatie"));
    }

    @Test
    void ibis_rijssen_holten_in_wgs84_gives_the_park_areas_gdal_computes_in_rd() throws Exception {
        Path source = SharedData.file("ibis-rijssen-holten/IBIS_BEDRIJVENTERREINEN_RijssenHolten.json");
        Path rdByGdal = dir.resolve("ibis_rd.gpkg");
        assumeTrue(
                SharedData.run(
                                "ogr2ogr",
                                "-t_srs",
                                "EPSG:28992",
                                "-nln",
                                "ibis",
                                rdByGdal.toString(),
                                source.toString())
                        .isPresent(),
                "ogr2ogr (GDAL) ontbreekt");
        Path project = dir.resolve("p.gpkg");
        try (ProjectStore store = ProjectStore.create(project)) {
            new Importer().importFile(store, source, Optional.empty(), Optional.empty(), Progress.NONE);
        }
        // Parks are stored one per RIN number: the three polygons of 130060 together.
        assertAgree(areas(project, "bedrijventerreinen", "identificatie"), areas(rdByGdal, "ibis", "RINNUMMER"));
    }
}

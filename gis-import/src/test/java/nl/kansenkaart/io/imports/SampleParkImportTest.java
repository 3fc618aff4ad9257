package nl.kansenkaart.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads every file of the sample park De Vaart (module samples, by relative path) through the real
 * import path in the documented order, and checks the counts the generator wrote beside them.
 */
class SampleParkImportTest {
    static final Path DEVAART = Path.of("../samples/src/main/resources/nl/kansenkaart/samples/devaart");

    @TempDir
    Path dir;

    @Test
    void every_sample_file_imports_and_the_counts_match_the_generator() throws Exception {
        assumeTrue(Files.isDirectory(DEVAART), "de voorbeeldbestanden van De Vaart ontbreken");
        Properties expected = counts();
        Importer importer = new Importer(ImporterRealDataTest.CLOCK);
        List<String> order = List.of(
                "ibis_de_vaart.shp",
                "bag_de_vaart.gpkg",
                "3dbag_de_vaart.gpkg",
                "ep_online_de_vaart.csv",
                "netcapaciteit_de_vaart.geojson",
                "kvk_bedrijven_de_vaart.csv");
        try (ProjectStore store = ProjectStore.create(dir.resolve("devaart.gpkg"))) {
            ImportReport companies = null;
            for (String name : order) {
                ImportReport report = importer.importFile(
                        store, DEVAART.resolve(name), Optional.empty(), Optional.empty(), Progress.NONE);
                System.out.println(report.toDutchText());
                assertThat(report.counts().imported()).as(name).isPositive();
                if (report.kinds().contains(SourceKind.COMPANIES)) {
                    companies = report;
                }
            }
            var counts = ProjectFiles.counts(store);
            assertThat(counts.get("bedrijventerreinen")).isEqualTo(number(expected, "parks"));
            assertThat(counts.get("panden")).isEqualTo(number(expected, "buildings"));
            assertThat(counts.get("verblijfsobjecten")).isEqualTo(number(expected, "units"));
            assertThat(counts.get("daken")).isEqualTo(number(expected, "roofs"));
            assertThat(counts.get("dakvlakken")).isEqualTo(number(expected, "roof_parts"));
            assertThat(counts.get("energielabels")).isEqualTo(number(expected, "labelled_units"));
            assertThat(counts.get("netgebieden")).isEqualTo(number(expected, "grid_areas"));
            assertThat(counts.get("bedrijven")).isEqualTo(number(expected, "companies"));
            assertThat(companies).isNotNull();
            CompanyMatchCounts m = companies.companyMatches().orElseThrow();
            assertThat(m.matched() + m.ambiguous() + m.unmatched()).isEqualTo(number(expected, "companies"));
            assertThat(m.matched()).isPositive();
            assertThat(store.load("0106004").buildings()).isNotEmpty();
        }
    }

    @Test
    void with_park_the_labels_and_companies_of_the_other_park_stay_out() throws Exception {
        assumeTrue(Files.isDirectory(DEVAART), "de voorbeeldbestanden van De Vaart ontbreken");
        Importer importer = new Importer(ImporterRealDataTest.CLOCK);
        Optional<String> park = Optional.of("0106004");
        try (ProjectStore store = ProjectStore.create(dir.resolve("devaart.gpkg"))) {
            importer.importFile(
                    store, DEVAART.resolve("ibis_de_vaart.shp"), Optional.empty(), Optional.empty(), Progress.NONE);
            ImportReport bag = importer.importFile(
                    store, DEVAART.resolve("bag_de_vaart.gpkg"), Optional.empty(), park, Progress.NONE);
            ImportReport labels = importer.importFile(
                    store, DEVAART.resolve("ep_online_de_vaart.csv"), Optional.empty(), park, Progress.NONE);
            ImportReport companies = importer.importFile(
                    store, DEVAART.resolve("kvk_bedrijven_de_vaart.csv"), Optional.empty(), park, Progress.NONE);
            System.out.println(bag.toDutchText() + "\n" + labels.toDutchText() + "\n" + companies.toDutchText());

            var snapshot = store.load("0106004");
            var unitIds = snapshot.units().stream().map(u -> u.id()).collect(java.util.stream.Collectors.toSet());
            var buildingIds =
                    snapshot.buildings().stream().map(b -> b.id()).collect(java.util.stream.Collectors.toSet());
            // Every label kept belongs to a unit or pand that the park-limited BAG import brought in.
            assertThat(labels.counts().imported()).isPositive();
            assertThat(ProjectFiles.counts(store).get("energielabels"))
                    .isEqualTo(labels.counts().imported());
            assertThat(snapshot.labels()).allSatisfy(l -> assertThat(
                            l.unitId().map(unitIds::contains).orElse(false)
                                    || l.buildingId().map(buildingIds::contains).orElse(false))
                    .isTrue());
            assertThat(companies.counts().imported()).isPositive();
            assertThat(store.companies()).allSatisfy(c -> assertThat(
                            c.unitId().isEmpty() || unitIds.contains(c.unitId().get()))
                    .isTrue());
            long outside = labels.counts().skippedReasons().getOrDefault(LayerImporter.OUTSIDE, 0L)
                    + companies.counts().skippedReasons().getOrDefault(LayerImporter.OUTSIDE, 0L)
                    + bag.counts().skippedReasons().getOrDefault(LayerImporter.OUTSIDE, 0L);
            System.out.println("buiten het terrein: " + outside);
        }
    }

    private static long number(Properties p, String key) {
        return Long.parseLong(p.getProperty(key).strip());
    }

    private static Properties counts() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(DEVAART.resolve("counts.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}

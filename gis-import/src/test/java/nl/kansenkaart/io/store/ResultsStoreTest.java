package nl.kansenkaart.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.kansen.KansenAnalysis;
import nl.kansenkaart.core.kansen.KansenAssumptions;
import nl.kansenkaart.core.labels.LabelOutcome;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.obligations.ParkAnalysis;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import nl.kansenkaart.core.solar.SolarReport;
import nl.kansenkaart.io.imports.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The result tables: created on first save, replaced per park, all-or-nothing, imported data untouched. */
class ResultsStoreTest {
    private static final Path DEVAART = Path.of("../samples/src/main/resources/nl/kansenkaart/samples/devaart");
    private static final Instant AT = Instant.parse("2026-01-01T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void results_are_created_on_first_save_replaced_per_park_and_a_failed_save_changes_nothing() throws Exception {
        assumeTrue(Files.isDirectory(DEVAART), "de voorbeeldbestanden van De Vaart ontbreken");
        Path file = dir.resolve("p.gpkg");
        try (ProjectStore store = ProjectStore.create(file)) {
            Importer importer = new Importer();
            for (String name : List.of(
                    "ibis_de_vaart.shp",
                    "bag_de_vaart.gpkg",
                    "3dbag_de_vaart.gpkg",
                    "ep_online_de_vaart.csv",
                    "netcapaciteit_de_vaart.geojson")) {
                importer.importFile(store, DEVAART.resolve(name), Optional.empty(), Optional.empty(), Progress.NONE);
            }
            Map<String, Long> imported = counts(store);
            assertThat(imported).doesNotContainKey("zon_op_dak");
            assertThat(store.storedAssumptions("0106004")).isEmpty();

            ParkSnapshot a = store.load("0106004");
            ParkSnapshot b = store.load("0106005");
            store.saveResults(List.of(results(a), results(b)));
            store.saveResults(results(a)); // a second run of one park replaces only that park's rows

            Map<String, Long> after = counts(store);
            int assessed = SolarAnalysis.analyse(a, SolarAssumptions.ACTUEEL)
                            .potentials()
                            .size()
                    + SolarAnalysis.analyse(b, SolarAssumptions.ACTUEEL)
                            .potentials()
                            .size();
            assertThat(after).containsEntry("zon_op_dak", (long) assessed);
            // label_c leaves out the panden with floor area but no office function.
            assertThat(after).containsEntry("label_c", labelRows(a) + labelRows(b));
            assertThat(labelRows(a) + labelRows(b)).isPositive();
            assertThat(after).containsEntry("aannames", 2L);
            imported.forEach((layer, n) -> assertThat(after).containsEntry(layer, n));
            assertThat(store.storedAssumptions("0106004"))
                    .extracting(AnalysisResults.AssumptionText::text)
                    .containsExactly("zon.naam=Actueel\n");

            // Park b's snapshot with park a's building results: a pand outside the park, refused as a whole.
            SolarReport solarB = SolarAnalysis.analyse(b, SolarAssumptions.ACTUEEL);
            AnalysisResults wrong = new AnalysisResults(
                    b,
                    solarB,
                    buildings(a),
                    KansenAnalysis.analyse(b, solarB, buildings(b), KansenAssumptions.STANDARD),
                    List.of(),
                    AT);
            assertThatThrownBy(() -> store.saveResults(List.of(results(a), wrong)))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("0106005")
                    .hasMessageContaining("niet in het park");
            assertThat(counts(store)).isEqualTo(after);
        }
    }

    /** The panden that get a label_c row: all but those not obliged for lack of any office function. */
    static long labelRows(ParkSnapshot s) {
        return buildings(s).labels().stream()
                .filter(l -> !(l.outcome() instanceof LabelOutcome.NotObliged n
                        && n.why() == LabelOutcome.NotObligedWhy.NO_OFFICE))
                .count();
    }

    private static AnalysisResults results(ParkSnapshot s) {
        SolarReport solar = SolarAnalysis.analyse(s, SolarAssumptions.ACTUEEL);
        return new AnalysisResults(
                s,
                solar,
                buildings(s),
                KansenAnalysis.analyse(s, solar, buildings(s), KansenAssumptions.STANDARD),
                List.of(new AnalysisResults.AssumptionText("zon op dak", "zon.naam=Actueel\n")),
                AT);
    }

    private static ParkResults buildings(ParkSnapshot s) {
        return ParkAnalysis.run(
                s,
                OfficeAssumptions.legal(LocalDate.of(2026, 1, 1)),
                ObligationAssumptions.legal(),
                GridAssumptions.standard(),
                Progress.NONE);
    }

    private static Map<String, Long> counts(ProjectStore store) throws StoreException {
        Map<String, Long> m = new LinkedHashMap<>();
        store.layerCounts().forEach(c -> m.put(c.layerName(), c.count()));
        return m;
    }
}

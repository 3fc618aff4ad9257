package nl.kansenkaart.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarPotential;
import nl.kansenkaart.io.imports.Importer;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.samples.SampleData;
import nl.kansenkaart.samples.SampleFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine on a real project file (the sample park imported through the importer): the
 * consultant's roof verdict stored in the project changes what the next analysis stores, and the
 * solar totals carry the share of the park's estimated electricity use.
 */
class ParkEngineSolarTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    private Path importedSample() throws Exception {
        Path project = dir.resolve("project.gpkg");
        Path sources = SampleData.extractTo(dir.resolve("bronnen"));
        Importer importer = new Importer();
        try (ProjectStore store = ProjectStore.create(project)) {
            for (SampleFile f : SampleData.files()) {
                importer.importFile(
                        store, sources.resolve(f.fileName()), Optional.empty(), Optional.empty(), Progress.NONE);
            }
        }
        return project;
    }

    /** The stored row of one pand in zon_op_dak: panelen, kwp and toelichting, read with plain SQL. */
    private static Object[] storedRow(Path project, String parkId, String pandId) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project);
                PreparedStatement p = c.prepareStatement(
                        "SELECT panelen, kwp, toelichting, gh1 FROM zon_op_dak WHERE park_id = ? AND pand_id = ?")) {
            p.setString(1, parkId);
            p.setString(2, pandId);
            try (ResultSet rs = p.executeQuery()) {
                assertThat(rs.next()).as("rij van pand " + pandId).isTrue();
                return new Object[] {rs.getInt(1), rs.getDouble(2), rs.getString(3), rs.getInt(4)};
            }
        }
    }

    private static double storedPanels(Path project, String parkId) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project);
                PreparedStatement p = c.prepareStatement("SELECT sum(panelen) FROM zon_op_dak WHERE park_id = ?")) {
            p.setString(1, parkId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        }
    }

    @Test
    void a_roof_marked_unsuitable_in_the_project_gets_zero_panels_at_the_next_analysis() throws Exception {
        Path project = importedSample();
        AnalysisAssumptions a = AnalysisAssumptions.defaults(TODAY);
        String parkId;
        SolarPotential biggest;
        double panelsBefore;
        try (ProjectStore store = ProjectStore.open(project)) {
            parkId = store.parks().get(0).id();
            ParkAnalyses first =
                    ParkEngine.analyseAndStore(store, parkId, a, Instant.parse("2026-11-24T10:00:00Z"), Progress.NONE);
            biggest = first.solar().potentials().stream()
                    .max(java.util.Comparator.comparingInt(SolarPotential::panels))
                    .orElseThrow();
            assertThat(biggest.panels()).isPositive();
            panelsBefore = first.solar().totals().panels();
        }
        Object[] before = storedRow(project, parkId, biggest.buildingId());
        assertThat((int) before[0]).isEqualTo(biggest.panels());
        assertThat(storedPanels(project, parkId)).isEqualTo(panelsBefore);

        // The consultant's edit goes into the project file (aanpassingen), as the workbench saves it.
        try (ProjectStore store = ProjectStore.open(project)) {
            store.saveOverride(new Override(
                    Override.OverrideTarget.BUILDING, biggest.buildingId(), SolarAnalysis.ROOF_UNSUITABLE_KEY, "ja"));
        }
        ParkAnalyses second;
        try (ProjectStore store = ProjectStore.open(project)) {
            second = ParkEngine.analyseAndStore(store, parkId, a, Instant.parse("2026-11-24T11:00:00Z"), Progress.NONE);
        }

        Object[] after = storedRow(project, parkId, biggest.buildingId());
        assertThat((int) after[0]).isZero();
        assertThat((double) after[1]).isZero();
        assertThat((int) after[3]).isZero();
        assertThat((String) after[2])
                .startsWith("dak door de adviseur als ongeschikt gemarkeerd: 0 panelen (zonder die markering ")
                .contains(biggest.sizing().reason());
        assertThat(storedPanels(project, parkId)).isEqualTo(panelsBefore - biggest.panels());
        assertThat(second.solar().totals().panels()).isEqualTo((long) panelsBefore - biggest.panels());
        assertThat(second.solar().totals().roofsMarkedUnsuitable()).isEqualTo(1);
        assertThat(second.describe())
                .contains("  Daken door adviseur ongeschikt gemarkeerd (0 panelen): 1")
                .anyMatch(l -> l.startsWith("  Aandeel in geschat elektriciteitsgebruik park: "));
        // The roof no longer brings a solar opportunity.
        assertThat(second.kansen().individual())
                .filteredOn(o -> o.buildingId().equals(biggest.buildingId()))
                .noneMatch(o -> o.type() == nl.kansenkaart.core.kansen.OpportunityType.SOLAR_ROOF);
    }

    @Test
    void an_unreadable_roof_verdict_in_the_project_is_bad_input_naming_the_file_and_keeps_the_results()
            throws Exception {
        Path project = importedSample();
        AnalysisAssumptions a = AnalysisAssumptions.defaults(TODAY);
        try (ProjectStore store = ProjectStore.open(project)) {
            String parkId = store.parks().get(0).id();
            ParkAnalyses first =
                    ParkEngine.analyseAndStore(store, parkId, a, Instant.parse("2026-11-24T10:00:00Z"), Progress.NONE);
            String pand = first.solar().potentials().get(0).buildingId();
            double panels = storedPanels(project, parkId);
            store.saveOverride(new Override(
                    Override.OverrideTarget.BUILDING, pand, SolarAnalysis.ROOF_UNSUITABLE_KEY, "misschien"));

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParkEngine.analyseAndStore(
                            store, parkId, a, Instant.parse("2026-11-24T11:00:00Z"), Progress.NONE))
                    .isInstanceOf(nl.kansenkaart.io.store.StoreException.class)
                    .hasMessage("Projectbestand " + project + ": aanpassing in tabel aanpassingen niet bruikbaar:"
                            + " ongeldige waarde 'misschien' voor dak_ongeschikt van pand " + pand
                            + ": kies ja of nee");
            assertThat(storedPanels(project, parkId)).isEqualTo(panels);
        }
    }

    @Test
    void the_solar_totals_set_the_yield_against_the_parks_estimated_electricity_use() throws Exception {
        Path project = importedSample();
        try (ProjectStore store = ProjectStore.open(project)) {
            String parkId = store.parks().get(0).id();
            ParkAnalyses analyses =
                    ParkEngine.run(store.load(parkId), AnalysisAssumptions.defaults(TODAY), Progress.NONE);
            double useKwh = analyses.buildings().obligations().stream()
                    .mapToDouble(r -> r.estimate().electricityKwh())
                    .sum();
            assertThat(useKwh).isPositive();
            var solar = analyses.solar();
            assertThat(solar.parkElectricityUseMwhPerYear().getAsDouble()).isCloseTo(useKwh / 1000, within());
            assertThat(solar.shareOfParkElectricityUse().getAsDouble())
                    .isCloseTo(solar.totals().yieldMwhPerYear() * 1000 / useKwh, within());
            assertThat(analyses.describe())
                    .anyMatch(l -> l.startsWith("  Aandeel in geschat elektriciteitsgebruik park: ")
                            && l.contains(" MWh tegenover geschat ")
                            && l.contains("een schatting"));
        }
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    @Test
    void the_solar_feed_in_flag_and_the_grid_column_agree_for_every_pand_of_de_vaart() throws Exception {
        Path project = importedSample();
        ParkAnalyses analyses;
        try (ProjectStore store = ProjectStore.open(project)) {
            analyses = ParkEngine.run(
                    store.load(store.parks().get(0).id()), AnalysisAssumptions.defaults(TODAY), Progress.NONE);
        }
        java.util.Map<String, nl.kansenkaart.core.model.CapacityStatus> grid = new java.util.HashMap<>();
        analyses.buildings().grid().forEach(g -> grid.put(g.buildingId(), g.feedIn()));
        assertThat(analyses.buildings().grid())
                .anyMatch(g -> g.join() == nl.kansenkaart.core.grid.GridPosition.Join.GEOMETRY);
        assertThat(analyses.solar().potentials()).isNotEmpty();
        for (SolarPotential p : analyses.solar().potentials()) {
            assertThat(p.flags().feedInStatus().orElse(nl.kansenkaart.core.model.CapacityStatus.UNKNOWN))
                    .as("pand %s", p.buildingId())
                    .isEqualTo(grid.get(p.buildingId()));
        }
    }
}

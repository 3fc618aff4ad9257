package nl.kansenkaart.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.kansenkaart.core.grid.GridAnalysis;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.obligations.ParkAnalysis;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.mapping.KindRecognizer;
import nl.kansenkaart.io.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grid capacity given per PC6 postcode instead of polygons (the open capaciteitskaart data): a CSV
 * of postcode and statuses is recognised, stored without geometry, limited to the park's postcodes,
 * and the grid analysis joins each pand through the postcodes of its verblijfsobjecten.
 */
class GridPostcodeImportTest {
    @TempDir
    Path dir;

    @Test
    void a_csv_of_postcodes_and_statuses_is_recognised_as_grid_data() {
        assertThat(KindRecognizer.recognise(List.of("postcode", "afname", "invoeding"))
                        .best())
                .contains(SourceKind.GRID);
        assertThat(KindRecognizer.recognise(List.of("PC6", "demand_constraint", "generation_constraint", "dso"))
                        .best())
                .contains(SourceKind.GRID);
    }

    @Test
    void panden_of_the_sample_park_are_joined_through_their_units_postcodes() throws Exception {
        Path devaart = SampleParkImportTest.DEVAART;
        assumeTrue(Files.isDirectory(devaart), "de voorbeeldbestanden van De Vaart ontbreken");
        Importer importer = new Importer(ImporterRealDataTest.CLOCK);
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            for (String name : List.of("ibis_de_vaart.shp", "bag_de_vaart.gpkg")) {
                importer.importFile(store, devaart.resolve(name), Optional.empty(), Optional.empty(), Progress.NONE);
            }
            String park = store.parks().get(0).id();
            ParkSnapshot before = store.load(park);
            assertThat(before.gridAreas()).isEmpty();
            assertThat(before.gridPostcodes()).isEmpty();

            // Statuses cycle over the park's postcodes; the last third is left out of the file.
            List<String> postcodes = new ArrayList<>(new TreeSet<>(
                    before.units().stream().map(u -> u.address().postcode()).toList()));
            assertThat(postcodes).hasSizeGreaterThan(6);
            String[] offtake = {"capaciteit beschikbaar", "oranje", "rood"};
            String[] feedIn = {"rood", "geel", "transparant"};
            Map<String, CapacityStatus[]> written = new HashMap<>();
            StringBuilder csv = new StringBuilder("postcode;afname;invoeding;netbeheerder;verwacht_jaar_oplossing\n");
            int listed = postcodes.size() * 2 / 3;
            for (int i = 0; i < listed; i++) {
                String pc = postcodes.get(i);
                // Written as people type them: "9401 ab" must find 9401AB.
                String typed = pc.substring(0, 4) + " " + pc.substring(4).toLowerCase(java.util.Locale.ROOT);
                csv.append(i % 2 == 0 ? typed : pc)
                        .append(';')
                        .append(offtake[i % 3])
                        .append(';')
                        .append(feedIn[i % 3])
                        .append(";Enexis;")
                        .append(i % 3 == 2 ? "2030" : "")
                        .append('\n');
                written.put(pc, new CapacityStatus[] {
                    i % 3 == 0
                            ? CapacityStatus.AVAILABLE
                            : i % 3 == 1 ? CapacityStatus.CONGESTION_MANAGEMENT : CapacityStatus.CONGESTED,
                    i % 3 == 0
                            ? CapacityStatus.CONGESTED
                            : i % 3 == 1 ? CapacityStatus.SCARCE : CapacityStatus.AVAILABLE
                });
            }
            csv.append("1011AB;rood;rood;Liander;\n"); // Amsterdam: not a postcode of the park
            csv.append("ABCD12;rood;rood;Liander;\n");
            Path file = dir.resolve("netcapaciteit_pc6.csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);

            ImportReport report = importer.importFile(store, file, Optional.empty(), Optional.of(park), Progress.NONE);
            assertThat(report.kinds()).containsExactly(SourceKind.GRID);
            assertThat(report.counts().read()).isEqualTo(listed + 2);
            assertThat(report.counts().imported()).isEqualTo(listed);
            assertThat(report.counts().skippedReasons())
                    .containsEntry(LayerImporter.OUTSIDE, 1L)
                    .containsEntry("ongeldige postcode", 1L);
            assertThat(report.notes()).anyMatch(n -> n.startsWith(listed + " postcodes met netcapaciteit"));
            assertThat(ProjectFiles.counts(store)).containsEntry("netcapaciteit_postcodes", (long) listed);

            ParkSnapshot snapshot = store.load(park);
            assertThat(snapshot.gridPostcodes()).hasSize(listed);
            List<GridPosition> positions = GridAnalysis.analyse(snapshot);
            Map<String, List<Unit>> unitsOf = snapshot.unitsByBuilding();
            int byPostcode = 0;
            int feedInCongested = 0;
            for (int i = 0; i < positions.size(); i++) {
                Building b = snapshot.buildings().get(i);
                GridPosition p = positions.get(i);
                List<Unit> active = unitsOf.getOrDefault(b.id(), List.of()).stream()
                        .filter(u -> u.status().isActive())
                        .toList();
                List<Unit> considered = active.isEmpty() ? unitsOf.getOrDefault(b.id(), List.of()) : active;
                List<CapacityStatus[]> statuses = considered.stream()
                        .map(u -> written.get(u.address().postcode()))
                        .filter(java.util.Objects::nonNull)
                        .toList();
                if (considered.isEmpty()) {
                    assertThat(p.join()).isEqualTo(GridPosition.Join.NO_POSTCODE);
                } else if (statuses.isEmpty()) {
                    assertThat(p.join()).as(b.id()).isEqualTo(GridPosition.Join.NOT_FOUND);
                } else {
                    byPostcode++;
                    assertThat(p.join()).as(b.id()).isEqualTo(GridPosition.Join.POSTCODE);
                    boolean red = statuses.stream().anyMatch(s -> s[1] == CapacityStatus.CONGESTED);
                    assertThat(p.feedIn() == CapacityStatus.CONGESTED)
                            .as(b.id())
                            .isEqualTo(red);
                    feedInCongested += red ? 1 : 0;
                    assertThat(p.reason()).contains("via postcode");
                }
            }
            assertThat(byPostcode).isGreaterThan(10);

            // The park analysis uses the same join and counts the congested panden.
            ParkResults results = ParkAnalysis.run(
                    snapshot,
                    OfficeAssumptions.legal(ImporterRealDataTest.CLOCK
                            .instant()
                            .atZone(java.time.ZoneOffset.UTC)
                            .toLocalDate()),
                    ObligationAssumptions.legal(),
                    GridAssumptions.standard(),
                    Progress.NONE);
            assertThat(results.grid()).isEqualTo(positions);
            assertThat(results.summary().feedInCongestedBuildings()).isEqualTo(feedInCongested);

            // Importing the file again replaces its rows.
            importer.importFile(store, file, Optional.empty(), Optional.of(park), Progress.NONE);
            assertThat(ProjectFiles.counts(store)).containsEntry("netcapaciteit_postcodes", (long) listed);
        }
    }
}

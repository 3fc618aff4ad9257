package nl.kansenkaart.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.GridPostcode;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Override.OverrideTarget;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.synthetic.SyntheticNation;
import nl.kansenkaart.core.synthetic.SyntheticParkData;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.geopackage.GeoPackageGeometry;
import nl.kansenkaart.io.geopackage.GeoPackageWriter;
import nl.kansenkaart.io.imports.Importer;
import nl.kansenkaart.io.source.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/**
 * The tuned loader ({@link SnapshotLoader}: reused statements, JSON id lists, columns by position,
 * cached overrides) gives exactly the snapshots of the loader it replaced ({@link
 * ReferenceSnapshotLoader}, kept in the tests): same panden with their roofs and footprints, units,
 * roof parts, labels, grid areas, companies, edits and grid postcodes, in the same order.
 */
class SnapshotLoaderEquivalenceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void every_park_of_a_synthetic_nation_loads_as_the_previous_loader_loaded_it() throws Exception {
        SyntheticNation nation = new SyntheticNation(9, 240, 6L);
        Path file = dir.resolve("nation.gpkg");
        try (ProjectStore store = ProjectStore.create(file)) {
            write(store, nation);
            int compared = assertSameSnapshots(store, file);
            assertThat(compared).isEqualTo(9);
            assertThat(store.load(SyntheticNation.parkId(2)).labels())
                    .anyMatch(l -> l.unitId().isEmpty())
                    .anyMatch(l -> l.unitId().orElse("").startsWith("0000010000"));

            // An edit saved through the same store shows at the next load (the cache is cleared).
            String pand =
                    store.load(SyntheticNation.parkId(3)).buildings().get(0).id();
            store.saveOverride(new Override(OverrideTarget.BUILDING, pand, "gemeten_gas_m3", "123"));
            assertThat(store.load(SyntheticNation.parkId(3)).overrides())
                    .contains(new Override(OverrideTarget.BUILDING, pand, "gemeten_gas_m3", "123"));
            assertSameSnapshots(store, file);

            // A company of park 7 matched by hand to a unit of park 4 loads with park 4 as well (the
            // reference loader predates such matches): the same companies plus that one, by id.
            String unit = store.load(SyntheticNation.parkId(4)).units().get(3).id();
            Company company = store.load(SyntheticNation.parkId(7)).companies().get(0);
            store.saveOverride(new Override(OverrideTarget.COMPANY, company.id(), "verblijfsobject", unit));
            Park four = store.park(SyntheticNation.parkId(4)).orElseThrow();
            try (Connection connection = GeoPackageWriter.openExisting(file)) {
                ParkSnapshot expected =
                        new ReferenceSnapshotLoader(connection, MultiBuildingUnits.read(connection)).load(four);
                ParkSnapshot actual = store.load(four.id());
                List<Company> companies = new ArrayList<>(expected.companies());
                companies.add(company);
                companies.sort(java.util.Comparator.comparing(Company::id));
                assertThat(actual.companies()).containsExactlyElementsOf(companies);
                assertThat(actual.units()).containsExactlyElementsOf(expected.units());
                assertThat(actual.labels()).containsExactlyElementsOf(expected.labels());
                // The match itself is an edit of a company now in the park.
                List<Override> edits = new ArrayList<>(expected.overrides());
                edits.add(new Override(OverrideTarget.COMPANY, company.id(), "verblijfsobject", unit));
                assertThat(actual.overrides()).containsExactlyInAnyOrderElementsOf(edits);
            }
        }
    }

    @Test
    void an_edit_written_by_another_connection_is_seen_at_the_next_load() throws Exception {
        SyntheticNation nation = new SyntheticNation(2, 60, 7L);
        Path file = dir.resolve("two.gpkg");
        try (ProjectStore store = ProjectStore.create(file)) {
            write(store, nation);
            String park = SyntheticNation.parkId(1);
            String unit = store.load(park).units().get(0).id();
            // As QGIS or the bench's writer thread would: its own connection to the same file.
            try (Connection other = GeoPackageWriter.openExisting(file);
                    Statement s = other.createStatement()) {
                s.executeUpdate("INSERT INTO aanpassingen (soort, doel_id, veld, waarde) VALUES ('verblijfsobject', '"
                        + unit + "', 'notitie', 'via QGIS')");
            }
            assertThat(store.load(park).overrides())
                    .contains(new Override(OverrideTarget.UNIT, unit, "notitie", "via QGIS"));
            assertSameSnapshots(store, file);
        }
    }

    @Test
    void a_unit_with_an_unknown_status_fails_the_load_with_the_reason() throws Exception {
        SyntheticNation nation = new SyntheticNation(1, 40, 8L);
        Path file = dir.resolve("broken.gpkg");
        try (ProjectStore store = ProjectStore.create(file)) {
            write(store, nation);
            String park = SyntheticNation.parkId(0);
            Unit unit = store.load(park).units().get(0);
            try (Connection other = GeoPackageWriter.openExisting(file);
                    Statement s = other.createStatement()) {
                s.executeUpdate(
                        "UPDATE verblijfsobjecten SET status = 'Onbekend' WHERE identificatie = '" + unit.id() + "'");
            }
            assertThatThrownBy(() -> store.load(park))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("onbekende verblijfsobjectstatus 'Onbekend'");
        }
    }

    @Test
    @Tag("realdata")
    @Tag("slow")
    void the_real_den_haag_bag_loads_per_neighbourhood_as_before() throws Exception {
        Path bag = SharedData.file("bag-denhaag-voorburg/bag_denhaag_voorburg_derived.gpkg");
        Path file = dir.resolve("denhaag.gpkg");
        try (ProjectStore store = ProjectStore.create(file)) {
            new Importer(CLOCK).importFile(store, bag, Optional.empty(), Optional.empty(), Progress.NONE);
            try (ImportSession s = store.beginImport(Fixtures.provenance("buurten", SourceKind.PARKS))) {
                for (Park p : neighbourhoods(bag)) {
                    s.add(p);
                }
                s.commit(ImportCounts.NONE);
            }
            int units = 0;
            int multiPand = 0;
            for (Park p : store.parks()) {
                ParkSnapshot s = store.load(p.id());
                units += s.units().size();
                multiPand += (int) s.units().stream()
                        .filter(u -> u.buildingIds().size() > 1)
                        .count();
            }
            assertThat(units).isGreaterThan(20_000);
            assertThat(multiPand).isPositive();
            assertThat(assertSameSnapshots(store, file)).isEqualTo(14);
        }
    }

    @Test
    @Tag("realdata")
    void the_real_delft_panden_with_3d_bag_roofs_and_roof_parts_load_as_before() throws Exception {
        Path file = dir.resolve("delft.gpkg");
        Importer importer = new Importer(CLOCK);
        try (ProjectStore store = ProjectStore.create(file)) {
            try (ImportSession s = store.beginImport(Fixtures.provenance("plangebied", SourceKind.PARKS))) {
                s.add(new Park(
                        "0503900",
                        "Testgebied Delft",
                        "Delft",
                        OptionalDouble.of(210.0),
                        OptionalDouble.empty(),
                        RowCodec.RD.toGeometry(new Envelope(84_400, 85_800, 445_700, 447_200))));
                s.commit(ImportCounts.NONE);
            }
            for (Path f : List.of(
                    SharedData.file("bag-delft-wippolder/wippolder.gpkg"),
                    SharedData.file("3dbag-delft/delft_subset.city.jsonl"),
                    SharedData.file("3dbag-delft/3dbag_b2.city.json"))) {
                importer.importFile(store, f, Optional.empty(), Optional.empty(), Progress.NONE);
            }
            ParkSnapshot s = store.load("0503900");
            assertThat(s.roofParts()).isNotEmpty();
            assertThat(s.buildings()).anyMatch(b -> b.roof().isPresent());
            assertThat(assertSameSnapshots(store, file)).isEqualTo(1);
        }
    }

    /** The 14 CBS neighbourhoods of the Den Haag file as plan areas. */
    private static List<Park> neighbourhoods(Path bag) throws Exception {
        List<Park> parks = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + bag);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT geom, buurtcode, buurtnaam, gemeentenaam FROM buurten")) {
            while (rs.next()) {
                parks.add(new Park(
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        GeoPackageGeometry.decode(rs.getBytes(1), RowCodec.RD)));
            }
        }
        return parks;
    }

    /** Loads every park with both loaders and compares them part by part; returns the number of parks. */
    static int assertSameSnapshots(ProjectStore store, Path file) throws Exception {
        List<Park> parks = store.parks();
        try (Connection connection = GeoPackageWriter.openExisting(file)) {
            ReferenceSnapshotLoader reference =
                    new ReferenceSnapshotLoader(connection, MultiBuildingUnits.read(connection));
            for (Park park : parks) {
                ParkSnapshot actual = store.load(park.id());
                ParkSnapshot expected = reference.load(park);
                String what = "terrein " + park.id();
                assertThat(actual.park()).as(what).isEqualTo(expected.park());
                assertThat(actual.buildings()).as(what).containsExactlyElementsOf(expected.buildings());
                for (int k = 0; k < actual.buildings().size(); k++) {
                    // Record equality compares footprints with equalsExact: check the vertices too.
                    assertThat(actual.buildings().get(k).footprint().getCoordinates())
                            .isEqualTo(expected.buildings().get(k).footprint().getCoordinates());
                }
                assertThat(actual.units()).as(what).containsExactlyElementsOf(expected.units());
                assertThat(actual.roofParts()).as(what).containsExactlyElementsOf(expected.roofParts());
                assertThat(actual.labels()).as(what).containsExactlyElementsOf(expected.labels());
                assertThat(actual.gridAreas()).as(what).containsExactlyElementsOf(expected.gridAreas());
                assertThat(actual.companies()).as(what).containsExactlyElementsOf(expected.companies());
                assertThat(actual.overrides()).as(what).containsExactlyElementsOf(expected.overrides());
                assertThat(actual.gridPostcodes()).as(what).containsExactlyElementsOf(expected.gridPostcodes());
                assertThat(actual).as(what).isEqualTo(expected);
            }
        }
        return parks.size();
    }

    /** The nation as the national bench writes it, plus grid rows for some postcodes and a multi-pand unit per park. */
    private static void write(ProjectStore store, SyntheticNation nation) throws Exception {
        List<SyntheticParkData> data = new ArrayList<>();
        for (int p = 0; p < nation.parkCount(); p++) {
            data.add(nation.park(p));
        }
        try (ImportSession s = store.beginImport(Fixtures.provenance("ibis", SourceKind.PARKS))) {
            for (int p = 0; p < nation.parkCount(); p++) {
                s.add(nation.parkRecord(p));
            }
            s.commit(ImportCounts.NONE);
        }
        try (ImportSession s = store.beginImport(Fixtures.provenance("net", SourceKind.GRID))) {
            for (GridArea g : nation.gridAreas()) {
                s.add(g);
            }
            int k = 0;
            Set<String> postcodes = new HashSet<>();
            CapacityStatus[] statuses = CapacityStatus.values();
            for (SyntheticParkData park : data) {
                for (Unit u : park.units()) {
                    if (k++ % 7 == 0 && postcodes.add(u.address().postcode())) {
                        s.add(new GridPostcode(
                                u.address().postcode(),
                                "Enexis",
                                statuses[k % statuses.length],
                                statuses[(k / 3) % statuses.length],
                                OptionalInt.of(2030)));
                    }
                }
            }
            s.commit(ImportCounts.NONE);
        }
        List<Override> overrides = new ArrayList<>();
        try (ImportSession s = store.beginImport(Fixtures.provenance("bag", SourceKind.BUILDINGS))) {
            for (SyntheticParkData park : data) {
                for (Building b : park.buildings()) {
                    s.add(b);
                }
                for (Unit u : park.units()) {
                    s.add(u);
                }
                overrides.addAll(park.overrides());
            }
            s.commit(ImportCounts.NONE);
        }
        try (ImportSession s = store.beginImport(Fixtures.provenance("ep-online", SourceKind.LABELS))) {
            for (SyntheticParkData park : data) {
                for (EnergyLabel l : park.labels()) {
                    s.add(l);
                }
                // Labels the unit query cannot find: of a pand only, and of a unit not in the
                // project but in a pand of the park; both come through the pand.
                for (int k = 0; k < park.buildings().size(); k += 5) {
                    String pand = park.buildings().get(k).id();
                    s.add(new EnergyLabel(
                            LabelClass.values()[k % LabelClass.values().length],
                            OptionalDouble.of(1.1 + k),
                            OptionalDouble.empty(),
                            LocalDate.of(2021, 3, 1 + k % 28),
                            LocalDate.of(2031, 3, 1),
                            k % 10 == 0 ? Optional.empty() : Optional.of("0000010000" + String.format("%06d", k)),
                            Optional.of(pand),
                            true));
                }
            }
            s.commit(ImportCounts.NONE);
        }
        try (ImportSession s = store.beginImport(Fixtures.provenance("kvk", SourceKind.COMPANIES))) {
            for (SyntheticParkData park : data) {
                for (Company c : park.companies()) {
                    s.add(c);
                }
            }
            s.commit(ImportCounts.NONE);
        }
        for (Override o : overrides) {
            store.saveOverride(o);
        }
    }
}

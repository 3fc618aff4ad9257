package nl.kansenkaart.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.geopackage.GeoPackageGeometry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The 15,380 real BAG panden of Den Haag / Voorburg and the 14 CBS neighbourhoods over them
 * (../shared/data/bag-denhaag-voorburg, a GDAL-written GeoPackage): stored, then each neighbourhood
 * loaded as a plan area and checked against a brute-force JTS pass over all panden.
 */
@Tag("realdata")
class RealBagDataTest {
    private static final GeometryFactory RD = new GeometryFactory();

    @TempDir
    Path dir;

    static Optional<Path> sharedData() {
        for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.getParent() == null ? null : d.getParent().resolve("shared/data");
            if (candidate != null && Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Test
    void every_real_pand_lands_in_at_most_one_neighbourhood_exactly_as_jts_decides() throws Exception {
        Path source = sharedData()
                .map(d -> d.resolve("bag-denhaag-voorburg/bag_denhaag_voorburg_derived.gpkg"))
                .filter(Files::exists)
                .orElse(null);
        assumeTrue(source != null, "../shared/data/bag-denhaag-voorburg ontbreekt");

        List<Building> buildings = new ArrayList<>();
        List<Park> parks = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source);
                Statement s = c.createStatement()) {
            try (ResultSet rs =
                    s.executeQuery("SELECT geom, oorspronkelijkbouwjaar, identificatie, status FROM pand")) {
                while (rs.next()) {
                    int year = rs.getInt(2);
                    buildings.add(new Building(
                            rs.getString(3),
                            rs.wasNull() || year == 9999 ? OptionalInt.empty() : OptionalInt.of(year),
                            BuildingStatus.fromBag(rs.getString(4)).orElseThrow(),
                            GeoPackageGeometry.decode(rs.getBytes(1), RD),
                            Optional.empty()));
                }
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT geom, buurtcode, buurtnaam, gemeentenaam, oppervlakte_totaal_in_ha FROM buurten")) {
                while (rs.next()) {
                    parks.add(new Park(
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            OptionalDouble.of(rs.getDouble(5)),
                            OptionalDouble.empty(),
                            // The buurten are single-part MultiPolygons; the store reads those back as Polygons.
                            StoreTestSupport.canonical(GeoPackageGeometry.decode(rs.getBytes(1), RD))));
                }
            }
        }
        assertThat(buildings).hasSize(15_380);
        assertThat(parks).hasSize(14);

        Path file = dir.resolve("denhaag.gpkg");
        try (ProjectStore store = ProjectStore.create(file)) {
            try (ImportSession session = store.beginImport(provenance("bag_denhaag_voorburg_derived.gpkg"))) {
                for (Building b : buildings) {
                    session.add(b);
                }
                for (Park p : parks) {
                    session.add(p);
                }
                session.commit(ImportCounts.allImported(buildings.size() + parks.size()));
            }

            List<org.locationtech.jts.geom.Point> interior = buildings.stream()
                    .map(b -> b.footprint().getInteriorPoint())
                    .toList();
            Set<String> seen = new HashSet<>();
            int total = 0;
            for (Park park : parks) {
                Set<String> expected = new TreeSet<>();
                var contour = org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(park.contour());
                for (int i = 0; i < buildings.size(); i++) {
                    if (contour.contains(interior.get(i))) {
                        expected.add(buildings.get(i).id());
                    }
                }
                var snapshot = store.load(park.id());
                List<Building> loaded = snapshot.buildings();
                assertThat(loaded).extracting(Building::id).as(park.name()).containsExactlyElementsOf(expected);
                assertThat(snapshot.park()).isEqualTo(park);
                for (Building b : loaded) {
                    assertThat(seen.add(b.id()))
                            .as("pand %s in twee buurten", b.id())
                            .isTrue();
                }
                total += loaded.size();
            }
            // The neighbourhoods cover most of the panden; those outside all of them belong to none.
            assertThat(total).isBetween(10_000, 15_380);
            assertThat(store.layerCounts()).contains(new LayerCount("panden", 15_380));
            // Real footprints come back exactly, vertex for vertex.
            Building sample = buildings.get(4_321);
            assertThat(store.load(parkOf(sample, parks)).buildingsById().get(sample.id()))
                    .isEqualTo(sample);
        }
    }

    private static String parkOf(Building b, List<Park> parks) {
        return parks.stream()
                .filter(p -> p.contour().contains(b.footprint().getInteriorPoint()))
                .findFirst()
                .map(Park::id)
                .orElseThrow();
    }

    private static Provenance provenance(String key) {
        return new Provenance(
                key, SourceKind.BUILDINGS, "GeoPackage", "EPSG:28992", Instant.now(), ImportCounts.NONE, List.of());
    }
}

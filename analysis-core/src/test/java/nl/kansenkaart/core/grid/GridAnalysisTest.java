package nl.kansenkaart.core.grid;

import static nl.kansenkaart.core.testing.Fixtures.building;
import static nl.kansenkaart.core.testing.Fixtures.gridArea;
import static nl.kansenkaart.core.testing.Fixtures.pand;
import static nl.kansenkaart.core.testing.Fixtures.unit;
import static nl.kansenkaart.core.testing.Fixtures.vbo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** Joining panden to grid areas by geometry and by postcode. */
class GridAnalysisTest {
    /** West half red for offtake, east half free; a separate area far away. */
    private static final GridArea WEST = gridArea(
            "w",
            CapacityStatus.CONGESTED,
            CapacityStatus.CONGESTION_MANAGEMENT,
            2029,
            "POLYGON ((80000 450000, 85000 450000, 85000 460000, 80000 460000, 80000 450000))");

    private static final GridArea EAST = gridArea(
            "e",
            CapacityStatus.AVAILABLE,
            CapacityStatus.SCARCE,
            null,
            "POLYGON ((85000 450000, 90000 450000, 90000 460000, 85000 460000, 85000 450000))");

    private final SpatialGridJoin join = SpatialGridJoin.of(List.of(EAST, WEST));

    @Test
    void a_building_gets_the_status_of_the_area_holding_its_interior() {
        GridPosition west = join.locate(building(pand(1), 84_000, 455_000));
        assertThat(west.join()).isEqualTo(GridPosition.Join.GEOMETRY);
        assertThat(west.areaId()).contains("w");
        assertThat(west.offtake()).isEqualTo(CapacityStatus.CONGESTED);
        assertThat(west.feedIn()).isEqualTo(CapacityStatus.CONGESTION_MANAGEMENT);
        assertThat(west.alleviationYear()).hasValue(2029);
        assertThat(west.reason())
                .isEqualTo("afname: congestie (rood); invoeding: congestiemanagement (oranje); verwacht opgelost 2029;"
                        + " netgebied Station w (Stedin)");

        // Straddles the border, but most of it and its centroid lie east.
        GridPosition straddling = join.locate(building(pand(2), 84_995, 455_000));
        assertThat(straddling.areaId()).contains("e");
        assertThat(straddling.reason())
                .isEqualTo("afname: capaciteit beschikbaar; invoeding: schaarste dreigt (geel);"
                        + " netgebied Station e (Stedin)");
    }

    @Test
    void a_building_on_no_grid_area_is_unknown_and_explained() {
        GridPosition outside = join.locate(building(pand(3), 95_000, 455_000));
        assertThat(outside.join()).isEqualTo(GridPosition.Join.NOT_FOUND);
        assertThat(outside.offtake()).isEqualTo(CapacityStatus.UNKNOWN);
        assertThat(outside.feedIn()).isEqualTo(CapacityStatus.UNKNOWN);
        assertThat(outside.areaId()).isEmpty();
        assertThat(outside.reason())
                .isEqualTo("pand ligt in geen netgebied van de capaciteitskaart: netcapaciteit onbekend");
        assertThat(SpatialGridJoin.of(List.of())
                        .locate(building(pand(3), 84_000, 455_000))
                        .join())
                .isEqualTo(GridPosition.Join.NOT_FOUND);
    }

    @Test
    void an_l_shaped_building_whose_centroid_lies_outside_still_joins_by_an_interior_point() {
        // A thin L: its centroid falls in the notch, outside the footprint, in the other area.
        Building l = building(
                pand(4),
                "POLYGON ((84990 455000, 85010 455000, 85010 455001, 84991 455001, 84991 455100, 84990 455100,"
                        + " 84990 455000))");
        Coordinate c = SpatialGridJoin.interiorPoint(l.footprint());
        assertThat(l.footprint().contains(Fixtures.RD.createPoint(c))).isTrue();
        assertThat(org.locationtech.jts.algorithm.Centroid.getCentroid(l.footprint()))
                .satisfies(centroid -> assertThat(l.footprint().contains(Fixtures.RD.createPoint(centroid)))
                        .isFalse());
        assertThat(join.locate(l).join()).isEqualTo(GridPosition.Join.GEOMETRY);
    }

    @Test
    void overlapping_areas_are_listed_in_id_order_whatever_the_input_order() {
        GridArea a = gridArea(
                "a", CapacityStatus.SCARCE, CapacityStatus.SCARCE, null, "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");
        GridArea b = gridArea(
                "b",
                CapacityStatus.CONGESTED,
                CapacityStatus.CONGESTED,
                null,
                "POLYGON ((50 0, 150 0, 150 100, 50 100, 50 0))");
        Coordinate inBoth = new Coordinate(75, 50);
        assertThat(SpatialGridJoin.of(List.of(a, b)).areasAt(inBoth)).containsExactly(a, b);
        assertThat(SpatialGridJoin.of(List.of(b, a)).areasAt(inBoth)).containsExactly(a, b);
        assertThat(SpatialGridJoin.of(List.of(b, a)).areasAt(new Coordinate(25, 50)))
                .containsExactly(a);
    }

    @Test
    void a_pand_under_nested_areas_takes_the_most_severe_status_per_direction_and_names_both() {
        // A region: offtake scarce, feed-in free, relief 2027. Inside it a station: offtake free, feed-in red, 2030.
        GridArea region = gridArea(
                "regio",
                CapacityStatus.SCARCE,
                CapacityStatus.AVAILABLE,
                2027,
                "POLYGON ((80000 450000, 90000 450000, 90000 460000, 80000 460000, 80000 450000))");
        GridArea station = gridArea(
                "station",
                CapacityStatus.AVAILABLE,
                CapacityStatus.CONGESTED,
                2030,
                "POLYGON ((84000 454000, 86000 454000, 86000 456000, 84000 456000, 84000 454000))");
        for (List<GridArea> order : List.of(List.of(region, station), List.of(station, region))) {
            SpatialGridJoin nested = SpatialGridJoin.of(order);
            GridPosition inner = nested.locate(building(pand(7), 85_000, 455_000));
            assertThat(inner.join()).isEqualTo(GridPosition.Join.GEOMETRY);
            assertThat(inner.offtake()).isEqualTo(CapacityStatus.SCARCE);
            assertThat(inner.feedIn()).isEqualTo(CapacityStatus.CONGESTED);
            assertThat(inner.alleviationYear()).hasValue(2030);
            // The station's red feed-in is the most severe status of the two: hubs group with the station.
            assertThat(inner.areaId()).contains("station");
            assertThat(inner.reason())
                    .isEqualTo("afname: schaarste dreigt (geel); invoeding: congestie (rood); verwacht opgelost 2030;"
                            + " netgebied Station regio (Stedin) en Station station (Stedin) (overlappend: per"
                            + " richting de zwaarste status)");
            // Outside the station only the region counts.
            GridPosition outer = nested.locate(building(pand(8), 81_000, 451_000));
            assertThat(outer.areaId()).contains("regio");
            assertThat(outer.offtake()).isEqualTo(CapacityStatus.SCARCE);
            assertThat(outer.feedIn()).isEqualTo(CapacityStatus.AVAILABLE);
            assertThat(outer.alleviationYear()).hasValue(2027);
        }
    }

    @Test
    void three_overlapping_areas_take_the_worst_of_each_and_a_tie_names_the_smallest_id() {
        String square = "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))";
        GridArea x = gridArea("x", CapacityStatus.CONGESTION_MANAGEMENT, CapacityStatus.AVAILABLE, null, square);
        GridArea y = gridArea("y", CapacityStatus.AVAILABLE, CapacityStatus.CONGESTION_MANAGEMENT, null, square);
        GridArea z = gridArea("z", CapacityStatus.UNKNOWN, CapacityStatus.SCARCE, null, square);
        GridPosition p = SpatialGridJoin.of(List.of(z, y, x)).locate(building(pand(9), 40, 40));
        assertThat(p.offtake()).isEqualTo(CapacityStatus.CONGESTION_MANAGEMENT);
        assertThat(p.feedIn()).isEqualTo(CapacityStatus.CONGESTION_MANAGEMENT);
        assertThat(p.alleviationYear()).isEmpty();
        assertThat(p.areaId()).contains("x");
        assertThat(p.areaName())
                .contains("Station x (Stedin), Station y (Stedin) en Station z (Stedin) (overlappend: per richting de"
                        + " zwaarste status)");
    }

    @Test
    void the_postcode_join_takes_the_most_severe_status_of_the_units_postcodes() {
        PostcodeGridJoin pc = PostcodeGridJoin.of(Map.of(
                "2595AA",
                new PostcodeCapacity("2595 aa", CapacityStatus.SCARCE, CapacityStatus.CONGESTED, OptionalInt.of(2027)),
                "2595AB",
                new PostcodeCapacity(
                        "2595AB", CapacityStatus.CONGESTED, CapacityStatus.AVAILABLE, OptionalInt.of(2030))));
        String p = pand(5);
        GridPosition both = pc.locate(
                p,
                List.of(
                        unit(vbo(1), 100, List.of(p), UnitStatus.IN_USE, "2595AB", UsePurpose.OFFICE),
                        unit(vbo(2), 100, List.of(p), UnitStatus.IN_USE, "2595AA", UsePurpose.OFFICE),
                        unit(vbo(3), 100, List.of(p), UnitStatus.WITHDRAWN, "2595ZZ", UsePurpose.OFFICE)));
        assertThat(both.join()).isEqualTo(GridPosition.Join.POSTCODE);
        assertThat(both.offtake()).isEqualTo(CapacityStatus.CONGESTED);
        assertThat(both.feedIn()).isEqualTo(CapacityStatus.CONGESTED);
        assertThat(both.alleviationYear()).hasValue(2030);
        assertThat(both.postcodes()).containsExactly("2595AA", "2595AB");
        assertThat(both.reason())
                .isEqualTo("afname: congestie (rood); invoeding: congestie (rood); verwacht opgelost 2030; via postcode"
                        + " 2595AA, 2595AB");

        GridPosition missing =
                pc.locate(p, List.of(unit(vbo(4), 100, List.of(p), UnitStatus.IN_USE, "1011AB", UsePurpose.OFFICE)));
        assertThat(missing.join()).isEqualTo(GridPosition.Join.NOT_FOUND);
        assertThat(missing.offtake()).isEqualTo(CapacityStatus.UNKNOWN);
        assertThat(missing.reason())
                .isEqualTo("postcode 1011AB niet in de netcapaciteitsgegevens: netcapaciteit onbekend");

        GridPosition none = pc.locate(p, List.of());
        assertThat(none.join()).isEqualTo(GridPosition.Join.NO_POSTCODE);
        assertThat(none.reason()).startsWith("geen verblijfsobject met postcode");
    }

    @Test
    void the_postcode_variant_runs_over_buildings_through_the_shared_index() {
        String p = pand(6);
        var units = List.of(unit(vbo(1), 100, List.of(p), UnitStatus.IN_USE, "2595AA", UsePurpose.OFFICE));
        var index = nl.kansenkaart.core.labels.SnapshotIndex.of(units, List.of(), List.of(), Fixtures.REFERENCE_DATE);
        PostcodeGridJoin pc = PostcodeGridJoin.of(List.of(new PostcodeCapacity(
                "2595AA", CapacityStatus.AVAILABLE, CapacityStatus.CONGESTED, OptionalInt.empty())));
        List<GridPosition> positions = GridAnalysis.analyseByPostcode(
                List.of(building(p, 84_000, 455_000), building(pand(7), 84_000, 456_000)), index, pc, Progress.NONE);
        assertThat(positions)
                .extracting(GridPosition::join)
                .containsExactly(GridPosition.Join.POSTCODE, GridPosition.Join.NO_POSTCODE);
    }

    @Test
    void a_snapshot_with_pc6_rows_places_panden_outside_every_area_by_their_postcodes() {
        String inArea = pand(8);
        String byPostcode = pand(9);
        String nowhere = pand(10);
        var units = List.of(
                unit(vbo(1), 100, List.of(inArea), UnitStatus.IN_USE, "2595AA", UsePurpose.OFFICE),
                unit(vbo(2), 100, List.of(byPostcode), UnitStatus.IN_USE, "2595AA", UsePurpose.INDUSTRY),
                unit(vbo(3), 100, List.of(nowhere), UnitStatus.IN_USE, "1011AB", UsePurpose.INDUSTRY));
        var rows = List.of(new nl.kansenkaart.core.model.GridPostcode(
                "2595 aa", "Stedin", CapacityStatus.SCARCE, CapacityStatus.CONGESTED, OptionalInt.of(2031)));
        var snapshot = new nl.kansenkaart.core.model.ParkSnapshot(
                Fixtures.park(),
                List.of(
                        building(inArea, 84_000, 455_000),
                        building(byPostcode, 95_000, 455_000),
                        building(nowhere, 95_000, 456_000)),
                units,
                List.of(),
                List.of(),
                List.of(WEST),
                List.of(),
                List.of(),
                rows);

        List<GridPosition> positions = GridAnalysis.analyse(snapshot);
        assertThat(positions)
                .extracting(GridPosition::join)
                .containsExactly(GridPosition.Join.GEOMETRY, GridPosition.Join.POSTCODE, GridPosition.Join.NOT_FOUND);
        assertThat(positions.get(0).offtake()).isEqualTo(CapacityStatus.CONGESTED);
        assertThat(positions.get(1).feedIn()).isEqualTo(CapacityStatus.CONGESTED);
        assertThat(positions.get(1).alleviationYear()).hasValue(2031);
        assertThat(positions.get(1).reason()).endsWith("via postcode 2595AA");
        // The combined run gives the same positions and counts them in the summary.
        var results = nl.kansenkaart.core.obligations.ParkAnalysis.run(
                snapshot,
                nl.kansenkaart.core.labels.OfficeAssumptions.legal(Fixtures.REFERENCE_DATE),
                nl.kansenkaart.core.obligations.ObligationAssumptions.legal(),
                GridAssumptions.standard(),
                Progress.NONE);
        assertThat(results.grid()).isEqualTo(positions);
        assertThat(results.summary().feedInCongestedBuildings()).isEqualTo(2);
        assertThat(results.summary().gridUnknownBuildings()).isEqualTo(1);
    }

    @Test
    void yellow_counts_as_congested_only_when_the_assumptions_say_so() {
        assertThat(GridAssumptions.standard().isCongested(CapacityStatus.SCARCE))
                .isFalse();
        assertThat(GridAssumptions.standard().isCongested(CapacityStatus.CONGESTION_MANAGEMENT))
                .isTrue();
        Properties p = new Properties();
        p.setProperty("net.schaarste_telt_als_congestie", "ja");
        GridAssumptions strict = GridAssumptions.fromProperties(p, GridAssumptions.standard());
        assertThat(strict.isCongested(CapacityStatus.SCARCE)).isTrue();
        assertThat(GridAssumptions.fromProperties(strict.toProperties(), GridAssumptions.standard()))
                .isEqualTo(strict);
        assertThat(strict.describe()).contains("als congestie geteld: oranje en rood en geel");
    }

    @Test
    void the_fast_ring_centroid_agrees_with_jts() {
        Building odd = building(
                pand(8),
                "POLYGON ((85000 455000, 85030 455000, 85030 455010, 85010 455040, 85000 455040, 85000 455000))");
        Coordinate fast = SpatialGridJoin.ringCentroid(((org.locationtech.jts.geom.Polygon) odd.footprint())
                .getExteriorRing()
                .getCoordinateSequence());
        Coordinate jts = org.locationtech.jts.algorithm.Centroid.getCentroid(odd.footprint());
        assertThat(fast.distance(jts)).isLessThan(1e-6);
        // A footprint with a courtyard whose centroid falls in the hole still gets a point of its interior.
        Building courtyard = building(
                pand(9),
                "POLYGON ((85000 455000, 85100 455000, 85100 455100, 85000 455100, 85000 455000),"
                        + " (85010 455010, 85090 455010, 85090 455090, 85010 455090, 85010 455010))");
        Coordinate inside = SpatialGridJoin.interiorPoint(courtyard.footprint());
        assertThat(courtyard.footprint().contains(Fixtures.RD.createPoint(inside)))
                .isTrue();
    }
}

package nl.kansenkaart.samples.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.RoofPart;
import nl.kansenkaart.core.model.RoofType;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UsePurpose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** The sample park looks like a Dutch business park a consultant would recognise. */
class SampleParkRealismTest {
    private static final double OVERLAP_TOLERANCE_M2 = 0.01;

    private static SamplePark park;

    @BeforeAll
    static void build() {
        park = SampleParkGenerator.park();
    }

    @Test
    void the_park_is_two_features_of_one_rin_plus_a_small_neighbour() {
        assertThat(park.ibisFeatures()).extracting(IbisFeature::rin).containsExactly("0106004", "0106004", "0106005");
        assertThat(park.parks()).extracting(p -> p.id()).containsExactly("0106004", "0106005");
        assertThat(park.parks().get(0).contour().getGeometryType()).isEqualTo("MultiPolygon");
        double ha = park.parks().get(0).contourHectares();
        assertThat(ha).isBetween(60.0, 160.0);
        assertThat(park.parks().get(0).grossHectares().getAsDouble())
                .isCloseTo(ha, org.assertj.core.data.Offset.offset(0.1));
        // RD New around Assen.
        var env = park.parks().get(0).contour().getEnvelopeInternal();
        assertThat(env.getMinX()).isGreaterThan(232_000);
        assertThat(env.getMaxX()).isLessThan(234_500);
        assertThat(env.getMinY()).isGreaterThan(556_000);
        assertThat(env.getMaxY()).isLessThan(558_000);
    }

    @Test
    void panden_have_business_park_sizes_and_numbers() {
        assertThat(park.buildings()).hasSizeBetween(120, 200);
        for (Building b : park.buildings()) {
            assertThat(b.footprintAreaM2()).as(b.id()).isBetween(150.0, 12_000.0);
            assertThat(b.id()).matches("0106100000[0-9]{6}");
        }
        long halls = park.buildings().stream()
                .filter(b -> b.footprintAreaM2() > 1_000)
                .count();
        assertThat(halls).isGreaterThan(park.buildings().size() / 3);
        long lShapes = park.buildings().stream()
                .filter(b -> b.footprint().getNumPoints() == 7)
                .count();
        assertThat(lShapes).isGreaterThanOrEqualTo(5);
    }

    @Test
    void every_footprint_lies_inside_a_contour_and_none_overlap() {
        Geometry contours = UnaryUnionOp.union(
                park.ibisFeatures().stream().map(f -> (Geometry) f.contour()).toList());
        STRtree index = new STRtree();
        for (Building b : park.buildings()) {
            assertThat(contours.contains(b.footprint()))
                    .as("pand %s binnen de contour", b.id())
                    .isTrue();
            index.insert(b.footprint().getEnvelopeInternal(), b);
        }
        for (Building b : park.buildings()) {
            @SuppressWarnings("unchecked")
            List<Building> near = index.query(b.footprint().getEnvelopeInternal());
            for (Building other : near) {
                if (other != b) {
                    assertThat(b.footprint().intersection(other.footprint()).getArea())
                            .as("overlap %s en %s", b.id(), other.id())
                            .isLessThan(OVERLAP_TOLERANCE_M2);
                }
            }
        }
        for (Unit u : park.units()) {
            Building first = park.buildings().stream()
                    .filter(b -> b.id().equals(u.buildingIds().get(0)))
                    .findFirst()
                    .orElseThrow();
            Geometry all = UnaryUnionOp.union(park.buildings().stream()
                    .filter(b -> u.buildingIds().contains(b.id()))
                    .map(b -> (Geometry) b.footprint())
                    .toList());
            assertThat(all.contains(u.location()))
                    .as("VBO %s in pand %s", u.id(), first.id())
                    .isTrue();
        }
    }

    @Test
    void bouwjaren_spread_like_a_park_built_over_decades() {
        List<Integer> years = park.buildings().stream()
                .filter(b -> b.status() == BuildingStatus.IN_USE || b.status() == BuildingStatus.OUT_OF_USE)
                .filter(b -> b.constructionYear().isPresent())
                .map(b -> b.constructionYear().getAsInt())
                .toList();
        assertThat(years).allMatch(y -> y >= 1965 && y <= 2023);
        long core = years.stream().filter(y -> y >= 1975 && y <= 2010).count();
        assertThat((double) core / years.size()).isGreaterThan(0.6);
        long unknown = park.buildings().stream()
                .filter(b -> b.constructionYear().isEmpty())
                .count();
        assertThat(unknown).isBetween(1L, 2L);
        assertThat(park.buildings()).anyMatch(b -> b.status() == BuildingStatus.DEMOLISHED);
        assertThat(park.buildings()).anyMatch(b -> b.status() == BuildingStatus.CONSTRUCTION_STARTED);
        assertThat(park.buildings()).anyMatch(b -> b.status() == BuildingStatus.PERMIT_GRANTED);
    }

    @Test
    void verblijfsobjecten_have_assen_addresses_and_a_realistic_use_mix() {
        assertThat(park.units()).hasSizeBetween(150, 300);
        assertThat(park.units()).allMatch(u -> u.address().postcode().matches("940[345][A-Z]{2}"));
        assertThat(park.units()).allMatch(u -> u.address().town().equals("Assen"));
        assertThat(park.units()).anyMatch(u -> u.address().letter().isPresent());
        assertThat(park.units()).anyMatch(u -> u.address().addition().isPresent());
        Map<UsePurpose, Long> byPurpose = park.units().stream()
                .flatMap(u -> u.purposes().stream())
                .collect(Collectors.groupingBy(p -> p, Collectors.counting()));
        UsePurpose dominant = byPurpose.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        assertThat(dominant).isEqualTo(UsePurpose.INDUSTRY);
        assertThat(byPurpose)
                .containsKeys(UsePurpose.OFFICE, UsePurpose.RETAIL, UsePurpose.OTHER, UsePurpose.RESIDENTIAL);
        assertThat(byPurpose.get(UsePurpose.RESIDENTIAL)).isBetween(1L, 12L);
        assertThat(park.units()).anyMatch(u -> u.purposes().equals(Set.of(UsePurpose.OFFICE, UsePurpose.INDUSTRY)));
        assertThat(park.units().stream()
                        .filter(u -> u.buildingIds().size() == 2)
                        .count())
                .isBetween(2L, 5L);
        Map<String, Long> perPand = park.units().stream()
                .collect(Collectors.groupingBy(u -> u.buildingIds().get(0), Collectors.counting()));
        assertThat(perPand.values().stream().filter(n -> n >= 4).count())
                .as("bedrijfsverzamelgebouwen")
                .isGreaterThanOrEqualTo(3);
        Set<String> keys = new HashSet<>();
        assertThat(park.units()).allMatch(u -> keys.add(u.address().matchKey()));
    }

    @Test
    void roofs_are_mostly_flat_and_about_sixty_percent_have_faces() {
        List<Building> roofed =
                park.buildings().stream().filter(b -> b.roof().isPresent()).toList();
        assertThat(roofed).allMatch(b -> b.status().isStanding());
        Set<String> withFaces =
                park.roofParts().stream().map(RoofPart::buildingId).collect(Collectors.toSet());
        double share = (double) withFaces.size() / roofed.size();
        assertThat(share).isBetween(0.5, 0.7);
        long flat =
                roofed.stream().filter(b -> b.roof().get().roofType().isFlat()).count();
        long slanted = roofed.stream()
                .filter(b -> b.roof().get().roofType() == RoofType.SLANTED)
                .count();
        assertThat(flat).isGreaterThan(roofed.size() * 3L / 4);
        assertThat(slanted).isGreaterThanOrEqualTo(3);
        Building giant = roofed.stream()
                .max(Comparator.comparingDouble(Building::footprintAreaM2))
                .orElseThrow();
        assertThat(giant.footprintAreaM2()).isGreaterThan(10_000);
        assertThat(withFaces).doesNotContain(giant.id());
        assertThat(park.roofParts()).anyMatch(p -> p.slopeDegrees() > 25 && Math.abs(p.azimuthDegrees() - 187) < 1);
        for (RoofPart p : park.roofParts()) {
            Building b = roofed.stream()
                    .filter(x -> x.id().equals(p.buildingId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(b.footprint().buffer(0.01).contains(p.outline())).isTrue();
            assertThat(p.areaM2()).isGreaterThanOrEqualTo(p.outline().getArea() - 0.01);
        }
    }

    @Test
    void about_forty_percent_of_the_vbos_carry_a_label_and_some_have_two() {
        Set<String> labelled =
                park.labels().stream().map(l -> l.unitId().orElseThrow()).collect(Collectors.toSet());
        double coverage = (double) labelled.size() / park.units().size();
        assertThat(coverage).isBetween(0.35, 0.45);
        assertThat(park.labels().size() - labelled.size()).isBetween(3, 12);
        assertThat(park.labels()).allMatch(l -> !l.registeredOn().isAfter(LocalDate.of(2026, 10, 1)));
        assertThat(park.labels()).anyMatch(l -> !l.utility());
        assertThat(park.labels().stream()
                        .map(EnergyLabel::labelClass)
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    void the_label_c_rule_finds_obliged_offices_with_good_bad_and_no_labels() {
        Map<String, List<Unit>> unitsByPand = new HashMap<>();
        for (Unit u : park.units()) {
            u.buildingIds().forEach(b -> unitsByPand
                    .computeIfAbsent(b, k -> new ArrayList<>())
                    .add(u));
        }
        Map<String, EnergyLabel> latest = new HashMap<>();
        for (EnergyLabel l : park.labels()) {
            latest.merge(l.unitId().orElseThrow(), l, (a, b) -> a.registeredOn().isAfter(b.registeredOn()) ? a : b);
        }
        int none = 0;
        int bad = 0;
        int good = 0;
        for (Map.Entry<String, List<Unit>> e : unitsByPand.entrySet()) {
            int total = e.getValue().stream().mapToInt(Unit::floorAreaM2).sum();
            int office = e.getValue().stream()
                    .filter(u -> u.purposes().equals(Set.of(UsePurpose.OFFICE)))
                    .mapToInt(Unit::floorAreaM2)
                    .sum();
            if (office < 100 || office * 2 < total) {
                continue;
            }
            List<EnergyLabel> ls = e.getValue().stream()
                    .map(u -> latest.get(u.id()))
                    .filter(l -> l != null)
                    .toList();
            if (ls.isEmpty()) {
                none++;
            } else if (ls.stream().allMatch(l -> l.labelClass().isCOrBetter())) {
                good++;
            } else {
                bad++;
            }
        }
        assertThat(none).as("verplichte kantoren zonder label").isGreaterThanOrEqualTo(1);
        assertThat(bad).as("verplichte kantoren met D-G").isGreaterThanOrEqualTo(1);
        assertThat(good).as("verplichte kantoren met C of beter").isGreaterThan(bad);
    }

    @Test
    void the_grid_covers_the_park_and_feed_in_is_red_somewhere() {
        assertThat(park.gridAreas()).hasSizeBetween(2, 3);
        assertThat(park.gridAreas()).anyMatch(g -> g.feedIn() == CapacityStatus.CONGESTED);
        Geometry grid =
                UnaryUnionOp.union(park.gridAreas().stream().map(GridArea::area).toList());
        for (IbisFeature f : park.ibisFeatures()) {
            assertThat(grid.buffer(0.01).contains(f.contour())).as(f.planName()).isTrue();
        }
    }

    @Test
    void companies_match_most_vbos_but_not_all() {
        Set<String> addresses =
                park.units().stream().map(u -> u.address().matchKey()).collect(Collectors.toSet());
        long nonResidentialInUse = park.units().stream()
                .filter(u -> u.status() == nl.kansenkaart.core.model.UnitStatus.IN_USE)
                .filter(u -> !u.purposes().equals(Set.of(UsePurpose.RESIDENTIAL)))
                .count();
        assertThat((double) park.companies().size() / nonResidentialInUse).isBetween(0.85, 1.05);
        List<Company> unmatched = park.companies().stream()
                .filter(c -> !addresses.contains(c.address().orElseThrow().matchKey()))
                .toList();
        assertThat(unmatched).hasSizeBetween(4, park.companies().size() / 6);
        assertThat(unmatched).anyMatch(c -> c.address().orElseThrow().street().equals("Postbus"));
        assertThat(park.companies()).extracting(Company::name).doesNotHaveDuplicates();
        assertThat(park.companies())
                .extracting(c -> c.kvkNumber().orElseThrow())
                .allMatch(k -> k.matches("04[0-9]{6}"));
    }
}

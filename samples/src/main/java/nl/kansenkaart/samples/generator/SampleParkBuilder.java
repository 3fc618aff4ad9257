package nl.kansenkaart.samples.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.RoofPart;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.samples.generator.PandPlan.PandKind;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** Builds the sample park's domain records from the seed: layout, panden, VBOs, roofs, labels, companies, grid. */
final class SampleParkBuilder {
    private static final Set<PandKind> PLAIN_HALLS =
            Set.of(PandKind.HALL, PandKind.HALL_L, PandKind.STORAGE, PandKind.SHOWROOM);

    private SampleParkBuilder() {}

    static SamplePark build(long seed) {
        BuildingPlanner.Plan plan = new BuildingPlanner(seed).plan();
        List<PandPlan> panden = withStatuses(plan.panden(), new Random(seed + 1));
        Map<String, PandPlan> byId = panden.stream().collect(Collectors.toMap(PandPlan::id, p -> p));

        RoofPlanner roofs = new RoofPlanner(seed + 2);
        String undetected = firstStanding(panden, PandKind.STORAGE, 1);
        List<Building> buildings = new ArrayList<>();
        List<RoofPart> roofParts = new ArrayList<>();
        for (PandPlan p : panden) {
            Building b = new Building(
                    p.id(),
                    p.year() == 9999 ? OptionalInt.empty() : OptionalInt.of(p.year()),
                    p.status(),
                    SiteLayout.toRd(p.footprint()),
                    Optional.empty());
            // 3D BAG reconstructs standing buildings only.
            if (p.status().isStanding()) {
                RoofPlanner.Roof roof = p.id().equals(undetected) ? roofs.undetected() : roofs.roof(p);
                b = b.withRoof(roof.summary());
                roofParts.addAll(roof.parts());
            }
            buildings.add(b);
        }

        List<Unit> units = new ArrayList<>();
        for (UnitPlan u : plan.units()) {
            PandPlan pand = byId.get(u.pandIds().get(0));
            if (pand.status() == BuildingStatus.DEMOLISHED) {
                continue;
            }
            units.add(new Unit(
                    u.id(),
                    u.pandIds(),
                    u.purposes(),
                    u.areaM2(),
                    unitStatus(pand.status()),
                    u.address(),
                    SiteLayout.toRd(SiteLayout.RD.createPoint(u.location()))));
        }

        List<String> offices = panden.stream()
                .filter(p -> p.kind() == PandKind.OFFICE && p.status().isStanding())
                .map(PandPlan::id)
                .toList();
        Map<String, Integer> years = new HashMap<>();
        panden.forEach(p -> years.put(p.id(), p.year()));
        var labels = new LabelPlanner(seed + 3).plan(units, offices, years);
        var companies = new CompanyPlanner(seed + 4).plan(units);
        List<IbisFeature> ibis = SiteLayout.ibisFeatures();
        return new SamplePark(ibis, parks(ibis), buildings, units, roofParts, labels, GridPlanner.plan(), companies);
    }

    /** The park records the importer makes: features with one RIN merged into one contour. */
    static List<Park> parks(List<IbisFeature> ibis) {
        Map<String, List<IbisFeature>> byRin = ibis.stream()
                .collect(Collectors.groupingBy(IbisFeature::rin, java.util.TreeMap::new, Collectors.toList()));
        List<Park> parks = new ArrayList<>();
        byRin.forEach((rin, features) -> {
            List<Polygon> polygons = features.stream().map(IbisFeature::contour).toList();
            Geometry contour = polygons.size() == 1
                    ? polygons.get(0)
                    : SiteLayout.RD.createMultiPolygon(polygons.toArray(Polygon[]::new));
            parks.add(new Park(
                    rin,
                    features.get(0).planName(),
                    "Assen",
                    OptionalDouble.of(SiteLayout.round(
                            features.stream()
                                    .mapToDouble(IbisFeature::grossHectares)
                                    .sum(),
                            2)),
                    OptionalDouble.of(SiteLayout.round(
                            features.stream()
                                    .mapToDouble(IbisFeature::netHectares)
                                    .sum(),
                            2)),
                    contour));
        });
        return parks;
    }

    /**
     * A living park: three halls were demolished, four buildings are being built or permitted on the
     * newest streets, one stands empty, and two have an unknown bouwjaar.
     */
    private static List<PandPlan> withStatuses(List<PandPlan> planned, Random rng) {
        List<PandPlan> panden = new ArrayList<>(planned);
        List<Integer> oldHalls =
                indexes(panden, p -> PLAIN_HALLS.contains(p.kind()) && p.block().phaseStart() < 1980);
        List<Integer> newOnes = indexes(panden, p -> p.block().phaseStart() >= 2000 && p.kind() != PandKind.OFFICE);
        Collections.shuffle(oldHalls, rng);
        Collections.shuffle(newOnes, rng);
        for (int k = 0; k < 3; k++) {
            int i = oldHalls.get(k);
            panden.set(
                    i,
                    panden.get(i).with(BuildingStatus.DEMOLISHED, panden.get(i).year()));
        }
        int out = oldHalls.get(3);
        panden.set(
                out,
                panden.get(out).with(BuildingStatus.OUT_OF_USE, panden.get(out).year()));
        for (int k = 4; k < 6; k++) {
            int i = oldHalls.get(k);
            panden.set(i, panden.get(i).with(BuildingStatus.IN_USE, 9999));
        }
        for (int k = 0; k < 4; k++) {
            int i = newOnes.get(k);
            panden.set(
                    i,
                    k < 2
                            ? panden.get(i).with(BuildingStatus.CONSTRUCTION_STARTED, 2025)
                            : panden.get(i).with(BuildingStatus.PERMIT_GRANTED, 2026));
        }
        return panden;
    }

    private static List<Integer> indexes(List<PandPlan> panden, java.util.function.Predicate<PandPlan> test) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < panden.size(); i++) {
            if (test.test(panden.get(i))) {
                result.add(i);
            }
        }
        return result;
    }

    private static String firstStanding(List<PandPlan> panden, PandKind kind, int skip) {
        return panden.stream()
                .filter(p -> p.kind() == kind && p.status() == BuildingStatus.IN_USE && p.year() != 9999)
                .skip(skip)
                .findFirst()
                .map(PandPlan::id)
                .orElse("");
    }

    private static UnitStatus unitStatus(BuildingStatus pand) {
        return switch (pand) {
            case PERMIT_GRANTED, CONSTRUCTION_STARTED -> UnitStatus.FORMED;
            case OUT_OF_USE -> UnitStatus.OUT_OF_USE;
            default -> UnitStatus.IN_USE;
        };
    }
}

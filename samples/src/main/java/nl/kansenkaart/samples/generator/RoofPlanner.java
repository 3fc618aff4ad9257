package nl.kansenkaart.samples.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import nl.kansenkaart.core.model.RoofPart;
import nl.kansenkaart.core.model.RoofSummary;
import nl.kansenkaart.core.model.RoofType;
import nl.kansenkaart.samples.generator.PandPlan.PandKind;
import nl.kansenkaart.samples.generator.PandPlan.Section;

/**
 * The 3D BAG view of a standing pand: the b3_* summary and, for about 60 % of them, the LoD2.2 roof
 * faces. Like 3D BAG does for some buildings, the very large hall (over 10,000 m2) gets no faces,
 * and one building is not detected at all.
 */
final class RoofPlanner {
    private final Random rng;

    RoofPlanner(long seed) {
        this.rng = new Random(seed);
    }

    /** The summary and faces of one pand. */
    record Roof(RoofSummary summary, List<RoofPart> parts) {}

    /** Ground height in m NAP: Assen lies around 11-13 m, sloping gently across the park. */
    double groundHeight(PandPlan pand) {
        double x = pand.footprint().getCentroid().getX();
        return SiteLayout.round(11.3 + 0.7 * (Math.sin(x / 260.0) + 1) + rng.nextInt(20) / 100.0, 2);
    }

    Roof undetected() {
        RoofSummary s = new RoofSummary(
                RoofType.COULD_NOT_DETECT,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                OptionalInt.empty(),
                false);
        return new Roof(s, List.of());
    }

    Roof roof(PandPlan pand) {
        double ground = groundHeight(pand);
        double footprint = pand.footprint().getArea();
        boolean giant = pand.kind() == PandKind.GIANT_HALL;
        boolean withFaces = !giant && rng.nextInt(100) < (pand.slanted() ? 85 : 64);
        double flat = 0;
        double slanted = 0;
        double maxSection = 0;
        List<RoofPart> parts = new ArrayList<>();
        for (int i = 0; i < pand.sections().size(); i++) {
            Section s = pand.sections().get(i);
            double area2d = s.outline().getArea();
            double trueArea = SiteLayout.round(area2d / Math.cos(Math.toRadians(s.slopeDegrees())), 2);
            if (s.slopeDegrees() < 10) {
                flat += trueArea;
            } else {
                slanted += trueArea;
            }
            maxSection = Math.max(maxSection, s.heightM());
            if (withFaces) {
                parts.add(new RoofPart(
                        pand.id(),
                        i,
                        SiteLayout.round(s.slopeDegrees(), 2),
                        SiteLayout.round(SiteLayout.turnAzimuth(s.localAzimuth()), 2),
                        trueArea,
                        SiteLayout.round(ground + s.heightM(), 2),
                        SiteLayout.toRd(s.outline())));
            }
        }
        double h70;
        double max;
        if (pand.slanted()) {
            h70 = ground + pand.heightM() + 0.7 * (pand.ridgeM() - pand.heightM());
            max = ground + pand.ridgeM();
        } else {
            h70 = ground + pand.heightM();
            max = ground + maxSection + 0.4 + rng.nextInt(12) / 10.0;
        }
        RoofType type = pand.slanted()
                ? RoofType.SLANTED
                : pand.sections().size() > 1 ? RoofType.MULTIPLE_HORIZONTAL : RoofType.SINGLE_HORIZONTAL;
        RoofSummary summary = new RoofSummary(
                type,
                OptionalDouble.of(SiteLayout.round(footprint, 2)),
                OptionalDouble.of(SiteLayout.round(flat, 2)),
                OptionalDouble.of(SiteLayout.round(slanted, 2)),
                OptionalDouble.of(ground),
                OptionalDouble.of(SiteLayout.round(h70, 2)),
                OptionalDouble.of(SiteLayout.round(max, 2)),
                OptionalDouble.of(SiteLayout.round(footprint * (h70 - ground) * 0.97, 1)),
                OptionalInt.of(pand.floors()),
                // 3D BAG flags only halls and greenhouses over ~70,000 m2; this one merely lacks faces.
                false);
        return new Roof(summary, parts);
    }
}

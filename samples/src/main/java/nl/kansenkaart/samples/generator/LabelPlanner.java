package nl.kansenkaart.samples.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;

/**
 * EP-Online registrations for about 40 % of the VBOs. Offices follow a fixed pattern so the label C
 * obligation shows compliant offices, offices with D-G and offices without any label, in roughly
 * the national proportions of 2023 (55 % / 10 % / 35 %).
 */
final class LabelPlanner {
    /** Label of each office pand in turn; null = no label registered. */
    private static final LabelClass[] OFFICE_PATTERN = {
        LabelClass.C, null, LabelClass.A, LabelClass.D, LabelClass.B, null, LabelClass.A1PLUS, LabelClass.G,
        LabelClass.C, null, LabelClass.B, LabelClass.E, LabelClass.A2PLUS, null, LabelClass.A, LabelClass.F,
        LabelClass.C, null, LabelClass.B, LabelClass.A
    };

    /** The first day NTA 8800 labels were registered (primary fossil energy instead of an index). */
    static final LocalDate NTA_8800 = LocalDate.of(2021, 1, 1);

    static final double TARGET_SHARE = 0.40;

    private final Random rng;
    private final List<EnergyLabel> labels = new ArrayList<>();

    LabelPlanner(long seed) {
        this.rng = new Random(seed);
    }

    /**
     * @param units all VBOs
     * @param officePanden the ids of pure office panden, in plan order
     * @param yearOfPand bouwjaar per pand id (9999 = unknown)
     */
    List<EnergyLabel> plan(List<Unit> units, List<String> officePanden, Map<String, Integer> yearOfPand) {
        Set<String> labelled = new HashSet<>();
        for (int k = 0; k < officePanden.size(); k++) {
            LabelClass c = OFFICE_PATTERN[k % OFFICE_PATTERN.length];
            String pand = officePanden.get(k);
            for (Unit u : units) {
                if (c != null && u.buildingIds().get(0).equals(pand) && u.status() == UnitStatus.IN_USE) {
                    if (k == 0) {
                        // Labelled E before the obligation, improved to C for it: the later registration counts.
                        register(u, LabelClass.E, date(2017, 2019));
                    }
                    register(u, c, date(2020, 2025));
                    labelled.add(u.id());
                }
            }
        }
        List<Unit> others = new ArrayList<>(units.stream()
                .filter(u -> u.status() == UnitStatus.IN_USE && !labelled.contains(u.id()))
                .filter(u -> !officePanden.contains(u.buildingIds().get(0)))
                .toList());
        Collections.shuffle(others, rng);
        int target = (int) Math.round(units.size() * TARGET_SHARE);
        int doubles = 0;
        for (Unit u : others) {
            if (labelled.size() >= target) {
                break;
            }
            int year = yearOfPand.getOrDefault(u.buildingIds().get(0), 9999);
            LabelClass c = classFor(year);
            LocalDate when = date(2017, 2026);
            if (doubles < 7 && rng.nextInt(4) == 0) {
                // An older registration that a newer one replaces (after a renovation or a recount).
                LabelClass older =
                        LabelClass.values()[Math.min(LabelClass.G.ordinal(), c.ordinal() + 1 + rng.nextInt(2))];
                register(u, older, date(2015, 2018));
                when = date(2021, 2026);
                doubles++;
            }
            register(u, c, when);
            labelled.add(u.id());
        }
        return List.copyOf(labels);
    }

    private LabelClass classFor(int year) {
        LabelClass[] choices;
        if (year == 9999 || year < 1985) {
            choices =
                    new LabelClass[] {LabelClass.C, LabelClass.D, LabelClass.E, LabelClass.F, LabelClass.G, LabelClass.B
                    };
        } else if (year < 2000) {
            choices = new LabelClass[] {LabelClass.B, LabelClass.C, LabelClass.D, LabelClass.A, LabelClass.E};
        } else if (year < 2015) {
            choices = new LabelClass[] {LabelClass.A, LabelClass.B, LabelClass.C, LabelClass.A1PLUS};
        } else {
            choices = new LabelClass[] {LabelClass.A1PLUS, LabelClass.A2PLUS, LabelClass.A, LabelClass.A3PLUS};
        }
        return choices[rng.nextInt(choices.length)];
    }

    private LocalDate date(int fromYear, int toYear) {
        LocalDate start = LocalDate.of(fromYear, 1, 2);
        LocalDate end = toYear >= 2026 ? LocalDate.of(2026, 8, 31) : LocalDate.of(toYear, 12, 20);
        return start.plusDays(rng.nextInt((int) (end.toEpochDay() - start.toEpochDay())));
    }

    private void register(Unit u, LabelClass c, LocalDate registered) {
        boolean dwelling = u.purposes().contains(UsePurpose.RESIDENTIAL);
        if (dwelling && registered.isBefore(NTA_8800)) {
            registered = registered.withYear(2021 + rng.nextInt(4));
        }
        boolean nta = !registered.isBefore(NTA_8800);
        double[] range = fossilRange(c, dwelling, u.purposes().contains(UsePurpose.RETAIL));
        OptionalDouble fossil = nta
                ? OptionalDouble.of(SiteLayout.round(range[0] + rng.nextDouble() * (range[1] - range[0]), 2))
                : OptionalDouble.empty();
        OptionalDouble index = nta ? OptionalDouble.empty() : OptionalDouble.of(index(c));
        labels.add(new EnergyLabel(
                c,
                index,
                fossil,
                registered,
                registered.plusYears(10),
                Optional.of(u.id()),
                Optional.of(u.buildingIds().get(0)),
                !dwelling));
    }

    /** Old-method energy index inside the class band (utility: C or better is at most 1.30). */
    private double index(LabelClass c) {
        double[] upper = {0.30, 0.40, 0.50, 0.60, 0.70, 1.05, 1.15, 1.30, 1.45, 1.60, 1.75, 2.10};
        double lo = c.ordinal() == 0 ? 0.2 : upper[c.ordinal() - 1] + 0.01;
        double hi = upper[c.ordinal()];
        return SiteLayout.round(lo + rng.nextDouble() * (hi - lo), 2);
    }

    /** Primary fossil energy in kWh/m2/yr inside the class band (RVO limits for offices, shops, dwellings). */
    private static double[] fossilRange(LabelClass c, boolean dwelling, boolean shop) {
        double[] office = {0, 40, 80, 120, 160, 180, 200, 225, 250, 275, 300, 360};
        double[] retail = {0, 60, 120, 180, 240, 285, 315, 355, 395, 435, 475, 540};
        double[] home = {0, 0, 50, 75, 105, 160, 190, 250, 290, 335, 380, 440};
        double[] upper = dwelling ? home : shop ? retail : office;
        int i = Math.max(c.ordinal(), dwelling ? 2 : 1);
        return new double[] {upper[i - 1] + 0.01, upper[i]};
    }
}

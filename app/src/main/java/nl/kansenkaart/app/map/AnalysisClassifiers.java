package nl.kansenkaart.app.map;

import java.awt.Color;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kansenkaart.core.kansen.CollectiveOpportunity;
import nl.kansenkaart.core.kansen.OpportunityType;
import nl.kansenkaart.core.labels.LabelOutcome;
import nl.kansenkaart.core.labels.LabelResult;
import nl.kansenkaart.core.solar.SolarOutcome;
import nl.kansenkaart.core.solar.SolarPotential;

/** Classifiers that colour buildings by analysis results (solar potential, label-C obligation). */
public final class AnalysisClassifiers {
    private AnalysisClassifiers() {}

    /** Upper bounds (exclusive) of the solar potential classes in kWp; 300 kWp is the GH1 threshold. */
    static final double[] KWP_BOUNDS = {50, 150, 300};

    /** Class keys of the solar classification, for tests. */
    public static final String PV_PRESENT = "al-zonnepanelen", NOT_ASSESSED = "niet-beoordeeld";

    /** Label-C verdicts that leave work to do: they get the challenge outline. */
    static final Set<LabelOutcome.Kind> LABEL_TASK = EnumSet.of(
            LabelOutcome.Kind.NON_COMPLIANT,
            LabelOutcome.Kind.NO_LABEL,
            LabelOutcome.Kind.PARTLY_LABELLED,
            LabelOutcome.Kind.UNKNOWN);

    /**
     * Buildings by rooftop solar potential in kWp classes; buildings that already carry panels get
     * their own class, buildings without a number are grey.
     */
    public static Classifier solarPotential(Map<String, SolarOutcome> byBuilding) {
        List<StyleClass> classes = List.of(
                cls("zon-0-50", "#fee391", "solar.class0"),
                cls("zon-50-150", "#fec44f", "solar.class1"),
                cls("zon-150-300", "#fe9929", "solar.class2"),
                cls("zon-300-plus", "#cc4c02", "solar.class3"),
                cls(PV_PRESENT, "#3182bd", "solar.present"),
                cls(NOT_ASSESSED, "#d9d9d9", "solar.none"));
        return classifier(classes, f -> {
            if (!(f instanceof MapFeature.BuildingItem b)) {
                return Optional.empty();
            }
            Optional<SolarPotential> p =
                    Optional.ofNullable(byBuilding.get(b.id())).flatMap(SolarOutcome::potential);
            if (p.isEmpty()) {
                return Optional.of(classes.get(5));
            }
            if (p.get().flags().existingPv().orElse(false)) {
                return Optional.of(classes.get(4));
            }
            double kwp = p.get().peakPowerKwp();
            int i = 0;
            while (i < KWP_BOUNDS.length && kwp >= KWP_BOUNDS[i]) {
                i++;
            }
            return Optional.of(classes.get(i));
        });
    }

    /** Only the buildings that already carry solar panels (per the consultant or the source). */
    public static Classifier existingPv(Map<String, SolarOutcome> byBuilding) {
        StyleClass present = new StyleClass(PV_PRESENT, new Color(0, 0, 0, 0), MapText.get("solar.present"));
        return classifier(
                List.of(present),
                f -> f instanceof MapFeature.BuildingItem b
                                && Optional.ofNullable(byBuilding.get(b.id()))
                                        .flatMap(SolarOutcome::potential)
                                        .flatMap(p -> p.flags().existingPv())
                                        .orElse(false)
                        ? Optional.of(present)
                        : Optional.empty());
    }

    /**
     * Office buildings under the label-C obligation that do not (visibly) meet it: outline only, so
     * it can lie over another colouring.
     */
    public static Classifier labelTask(Map<String, LabelResult> byBuilding) {
        StyleClass task = new StyleClass("label-c-opgave", new Color(0, 0, 0, 0), MapText.get("labelc.task"));
        return classifier(
                List.of(task),
                f -> f instanceof MapFeature.BuildingItem b
                                && Optional.ofNullable(byBuilding.get(b.id()))
                                        .map(r -> LABEL_TASK.contains(r.kind()))
                                        .orElse(false)
                        ? Optional.of(task)
                        : Optional.empty());
    }

    /** Collective opportunities by kind, without their numbers in the legend. */
    public static Classifier collective() {
        return collective(List.of());
    }

    /**
     * Collective opportunities by kind: a faint wash, an outline in the kind's colour and its own
     * line pattern, so that overlapping hulls of five kinds stay apart; the legend names the kind's
     * map code and numbers ("E1-E19"), which the renderer writes on the outlines.
     */
    public static Classifier collective(List<CollectiveOpportunity> shown) {
        String[] colours = {"#1b9e77", "#386cb0", "#e7298a", "#66a61e", "#a6761d"};
        StyleClass.Dash[] dashes = {
            StyleClass.Dash.SOLID,
            StyleClass.Dash.DASHED,
            StyleClass.Dash.DOTTED,
            StyleClass.Dash.DASH_DOT,
            StyleClass.Dash.LONG_DASH
        };
        java.util.Map<OpportunityType, StyleClass> byType = new java.util.EnumMap<>(OpportunityType.class);
        int i = 0;
        for (OpportunityType t : OpportunityType.values()) {
            if (t.isCollective()) {
                int count = (int) shown.stream().filter(o -> o.type() == t).count();
                String code = CollectiveLabels.code(t);
                String label = count == 0
                        ? code + "  " + t.dutch()
                        : code + "  " + t.dutch() + " (" + code + "1" + (count > 1 ? "-" + code + count : "") + ")";
                // A very light wash: park-wide hulls overlap and must not hide the buildings.
                byType.put(
                        t,
                        new StyleClass(
                                t.code(), StyleClass.hex(colours[i % colours.length], 0.06), label, dashes[i % 5]));
                i++;
            }
        }
        List<StyleClass> classes = List.copyOf(byType.values());
        return classifier(
                classes,
                f -> f instanceof MapFeature.CollectiveItem c
                        ? Optional.ofNullable(byType.get(c.opportunity().type()))
                        : Optional.empty());
    }

    private static StyleClass cls(String key, String hex, String textKey) {
        return new StyleClass(key, StyleClass.hex(hex, 1.0), MapText.get(textKey));
    }

    private static Classifier classifier(
            List<StyleClass> classes, java.util.function.Function<MapFeature, Optional<StyleClass>> of) {
        return new Classifier() {
            @Override
            public List<StyleClass> classes() {
                return classes;
            }

            @Override
            public Optional<StyleClass> classify(MapFeature feature) {
                return of.apply(feature);
            }
        };
    }
}

package nl.kansenkaart.app.map;

import java.awt.Color;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UsePurpose;

/** The classifiers the built-in themes use, each with its colours and Dutch legend labels. */
public final class Classifiers {
    private Classifiers() {}

    /** Class keys of the building function classification, for the legend and tests. */
    public static final String INDUSTRY = "industrie", OFFICE = "kantoor", RETAIL = "winkel";

    /** More class keys of the building function classification. */
    public static final String RESIDENTIAL = "wonen", OTHER = "overig", NO_UNIT = "geen-vbo";

    /**
     * Buildings by the main gebruiksdoel of their units: the purpose with the most floor area, where
     * a unit with several purposes counts its whole area for each (BAG cannot split it).
     */
    public static Classifier buildingFunction() {
        Map<String, StyleClass> classes = new LinkedHashMap<>();
        put(classes, INDUSTRY, "#9b6bc4", "function.industry");
        put(classes, OFFICE, "#e78ac3", "function.office");
        put(classes, RETAIL, "#f4a259", "function.retail");
        put(classes, RESIDENTIAL, "#c9a66b", "function.residential");
        put(classes, OTHER, "#8fb3cf", "function.other");
        put(classes, NO_UNIT, "#d0d0d0", "function.none");
        return of(classes, f -> f instanceof MapFeature.BuildingItem b ? Optional.of(b.functionKey()) : none());
    }

    /** The function class key of a building with these units. */
    static String functionKey(List<Unit> units) {
        if (units.isEmpty()) {
            return NO_UNIT;
        }
        Map<UsePurpose, Long> area = new EnumMap<>(UsePurpose.class);
        for (Unit u : units) {
            for (UsePurpose p : u.purposes()) {
                area.merge(p, (long) u.floorAreaM2(), Long::sum);
            }
        }
        // Ties go to the first purpose in BAG order, so the result does not depend on unit order.
        UsePurpose main = null;
        long best = -1;
        for (Map.Entry<UsePurpose, Long> e : area.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                main = e.getKey();
            }
        }
        return switch (main) {
            case INDUSTRY -> INDUSTRY;
            case OFFICE -> OFFICE;
            case RETAIL -> RETAIL;
            case RESIDENTIAL -> RESIDENTIAL;
            default -> OTHER;
        };
    }

    /** Buildings by bouwjaar class: before 1970, 1970-1989, 1990-2009, 2010 and later, unknown. */
    public static Classifier buildingYear() {
        Map<String, StyleClass> classes = new LinkedHashMap<>();
        put(classes, "voor-1970", "#08306b", "year.before1970");
        put(classes, "1970-1989", "#2171b5", "year.1970");
        put(classes, "1990-2009", "#6baed6", "year.1990");
        put(classes, "2010-later", "#c6dbef", "year.2010");
        put(classes, "onbekend", "#d0d0d0", "year.unknown");
        return of(classes, f -> {
            if (!(f instanceof MapFeature.BuildingItem b)) {
                return none();
            }
            if (b.building().constructionYear().isEmpty()) {
                return Optional.of("onbekend");
            }
            int year = b.building().constructionYear().getAsInt();
            return Optional.of(
                    year < 1970 ? "voor-1970" : year < 1990 ? "1970-1989" : year < 2010 ? "1990-2009" : "2010-later");
        });
    }

    /** Buildings by energy label class in the customary colours; grey for no registered label. */
    public static Classifier buildingLabel() {
        Map<String, StyleClass> classes = labelClasses(1.0);
        put(classes, "geen-label", "#d0d0d0", "label.none");
        return of(
                classes,
                f -> f instanceof MapFeature.BuildingItem b
                        ? Optional.of(b.label().map(Classifiers::labelKey).orElse("geen-label"))
                        : none());
    }

    /** Units that have a registered label, as points in the label's customary colour. */
    public static Classifier unitLabel() {
        return of(
                labelClasses(1.0),
                f -> f instanceof MapFeature.UnitItem u ? u.label().map(Classifiers::labelKey) : none());
    }

    /** Grid areas by status for one direction; "available" is transparent, unknown is not drawn. */
    public static Classifier gridStatus(Function<GridArea, CapacityStatus> direction) {
        Map<String, StyleClass> classes = new LinkedHashMap<>();
        classes.put(
                CapacityStatus.AVAILABLE.name(),
                new StyleClass(CapacityStatus.AVAILABLE.name(), new Color(0, 0, 0, 0), MapText.get("grid.AVAILABLE")));
        put(classes, CapacityStatus.SCARCE.name(), "#ffd400", "grid.SCARCE");
        put(classes, CapacityStatus.CONGESTION_MANAGEMENT.name(), "#ff8c00", "grid.CONGESTION_MANAGEMENT");
        put(classes, CapacityStatus.CONGESTED.name(), "#e31a1c", "grid.CONGESTED");
        return of(classes, f -> {
            if (!(f instanceof MapFeature.GridItem g)) {
                return none();
            }
            CapacityStatus s = direction.apply(g.gridArea());
            return s == CapacityStatus.UNKNOWN ? none() : Optional.of(s.name());
        });
    }

    /**
     * Panden placed on the grid through their postcode (no grid area holds them), by the status of
     * one direction, as outlines in the colours of the grid areas; "available" and "unknown" are not
     * drawn, as on the areas.
     */
    public static Classifier gridStatusByPostcode(Function<GridPosition, CapacityStatus> direction) {
        Map<String, StyleClass> classes = new LinkedHashMap<>();
        String via = MapText.get("grid.viaPostcode");
        for (CapacityStatus s :
                List.of(CapacityStatus.SCARCE, CapacityStatus.CONGESTION_MANAGEMENT, CapacityStatus.CONGESTED)) {
            Color c = Color.decode(GRID_HEX.get(s));
            // No fill: the outline is the message, over the building's own colour.
            classes.put(
                    s.name(),
                    new StyleClass(
                            s.name(),
                            new Color(c.getRed(), c.getGreen(), c.getBlue(), 0),
                            MapText.get("grid." + s.name()) + " " + via));
        }
        return of(classes, f -> {
            if (!(f instanceof MapFeature.BuildingItem b) || b.gridByPostcode().isEmpty()) {
                return none();
            }
            CapacityStatus s = direction.apply(b.gridByPostcode().get());
            return classes.containsKey(s.name()) ? Optional.of(s.name()) : none();
        });
    }

    private static final Map<CapacityStatus, String> GRID_HEX = Map.of(
            CapacityStatus.SCARCE, "#ffd400",
            CapacityStatus.CONGESTION_MANAGEMENT, "#ff8c00",
            CapacityStatus.CONGESTED, "#e31a1c");

    /** The key of a label class on maps: all A+ variants count as A, as the customary legend does. */
    public static String labelKey(EnergyLabel label) {
        return LABEL_KEYS.get(label.labelClass());
    }

    // Built once: the map asks for the key of every labelled unit in view on every frame.
    private static final Map<LabelClass, String> LABEL_KEYS = labelKeys();

    private static Map<LabelClass, String> labelKeys() {
        Map<LabelClass, String> keys = new EnumMap<>(LabelClass.class);
        for (LabelClass c : LabelClass.values()) {
            keys.put(c, "label-" + (c.compareTo(LabelClass.A) <= 0 ? "A" : c.code()));
        }
        return keys;
    }

    private static Map<String, StyleClass> labelClasses(double opacity) {
        Map<String, StyleClass> classes = new LinkedHashMap<>();
        for (LabelClass c : List.of(
                LabelClass.A, LabelClass.B, LabelClass.C, LabelClass.D, LabelClass.E, LabelClass.F, LabelClass.G)) {
            String key = "label-" + c.code();
            classes.put(
                    key,
                    new StyleClass(
                            key,
                            StyleClass.hex(c.colourHex(), opacity),
                            MessageFormat.format(MapText.get("label.class"), c.code())));
        }
        return classes;
    }

    private static void put(Map<String, StyleClass> classes, String key, String hex, String textKey) {
        classes.put(key, new StyleClass(key, StyleClass.hex(hex, 1.0), MapText.get(textKey)));
    }

    private static Optional<String> none() {
        return Optional.empty();
    }

    private static Classifier of(Map<String, StyleClass> classes, Function<MapFeature, Optional<String>> keyOf) {
        List<StyleClass> ordered = List.copyOf(new ArrayList<>(classes.values()));
        Map<String, StyleClass> byKey = Map.copyOf(classes);
        return new Classifier() {
            @Override
            public List<StyleClass> classes() {
                return ordered;
            }

            @Override
            public Optional<StyleClass> classify(MapFeature feature) {
                return keyOf.apply(feature).map(byKey::get);
            }
        };
    }
}

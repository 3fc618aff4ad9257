package nl.kansenkaart.core.solar;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;
import nl.kansenkaart.core.text.DutchNumbers;
import nl.kansenkaart.core.text.PropertyReader;

/**
 * The text form of {@link SolarAssumptions}: Dutch keys a consultant can read and edit, their
 * units and descriptions, and the strict number parsing behind {@code fromProperties}.
 */
final class AssumptionKeys {
    static final String NAME = "zon.naam";
    static final String METHOD = "zon.methode";
    static final String FOOTPRINT_PER_PANEL = "zon.leidraad.m2_footprint_per_paneel";
    static final String PANEL_WP = "zon.wattpiek_per_paneel";
    static final String PANEL_AREA = "zon.paneeloppervlak_m2";
    static final String SMALL_BUILDING = "zon.klein_pand_tot_m2";
    static final String SHARE_SMALL = "zon.bruikbaar_aandeel.klein_schuin_dak";
    static final String SHARE_OTHER = "zon.bruikbaar_aandeel.overig";
    static final String ORIENTATION_UNKNOWN = "zon.orientatiefactor_onbekend";
    static final String SPECIFIC_YIELD = "zon.specifieke_opbrengst_kwh_per_kwp";
    static final String SLOPES = "zon.opbrengstfactor.hellingen_graden";
    static final String DEVIATIONS = "zon.opbrengstfactor.afwijking_zuid_graden";
    static final String ROW_PREFIX = "zon.opbrengstfactor.helling_";
    static final String FLAT_SLOPE = "zon.plat_dak_tot_helling_graden";
    static final String FLAT_COVER = "zon.plat_dak_bedekkingsgraad_oost_west";
    static final String PITCHED_COVER = "zon.schuin_dak_bedekkingsgraad";
    static final String NORTH_SLOPE = "zon.noordvlak_uitsluiten_vanaf_helling_graden";
    static final String NORTH_SECTOR = "zon.noordvlak_binnen_graden_van_noord";
    static final String MIN_PART_AREA = "zon.minimaal_dakvlak_m2";
    static final String CO2 = "zon.co2_kg_per_kwh";
    static final String INVEST_SMALL = "zon.investering_eur_per_wp.klein";
    static final String INVEST_MEDIUM = "zon.investering_eur_per_wp.middel";
    static final String INVEST_LARGE = "zon.investering_eur_per_wp.groot";
    static final String INVEST_MEDIUM_FROM = "zon.investering.middel_vanaf_kwp";
    static final String INVEST_LARGE_FROM = "zon.investering.groot_vanaf_kwp";
    static final String PRICE_SELF_USE = "zon.prijs_eigen_gebruik_eur_per_kwh";
    static final String PRICE_FEED_IN = "zon.prijs_teruglevering_eur_per_kwh";
    static final String SELF_USE_SHARE = "zon.aandeel_eigen_gebruik";
    static final String GH1_AREA = "zon.gh1.minimaal_dakoppervlak_m2";
    static final String GH1_KWP = "zon.gh1.minimaal_vermogen_kwp";
    static final String STRUCTURAL_AREA = "zon.constructie_check.vanaf_footprint_m2";
    static final String STRUCTURAL_YEAR = "zon.constructie_check.bouwjaar_voor";

    /** How a value is shown to a reader. */
    private enum Kind {
        TEXT,
        NUMBER,
        PERCENT,
        YEAR
    }

    /** One key: its Dutch label and unit, and how to get its value from the record. */
    private record Entry(String key, String label, String unit, Kind kind, Function<SolarAssumptions, Object> get) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry(NAME, "Naam", "", Kind.TEXT, SolarAssumptions::name),
            new Entry(METHOD, "Methode", "", Kind.TEXT, a -> a.method().code()),
            new Entry(
                    FOOTPRINT_PER_PANEL,
                    "Footprint per paneel (leidraad)",
                    "m2",
                    Kind.NUMBER,
                    SolarAssumptions::footprintM2PerPanel),
            new Entry(PANEL_WP, "Vermogen per paneel", "Wp", Kind.NUMBER, SolarAssumptions::panelPeakPowerWp),
            new Entry(PANEL_AREA, "Oppervlak per paneel", "m2", Kind.NUMBER, SolarAssumptions::panelAreaM2),
            new Entry(
                    SMALL_BUILDING,
                    "Klein pand: footprint kleiner dan",
                    "m2",
                    Kind.NUMBER,
                    a -> a.smallBuildingMaxM2()),
            new Entry(
                    SHARE_SMALL,
                    "Bruikbaar deel footprint, klein pand met schuin dak",
                    "",
                    Kind.PERCENT,
                    SolarAssumptions::usableShareSmallPitched),
            new Entry(
                    SHARE_OTHER,
                    "Bruikbaar deel footprint, overige panden",
                    "",
                    Kind.PERCENT,
                    a -> a.usableShareOther()),
            new Entry(
                    ORIENTATION_UNKNOWN,
                    "Opbrengstfactor bij onbekende oriëntatie",
                    "",
                    Kind.NUMBER,
                    SolarAssumptions::unknownOrientationFactor),
            new Entry(
                    SPECIFIC_YIELD,
                    "Specifieke opbrengst",
                    "kWh per kWp per jaar",
                    Kind.NUMBER,
                    SolarAssumptions::specificYieldKwhPerKwp),
            new Entry(
                    SLOPES,
                    "Opbrengsttabel, hellingen",
                    "graden",
                    Kind.TEXT,
                    a -> list(a.yieldFactors().slopesDegrees())),
            new Entry(
                    DEVIATIONS,
                    "Opbrengsttabel, afwijking van het zuiden",
                    "graden",
                    Kind.TEXT,
                    a -> list(a.yieldFactors().southDeviationsDegrees())),
            new Entry(FLAT_SLOPE, "Plat dak: helling kleiner dan", "graden", Kind.NUMBER, a -> a.flatSlopeMaxDegrees()),
            new Entry(FLAT_COVER, "Plat dak: bedekkingsgraad oost-west", "", Kind.PERCENT, a -> a.flatCoverRatio()),
            new Entry(PITCHED_COVER, "Schuin dak: bedekkingsgraad", "", Kind.PERCENT, a -> a.pitchedCoverRatio()),
            new Entry(
                    NORTH_SLOPE,
                    "Noordvlak uitgesloten vanaf helling",
                    "graden",
                    Kind.NUMBER,
                    a -> a.northExclusionMinSlopeDegrees()),
            new Entry(
                    NORTH_SECTOR,
                    "Noordvlak: azimut binnen",
                    "graden van het noorden",
                    Kind.NUMBER,
                    a -> a.northSectorHalfWidthDegrees()),
            new Entry(MIN_PART_AREA, "Kleinste bruikbare dakvlak", "m2", Kind.NUMBER, a -> a.minimumPartAreaM2()),
            new Entry(
                    CO2,
                    "Vermeden CO2 (elektriciteitsmix 2021 incl. keten, CO2emissiefactoren.nl)",
                    "kg per kWh",
                    Kind.NUMBER,
                    a -> a.co2KgPerKwh()),
            new Entry(
                    INVEST_SMALL,
                    "Investering tot middelgroot",
                    "euro per Wp",
                    Kind.NUMBER,
                    a -> a.investmentEurPerWpSmall()),
            new Entry(
                    INVEST_MEDIUM,
                    "Investering middelgroot deel",
                    "euro per Wp",
                    Kind.NUMBER,
                    a -> a.investmentEurPerWpMedium()),
            new Entry(
                    INVEST_LARGE,
                    "Investering groot deel",
                    "euro per Wp",
                    Kind.NUMBER,
                    a -> a.investmentEurPerWpLarge()),
            new Entry(INVEST_MEDIUM_FROM, "Middelgroot vanaf", "kWp", Kind.NUMBER, a -> a.investmentMediumFromKwp()),
            new Entry(INVEST_LARGE_FROM, "Groot vanaf", "kWp", Kind.NUMBER, a -> a.investmentLargeFromKwp()),
            new Entry(
                    PRICE_SELF_USE,
                    "Waarde eigen gebruik",
                    "euro per kWh",
                    Kind.NUMBER,
                    a -> a.priceSelfUseEurPerKwh()),
            new Entry(
                    PRICE_FEED_IN, "Waarde teruglevering", "euro per kWh", Kind.NUMBER, a -> a.priceFeedInEurPerKwh()),
            new Entry(SELF_USE_SHARE, "Aandeel eigen gebruik", "", Kind.PERCENT, a -> a.selfUseShare()),
            new Entry(GH1_AREA, "GH1: geschikt dakoppervlak minimaal", "m2", Kind.NUMBER, a -> a.gh1MinRoofAreaM2()),
            new Entry(GH1_KWP, "GH1: vermogen minimaal", "kWp", Kind.NUMBER, a -> a.gh1MinPeakPowerKwp()),
            new Entry(
                    STRUCTURAL_AREA,
                    "Constructieve check: footprint vanaf",
                    "m2",
                    Kind.NUMBER,
                    a -> a.structuralCheckMinFootprintM2()),
            new Entry(
                    STRUCTURAL_YEAR,
                    "Constructieve check: bouwjaar voor",
                    "",
                    Kind.YEAR,
                    a -> a.structuralCheckBuiltBefore()));

    private AssumptionKeys() {}

    /** "ongeldige waarde -3 voor zon.wattpiek_per_paneel: moet groter dan 0 zijn". */
    static String invalid(String key, Object value, String why) {
        return PropertyReader.invalidMessage(key, value, why);
    }

    static Properties write(SolarAssumptions a) {
        Properties p = new Properties();
        for (Entry e : ENTRIES) {
            p.setProperty(e.key(), raw(e, a));
        }
        YieldFactorTable t = a.yieldFactors();
        for (int i = 0; i < t.slopesDegrees().size(); i++) {
            p.setProperty(
                    YieldFactorTable.rowKey(t.slopesDegrees().get(i)),
                    list(t.factors().get(i)));
        }
        return p;
    }

    static String text(SolarAssumptions a) {
        StringBuilder sb = new StringBuilder("# Aannames zon op dak: ")
                .append(escape(a.name()))
                .append('\n');
        for (Entry e : ENTRIES) {
            sb.append("# ").append(e.label());
            if (!e.unit().isEmpty()) {
                sb.append(" (").append(e.unit()).append(')');
            }
            if (e.kind() == Kind.PERCENT) {
                sb.append(" (aandeel 0..1)");
            }
            sb.append('\n')
                    .append(e.key())
                    .append('=')
                    .append(escape(raw(e, a)))
                    .append('\n');
        }
        sb.append("# Opbrengstfactor per helling, één factor per afwijking van het zuiden\n");
        YieldFactorTable t = a.yieldFactors();
        for (int i = 0; i < t.slopesDegrees().size(); i++) {
            sb.append(YieldFactorTable.rowKey(t.slopesDegrees().get(i)))
                    .append('=')
                    .append(list(t.factors().get(i)))
                    .append('\n');
        }
        return sb.toString();
    }

    static List<String> describe(SolarAssumptions a) {
        List<String> lines = new ArrayList<>();
        for (Entry e : ENTRIES) {
            Object v = e.get().apply(a);
            String value =
                    switch (e.kind()) {
                        case TEXT -> e.key().equals(METHOD) ? a.method().label() : v.toString();
                        case YEAR -> v.toString();
                        case PERCENT -> DutchNumbers.percent((Double) v);
                        case NUMBER -> DutchNumbers.upTo((Double) v, 3);
                    };
            lines.add(e.label() + ": " + value + (e.unit().isEmpty() ? "" : " " + e.unit()));
        }
        YieldFactorTable t = a.yieldFactors();
        for (int i = 0; i < t.slopesDegrees().size(); i++) {
            StringBuilder sb = new StringBuilder("Opbrengstfactor bij helling ")
                    .append(DutchNumbers.upTo(t.slopesDegrees().get(i), 1))
                    .append(" graden: ");
            List<Double> row = t.factors().get(i);
            for (int j = 0; j < row.size(); j++) {
                sb.append(j == 0 ? "" : " / ").append(DutchNumbers.fixed(row.get(j), 2));
            }
            lines.add(sb.toString());
        }
        return List.copyOf(lines);
    }

    static Properties load(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("aannames zon op dak niet leesbaar: " + e.getMessage(), e);
        }
        return p;
    }

    static SolarAssumptions read(Properties given, SolarAssumptions base) {
        if (given == null || base == null) {
            throw new IllegalArgumentException("aannames of basisset ontbreekt");
        }
        Map<String, String> v = new HashMap<>();
        write(base).forEach((k, val) -> v.put((String) k, (String) val));
        List<String> givenRows = new ArrayList<>();
        for (String key : new TreeSet<>(given.stringPropertyNames())) {
            if (!key.startsWith("zon.")) {
                continue; // a shared file may hold other analyses' assumptions
            }
            boolean known = ENTRIES.stream().anyMatch(e -> e.key().equals(key));
            if (!known && !key.startsWith(ROW_PREFIX)) {
                throw new IllegalArgumentException("onbekende sleutel " + key + " in de aannames zon op dak");
            }
            if (key.startsWith(ROW_PREFIX)) {
                givenRows.add(key);
            }
            v.put(key, given.getProperty(key).strip());
        }
        YieldFactorTable table = table(v, givenRows);
        String methodText = v.get(METHOD);
        SolarMethod method = SolarMethod.fromCode(methodText)
                .orElseThrow(() -> new IllegalArgumentException(
                        invalid(METHOD, methodText, "kies leidraad, actueel of dakvlakken")));
        return new SolarAssumptions(
                v.get(NAME),
                method,
                number(v, FOOTPRINT_PER_PANEL),
                number(v, PANEL_WP),
                number(v, PANEL_AREA),
                number(v, SMALL_BUILDING),
                number(v, SHARE_SMALL),
                number(v, SHARE_OTHER),
                number(v, ORIENTATION_UNKNOWN),
                number(v, SPECIFIC_YIELD),
                table,
                number(v, FLAT_SLOPE),
                number(v, FLAT_COVER),
                number(v, PITCHED_COVER),
                number(v, NORTH_SLOPE),
                number(v, NORTH_SECTOR),
                number(v, MIN_PART_AREA),
                number(v, CO2),
                number(v, INVEST_SMALL),
                number(v, INVEST_MEDIUM),
                number(v, INVEST_LARGE),
                number(v, INVEST_MEDIUM_FROM),
                number(v, INVEST_LARGE_FROM),
                number(v, PRICE_SELF_USE),
                number(v, PRICE_FEED_IN),
                number(v, SELF_USE_SHARE),
                number(v, GH1_AREA),
                number(v, GH1_KWP),
                number(v, STRUCTURAL_AREA),
                year(v, STRUCTURAL_YEAR));
    }

    private static YieldFactorTable table(Map<String, String> v, List<String> givenRows) {
        List<Double> slopes = numbers(v, SLOPES, v.get(SLOPES));
        List<Double> deviations = numbers(v, DEVIATIONS, v.get(DEVIATIONS));
        List<String> rowKeys = slopes.stream().map(YieldFactorTable::rowKey).toList();
        for (String key : givenRows) {
            if (!rowKeys.contains(key)) {
                throw new IllegalArgumentException(
                        "sleutel " + key + " hoort bij geen helling uit " + SLOPES + " (" + v.get(SLOPES) + ")");
            }
        }
        List<List<Double>> rows = new ArrayList<>();
        for (String key : rowKeys) {
            String text = v.get(key);
            if (text == null) {
                throw new IllegalArgumentException(
                        key + " ontbreekt: elke helling uit " + SLOPES + " heeft een rij nodig");
            }
            rows.add(numbers(v, key, text));
        }
        return new YieldFactorTable(slopes, deviations, rows);
    }

    private static double number(Map<String, String> v, String key) {
        return parse(key, v.get(key));
    }

    private static int year(Map<String, String> v, String key) {
        String text = v.get(key);
        if (text == null || !text.matches("[0-9]{4}")) {
            throw new IllegalArgumentException(invalid(key, text, "geen jaartal"));
        }
        return Integer.parseInt(text);
    }

    private static List<Double> numbers(Map<String, String> v, String key, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(key + " ontbreekt");
        }
        List<Double> result = new ArrayList<>();
        for (String part : text.split(";")) {
            result.add(parse(key, part.strip()));
        }
        return result;
    }

    private static double parse(String key, String text) {
        return PropertyReader.plainNumber(key, text);
    }

    private static String raw(Entry e, SolarAssumptions a) {
        Object value = e.get().apply(a);
        return value instanceof Double d ? PropertyReader.plain(d) : value.toString();
    }

    private static String list(List<Double> values) {
        StringBuilder sb = new StringBuilder();
        for (Double d : values) {
            sb.append(sb.length() == 0 ? "" : ";").append(PropertyReader.plain(d));
        }
        return sb.toString();
    }

    private static String escape(String value) {
        // Properties.load reads backslashes as escapes and stops a value at a line end.
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}

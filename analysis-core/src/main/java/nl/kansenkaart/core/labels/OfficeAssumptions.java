package nl.kansenkaart.core.labels;

import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.text.DutchNumbers;
import nl.kansenkaart.core.text.PropertyReader;

/**
 * The assumptions of the office label-C analysis, the one place where its thresholds live. The
 * legal values (Bouwbesluit 2012 art. 5.11, now Bbl) are the constants below; a consultant may
 * change them per project through {@link #fromProperties}, and {@link #describe()} prints what was
 * used into every report.
 *
 * <p>Boundaries, made explicit because sources differ: the rule exempts an office building whose
 * office area is "kleiner dan 100 m2" or whose office share is "minder dan 50 %", so 100 m2 and
 * exactly 50 % are obliged (both comparisons are {@code >=}). Compliance is inclusive too: energy
 * index 1,30 and 225,00 kWh/m2 comply, 1,31 and 225,01 do not.
 *
 * @param preset the name of the preset these values started from ("wettelijk")
 * @param referenceDate the day on which labels must be valid (peildatum); no clock is read
 * @param minOfficeShare office gebruiksoppervlakte / total gebruiksoppervlakte, 0..1, obliged from this value
 * @param minOfficeAreaM2 office gebruiksoppervlakte in m2, obliged from this value
 * @param officeAreaInclusive true: obliged at exactly {@code minOfficeAreaM2} ({@code >=}); false: only above it
 * @param worstCompliantClass the worst label class that complies (C)
 * @param maxEnergyIndex the highest energy index that complies (old method, 1,3)
 * @param maxPrimaryFossilKwhPerM2 the highest primary fossil energy in kWh/m2/yr that complies (NTA 8800, 225)
 * @param sharedUnits how a VBO in several panden counts
 * @param mixedUse how a VBO with several gebruiksdoelen counts as office
 */
public record OfficeAssumptions(
        String preset,
        LocalDate referenceDate,
        double minOfficeShare,
        double minOfficeAreaM2,
        boolean officeAreaInclusive,
        LabelClass worstCompliantClass,
        double maxEnergyIndex,
        double maxPrimaryFossilKwhPerM2,
        SharedUnitRule sharedUnits,
        MixedUseRule mixedUse) {

    /** Obliged from an office share of 50 % (art. 5.11: exempt when "minder dan 50 %"). */
    public static final double MIN_OFFICE_SHARE = 0.50;
    /** Obliged from 100 m2 office area (art. 5.11: exempt when "kleiner dan 100 m2"). */
    public static final double MIN_OFFICE_AREA_M2 = 100.0;
    /** Obliged at exactly 100 m2: the comparison is {@code >=}. */
    public static final boolean OFFICE_AREA_INCLUSIVE = true;
    /** Label C or better complies. */
    public static final LabelClass WORST_COMPLIANT_CLASS = LabelClass.C;
    /** Energy index at most 1,3 complies (old method). */
    public static final double MAX_ENERGY_INDEX = 1.3;
    /** Primary fossil energy at most 225 kWh/m2/yr complies (NTA 8800). */
    public static final double MAX_PRIMARY_FOSSIL_KWH_PER_M2 = 225.0;
    /** The obligation applies from this day. */
    public static final LocalDate OBLIGATION_START = LocalDate.of(2023, 1, 1);

    /** Relative tolerance for the share test, so an equal split of 1/3 + 1/6 still reaches 50 %. */
    private static final double SHARE_TOLERANCE = 1e-9;

    static final String PRESET_LEGAL = "wettelijk";

    public OfficeAssumptions {
        preset = preset == null || preset.isBlank() ? "eigen" : preset.strip();
        if (referenceDate == null) {
            throw new IllegalArgumentException("peildatum ontbreekt");
        }
        if (!(minOfficeShare > 0 && minOfficeShare <= 1)) {
            throw new IllegalArgumentException("ongeldig minimaal kantooraandeel " + minOfficeShare + " (0 < x <= 1)");
        }
        if (!(minOfficeAreaM2 >= 0) || Double.isInfinite(minOfficeAreaM2)) {
            throw new IllegalArgumentException("ongeldig minimaal kantooroppervlak " + minOfficeAreaM2 + " m2");
        }
        if (worstCompliantClass == null) {
            throw new IllegalArgumentException("slechtste toegestane labelklasse ontbreekt");
        }
        if (!(maxEnergyIndex > 0) || Double.isInfinite(maxEnergyIndex)) {
            throw new IllegalArgumentException("ongeldige maximale energie-index " + maxEnergyIndex);
        }
        if (!(maxPrimaryFossilKwhPerM2 > 0) || Double.isInfinite(maxPrimaryFossilKwhPerM2)) {
            throw new IllegalArgumentException(
                    "ongeldig maximaal primair fossiel energiegebruik " + maxPrimaryFossilKwhPerM2);
        }
        if (sharedUnits == null || mixedUse == null) {
            throw new IllegalArgumentException("regel voor gedeelde of gemengde verblijfsobjecten ontbreekt");
        }
    }

    /** The legal values with the default unit rules, on the given reference date. */
    public static OfficeAssumptions legal(LocalDate referenceDate) {
        return new OfficeAssumptions(
                PRESET_LEGAL,
                referenceDate,
                MIN_OFFICE_SHARE,
                MIN_OFFICE_AREA_M2,
                OFFICE_AREA_INCLUSIVE,
                WORST_COMPLIANT_CLASS,
                MAX_ENERGY_INDEX,
                MAX_PRIMARY_FOSSIL_KWH_PER_M2,
                SharedUnitRule.SPLIT_EQUALLY,
                MixedUseRule.OFFICE_ONLY_WHEN_SOLE);
    }

    /** Whether the office share reaches the threshold ({@code >=}). */
    public boolean meetsShare(double officeAreaM2, double totalAreaM2) {
        return totalAreaM2 > 0 && officeAreaM2 >= minOfficeShare * totalAreaM2 * (1 - SHARE_TOLERANCE);
    }

    /** Whether the office area reaches the threshold, {@code >=} or {@code >} as set. */
    public boolean meetsArea(double officeAreaM2) {
        return officeAreaInclusive ? officeAreaM2 >= minOfficeAreaM2 : officeAreaM2 > minOfficeAreaM2;
    }

    /** Whether a label complies: class at least as good as C, or energy index or primary fossil energy low enough. */
    public boolean complies(EnergyLabel label) {
        return label.labelClass().compareTo(worstCompliantClass) <= 0
                || (label.energyIndex().isPresent() && label.energyIndex().getAsDouble() <= maxEnergyIndex)
                || (label.primaryFossilKwhPerM2().isPresent()
                        && label.primaryFossilKwhPerM2().getAsDouble() <= maxPrimaryFossilKwhPerM2);
    }

    /** These assumptions with the given values from a properties file; absent keys keep this base's value. */
    public static OfficeAssumptions fromProperties(Properties properties, OfficeAssumptions base) {
        PropertyReader p = new PropertyReader(properties);
        String comparison = p.text("kantoor.oppervlak_vergelijking", base.officeAreaInclusive ? ">=" : ">");
        if (!comparison.equals(">=") && !comparison.equals(">")) {
            throw PropertyReader.invalid("kantoor.oppervlak_vergelijking", comparison, "verwacht '>=' of '>'");
        }
        String classText = p.text("label.slechtste_klasse", base.worstCompliantClass.code());
        LabelClass worst = LabelClass.fromCode(classText)
                .orElseThrow(
                        () -> PropertyReader.invalid("label.slechtste_klasse", classText, "verwacht A+++++ t/m G"));
        return new OfficeAssumptions(
                p.text("preset", base.preset),
                p.date("peildatum", base.referenceDate),
                p.decimal("kantoor.min_aandeel_procent", base.minOfficeShare * 100, 0.001, 100) / 100,
                p.decimal("kantoor.min_oppervlak_m2", base.minOfficeAreaM2, 0, 1_000_000),
                comparison.equals(">="),
                worst,
                p.decimal("label.max_energie_index", base.maxEnergyIndex, 0.001, 10),
                p.decimal("label.max_primair_fossiel_kwh_per_m2", base.maxPrimaryFossilKwhPerM2, 0.001, 10_000),
                p.choice("vbo.gedeeld", base.sharedUnits),
                p.choice("vbo.gemengd", base.mixedUse));
    }

    /** These values as a properties file with Dutch keys; {@link #fromProperties} reads it back unchanged. */
    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("preset", preset);
        p.setProperty("peildatum", referenceDate.toString());
        p.setProperty("kantoor.min_aandeel_procent", DutchNumbers.decimal(minOfficeShare * 100, 6));
        p.setProperty("kantoor.min_oppervlak_m2", DutchNumbers.decimal(minOfficeAreaM2, 6));
        p.setProperty("kantoor.oppervlak_vergelijking", officeAreaInclusive ? ">=" : ">");
        p.setProperty("label.slechtste_klasse", worstCompliantClass.code());
        p.setProperty("label.max_energie_index", DutchNumbers.decimal(maxEnergyIndex, 6));
        p.setProperty("label.max_primair_fossiel_kwh_per_m2", DutchNumbers.decimal(maxPrimaryFossilKwhPerM2, 6));
        p.setProperty("vbo.gedeeld", sharedUnits.code());
        p.setProperty("vbo.gemengd", mixedUse.code());
        return p;
    }

    /** The values as lines for a report, in Dutch. */
    public List<String> describe() {
        List<String> lines = new java.util.ArrayList<>(List.of(
                "Labelplicht kantoren (label C), uitgangspunten '" + preset + "'",
                "peildatum labels: " + referenceDate,
                "verplicht bij kantooraandeel >= " + DutchNumbers.percentFloor(minOfficeShare)
                        + " van de gebruiksoppervlakte",
                "verplicht bij kantooroppervlak " + (officeAreaInclusive ? ">= " : "> ")
                        + DutchNumbers.decimal(minOfficeAreaM2, 2) + " m2",
                "voldoet bij label " + worstCompliantClass.code() + " of beter, energie-index <= "
                        + DutchNumbers.decimal(maxEnergyIndex, 3) + " of primair fossiel energiegebruik <= "
                        + DutchNumbers.decimal(maxPrimaryFossilKwhPerM2, 2) + " kWh/m2",
                "vbo in meerdere panden: " + sharedUnits.description(),
                "gemengd gebruik: " + mixedUse.description(),
                "bron: Bouwbesluit 2012 art. 5.11 (nu Bbl); nevenfuncties staan niet in de BAG"));
        if (referenceDate.isBefore(OBLIGATION_START)) {
            lines.add("let op: de peildatum ligt voor " + OBLIGATION_START + ", toen gold de labelplicht nog niet");
        }
        return List.copyOf(lines);
    }
}

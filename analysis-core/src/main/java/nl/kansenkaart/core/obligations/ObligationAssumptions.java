package nl.kansenkaart.core.obligations;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import nl.kansenkaart.core.labels.SharedUnitRule;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.core.text.DutchNumbers;
import nl.kansenkaart.core.text.PropertyReader;

/**
 * The assumptions of the energy-use estimate and the likely obligations, the one place where their
 * thresholds live. The legal values (Activiteitenbesluit art. 2.15, now Bal/Bbl) are the constants
 * below; both comparisons are {@code >=} ("vanaf 50.000 kWh"). The obligation is per location
 * (inrichting), not per pand, so any verdict from these numbers is "waarschijnlijk", never certain.
 *
 * @param preset the name of the preset these values started from ("wettelijk")
 * @param intensities the intensity per gebruiksdoel, with its source
 * @param savingElectricityKwh energiebesparingsplicht from this electricity use, kWh/yr
 * @param savingGasM3 energiebesparingsplicht from this gas use, m3/yr
 * @param researchElectricityKwh onderzoeksplicht from this electricity use, kWh/yr
 * @param researchGasM3 onderzoeksplicht from this gas use, m3/yr
 * @param sharedUnits how a VBO in several panden counts
 */
public record ObligationAssumptions(
        String preset,
        IntensityTable intensities,
        double savingElectricityKwh,
        double savingGasM3,
        double researchElectricityKwh,
        double researchGasM3,
        SharedUnitRule sharedUnits) {

    /** Energiebesparingsplicht from 50.000 kWh electricity per year. */
    public static final double SAVING_ELECTRICITY_KWH = 50_000;
    /** Energiebesparingsplicht from 25.000 m3 natural gas (equivalent) per year. */
    public static final double SAVING_GAS_M3 = 25_000;
    /** Onderzoeksplicht from 10.000.000 kWh electricity per year. */
    public static final double RESEARCH_ELECTRICITY_KWH = 10_000_000;
    /** Onderzoeksplicht from 170.000 m3 natural gas (equivalent) per year. */
    public static final double RESEARCH_GAS_M3 = 170_000;

    /** Override key (target BUILDING) for a measured electricity use in kWh/yr that replaces the estimate. */
    public static final String MEASURED_ELECTRICITY_KEY = "gemeten_elektriciteit_kwh";
    /** Override key (target BUILDING) for a measured gas use in m3/yr that replaces the estimate. */
    public static final String MEASURED_GAS_KEY = "gemeten_gas_m3";

    public ObligationAssumptions {
        preset = preset == null || preset.isBlank() ? "eigen" : preset.strip();
        if (intensities == null || sharedUnits == null) {
            throw new IllegalArgumentException("kentallen of regel voor gedeelde verblijfsobjecten ontbreekt");
        }
        positive(savingElectricityKwh, "grens energiebesparingsplicht elektriciteit");
        positive(savingGasM3, "grens energiebesparingsplicht gas");
        positive(researchElectricityKwh, "grens onderzoeksplicht elektriciteit");
        positive(researchGasM3, "grens onderzoeksplicht gas");
        if (researchElectricityKwh < savingElectricityKwh || researchGasM3 < savingGasM3) {
            throw new IllegalArgumentException(
                    "de grenzen van de onderzoeksplicht liggen onder die van de" + " energiebesparingsplicht");
        }
    }

    private static void positive(double value, String what) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("ongeldige " + what + ": " + value);
        }
    }

    /** The legal thresholds with the CBS 2012 intensities and equal splitting of shared units. */
    public static ObligationAssumptions legal() {
        return new ObligationAssumptions(
                "wettelijk",
                IntensityTable.cbs2012(),
                SAVING_ELECTRICITY_KWH,
                SAVING_GAS_M3,
                RESEARCH_ELECTRICITY_KWH,
                RESEARCH_GAS_M3,
                SharedUnitRule.SPLIT_EQUALLY);
    }

    /** Whether use at these levels makes the energiebesparingsplicht likely ({@code >=}). */
    public boolean savingLikely(double electricityKwh, double gasM3) {
        return electricityKwh >= savingElectricityKwh || gasM3 >= savingGasM3;
    }

    /** Whether use at these levels makes the onderzoeksplicht likely ({@code >=}). */
    public boolean researchLikely(double electricityKwh, double gasM3) {
        return electricityKwh >= researchElectricityKwh || gasM3 >= researchGasM3;
    }

    private static String purposeKey(UsePurpose p) {
        return "kental." + p.bagName().replace(' ', '_').toLowerCase(Locale.ROOT);
    }

    /** These assumptions with the given values from a properties file; absent keys keep this base's value. */
    public static ObligationAssumptions fromProperties(Properties properties, ObligationAssumptions base) {
        PropertyReader p = new PropertyReader(properties);
        EnumMap<UsePurpose, Intensity> table = new EnumMap<>(UsePurpose.class);
        for (UsePurpose purpose : UsePurpose.values()) {
            Intensity old = base.intensities.of(purpose);
            String key = purposeKey(purpose);
            double kwh = p.decimal(key + ".kwh_per_m2", old.electricityKwhPerM2(), 0, 10_000);
            double m3 = p.decimal(key + ".m3_per_m2", old.gasM3PerM2(), 0, 1_000);
            String basis = p.text(key + ".basis", old.basis());
            boolean changed = kwh != old.electricityKwhPerM2() || m3 != old.gasM3PerM2();
            table.put(purpose, new Intensity(kwh, m3, changed && basis.equals(old.basis()) ? "eigen waarde" : basis));
        }
        IntensityTable intensities = new IntensityTable(
                p.text("kental.bron", base.intensities.source()),
                (int) p.decimal("kental.jaar", base.intensities.year(), 1900, 2200),
                table);
        return new ObligationAssumptions(
                p.text("preset", base.preset),
                intensities,
                p.decimal("besparingsplicht.elektriciteit_kwh", base.savingElectricityKwh, 1, 1e12),
                p.decimal("besparingsplicht.gas_m3", base.savingGasM3, 1, 1e12),
                p.decimal("onderzoeksplicht.elektriciteit_kwh", base.researchElectricityKwh, 1, 1e12),
                p.decimal("onderzoeksplicht.gas_m3", base.researchGasM3, 1, 1e12),
                p.choice("vbo.gedeeld", base.sharedUnits));
    }

    /** These values as a properties file with Dutch keys; {@link #fromProperties} reads it back unchanged. */
    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("preset", preset);
        p.setProperty("kental.bron", intensities.source());
        p.setProperty("kental.jaar", Integer.toString(intensities.year()));
        for (UsePurpose purpose : UsePurpose.values()) {
            Intensity i = intensities.of(purpose);
            String key = purposeKey(purpose);
            p.setProperty(key + ".kwh_per_m2", DutchNumbers.decimal(i.electricityKwhPerM2(), 6));
            p.setProperty(key + ".m3_per_m2", DutchNumbers.decimal(i.gasM3PerM2(), 6));
            p.setProperty(key + ".basis", i.basis());
        }
        p.setProperty("besparingsplicht.elektriciteit_kwh", DutchNumbers.decimal(savingElectricityKwh, 6));
        p.setProperty("besparingsplicht.gas_m3", DutchNumbers.decimal(savingGasM3, 6));
        p.setProperty("onderzoeksplicht.elektriciteit_kwh", DutchNumbers.decimal(researchElectricityKwh, 6));
        p.setProperty("onderzoeksplicht.gas_m3", DutchNumbers.decimal(researchGasM3, 6));
        p.setProperty("vbo.gedeeld", sharedUnits.code());
        return p;
    }

    /** The values as lines for a report, in Dutch. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Energiegebruik en verplichtingen (schatting), uitgangspunten '" + preset + "'");
        lines.add("energiebesparingsplicht waarschijnlijk vanaf " + DutchNumbers.rounded(savingElectricityKwh)
                + " kWh of " + DutchNumbers.rounded(savingGasM3) + " m3 gas per jaar");
        lines.add("onderzoeksplicht waarschijnlijk vanaf " + DutchNumbers.rounded(researchElectricityKwh) + " kWh of "
                + DutchNumbers.rounded(researchGasM3) + " m3 gas per jaar");
        lines.add("kentallen: " + intensities.source() + " (" + intensities.year() + ")");
        for (UsePurpose purpose : UsePurpose.values()) {
            Intensity i = intensities.of(purpose);
            lines.add("  " + purpose.bagName() + ": " + DutchNumbers.decimal(i.electricityKwhPerM2(), 2) + " kWh/m2, "
                    + DutchNumbers.decimal(i.gasM3PerM2(), 2) + " m3/m2 (" + i.basis() + ")");
        }
        lines.add("vbo met meerdere gebruiksdoelen: oppervlak gelijk verdeeld over de gebruiksdoelen");
        lines.add("vbo in meerdere panden: " + sharedUnits.description());
        lines.add("gemeten waarden van de adviseur (" + MEASURED_ELECTRICITY_KEY + ", " + MEASURED_GAS_KEY
                + ") vervangen de schatting");
        lines.add("de plicht geldt per inrichting, niet per pand: uitkomsten zijn 'waarschijnlijk', nooit zeker");
        return lines;
    }
}

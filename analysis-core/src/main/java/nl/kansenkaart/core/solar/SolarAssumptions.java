package nl.kansenkaart.core.solar;

import static nl.kansenkaart.core.solar.AssumptionKeys.*;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import nl.kansenkaart.core.text.DutchNumbers;

/**
 * Every number the solar analysis uses, in one immutable record with named presets; loaded from
 * and saved to a properties text with Dutch keys, and printed into every report. All values are
 * conventions, not law (DOMAIN.md "Solar numbers"), so every one of them is editable.
 *
 * @param name the preset or the consultant's name for this set, printed in reports
 * @param method the method to size systems with; {@link SolarMethod#DAKVLAKKEN} falls back to
 *     {@link SolarMethod#ACTUEEL} for buildings without roof parts
 * @param footprintM2PerPanel leidraad method: m2 of footprint per panel (4.0 reproduces the
 *     Bitseveld sheet, about 40 % of the footprint covered by 2019-era modules)
 * @param panelPeakPowerWp peak power of one panel in Wp
 * @param panelAreaM2 area of one panel in m2
 * @param smallBuildingMaxM2 footprints below this many m2 count as small (area studies: 285 m2)
 * @param usableShareSmallPitched actueel method: share of the footprint covered by panels for a
 *     small building with a pitched (or unknown) roof, 0..1 (area studies: ~0.25)
 * @param usableShareOther actueel method: the same share for every other building, 0..1 (~0.30)
 * @param unknownOrientationFactor footprint methods: yield factor for a roof whose orientation is
 *     unknown (1.00 = optimal)
 * @param specificYieldKwhPerKwp yearly yield of an optimally placed system in kWh per kWp (CBS,
 *     long-term De Bilt: 875)
 * @param yieldFactors roof-part method: yield factor by slope and azimuth
 * @param flatSlopeMaxDegrees roof parts with a slope below this count as flat and get an east-west
 *     layout, regardless of their azimuth
 * @param flatCoverRatio flat parts: share of the part's area covered by panels in an east-west
 *     layout, after edge zones and walkways, 0..1 (0.70 with 1.95 m2 / 430 Wp panels gives ~154 Wp
 *     per m2, close to the RVO GH1 density of 150 Wp per m2)
 * @param pitchedCoverRatio pitched parts: share of the part's true area covered by panels, 0..1
 * @param northExclusionMinSlopeDegrees north faces from this slope up are excluded
 * @param northSectorHalfWidthDegrees a face is a north face when its azimuth lies within this many
 *     degrees of north (45 = from north-west to north-east)
 * @param minimumPartAreaM2 roof parts smaller than this (true area, m2) are excluded
 * @param co2KgPerKwh avoided CO2 per kWh of solar power in kg. Convention: the emission factor of
 *     the Dutch electricity mix of 2021 including chain emissions, 0.374 kg/kWh (300 g production +
 *     74 g chain; CE Delft for CO2emissiefactoren.nl, "Ketenemissies elektriciteit, actualisatie
 *     elektriciteitsmix 2021", 2023). Update it when a newer year is published.
 * @param investmentEurPerWpSmall investment in EUR per Wp for the part of a system below
 *     {@code investmentMediumFromKwp}
 * @param investmentEurPerWpMedium EUR per Wp for the part between the medium and large thresholds
 * @param investmentEurPerWpLarge EUR per Wp for the part above {@code investmentLargeFromKwp}
 * @param investmentMediumFromKwp first bracket boundary in kWp; brackets are marginal (like tax
 *     brackets), so a larger system never costs less than a smaller one
 * @param investmentLargeFromKwp second bracket boundary in kWp, at least the first
 * @param priceSelfUseEurPerKwh value of a kWh used on site (avoided purchase incl. energy tax, excl.
 *     VAT) in EUR
 * @param priceFeedInEurPerKwh value of a kWh fed into the grid in EUR (may be negative)
 * @param selfUseShare share of the yield used on site, 0..1
 * @param gh1MinRoofAreaM2 EML measure GH1: minimum suitable roof area in m2 (2,000)
 * @param gh1MinPeakPowerKwp EML measure GH1: minimum peak power in kWp (300)
 * @param structuralCheckMinFootprintM2 a structural check of the roof is advised from this
 *     footprint in m2 up ...
 * @param structuralCheckBuiltBefore ... when the building is older than this year (or its year is
 *     unknown): old light hall roofs are the usual blocker
 */
public record SolarAssumptions(
        String name,
        SolarMethod method,
        double footprintM2PerPanel,
        double panelPeakPowerWp,
        double panelAreaM2,
        double smallBuildingMaxM2,
        double usableShareSmallPitched,
        double usableShareOther,
        double unknownOrientationFactor,
        double specificYieldKwhPerKwp,
        YieldFactorTable yieldFactors,
        double flatSlopeMaxDegrees,
        double flatCoverRatio,
        double pitchedCoverRatio,
        double northExclusionMinSlopeDegrees,
        double northSectorHalfWidthDegrees,
        double minimumPartAreaM2,
        double co2KgPerKwh,
        double investmentEurPerWpSmall,
        double investmentEurPerWpMedium,
        double investmentEurPerWpLarge,
        double investmentMediumFromKwp,
        double investmentLargeFromKwp,
        double priceSelfUseEurPerKwh,
        double priceFeedInEurPerKwh,
        double selfUseShare,
        double gh1MinRoofAreaM2,
        double gh1MinPeakPowerKwp,
        double structuralCheckMinFootprintM2,
        int structuralCheckBuiltBefore) {

    /**
     * The Drenthe leidraad sheet (pilot Bitseveld): 4.0 m2 of footprint per 308 Wp panel, footprint
     * method, no orientation correction.
     */
    public static final SolarAssumptions LEIDRAAD_DRENTHE = new SolarAssumptions(
            "Leidraad Drenthe",
            SolarMethod.LEIDRAAD,
            4.0,
            308,
            1.63,
            285,
            0.25,
            0.30,
            1.00,
            875,
            YieldFactorTable.DEFAULT,
            10,
            0.70,
            0.75,
            20,
            45,
            10,
            0.374,
            1.10,
            0.85,
            0.65,
            15,
            100,
            0.20,
            0.05,
            0.40,
            2000,
            300,
            1000,
            1990);

    /** Today's modules (1.95 m2, 430 Wp), the roof-part method where 3D BAG roof parts exist. */
    public static final SolarAssumptions ACTUEEL =
            LEIDRAAD_DRENTHE.with("Actueel", SolarMethod.DAKVLAKKEN, 430, 1.95, 0.90);

    public SolarAssumptions {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(NAME + " is leeg");
        }
        name = name.strip();
        if (method == null) {
            throw new IllegalArgumentException(METHOD + " ontbreekt");
        }
        positive(footprintM2PerPanel, FOOTPRINT_PER_PANEL, 1000);
        positive(panelPeakPowerWp, PANEL_WP, 2000);
        positive(panelAreaM2, PANEL_AREA, 10);
        range(smallBuildingMaxM2, SMALL_BUILDING, 0, 1e9);
        range(usableShareSmallPitched, SHARE_SMALL, 0, 1);
        range(usableShareOther, SHARE_OTHER, 0, 1);
        range(unknownOrientationFactor, ORIENTATION_UNKNOWN, 0, 1.5);
        positive(specificYieldKwhPerKwp, SPECIFIC_YIELD, 3000);
        if (yieldFactors == null) {
            throw new IllegalArgumentException(YieldFactorTable.rowKey(0) + " ontbreekt");
        }
        range(flatSlopeMaxDegrees, FLAT_SLOPE, 0, 90);
        range(flatCoverRatio, FLAT_COVER, 0, 1);
        range(pitchedCoverRatio, PITCHED_COVER, 0, 1);
        range(northExclusionMinSlopeDegrees, NORTH_SLOPE, 0, 90);
        range(northSectorHalfWidthDegrees, NORTH_SECTOR, 0, 180);
        range(minimumPartAreaM2, MIN_PART_AREA, 0, 1e9);
        range(co2KgPerKwh, CO2, 0, 10);
        range(investmentEurPerWpSmall, INVEST_SMALL, 0, 100);
        range(investmentEurPerWpMedium, INVEST_MEDIUM, 0, 100);
        range(investmentEurPerWpLarge, INVEST_LARGE, 0, 100);
        range(investmentMediumFromKwp, INVEST_MEDIUM_FROM, 0, 1e9);
        range(investmentLargeFromKwp, INVEST_LARGE_FROM, investmentMediumFromKwp, 1e9);
        range(priceSelfUseEurPerKwh, PRICE_SELF_USE, 0, 100);
        range(priceFeedInEurPerKwh, PRICE_FEED_IN, -100, 100);
        range(selfUseShare, SELF_USE_SHARE, 0, 1);
        range(gh1MinRoofAreaM2, GH1_AREA, 0, 1e9);
        range(gh1MinPeakPowerKwp, GH1_KWP, 0, 1e9);
        range(structuralCheckMinFootprintM2, STRUCTURAL_AREA, 0, 1e9);
        range(structuralCheckBuiltBefore, STRUCTURAL_YEAR, 1000, 2200);
    }

    private static void positive(double value, String key, double max) {
        if (!Double.isFinite(value) || value <= 0 || value > max) {
            throw new IllegalArgumentException(AssumptionKeys.invalid(
                    key, value, "moet groter dan 0 en hooguit " + DutchNumbers.upTo(max, 3) + " zijn"));
        }
    }

    private static void range(double value, String key, double min, double max) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new IllegalArgumentException(AssumptionKeys.invalid(
                    key,
                    value,
                    "moet tussen " + DutchNumbers.upTo(min, 3) + " en " + DutchNumbers.upTo(max, 3) + " liggen"));
        }
    }

    /** This set with another name, method and panel; the presets differ only in these. */
    public SolarAssumptions with(
            String newName, SolarMethod newMethod, double wp, double areaM2, double orientationFactor) {
        return new SolarAssumptions(
                newName,
                newMethod,
                footprintM2PerPanel,
                wp,
                areaM2,
                smallBuildingMaxM2,
                usableShareSmallPitched,
                usableShareOther,
                orientationFactor,
                specificYieldKwhPerKwp,
                yieldFactors,
                flatSlopeMaxDegrees,
                flatCoverRatio,
                pitchedCoverRatio,
                northExclusionMinSlopeDegrees,
                northSectorHalfWidthDegrees,
                minimumPartAreaM2,
                co2KgPerKwh,
                investmentEurPerWpSmall,
                investmentEurPerWpMedium,
                investmentEurPerWpLarge,
                investmentMediumFromKwp,
                investmentLargeFromKwp,
                priceSelfUseEurPerKwh,
                priceFeedInEurPerKwh,
                selfUseShare,
                gh1MinRoofAreaM2,
                gh1MinPeakPowerKwp,
                structuralCheckMinFootprintM2,
                structuralCheckBuiltBefore);
    }

    /** This set with another method, everything else unchanged. */
    public SolarAssumptions withMethod(SolarMethod newMethod) {
        return with(name, newMethod, panelPeakPowerWp, panelAreaM2, unknownOrientationFactor);
    }

    /** The named presets, in the order a user picks from. */
    public static List<SolarAssumptions> presets() {
        return List.of(LEIDRAAD_DRENTHE, ACTUEEL);
    }

    /** The preset with this name, ignoring case ("Leidraad Drenthe", "Actueel"). */
    public static java.util.Optional<SolarAssumptions> preset(String presetName) {
        return presets().stream()
                .filter(p -> presetName != null
                        && p.name()
                                .toLowerCase(Locale.ROOT)
                                .equals(presetName.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /**
     * Reads a set from properties; keys that are missing take the base preset's value.
     *
     * @throws IllegalArgumentException with a Dutch message naming the key and the value, for a
     *     value that is not a number (a comma as decimal separator is accepted), out of range, or an
     *     unknown key starting with "zon."
     */
    public static SolarAssumptions fromProperties(Properties p, SolarAssumptions base) {
        return AssumptionKeys.read(p, base);
    }

    /** Reads a set from the text form of {@link #toText()} (properties syntax). */
    public static SolarAssumptions fromText(String text, SolarAssumptions base) {
        return AssumptionKeys.read(AssumptionKeys.load(text), base);
    }

    /** All values as properties with Dutch keys ("zon.wattpiek_per_paneel" = "430"). */
    public Properties toProperties() {
        return AssumptionKeys.write(this);
    }

    /**
     * The properties text, keys in a fixed order with a Dutch comment line each and no timestamp,
     * so the same assumptions always give the same text (to save in the project or a file).
     */
    public String toText() {
        return AssumptionKeys.text(this);
    }

    /** Dutch lines "naam: waarde eenheid" for printing into reports. */
    public List<String> describe() {
        return AssumptionKeys.describe(this);
    }
}

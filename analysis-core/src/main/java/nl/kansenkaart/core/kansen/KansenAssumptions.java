package nl.kansenkaart.core.kansen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.ToDoubleFunction;
import nl.kansenkaart.core.text.DutchNumbers;
import nl.kansenkaart.core.text.PropertyReader;

/**
 * Every threshold and weight of the kansen analysis, with a named preset. Written to and read from a
 * properties file with Dutch keys ({@link #KEYS}); printed into every report with {@link #describe()}.
 *
 * <p>Priority score (0-100) of an individual opportunity: {@code 100 x (wI x impact + wU x urgency +
 * wF x feasibility) / (wI + wU + wF)}, each part between 0 and 1: impact = min(1, MWh per year /
 * {@code impactFullMwh}); urgency = {@code urgencyObliged} under a legal obligation, else
 * {@code urgencyVoluntary}; feasibility = grid factor (feed-in available 1, scarce
 * {@code feasibilityScarce}, congested {@code feasibilityCongested}, unknown
 * {@code feasibilityUnknownGrid}) x payback factor (1 up to {@code paybackGoodYears}, falling linearly to
 * 0 at {@code paybackMaxYears}) for solar; 1 for labels, saving and the structural check.
 *
 * @param name the preset name, printed with the results
 * @param smallBelowKwp solar size class "klein" below this peak power, kWp
 * @param mediumBelowKwp class "middel" below this, kWp
 * @param largeBelowKwp class "groot" below this, "GH1" from here, kWp
 * @param solarMinKwp a building needs at least this peak power for a "zon op dak" opportunity, kWp
 * @param collectivePvMinKwp a building joins the collective PV purchase from this peak power, kWp
 * @param collectiveMinMembers a collective opportunity needs at least this many buildings
 * @param hubMaxDistanceM single-linkage distance between footprints for an energy hub cluster, m
 * @param hubProducerMinKwp a producer in a hub has at least this solar potential, kWp
 * @param hubConsumerMinKwh a consumer in a hub uses at least this much electricity, kWh per year
 * @param hubMaxMembers a hub has at most this many buildings; a larger linked group is split
 * @param hubMaxSpanM the members' centres of a hub fit in a rectangle with at most this diagonal, m
 * @param heatMinGasM3 a large gas user uses at least this much gas, m3 per year
 * @param heatMaxDistanceM single-linkage distance between the footprints of large gas users, m
 * @param heatMaxMembers a heat exchange group has at most this many buildings
 * @param heatMaxSpanM the members' centres of a heat group fit in a rectangle with at most this diagonal, m
 * @param mapBufferM buffer around a collective's polygon on the map, m
 * @param mapMaxGapM the largest gap between members that the polygon of a park-wide collective (PV
 *     purchase, label C, saving) bridges; farther groups of members get a polygon of their own, m
 * @param weightImpact weight of impact in the score
 * @param weightUrgency weight of urgency in the score
 * @param weightFeasibility weight of feasibility in the score
 * @param impactFullMwh the yearly MWh (produced or saved) that gives full impact
 * @param urgencyObliged urgency under a legal obligation, 0..1
 * @param urgencyVoluntary urgency without one, 0..1
 * @param feasibilityCongested grid factor when feed-in is congested (orange or red), 0..1
 * @param feasibilityScarce grid factor when feed-in is scarce (yellow), 0..1
 * @param feasibilityUnknownGrid grid factor when the grid status is unknown, 0..1
 * @param paybackGoodYears payback up to this many years counts fully feasible
 * @param paybackMaxYears payback from this many years counts not feasible
 * @param labelSavingShare share of a building's energy use saved by reaching label C, 0..1
 * @param measuresSavingShare share saved by the recognised measures (EML), 0..1
 * @param gasKwhPerM3 energy content of natural gas, kWh per m3 (upper heating value 9,77)
 * @param gasCo2KgPerM3 CO2 of natural gas, kg per m3
 * @param koplopers how many buildings the score card names as koplopers
 */
public record KansenAssumptions(
        String name,
        double smallBelowKwp,
        double mediumBelowKwp,
        double largeBelowKwp,
        double solarMinKwp,
        double collectivePvMinKwp,
        int collectiveMinMembers,
        double hubMaxDistanceM,
        double hubProducerMinKwp,
        double hubConsumerMinKwh,
        int hubMaxMembers,
        double hubMaxSpanM,
        double heatMinGasM3,
        double heatMaxDistanceM,
        int heatMaxMembers,
        double heatMaxSpanM,
        double mapBufferM,
        double mapMaxGapM,
        double weightImpact,
        double weightUrgency,
        double weightFeasibility,
        double impactFullMwh,
        double urgencyObliged,
        double urgencyVoluntary,
        double feasibilityCongested,
        double feasibilityScarce,
        double feasibilityUnknownGrid,
        double paybackGoodYears,
        double paybackMaxYears,
        double labelSavingShare,
        double measuresSavingShare,
        double gasKwhPerM3,
        double gasCo2KgPerM3,
        int koplopers) {

    /** One editable value: its Dutch key, what it means, its bounds and how to read it from a record. */
    record Key(
            String key,
            String meaning,
            double min,
            double max,
            boolean whole,
            ToDoubleFunction<KansenAssumptions> get) {}

    /** The keys in file order; index i is the (i+1)-th component of the record. */
    public static final List<String> KEYS;

    private static final List<Key> TABLE = List.of(
            new Key("zon.klein_onder_kwp", "zon klein onder (kWp)", 0, 1e6, false, KansenAssumptions::smallBelowKwp),
            new Key("zon.middel_onder_kwp", "zon middel onder (kWp)", 0, 1e6, false, KansenAssumptions::mediumBelowKwp),
            new Key(
                    "zon.groot_onder_kwp",
                    "zon groot onder, GH1 vanaf (kWp)",
                    0,
                    1e6,
                    false,
                    KansenAssumptions::largeBelowKwp),
            new Key("zon.min_kwp", "zon op dak vanaf (kWp)", 0, 1e6, false, KansenAssumptions::solarMinKwp),
            new Key(
                    "collectief.zon_min_kwp",
                    "collectieve inkoop zon vanaf (kWp per pand)",
                    0,
                    1e6,
                    false,
                    KansenAssumptions::collectivePvMinKwp),
            new Key(
                    "collectief.min_panden",
                    "collectieve kans vanaf (panden)",
                    2,
                    1e6,
                    true,
                    KansenAssumptions::collectiveMinMembers),
            new Key(
                    "hub.max_afstand_m",
                    "energiehub: maximale afstand tussen panden (m)",
                    0,
                    1e5,
                    false,
                    KansenAssumptions::hubMaxDistanceM),
            new Key(
                    "hub.producent_min_kwp",
                    "energiehub: producent vanaf (kWp)",
                    0,
                    1e6,
                    false,
                    KansenAssumptions::hubProducerMinKwp),
            new Key(
                    "hub.afnemer_min_kwh",
                    "energiehub: afnemer vanaf (kWh elektriciteit per jaar)",
                    0,
                    1e12,
                    false,
                    KansenAssumptions::hubConsumerMinKwh),
            new Key("hub.max_panden", "energiehub: hoogstens (panden)", 2, 1e6, true, KansenAssumptions::hubMaxMembers),
            new Key(
                    "hub.max_omvang_m",
                    "energiehub: hoogstens omvang (m, diagonaal om de middelpunten)",
                    1,
                    1e6,
                    false,
                    KansenAssumptions::hubMaxSpanM),
            new Key(
                    "warmte.min_gas_m3",
                    "warmte-uitwisseling: grootverbruiker gas vanaf (m3 per jaar)",
                    0,
                    1e12,
                    false,
                    KansenAssumptions::heatMinGasM3),
            new Key(
                    "warmte.max_afstand_m",
                    "warmte-uitwisseling: maximale afstand tussen panden (m)",
                    0,
                    1e5,
                    false,
                    KansenAssumptions::heatMaxDistanceM),
            new Key(
                    "warmte.max_panden",
                    "warmte-uitwisseling: hoogstens (panden)",
                    2,
                    1e6,
                    true,
                    KansenAssumptions::heatMaxMembers),
            new Key(
                    "warmte.max_omvang_m",
                    "warmte-uitwisseling: hoogstens omvang (m, diagonaal om de middelpunten)",
                    1,
                    1e6,
                    false,
                    KansenAssumptions::heatMaxSpanM),
            new Key(
                    "kaart.buffer_m",
                    "kaart: buffer om collectieve kansen (m)",
                    0,
                    1000,
                    false,
                    KansenAssumptions::mapBufferM),
            new Key(
                    "kaart.max_overbrugging_m",
                    "kaart: grootste afstand die een parkbrede collectieve kans overbrugt (m)",
                    0,
                    1e5,
                    false,
                    KansenAssumptions::mapMaxGapM),
            new Key("score.gewicht_impact", "score: gewicht impact", 0, 100, false, KansenAssumptions::weightImpact),
            new Key(
                    "score.gewicht_urgentie",
                    "score: gewicht urgentie",
                    0,
                    100,
                    false,
                    KansenAssumptions::weightUrgency),
            new Key(
                    "score.gewicht_haalbaarheid",
                    "score: gewicht haalbaarheid",
                    0,
                    100,
                    false,
                    KansenAssumptions::weightFeasibility),
            new Key(
                    "score.impact_vol_mwh",
                    "score: volle impact bij (MWh per jaar)",
                    0.001,
                    1e9,
                    false,
                    KansenAssumptions::impactFullMwh),
            new Key(
                    "score.urgentie_plicht",
                    "score: urgentie bij wettelijke plicht",
                    0,
                    1,
                    false,
                    KansenAssumptions::urgencyObliged),
            new Key(
                    "score.urgentie_vrijwillig",
                    "score: urgentie zonder plicht",
                    0,
                    1,
                    false,
                    KansenAssumptions::urgencyVoluntary),
            new Key(
                    "score.haalbaarheid_congestie",
                    "score: netfactor bij congestie invoeding",
                    0,
                    1,
                    false,
                    KansenAssumptions::feasibilityCongested),
            new Key(
                    "score.haalbaarheid_schaarste",
                    "score: netfactor bij schaarste invoeding",
                    0,
                    1,
                    false,
                    KansenAssumptions::feasibilityScarce),
            new Key(
                    "score.haalbaarheid_net_onbekend",
                    "score: netfactor bij onbekende netcapaciteit",
                    0,
                    1,
                    false,
                    KansenAssumptions::feasibilityUnknownGrid),
            new Key(
                    "score.terugverdientijd_goed_jaar",
                    "score: terugverdientijd volledig haalbaar tot (jaar)",
                    0,
                    100,
                    false,
                    KansenAssumptions::paybackGoodYears),
            new Key(
                    "score.terugverdientijd_max_jaar",
                    "score: terugverdientijd niet haalbaar vanaf (jaar)",
                    0,
                    100,
                    false,
                    KansenAssumptions::paybackMaxYears),
            new Key(
                    "besparing.label_c_aandeel",
                    "besparing door label C (aandeel van het gebruik)",
                    0,
                    1,
                    false,
                    KansenAssumptions::labelSavingShare),
            new Key(
                    "besparing.erkende_maatregelen_aandeel",
                    "besparing door erkende maatregelen (aandeel)",
                    0,
                    1,
                    false,
                    KansenAssumptions::measuresSavingShare),
            new Key(
                    "gas.kwh_per_m3",
                    "energie-inhoud aardgas (kWh per m3)",
                    0.001,
                    100,
                    false,
                    KansenAssumptions::gasKwhPerM3),
            new Key("gas.co2_kg_per_m3", "CO2 aardgas (kg per m3)", 0, 100, false, KansenAssumptions::gasCo2KgPerM3),
            new Key("koplopers.aantal", "koplopers: aantal panden", 0, 10_000, true, KansenAssumptions::koplopers));

    static {
        KEYS = TABLE.stream().map(Key::key).toList();
    }

    // The presets come after the key table: their constructor checks against it.
    /** The default preset: the size classes of the leidraad, distances for a typical park. */
    public static final KansenAssumptions STANDARD = new KansenAssumptions(
            "Standaard",
            15,
            100,
            300,
            5,
            15,
            3,
            250,
            100,
            50_000,
            10,
            500,
            50_000,
            200,
            6,
            500,
            10,
            75,
            0.5,
            0.3,
            0.2,
            250,
            1.0,
            0.25,
            0.4,
            0.7,
            0.8,
            5,
            15,
            0.25,
            0.15,
            9.77,
            1.78,
            10);

    /** A preset for spread-out parks: longer distances, smaller members, more koplopers. */
    public static final KansenAssumptions RUIM = new KansenAssumptions(
            "Ruim", 15, 100, 300, 5, 10, 2, 500, 50, 25_000, 20, 1000, 25_000, 400, 10, 1000, 15, 150, 0.5, 0.3, 0.2,
            250, 1.0, 0.25, 0.4, 0.7, 0.8, 5, 15, 0.25, 0.15, 9.77, 1.78, 20);

    public KansenAssumptions {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("naam van de kansen-uitgangspunten ontbreekt");
        }
        double[] values = {
            smallBelowKwp,
            mediumBelowKwp,
            largeBelowKwp,
            solarMinKwp,
            collectivePvMinKwp,
            collectiveMinMembers,
            hubMaxDistanceM,
            hubProducerMinKwp,
            hubConsumerMinKwh,
            hubMaxMembers,
            hubMaxSpanM,
            heatMinGasM3,
            heatMaxDistanceM,
            heatMaxMembers,
            heatMaxSpanM,
            mapBufferM,
            mapMaxGapM,
            weightImpact,
            weightUrgency,
            weightFeasibility,
            impactFullMwh,
            urgencyObliged,
            urgencyVoluntary,
            feasibilityCongested,
            feasibilityScarce,
            feasibilityUnknownGrid,
            paybackGoodYears,
            paybackMaxYears,
            labelSavingShare,
            measuresSavingShare,
            gasKwhPerM3,
            gasCo2KgPerM3,
            koplopers
        };
        for (int i = 0; i < values.length; i++) {
            Key k = TABLE.get(i);
            if (!(values[i] >= k.min() && values[i] <= k.max())) {
                throw PropertyReader.outOfRange(k.key(), DutchNumbers.decimal(values[i], 3), k.min(), k.max());
            }
        }
        if (!(smallBelowKwp <= mediumBelowKwp && mediumBelowKwp <= largeBelowKwp)) {
            throw PropertyReader.invalid(
                    "zon.middel_onder_kwp",
                    DutchNumbers.decimal(mediumBelowKwp, 3),
                    "de grenzen moeten oplopen: klein <= middel <= groot");
        }
        if (!(paybackGoodYears < paybackMaxYears)) {
            throw PropertyReader.invalid(
                    "score.terugverdientijd_max_jaar",
                    DutchNumbers.decimal(paybackMaxYears, 3),
                    "moet groter zijn dan score.terugverdientijd_goed_jaar ("
                            + DutchNumbers.decimal(paybackGoodYears, 3) + ")");
        }
        if (!(weightImpact + weightUrgency + weightFeasibility > 0)) {
            throw PropertyReader.invalid(
                    "score.gewicht_impact",
                    DutchNumbers.decimal(weightImpact, 3),
                    "de drie gewichten samen moeten groter dan 0 zijn");
        }
    }

    /** The presets, the default first. */
    public static List<KansenAssumptions> presets() {
        return List.of(STANDARD, RUIM);
    }

    /** The preset with this name, ignoring case. */
    public static Optional<KansenAssumptions> preset(String presetName) {
        return presets().stream()
                .filter(p -> p.name().equalsIgnoreCase(presetName == null ? "" : presetName.strip()))
                .findFirst();
    }

    /**
     * Reads the values from a properties file; an absent key keeps the base value, a "preset" key
     * starts from that preset instead of the base.
     *
     * @throws IllegalArgumentException with a Dutch message naming key and value when one is invalid
     */
    public static KansenAssumptions fromProperties(Properties properties, KansenAssumptions base) {
        PropertyReader in = new PropertyReader(properties);
        String presetName = in.text("preset", base.name());
        KansenAssumptions start = presetName.equalsIgnoreCase(base.name())
                ? base
                : preset(presetName)
                        .orElseThrow(() ->
                                PropertyReader.invalid("preset", presetName, "verwacht een van: Standaard, Ruim"));
        double[] v = new double[TABLE.size()];
        for (int i = 0; i < v.length; i++) {
            Key k = TABLE.get(i);
            String raw = properties.getProperty(k.key());
            v[i] = in.decimal(k.key(), k.get().applyAsDouble(start), k.min(), k.max());
            if (k.whole() && v[i] != Math.rint(v[i])) {
                throw PropertyReader.invalid(k.key(), raw, "verwacht een geheel getal");
            }
        }
        return new KansenAssumptions(
                start.name(),
                v[0],
                v[1],
                v[2],
                v[3],
                v[4],
                (int) v[5],
                v[6],
                v[7],
                v[8],
                (int) v[9],
                v[10],
                v[11],
                v[12],
                (int) v[13],
                v[14],
                v[15],
                v[16],
                v[17],
                v[18],
                v[19],
                v[20],
                v[21],
                v[22],
                v[23],
                v[24],
                v[25],
                v[26],
                v[27],
                v[28],
                v[29],
                v[30],
                v[31],
                (int) v[32]);
    }

    /** The values under their Dutch keys; {@link #fromProperties} reads them back to an equal record. */
    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("preset", name);
        for (Key k : TABLE) {
            double value = k.get().applyAsDouble(this);
            p.setProperty(k.key(), k.whole() ? Long.toString((long) value) : PropertyReader.plain(value));
        }
        return p;
    }

    /** "naam: waarde" lines in Dutch for the report, starting with the preset. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>(TABLE.size() + 2);
        lines.add("Uitgangspunten kansen: " + name);
        for (Key k : TABLE) {
            lines.add(k.meaning() + ": " + DutchNumbers.decimal(k.get().applyAsDouble(this), 3));
        }
        lines.add("prioriteitsscore = 100 x (" + DutchNumbers.decimal(weightImpact, 3) + " x impact + "
                + DutchNumbers.decimal(weightUrgency, 3) + " x urgentie + " + DutchNumbers.decimal(weightFeasibility, 3)
                + " x haalbaarheid) / " + DutchNumbers.decimal(weightSum(), 3));
        return lines;
    }

    /** The sum of the three score weights, above 0. */
    public double weightSum() {
        return weightImpact + weightUrgency + weightFeasibility;
    }
}

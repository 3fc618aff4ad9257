package nl.kansenkaart.core.kansen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import nl.kansenkaart.core.text.PropertyReader;

/**
 * Every threshold and weight of the kansen analysis, one small record per rule, with named presets.
 * Written to and read from a properties file with Dutch keys ({@link #KEYS}); printed into every
 * report with {@link #describe()}. The priority score formula is in {@link ScoreWeights}.
 *
 * @param name the preset name, printed with the results
 * @param solar the solar size classes and the smallest "zon op dak" kans
 * @param collective the thresholds of the park-wide collective rules
 * @param hub the energy hub rule and its cap
 * @param heat the heat exchange rule and its cap
 * @param map how a collective's polygon is drawn
 * @param score the priority score
 * @param saving what a saving brings and what gas is worth
 * @param koplopers how many buildings the score card names as koplopers
 */
public record KansenAssumptions(
        String name,
        SolarThresholds solar,
        CollectiveThresholds collective,
        HubThresholds hub,
        HeatThresholds heat,
        MapThresholds map,
        ScoreWeights score,
        SavingFactors saving,
        int koplopers) {

    private static final AssumptionKey<KansenAssumptions> KOPLOPERS = AssumptionKey.whole(
            "koplopers.aantal", "koplopers: aantal panden", 0, 10_000, KansenAssumptions::koplopers);

    /** The keys in file order: the parts in component order, then koplopers. */
    public static final List<String> KEYS = List.copyOf(keysInOrder());

    /** The default preset: the size classes of the leidraad, distances for a typical park. */
    public static final KansenAssumptions STANDARD = new KansenAssumptions(
            "Standaard",
            new SolarThresholds(15, 100, 300, 5),
            new CollectiveThresholds(15, 3),
            new HubThresholds(250, 100, 50_000, 10, 500),
            new HeatThresholds(50_000, 200, 6, 500),
            new MapThresholds(10, 30),
            new ScoreWeights(0.5, 0.3, 0.2, 250, 1.0, 0.25, 0.4, 0.7, 0.8, 5, 15),
            new SavingFactors(0.25, 0.15, 9.77, 1.78),
            10);

    /** A preset for spread-out parks: longer distances, smaller members, larger groups, more koplopers. */
    public static final KansenAssumptions RUIM = new KansenAssumptions(
            "Ruim",
            new SolarThresholds(15, 100, 300, 5),
            new CollectiveThresholds(10, 2),
            new HubThresholds(500, 50, 25_000, 20, 1000),
            new HeatThresholds(25_000, 400, 10, 1000),
            new MapThresholds(15, 75),
            new ScoreWeights(0.5, 0.3, 0.2, 250, 1.0, 0.25, 0.4, 0.7, 0.8, 5, 15),
            new SavingFactors(0.25, 0.15, 9.77, 1.78),
            20);

    public KansenAssumptions {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("naam van de kansen-uitgangspunten ontbreekt");
        }
        if (solar == null
                || collective == null
                || hub == null
                || heat == null
                || map == null
                || score == null
                || saving == null) {
            throw new IllegalArgumentException("kansen-uitgangspunten " + name + " zijn onvolledig");
        }
        AssumptionKey.check(List.of(KOPLOPERS), koplopers);
    }

    private static List<String> keysInOrder() {
        List<String> keys = new ArrayList<>();
        for (List<? extends AssumptionKey<?>> part : List.of(
                SolarThresholds.KEYS,
                CollectiveThresholds.KEYS,
                HubThresholds.KEYS,
                HeatThresholds.KEYS,
                MapThresholds.KEYS,
                ScoreWeights.KEYS,
                SavingFactors.KEYS)) {
            part.forEach(k -> keys.add(k.key()));
        }
        keys.add(KOPLOPERS.key());
        return keys;
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
        return new KansenAssumptions(
                start.name(),
                SolarThresholds.read(properties, start.solar()),
                CollectiveThresholds.read(properties, start.collective()),
                HubThresholds.read(properties, start.hub()),
                HeatThresholds.read(properties, start.heat()),
                MapThresholds.read(properties, start.map()),
                ScoreWeights.read(properties, start.score()),
                SavingFactors.read(properties, start.saving()),
                (int) AssumptionKey.read(properties, List.of(KOPLOPERS), start)[0]);
    }

    /** The values under their Dutch keys; {@link #fromProperties} reads them back to an equal record. */
    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("preset", name);
        SolarThresholds.KEYS.forEach(k -> p.setProperty(k.key(), k.text(solar)));
        CollectiveThresholds.KEYS.forEach(k -> p.setProperty(k.key(), k.text(collective)));
        HubThresholds.KEYS.forEach(k -> p.setProperty(k.key(), k.text(hub)));
        HeatThresholds.KEYS.forEach(k -> p.setProperty(k.key(), k.text(heat)));
        MapThresholds.KEYS.forEach(k -> p.setProperty(k.key(), k.text(map)));
        ScoreWeights.KEYS.forEach(k -> p.setProperty(k.key(), k.text(score)));
        SavingFactors.KEYS.forEach(k -> p.setProperty(k.key(), k.text(saving)));
        p.setProperty(KOPLOPERS.key(), KOPLOPERS.text(this));
        return p;
    }

    /** "naam: waarde" lines in Dutch for the report, starting with the preset, ending with the score formula. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>(KEYS.size() + 2);
        lines.add("Uitgangspunten kansen: " + name);
        SolarThresholds.KEYS.forEach(k -> lines.add(k.line(solar)));
        CollectiveThresholds.KEYS.forEach(k -> lines.add(k.line(collective)));
        HubThresholds.KEYS.forEach(k -> lines.add(k.line(hub)));
        HeatThresholds.KEYS.forEach(k -> lines.add(k.line(heat)));
        MapThresholds.KEYS.forEach(k -> lines.add(k.line(map)));
        ScoreWeights.KEYS.forEach(k -> lines.add(k.line(score)));
        SavingFactors.KEYS.forEach(k -> lines.add(k.line(saving)));
        lines.add(KOPLOPERS.line(this));
        lines.add(score.formula());
        return lines;
    }
}

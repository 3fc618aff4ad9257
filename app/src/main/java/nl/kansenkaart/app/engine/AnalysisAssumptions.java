package nl.kansenkaart.app.engine;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.kansen.KansenAssumptions;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.solar.SolarAssumptions;

/**
 * The assumptions of every analysis of one run, read from ONE properties file. The solar keys keep
 * their own "zon." names; the other analyses' keys get a prefix ("labelplicht.", "verplichtingen.",
 * "netcapaciteit.", "kansen.") because they would otherwise clash (each has a "preset" key, and
 * the kansen keys start with "zon." too). Keys a file leaves out keep the default's value.
 *
 * @param solar rooftop solar
 * @param office label-C obligation of offices
 * @param obligations energy use and energy-saving obligations
 * @param grid grid capacity join
 * @param kansen the kansenkaart opportunities
 */
public record AnalysisAssumptions(
        SolarAssumptions solar,
        OfficeAssumptions office,
        ObligationAssumptions obligations,
        GridAssumptions grid,
        KansenAssumptions kansen) {
    static final String SOLAR_PREFIX = "zon.";
    static final String OFFICE_PREFIX = "labelplicht.";
    static final String OBLIGATIONS_PREFIX = "verplichtingen.";
    static final String GRID_PREFIX = "netcapaciteit.";
    static final String KANSEN_PREFIX = "kansen.";

    /** The analyses' names in the order they run, as stored in the aannames table. */
    public static final List<String> ANALYSES =
            List.of("zon op dak", "labelplicht kantoren", "verplichtingen", "netcapaciteit", "kansen");

    public AnalysisAssumptions {
        if (solar == null || office == null || obligations == null || grid == null || kansen == null) {
            throw new IllegalArgumentException("aannames van een analyse ontbreken");
        }
    }

    /**
     * The defaults: solar "Actueel" (roof parts where 3D BAG has them), the legal label-C and
     * obligation thresholds, orange and red as congestion, kansen "Standaard".
     *
     * @param referenceDate the day labels must be valid on (peildatum)
     */
    public static AnalysisAssumptions defaults(LocalDate referenceDate) {
        return new AnalysisAssumptions(
                SolarAssumptions.ACTUEEL,
                OfficeAssumptions.legal(referenceDate),
                ObligationAssumptions.legal(),
                GridAssumptions.standard(),
                KansenAssumptions.STANDARD);
    }

    /** This set with other solar assumptions. */
    public AnalysisAssumptions withSolar(SolarAssumptions newSolar) {
        return new AnalysisAssumptions(newSolar, office, obligations, grid, kansen);
    }

    /**
     * Reads an assumptions file (UTF-8, properties syntax).
     *
     * @param referenceDate the label reference date when the file does not set labelplicht.peildatum
     * @throws AssumptionsException naming the file and the key: unreadable, unknown key, bad value
     */
    public static AnalysisAssumptions read(Path file, LocalDate referenceDate) throws AssumptionsException {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssumptionsException("aannamebestand " + file + " is geen UTF-8-tekst", e);
        } catch (IOException e) {
            throw new AssumptionsException("aannamebestand " + file + " niet leesbaar: " + e.getMessage(), e);
        }
        return fromText(text, file.toString(), referenceDate);
    }

    /**
     * Reads the text form (the file format, or what {@link #toText()} wrote).
     *
     * @param origin what the text came from, for messages ("aannames.properties")
     */
    public static AnalysisAssumptions fromText(String text, String origin, LocalDate referenceDate)
            throws AssumptionsException {
        Properties all = new Properties();
        try {
            all.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new AssumptionsException("aannamebestand " + origin + " niet leesbaar: " + e.getMessage(), e);
        }
        AnalysisAssumptions base = defaults(referenceDate);
        Properties solar = new Properties();
        Properties office = new Properties();
        Properties obligations = new Properties();
        Properties grid = new Properties();
        Properties kansen = new Properties();
        for (String key : new TreeSet<>(all.stringPropertyNames())) {
            String value = all.getProperty(key);
            if (key.startsWith(SOLAR_PREFIX)) {
                solar.setProperty(key, value);
            } else if (key.startsWith(OFFICE_PREFIX)) {
                put(office, key, OFFICE_PREFIX, value, base.office.toProperties(), origin);
            } else if (key.startsWith(OBLIGATIONS_PREFIX)) {
                put(obligations, key, OBLIGATIONS_PREFIX, value, base.obligations.toProperties(), origin);
            } else if (key.startsWith(GRID_PREFIX)) {
                put(grid, key, GRID_PREFIX, value, base.grid.toProperties(), origin);
            } else if (key.startsWith(KANSEN_PREFIX)) {
                put(kansen, key, KANSEN_PREFIX, value, base.kansen.toProperties(), origin);
            } else {
                throw unknown(key, origin);
            }
        }
        // A file that names a solar preset starts from that preset, not from the default's numbers.
        SolarAssumptions solarBase =
                SolarAssumptions.preset(solar.getProperty("zon.naam", "")).orElse(base.solar);
        return new AnalysisAssumptions(
                section(origin, "", () -> SolarAssumptions.fromProperties(solar, solarBase)),
                section(origin, OFFICE_PREFIX, () -> OfficeAssumptions.fromProperties(office, base.office)),
                section(
                        origin,
                        OBLIGATIONS_PREFIX,
                        () -> ObligationAssumptions.fromProperties(obligations, base.obligations)),
                section(origin, GRID_PREFIX, () -> GridAssumptions.fromProperties(grid, base.grid)),
                section(origin, KANSEN_PREFIX, () -> KansenAssumptions.fromProperties(kansen, base.kansen)));
    }

    /**
     * Reads one analysis's section; its Dutch message names the key without the file's prefix, so
     * the prefix is put back in to name the key as it stands in the file.
     */
    private static <T> T section(String origin, String prefix, java.util.function.Supplier<T> read)
            throws AssumptionsException {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            if (!prefix.isEmpty()) {
                message = message.replace("instelling '", "instelling '" + prefix);
            }
            throw new AssumptionsException("aannamebestand " + origin + ": " + message, e);
        }
    }

    private static void put(Properties target, String key, String prefix, String value, Properties known, String origin)
            throws AssumptionsException {
        String own = key.substring(prefix.length());
        if (!known.containsKey(own)) {
            throw unknown(key, origin);
        }
        target.setProperty(own, value);
    }

    private static AssumptionsException unknown(String key, String origin) {
        return new AssumptionsException("aannamebestand " + origin + ": onbekende sleutel '" + key
                + "'; sleutels beginnen met "
                + String.join(", ", SOLAR_PREFIX, OFFICE_PREFIX, OBLIGATIONS_PREFIX, GRID_PREFIX, KANSEN_PREFIX)
                + " en heten zoals in het bestand dat 'kansenkaart analyse' in het project bewaart");
    }

    /** The text of each analysis, in {@link #ANALYSES} order; joined they are {@link #toText()}. */
    public List<String> sectionTexts() {
        return List.of(
                solar.toText(),
                section("Labelplicht kantoren (label C)", OFFICE_PREFIX, office.toProperties()),
                section("Energiegebruik en verplichtingen", OBLIGATIONS_PREFIX, obligations.toProperties()),
                section("Netcapaciteit", GRID_PREFIX, grid.toProperties()),
                section("Kansen", KANSEN_PREFIX, kansen.toProperties()));
    }

    /** The whole set as one properties text, which {@link #fromText} reads back to an equal set. */
    public String toText() {
        return String.join("\n", sectionTexts());
    }

    private static String section(String title, String prefix, Properties values) {
        Properties prefixed = new Properties();
        values.stringPropertyNames().forEach(k -> prefixed.setProperty(prefix + k, values.getProperty(k)));
        StringWriter w = new StringWriter();
        try {
            prefixed.store(w, null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // store() writes a date comment first and no fixed order: drop the date, sort the lines, so
        // the same assumptions always give the same text.
        List<String> lines = new ArrayList<>(
                w.toString().lines().filter(l -> !l.startsWith("#")).sorted().toList());
        lines.add(0, "# " + title);
        return String.join("\n", lines) + "\n";
    }

    /** Every assumption line of every analysis, for printing. */
    public List<String> describe() {
        return Stream.of(
                        solar.describe(), office.describe(), obligations.describe(), grid.describe(), kansen.describe())
                .flatMap(List::stream)
                .map(Function.identity())
                .toList();
    }
}

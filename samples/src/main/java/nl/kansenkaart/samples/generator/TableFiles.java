package nl.kansenkaart.samples.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.samples.SampleCounts;

/** Writes the sample park's tables: the EP-Online export, the KvK list and the counts file. */
final class TableFiles {
    static final List<String> EP_ONLINE_COLUMNS = List.of(
            "Pand_opnamedatum",
            "Pand_status",
            "Pand_energieindex",
            "Pand_energieklasse",
            "Pand_gebouwklasse",
            "Meting_geldig_tot",
            "Pand_registratiedatum",
            "Pand_postcode",
            "Pand_huisnummer",
            "Pand_huisletter",
            "Pand_huisnummertoevoeging",
            "Pand_bagverblijfsobjectid",
            "Pand_bagpandid",
            "Pand_gebruiksoppervlakte_thermische_zone",
            "Pand_primaire_fossiele_energie",
            "Pand_SBIcode");

    static final List<String> KVK_COLUMNS = List.of(
            "KvK-nummer",
            "Vestigingsnummer",
            "Handelsnaam",
            "Straat",
            "Huisnummer",
            "Huisletter",
            "Toevoeging",
            "Postcode",
            "Plaats",
            "SBI-code",
            "SBI-omschrijving");

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private TableFiles() {}

    /** EP-Online open export style: UTF-8, ';', two preamble lines, dates yyyyMMdd, decimal commas. */
    static void writeEpOnline(Path file, SamplePark park) throws IOException {
        Map<String, Unit> units = park.units().stream().collect(Collectors.toMap(Unit::id, u -> u));
        Map<String, String> sbiAtAddress = new HashMap<>();
        for (Company c : park.companies()) {
            c.address()
                    .ifPresent(a ->
                            sbiAtAddress.putIfAbsent(a.matchKey(), c.sbiCode().orElse("")));
        }
        String empty = ";".repeat(EP_ONLINE_COLUMNS.size() - 1);
        StringBuilder out = new StringBuilder();
        out.append("EP-Online export energielabels").append(empty).append('\n');
        out.append("Peildatum;")
                .append(GeoFiles.EXTRACT_DATE)
                .append(";".repeat(EP_ONLINE_COLUMNS.size() - 2))
                .append('\n');
        out.append(String.join(";", EP_ONLINE_COLUMNS)).append('\n');
        List<EnergyLabel> sorted = park.labels().stream()
                .sorted(Comparator.comparing((EnergyLabel l) ->
                                units.get(l.unitId().orElseThrow()).address().matchKey())
                        .thenComparing(EnergyLabel::registeredOn))
                .toList();
        for (EnergyLabel l : sorted) {
            Unit u = units.get(l.unitId().orElseThrow());
            Address a = u.address();
            List<String> row = List.of(
                    YYYYMMDD.format(surveyDate(l)),
                    "Bestaand",
                    decimal(l.energyIndex()),
                    l.labelClass().code(),
                    l.utility() ? "U" : "W",
                    YYYYMMDD.format(l.validUntil()),
                    YYYYMMDD.format(l.registeredOn()),
                    a.postcode(),
                    String.valueOf(a.houseNumber()),
                    a.letter().orElse(""),
                    a.addition().orElse(""),
                    l.unitId().orElseThrow(),
                    l.buildingId().orElseThrow(),
                    decimal(OptionalDouble.of(Math.round(u.floorAreaM2() * 0.97 * 10) / 10.0)),
                    decimal(l.primaryFossilKwhPerM2()),
                    l.utility() ? sbiAtAddress.getOrDefault(a.matchKey(), "") : "");
            out.append(String.join(";", row)).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /** The advisor visits a few days to weeks before the label is registered; derived so the file stays stable. */
    private static LocalDate surveyDate(EnergyLabel l) {
        int days = 3 + Math.floorMod((l.unitId().orElseThrow() + l.registeredOn()).hashCode(), 38);
        return l.registeredOn().minusDays(days);
    }

    private static String decimal(OptionalDouble value) {
        if (value.isEmpty()) {
            return "";
        }
        return String.format(Locale.ROOT, "%.2f", value.getAsDouble()).replace('.', ',');
    }

    /** As Dutch Excel saves a CSV: UTF-8 with BOM, ';', CRLF, postcodes with a space. */
    static void writeKvk(Path file, List<Company> companies) throws IOException {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(";", KVK_COLUMNS)).append("\r\n");
        for (Company c : companies) {
            Address a = c.address().orElseThrow();
            List<String> row = List.of(
                    c.kvkNumber().orElseThrow(),
                    c.id(),
                    c.name(),
                    a.street(),
                    String.valueOf(a.houseNumber()),
                    a.letter().orElse(""),
                    a.addition().orElse(""),
                    a.postcode().substring(0, 4) + " " + a.postcode().substring(4),
                    a.town(),
                    c.sbiCode().orElseThrow(),
                    Sbi.describe(c.sbiCode().orElseThrow()));
            out.append(row.stream().map(TableFiles::excelField).collect(Collectors.joining(";")))
                    .append("\r\n");
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static String excelField(String s) {
        if (s.contains(";") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** The counts per project layer, in a fixed order and without a timestamp so the file is stable. */
    static void writeCounts(Path file, SampleCounts counts) throws IOException {
        String text = "# Aantallen van het voorbeeldterrein De Vaart, geschreven door SampleParkGenerator\n"
                + "parks=" + counts.parks() + "\n"
                + "buildings=" + counts.buildings() + "\n"
                + "units=" + counts.units() + "\n"
                + "roofs=" + counts.roofs() + "\n"
                + "roof_parts=" + counts.roofParts() + "\n"
                + "label_rows=" + counts.labelRows() + "\n"
                + "labelled_units=" + counts.labelledUnits() + "\n"
                + "grid_areas=" + counts.gridAreas() + "\n"
                + "companies=" + counts.companies() + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

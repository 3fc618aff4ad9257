package nl.kansenkaart.app.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.kansenkaart.app.report.ReportException;
import nl.kansenkaart.app.report.TestParks;
import nl.kansenkaart.app.report.WorkbookInput;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The real Vruchtenbuurt ('s-Gravenhage) VBOs with their EP-Online labels (shared data,
 * ep-online-joined) through the adressenlijst: one row per VBO, real addresses kept exactly
 * (including "'s-Gravenhage" with its leading apostrophe) and every label in its colour.
 */
@Tag("real-data")
class VruchtenbuurtAddressListTest {
    /**
     * The joined CSV carries the label class but no registration date; the test registers every
     * label on this day (valid ten years), so each one counts on the export date.
     */
    private static final LocalDate REGISTERED = LocalDate.of(2020, 1, 1);

    @TempDir
    Path dir;

    @Test
    void every_real_vbo_is_one_row_with_its_address_and_its_label_colour() throws IOException, ReportException {
        Path csv = TestParks.sharedData()
                .map(d -> d.resolve("ep-online-joined/residence_objects_vruchtenbuurt_derived.csv"))
                .filter(Files::isRegularFile)
                .orElse(null);
        assumeTrue(csv != null, "gedeelde testgegevens ontbreken");
        List<Unit> units = new ArrayList<>();
        List<EnergyLabel> labels = new ArrayList<>();
        int skipped = read(csv, units, labels);
        assertThat(units).hasSizeGreaterThan(3_400);
        assertThat(skipped).isLessThan(10);

        ParkSnapshot snapshot =
                new ParkSnapshot(park(units), List.of(), units, List.of(), labels, List.of(), List.of(), List.of());
        Path file = ExcelWorkbookWriter.writeTo(
                dir,
                WorkbookInput.of(
                        snapshot,
                        SolarAnalysis.analyse(snapshot, SolarAssumptions.ACTUEEL),
                        LocalDate.of(2026, 11, 24)));

        Map<String, Unit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<String, LabelClass> labelOf = new HashMap<>();
        labels.forEach(l -> labelOf.put(l.unitId().orElseThrow(), l.labelClass()));
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Adressenlijst");
            assertThat(sheet.getLastRowNum()).isEqualTo(units.size());
            int coloured = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Unit u = byId.get(row.getCell(11).getStringCellValue());
                assertThat(u).as("rij %d", r).isNotNull();
                assertThat(row.getCell(1).getStringCellValue())
                        .isEqualTo(u.address().street());
                assertThat(row.getCell(2).getNumericCellValue())
                        .isEqualTo(u.address().houseNumber());
                assertThat(row.getCell(5).getStringCellValue())
                        .isEqualTo(u.address().postcode());
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo("'s-Gravenhage");
                assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
                LabelClass expected = labelOf.get(u.id());
                if (expected == null) {
                    assertThat(row.getCell(12)).isNull();
                } else {
                    assertThat(row.getCell(12).getStringCellValue()).isEqualTo(expected.code());
                    assertThat(ExcelWorkbookWriterTest.fill(row.getCell(12))).isEqualTo(expected.colourHex());
                    coloured++;
                }
            }
            assertThat(coloured).isEqualTo(labels.size()).isGreaterThan(1_700);
            // Sorted by street and number, as a consultant reads the list.
            String firstStreet = sheet.getRow(1).getCell(1).getStringCellValue();
            assertThat(units.stream().map(u -> u.address().street()).sorted().findFirst())
                    .contains(firstStreet);
        }
    }

    /** Reads the CSV into units and labels; returns how many rows lacked a status or a postcode. */
    private static int read(Path csv, List<Unit> units, List<EnergyLabel> labels) throws IOException {
        CoordinateTransform toRd = new CoordinateTransformFactory()
                .createTransform(
                        new CRSFactory().createFromName("EPSG:4326"), new CRSFactory().createFromName("EPSG:28992"));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = split(lines.get(0));
        int skipped = 0;
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = split(line);
            Map<String, String> v = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                v.put(header.get(i), i < f.size() ? f.get(i) : "");
            }
            Optional<UnitStatus> status = UnitStatus.fromBag(v.get("status"));
            if (status.isEmpty() || v.get("postcode").isBlank()) {
                // The importer rejects these too: a VBO without status or postcode is no address.
                skipped++;
                continue;
            }
            ProjCoordinate rd = toRd.transform(
                    new ProjCoordinate(Double.parseDouble(v.get("xcoord")), Double.parseDouble(v.get("ycoord"))),
                    new ProjCoordinate());
            String id = v.get("verblijfsobjectID");
            units.add(new Unit(
                    id,
                    List.of(v.get("pandidenti")),
                    UsePurpose.parseList(v.get("gebruiksdo")),
                    Integer.parseInt(v.get("oppervlakt")),
                    status.get(),
                    new Address(
                            v.get("openbare_r"),
                            Integer.parseInt(v.get("huisnummer")),
                            Optional.of(v.get("huisletter")).filter(s -> !s.isBlank()),
                            Optional.of(v.get("toevoeging")).filter(s -> !s.isBlank()),
                            v.get("postcode"),
                            v.get("woonplaats")),
                    TestParks.RD.createPoint(new Coordinate(rd.x, rd.y))));
            LabelClass.fromCode(v.get("energieklasse"))
                    .ifPresent(c -> labels.add(new EnergyLabel(
                            c,
                            OptionalDouble.empty(),
                            OptionalDouble.empty(),
                            REGISTERED,
                            REGISTERED.plusYears(10),
                            Optional.of(id),
                            Optional.empty(),
                            false)));
        }
        return skipped;
    }

    /** The plan area: the bounding box of the VBOs, 50 m wider on each side. */
    private static Park park(List<Unit> units) {
        Envelope e = new Envelope();
        units.forEach(u -> e.expandToInclude(u.location().getCoordinate()));
        e.expandBy(50);
        return new Park(
                "vruchtenbuurt",
                "Vruchtenbuurt",
                "'s-Gravenhage",
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                TestParks.rectangle(e.getMinX(), e.getMinY(), e.getWidth(), e.getHeight()));
    }

    /** Splits one CSV line with double-quoted fields (no embedded line breaks in this file). */
    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}

package nl.kansenkaart.app.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import nl.kansenkaart.app.report.BuildingAnalyses;
import nl.kansenkaart.app.report.DataSource;
import nl.kansenkaart.app.report.TestParks;
import nl.kansenkaart.app.report.WorkbookInput;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.obligations.ParkAnalysis;
import nl.kansenkaart.core.obligations.ParkResults;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import nl.kansenkaart.core.solar.SolarReport;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;

/**
 * The real BAG of CBS neighbourhood Bezuidenhout-Midden, 's-Gravenhage (shared data,
 * bag-denhaag-voorburg, an office district) through every sheet: real footprints sized by the
 * leidraad rule, real office shares for label C, real floor areas for the obligations. The
 * GeoPackage has no street names (only openbare-ruimte ids), so the test writes the id as the street.
 */
@Tag("real-data")
class BezuidenhoutWorkbookTest {
    private static final String BUURT = "BU05182665";

    @TempDir
    Path dir;

    @Test
    void every_sheet_of_a_real_office_district_has_its_rows_and_the_leidraad_rule_holds_per_footprint()
            throws Exception {
        Path gpkg = TestParks.sharedData()
                .map(d -> d.resolve("bag-denhaag-voorburg/bag_denhaag_voorburg_derived.gpkg"))
                .filter(Files::isRegularFile)
                .orElse(null);
        assumeTrue(gpkg != null, "gedeelde testgegevens ontbreken");
        ParkSnapshot snapshot;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + gpkg + "?open_mode=1")) {
            snapshot = load(db);
        }
        assertThat(snapshot.buildings()).hasSizeGreaterThan(200);
        assertThat(snapshot.units()).hasSizeGreaterThan(500);

        SolarReport solar = SolarAnalysis.analyse(snapshot, SolarAssumptions.LEIDRAAD_DRENTHE);
        OfficeAssumptions office = OfficeAssumptions.legal(LocalDate.of(2026, 11, 24));
        ParkResults results = ParkAnalysis.run(
                snapshot, office, ObligationAssumptions.legal(), GridAssumptions.standard(), Progress.NONE);
        WorkbookInput input = new WorkbookInput(
                snapshot,
                solar,
                Optional.of(new BuildingAnalyses(
                        results, office, ObligationAssumptions.legal(), GridAssumptions.standard())),
                List.of(new DataSource(
                        gpkg.getFileName().toString(),
                        "panden (BAG)",
                        "GeoPackage",
                        LocalDate.of(2026, 11, 24),
                        snapshot.buildings().size(),
                        snapshot.buildings().size(),
                        0)),
                LocalDate.of(2026, 11, 24),
                Optional.empty());
        Path file = ExcelWorkbookWriter.writeTo(dir, input);
        assertThat(file.getFileName().toString()).isEqualTo("Kansenkaart Bezuidenhout-Midden 2026-11-24.xlsx");

        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Adressenlijst").getLastRowNum())
                    .isEqualTo(snapshot.units().size());
            XSSFSheet sun = wb.getSheet("Zon op dak");
            long standing = snapshot.buildings().stream()
                    .filter(b -> b.status().isStanding())
                    .count();
            assertThat(sun.getLastRowNum()).isEqualTo(solar.potentials().size()).isEqualTo((int) standing);
            for (int r = 1; r <= sun.getLastRowNum(); r++) {
                Row row = sun.getRow(r);
                double area = row.getCell(2).getNumericCellValue();
                double panels = Math.floor(area / 4 + 0.5 + 1e-9);
                assertThat(row.getCell(3).getNumericCellValue())
                        .as("rij %d, %s m2", r, area)
                        .isEqualTo(panels);
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(Math.floor(panels * 0.308 + 0.5 + 1e-9));
            }
            XSSFSheet labels = wb.getSheet("Label C");
            long withOffice = results.labels().stream()
                    .filter(LabelSheet::isOfficeBuilding)
                    .count();
            assertThat(labels.getLastRowNum()).isEqualTo((int) withOffice).isGreaterThan(10);
            assertThat(labels.getLastRowNum()).isGreaterThanOrEqualTo(pandenWithPureOffice(snapshot));
            for (int r = 1; r <= labels.getLastRowNum(); r++) {
                assertThat(labels.getRow(r).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(labels.getRow(r).getCell(5).getNumericCellValue()).isBetween(0.0, 1.0);
            }
            assertThat(wb.getSheet("Verplichtingen").getLastRowNum())
                    .isEqualTo(snapshot.buildings().size());
        }
    }

    private static int pandenWithPureOffice(ParkSnapshot s) {
        Set<String> panden = new HashSet<>();
        for (Unit u : s.units()) {
            if (u.status().isActive() && u.purposes().equals(Set.of(UsePurpose.OFFICE))) {
                panden.addAll(u.buildingIds());
            }
        }
        return panden.size();
    }

    /** The buurt as plan area, the panden whose interior point lies in it, and their VBOs with addresses. */
    private static ParkSnapshot load(Connection db) throws Exception {
        Geometry buurt;
        String name;
        String town;
        try (PreparedStatement st =
                db.prepareStatement("select geom, buurtnaam, gemeentenaam from buurten where buurtcode = ?")) {
            st.setString(1, BUURT);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                buurt = geometry(rs.getBytes(1));
                name = rs.getString(2);
                town = rs.getString(3);
            }
        }
        Envelope e = buurt.getEnvelopeInternal();
        List<Building> buildings = new ArrayList<>();
        try (PreparedStatement st =
                db.prepareStatement("select p.geom, p.identificatie, p.status, p.oorspronkelijkbouwjaar"
                        + " from pand p join rtree_pand_geom r on p.fid = r.id"
                        + " where r.maxx >= ? and r.minx <= ? and r.maxy >= ? and r.miny <= ?")) {
            st.setDouble(1, e.getMinX());
            st.setDouble(2, e.getMaxX());
            st.setDouble(3, e.getMinY());
            st.setDouble(4, e.getMaxY());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Geometry footprint = geometry(rs.getBytes(1));
                    if (!buurt.contains(footprint.getInteriorPoint())) {
                        continue;
                    }
                    int year = rs.getInt(4);
                    buildings.add(new Building(
                            rs.getString(2),
                            year >= 1000 && year < 9999 ? OptionalInt.of(year) : OptionalInt.empty(),
                            BuildingStatus.fromBag(rs.getString(3)).orElseThrow(),
                            footprint,
                            Optional.empty()));
                }
            }
        }
        Set<String> ids = new HashSet<>();
        buildings.forEach(b -> ids.add(b.id()));
        Map<String, String[]> addresses = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement(
                        "select identificatie, openbareruimteref, postcode, huisnummer, huisletter, huisnummertoevoeging"
                                + " from nummeraanduiding");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                addresses.put(rs.getString(1), new String[] {
                    rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)
                });
            }
        }
        List<Unit> units = new ArrayList<>();
        try (PreparedStatement st =
                        db.prepareStatement("select geom, identificatie, pandref, gebruiksdoel, oppervlakte,"
                                + " status, hoofdadresnummeraanduidingref from verblijfsobject");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                List<String> panden = new ArrayList<>();
                for (String ref : rs.getString(3).split(",")) {
                    String id = nl.kansenkaart.core.model.BagIds.pandId(ref.strip());
                    if (ids.contains(id)) {
                        panden.add(id);
                    }
                }
                String[] a = addresses.get(rs.getString(7));
                if (panden.isEmpty() || a == null || a[1] == null || rs.getInt(5) < 1) {
                    continue;
                }
                units.add(new Unit(
                        rs.getString(2),
                        panden,
                        UsePurpose.parseList(rs.getString(4)),
                        rs.getInt(5),
                        UnitStatus.fromBag(rs.getString(6)).orElseThrow(),
                        new Address(
                                "openbare ruimte " + a[0].substring(a[0].lastIndexOf('.') + 1),
                                Integer.parseInt(a[2]),
                                Optional.ofNullable(a[3]).filter(s -> !s.isBlank()),
                                Optional.ofNullable(a[4]).filter(s -> !s.isBlank()),
                                a[1],
                                town),
                        (org.locationtech.jts.geom.Point) geometry(rs.getBytes(1))));
            }
        }
        Park park = new Park(BUURT, name, town, OptionalDouble.empty(), OptionalDouble.empty(), buurt);
        return new ParkSnapshot(park, buildings, units, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A GeoPackage geometry blob: "GP", version, flags, SRS id, an optional envelope, then WKB. */
    private static Geometry geometry(byte[] blob) throws Exception {
        int flags = blob[3];
        int envelope = (flags >> 1) & 0x07;
        int[] envelopeBytes = {0, 32, 48, 48, 64};
        int offset = 8 + envelopeBytes[envelope];
        byte[] wkb = java.util.Arrays.copyOfRange(blob, offset, blob.length);
        Geometry g = new WKBReader(TestParks.RD).read(wkb);
        g.setSRID(28992);
        return g;
    }
}

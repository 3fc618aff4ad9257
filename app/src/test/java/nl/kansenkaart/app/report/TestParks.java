package nl.kansenkaart.app.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.kansenkaart.core.grid.GridAssumptions;
import nl.kansenkaart.core.kansen.KansenAnalysis;
import nl.kansenkaart.core.kansen.KansenAssumptions;
import nl.kansenkaart.core.labels.OfficeAssumptions;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Override.OverrideTarget;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.core.obligations.ObligationAssumptions;
import nl.kansenkaart.core.obligations.ParkAnalysis;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.solar.SolarAnalysis;
import nl.kansenkaart.core.solar.SolarAssumptions;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/** A small park in RD New (EPSG:28992) whose every row the tests can predict, and the shared-data finder. */
public final class TestParks {
    public static final GeometryFactory RD = new GeometryFactory(new PrecisionModel(), 28992);
    public static final LocalDate EXPORT_DATE = LocalDate.of(2026, 11, 24);

    /** Footprint 410 m2, one industrial unit of Bedrijf A: leidraad 103 panels, 32 kWp. */
    public static final String PAND_A = "0106100000000410";
    /** Footprint 755 m2, two office units (labels E and B): leidraad 189 panels, 58 kWp. */
    public static final String PAND_B = "0106100000000755";
    /** A 1,200 m2 office without a label, its company named like a formula. */
    public static final String PAND_OFFICE = "0106100000001200";
    /** A demolished pand: not assessed for solar. */
    public static final String PAND_GONE = "0106100000000001";
    /** A workshop whose company the consultant typed in. */
    public static final String PAND_GARAGE = "0106100000000300";

    public static final String FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"klik\")";
    public static final String PHONE = "+31 592 123456";

    private TestParks() {}

    /** Five panden, six units, three companies, two labels and the consultant's edits. */
    public static ParkSnapshot deVaart() {
        Park park = new Park(
                "DR-0106-001",
                "De Vaart",
                "Assen",
                OptionalDouble.of(12.5),
                OptionalDouble.of(10.0),
                rectangle(233_000, 556_000, 400, 300));
        List<Building> buildings = List.of(
                building(PAND_A, rectangle(233_010, 556_010, 20.5, 20), BuildingStatus.IN_USE, 1985),
                building(PAND_B, rectangle(233_050, 556_010, 37.75, 20), BuildingStatus.IN_USE, 2001),
                building(PAND_OFFICE, rectangle(233_100, 556_010, 30, 40), BuildingStatus.IN_USE, 1975),
                building(PAND_GONE, rectangle(233_200, 556_010, 10, 10), BuildingStatus.DEMOLISHED, 1960),
                building(PAND_GARAGE, rectangle(233_250, 556_010, 15, 20), BuildingStatus.IN_USE, 1995));
        List<Unit> units = List.of(
                unit("0106010000000001", PAND_A, 380, "Vaartweg", 1, null, null, UsePurpose.INDUSTRY),
                unit("0106010000000002", PAND_B, 600, "Vaartweg", 3, null, null, UsePurpose.OFFICE),
                unit("0106010000000003", PAND_B, 150, "Vaartweg", 3, "A", null, UsePurpose.OFFICE),
                unit("0106010000000004", PAND_OFFICE, 2000, "Kanaalstraat", 10, null, "2", UsePurpose.OFFICE),
                unit("0106010000000005", PAND_GARAGE, 280, "Kanaalstraat", 12, null, null, UsePurpose.INDUSTRY),
                unit(
                        "0106010000000006",
                        PAND_GARAGE,
                        20,
                        "Kanaalstraat",
                        14,
                        null,
                        null,
                        UsePurpose.OFFICE,
                        UsePurpose.RETAIL));
        List<EnergyLabel> labels = List.of(
                label("0106010000000002", LabelClass.E, LocalDate.of(2019, 5, 1)),
                label("0106010000000003", LabelClass.B, LocalDate.of(2022, 3, 1)));
        List<Company> companies = List.of(
                company("k1", "Bedrijf A", "0106010000000001"),
                company("k2", "Bedrijf B", "0106010000000002"),
                company("k3", "Bedrijf B-Oud", "0106010000000003"),
                company("k4", FORMULA_NAME, "0106010000000004"),
                new Company(
                        "k5",
                        "Nog niet gekoppeld",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        List<Override> overrides = List.of(
                new Override(OverrideTarget.COMPANY, "k3", "bedrijfsnaam", "Bedrijf B Advies"),
                new Override(OverrideTarget.UNIT, "0106010000000005", "bedrijfsnaam", "Garage Jansen"),
                new Override(OverrideTarget.UNIT, "0106010000000005", "telefoon", PHONE),
                new Override(OverrideTarget.UNIT, "0106010000000005", "opmerkingen", "-- belt terug"));
        return new ParkSnapshot(park, buildings, units, List.of(), labels, List.of(), companies, overrides);
    }

    /** The full input: leidraad solar, label C, obligations, grid and two sources. */
    public static WorkbookInput fullInput(ParkSnapshot snapshot) {
        OfficeAssumptions office = OfficeAssumptions.legal(EXPORT_DATE);
        ObligationAssumptions obligations = ObligationAssumptions.legal();
        GridAssumptions grid = GridAssumptions.standard();
        BuildingAnalyses analyses = new BuildingAnalyses(
                ParkAnalysis.run(snapshot, office, obligations, grid, Progress.NONE), office, obligations, grid);
        return new WorkbookInput(
                snapshot,
                SolarAnalysis.analyse(snapshot, SolarAssumptions.LEIDRAAD_DRENTHE),
                Optional.of(analyses),
                List.of(
                        new DataSource(
                                "bag-assen.gpkg", "panden (BAG)", "GeoPackage", LocalDate.of(2026, 11, 20), 5, 5, 0),
                        new DataSource(
                                "ep-online.csv",
                                "energielabels (EP-Online)",
                                "CSV",
                                LocalDate.of(2026, 11, 21),
                                3,
                                2,
                                1)),
                EXPORT_DATE,
                Optional.of("J. de Adviseur"));
    }

    /** The full input with the kansen of the same analyses (standard kansen preset). */
    public static WorkbookInput withKansen(WorkbookInput in) {
        BuildingAnalyses analyses = in.buildingAnalyses().orElseThrow();
        return in.withKansen(
                KansenAnalysis.analyse(in.snapshot(), in.solar(), analyses.results(), KansenAssumptions.STANDARD));
    }

    public static Geometry rectangle(double x, double y, double width, double height) {
        return RD.createPolygon(new Coordinate[] {
            new Coordinate(x, y),
            new Coordinate(x + width, y),
            new Coordinate(x + width, y + height),
            new Coordinate(x, y + height),
            new Coordinate(x, y)
        });
    }

    public static Building building(String id, Geometry footprint, BuildingStatus status, int year) {
        return new Building(id, OptionalInt.of(year), status, footprint, Optional.empty());
    }

    public static Unit unit(
            String id,
            String pand,
            int areaM2,
            String street,
            int number,
            String letter,
            String addition,
            UsePurpose... purposes) {
        Point location = RD.createPoint(new Coordinate(233_100, 556_100));
        return new Unit(
                id,
                List.of(pand),
                EnumSet.of(purposes[0], purposes),
                areaM2,
                UnitStatus.IN_USE,
                new Address(
                        street, number, Optional.ofNullable(letter), Optional.ofNullable(addition), "9401AB", "Assen"),
                location);
    }

    public static EnergyLabel label(String unitId, LabelClass cls, LocalDate registered) {
        return new EnergyLabel(
                cls,
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                registered,
                registered.plusYears(10),
                Optional.of(unitId),
                Optional.empty(),
                true);
    }

    public static Company company(String id, String name, String unitId) {
        return new Company(id, name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(unitId));
    }

    /**
     * The project's shared real data: the first {@code <dir>/../shared/data} above the working
     * directory, empty when there is none (a fresh clone).
     */
    public static Optional<Path> sharedData() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (dir.getParent() == null) {
                break;
            }
            Path candidate = dir.getParent().resolve("shared/data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

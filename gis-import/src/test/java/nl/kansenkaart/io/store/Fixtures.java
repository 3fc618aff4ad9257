package nl.kansenkaart.io.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.LabelClass;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Override.OverrideTarget;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.RoofPart;
import nl.kansenkaart.core.model.RoofSummary;
import nl.kansenkaart.core.model.RoofType;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.io.SourceKind;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A small world around RD (155000, 463000): park P1 (two parts) and its neighbour P2 sharing the
 * border x = 156000, panden inside, on the border and far away, with units, roofs, labels, grid
 * areas, companies and edits whose membership of each park is known.
 */
final class Fixtures {
    static final GeometryFactory RD = new GeometryFactory();
    static final Instant T0 = Instant.parse("2024-05-31T12:00:00Z");

    static final String B1 = "0518100000000001";
    static final String B2 = "0518100000000002";
    static final String B3 = "0518100000000003";
    static final String B4 = "0518100000000004";
    static final String B_NOT_IMPORTED = "0518100000000099";
    static final String U1 = "0518010000000001";
    static final String U2 = "0518010000000002";
    static final String U3 = "0518010000000003";
    static final String U4 = "0518010000000004";

    private Fixtures() {}

    static Geometry wkt(String text) {
        try {
            return new WKTReader(RD).read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static Point point(double x, double y) {
        return (Point) wkt("POINT (" + x + " " + y + ")");
    }

    static Geometry square(double x, double y, double size) {
        return wkt("POLYGON ((" + x + " " + y + ", " + (x + size) + " " + y + ", " + (x + size) + " " + (y + size)
                + ", " + x + " " + (y + size) + ", " + x + " " + y + "))");
    }

    static final Park P1 = new Park(
            "P1",
            "Vaartweg",
            "Assen",
            OptionalDouble.of(125.5),
            OptionalDouble.empty(),
            wkt("MULTIPOLYGON (((155000 463000, 156000 463000, 156000 464000, 155000 464000, 155000 463000)),"
                    + " ((157000 463000, 157500 463000, 157500 463500, 157000 463500, 157000 463000)))"));

    static final Park P2 = new Park(
            "P2",
            "Kanaalzone",
            "Assen",
            OptionalDouble.of(80),
            OptionalDouble.of(61.25),
            wkt("POLYGON ((156000 463000, 157000 463000, 157000 464000, 156000 464000, 156000 463000))"));

    static final RoofSummary ROOF3 = new RoofSummary(
            RoofType.SINGLE_HORIZONTAL,
            OptionalDouble.of(2500),
            OptionalDouble.of(2480.5),
            OptionalDouble.empty(),
            OptionalDouble.of(12.25),
            OptionalDouble.of(21.5),
            OptionalDouble.of(22.75),
            OptionalDouble.of(24_000),
            OptionalInt.of(2),
            false);

    static final RoofSummary ROOF2 = new RoofSummary(
            RoofType.SLANTED,
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalDouble.of(300),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalInt.empty(),
            true);

    /** Inside P1. */
    static final Building BUILDING1 =
            new Building(B1, OptionalInt.of(1975), BuildingStatus.IN_USE, square(155100, 463100, 50), Optional.empty());
    /** On the P1/P2 border, mostly in P2: belongs to P2 only. */
    static final Building BUILDING2 = new Building(
            B2, OptionalInt.empty(), BuildingStatus.RENOVATION, square(155990, 463100, 60), Optional.of(ROOF2));
    /** In P1's second part, with a 3D BAG roof. */
    static final Building BUILDING3 = new Building(
            B3,
            OptionalInt.of(2004),
            BuildingStatus.IN_USE_NOT_MEASURED,
            wkt("MULTIPOLYGON (((157100 463100, 157200 463100, 157200 463200, 157100 463200, 157100 463100)),"
                    + " ((157300 463300, 157320 463300, 157320 463320, 157300 463300)))"),
            Optional.of(ROOF3));
    /** Far outside both parks. */
    static final Building BUILDING4 =
            new Building(B4, OptionalInt.of(1930), BuildingStatus.IN_USE, square(160000, 470000, 10), Optional.empty());

    static final Address A1 = new Address("Vaartweg", 12, Optional.of("A"), Optional.of("2"), "9401AB", "Assen");
    static final Address A2 = new Address("Vaartweg", 14, Optional.empty(), Optional.empty(), "9401AC", "Assen");
    static final Address A3 = new Address("Kanaalweg", 1, Optional.empty(), Optional.empty(), "9402XY", "Assen");
    static final Address A4 = new Address("Vaartweg", 20, Optional.empty(), Optional.empty(), "9401AB", "Assen");

    static final Unit UNIT1 = new Unit(
            U1,
            List.of(B1),
            Set.of(UsePurpose.OFFICE, UsePurpose.INDUSTRY),
            1240,
            UnitStatus.IN_USE,
            A1,
            point(155120, 463120));
    /** In B1 and B2, so it belongs to both parks. */
    static final Unit UNIT2 =
            new Unit(U2, List.of(B1, B2), Set.of(UsePurpose.OTHER), 35, UnitStatus.FORMED, A2, point(155140, 463140));

    static final Unit UNIT3 =
            new Unit(U3, List.of(B2), Set.of(UsePurpose.RETAIL), 410, UnitStatus.IN_USE, A3, point(156020, 463120));
    /** In a pand that was not imported, but its point lies in P1. */
    static final Unit UNIT4 = new Unit(
            U4,
            List.of(B_NOT_IMPORTED),
            Set.of(UsePurpose.OFFICE),
            99,
            UnitStatus.OUT_OF_USE,
            A4,
            point(155500, 463500));

    static final RoofPart ROOF1_A = new RoofPart(B1, 0, 0, 0, 1250.5, 18.25, square(155100, 463100, 25));
    static final RoofPart ROOF1_B = new RoofPart(B1, 1, 35.5, 182.25, 1300, 19.5, square(155125, 463125, 25));
    static final RoofPart ROOF2_A = new RoofPart(B2, 0, 40, 90, 300, 11, square(155990, 463100, 60));

    static final EnergyLabel LABEL1 = new EnergyLabel(
            LabelClass.D,
            OptionalDouble.of(1.62),
            OptionalDouble.empty(),
            LocalDate.of(2019, 3, 1),
            LocalDate.of(2029, 3, 1),
            Optional.of(U1),
            Optional.of(B1),
            true);
    static final EnergyLabel LABEL3 = new EnergyLabel(
            LabelClass.A2PLUS,
            OptionalDouble.empty(),
            OptionalDouble.of(98.5),
            LocalDate.of(2022, 6, 15),
            LocalDate.of(2032, 6, 15),
            Optional.empty(),
            Optional.of(B3),
            true);
    static final EnergyLabel LABEL_P2 = new EnergyLabel(
            LabelClass.G,
            OptionalDouble.empty(),
            OptionalDouble.of(410),
            LocalDate.of(2021, 1, 4),
            LocalDate.of(2031, 1, 4),
            Optional.of(U3),
            Optional.empty(),
            false);

    static final GridArea GRID_BOTH = new GridArea(
            "G1",
            "Station Assen-Noord",
            "Enexis",
            CapacityStatus.CONGESTION_MANAGEMENT,
            CapacityStatus.CONGESTED,
            OptionalInt.of(2029),
            wkt("POLYGON ((154000 462000, 158000 462000, 158000 465000, 154000 465000, 154000 462000))"));
    static final GridArea GRID_FAR = new GridArea(
            "G2",
            "Station Elders",
            "Enexis",
            CapacityStatus.AVAILABLE,
            CapacityStatus.UNKNOWN,
            OptionalInt.empty(),
            square(170000, 470000, 1000));

    static final Company MATCHED1 = new Company(
            "K1", "Smit Metaal B.V.", Optional.of("12345678"), Optional.of("2511"), Optional.of(A1), Optional.of(U1));
    /** Unmatched, at U2's postcode: offered in both parks' snapshots (U2 lies in both). */
    static final Company UNMATCHED_NEAR = new Company(
            "K2", "Bakker Logistiek", Optional.empty(), Optional.of("4941"), Optional.of(A2), Optional.empty());

    static final Company UNMATCHED_FAR = new Company(
            "K3",
            "Elders Advies",
            Optional.of("87654321"),
            Optional.empty(),
            Optional.of(new Address("Dorpsstraat", 3, Optional.empty(), Optional.empty(), "1234AB", "Elders")),
            Optional.empty());
    static final Company MATCHED3 = new Company(
            "K4", "Winkel Kanaalzone", Optional.empty(), Optional.empty(), Optional.of(A3), Optional.of(U3));
    static final Company NO_ADDRESS =
            new Company("K5", "Zonder Adres", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    static final Override EDIT_PARK1 = new Override(OverrideTarget.PARK, "P1", "naam", "Vaartweg-Zuid");
    static final Override EDIT_B1 = new Override(OverrideTarget.BUILDING, B1, "monument", "ja");
    static final Override EDIT_U3 = new Override(OverrideTarget.UNIT, U3, "gemeten_elektriciteit_kwh", "61000");
    static final Override EDIT_K2 = new Override(OverrideTarget.COMPANY, "K2", "verblijfsobject", U2);

    static Provenance provenance(String key, SourceKind kind) {
        return new Provenance(
                key,
                kind,
                "GeoPackage",
                "EPSG:28992",
                T0,
                ImportCounts.NONE,
                List.of(
                        "CRS niet opgegeven; coördinaten binnen RD-grenzen, als RD New gelezen",
                        "tweede, \"lastige\"\nnotitie"));
    }

    static ImportCounts counts(long n) {
        return new ImportCounts(n + 2, n, 1, 2, Map.of("geen geometrie", 2L));
    }

    /** Imports the whole world, one source per kind, as an importer would. */
    static void importAll(ProjectStore store) throws StoreException {
        try (ImportSession s = store.beginImport(provenance("ibis.json", SourceKind.PARKS))) {
            s.add(P1);
            s.add(P2);
            s.commit(counts(2));
        }
        try (ImportSession s = store.beginImport(provenance("bag-light.gpkg", SourceKind.BUILDINGS))) {
            for (Building b : List.of(BUILDING1, BUILDING2, BUILDING3, BUILDING4)) {
                s.add(new Building(b.id(), b.constructionYear(), b.status(), b.footprint(), Optional.empty()));
            }
            for (Unit u : List.of(UNIT1, UNIT2, UNIT3, UNIT4)) {
                s.add(u);
            }
            s.commit(counts(8));
        }
        try (ImportSession s = store.beginImport(provenance("3dbag.city.jsonl", SourceKind.ROOFS))) {
            s.addRoof(B2, ROOF2);
            s.addRoof("NL.IMBAG.Pand." + B3, ROOF3);
            s.add(ROOF1_A);
            s.add(ROOF1_B);
            s.add(ROOF2_A);
            s.commit(counts(5));
        }
        try (ImportSession s = store.beginImport(provenance("ep-online.csv", SourceKind.LABELS))) {
            s.add(LABEL1);
            s.add(LABEL3);
            s.add(LABEL_P2);
            s.commit(counts(3));
        }
        try (ImportSession s = store.beginImport(provenance("netcapaciteit.gpkg", SourceKind.GRID))) {
            s.add(GRID_BOTH);
            s.add(GRID_FAR);
            s.commit(counts(2));
        }
        try (ImportSession s = store.beginImport(provenance("kvk.csv", SourceKind.COMPANIES))) {
            for (Company c : List.of(MATCHED1, UNMATCHED_NEAR, UNMATCHED_FAR, MATCHED3, NO_ADDRESS)) {
                s.add(c);
            }
            s.commit(counts(5));
        }
        for (Override o : List.of(EDIT_PARK1, EDIT_B1, EDIT_U3, EDIT_K2)) {
            store.saveOverride(o);
        }
    }
}

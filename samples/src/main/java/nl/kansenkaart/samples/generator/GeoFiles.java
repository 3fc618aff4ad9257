package nl.kansenkaart.samples.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.RoofPart;
import nl.kansenkaart.core.model.RoofSummary;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UsePurpose;
import nl.kansenkaart.io.geojson.GeoJsonWriter;
import nl.kansenkaart.io.geopackage.Column;
import nl.kansenkaart.io.geopackage.ColumnType;
import nl.kansenkaart.io.geopackage.GeoPackageWriter;
import nl.kansenkaart.io.geopackage.GeometryType;
import nl.kansenkaart.io.geopackage.RowInserter;
import nl.kansenkaart.io.shapefile.ShapefileWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/** Writes the sample park's geographic files: the IBIS shapefile, the two GeoPackages and the grid GeoJSON. */
final class GeoFiles {
    /** The date in the .dbf header and the GeoPackages' last_change: the park's fictional extract date. */
    static final LocalDate EXTRACT_DATE = LocalDate.of(2026, 10, 1);

    static final Instant LAST_CHANGE = Instant.parse("2026-10-01T00:00:00Z");

    private GeoFiles() {}

    static void writeIbis(Path shp, List<IbisFeature> features) throws IOException {
        List<ShapefileWriter.Field> fields = List.of(
                ShapefileWriter.Field.character("RIN_NUMMER", 10),
                ShapefileWriter.Field.character("PLAN_NAAM", 60),
                ShapefileWriter.Field.character("GEM_CODES", 20),
                ShapefileWriter.Field.character("GEMEENTE", 40),
                ShapefileWriter.Field.numeric("HA_BRUTO", 8, 2),
                ShapefileWriter.Field.numeric("HA_NETTO", 8, 2),
                ShapefileWriter.Field.numeric("HA_TOTTUIT", 8, 2),
                ShapefileWriter.Field.numeric("JAAR", 4, 0),
                ShapefileWriter.Field.character("WLOC_TYPE", 30));
        try (ShapefileWriter w = ShapefileWriter.create(
                shp,
                ShapefileWriter.ShapeType.POLYGON,
                fields,
                ShapefileWriter.RD_NEW_PRJ,
                StandardCharsets.UTF_8,
                EXTRACT_DATE)) {
            for (IbisFeature f : features) {
                w.write(
                        f.contour(),
                        List.of(
                                f.rin(),
                                f.planName(),
                                "0106",
                                "Assen",
                                f.grossHectares(),
                                f.netHectares(),
                                f.issuedHectares(),
                                2024,
                                "Gemengd"));
            }
        }
    }

    /** The PDOK bag-light style file: tables pand and verblijfsobject. */
    static void writeBag(Path file, SamplePark park) throws IOException {
        Files.deleteIfExists(file);
        Map<String, List<Unit>> unitsByPand = new LinkedHashMap<>();
        for (Unit u : park.units()) {
            for (String p : u.buildingIds()) {
                unitsByPand.computeIfAbsent(p, k -> new ArrayList<>()).add(u);
            }
        }
        Map<String, Building> buildings = park.buildings().stream().collect(Collectors.toMap(Building::id, b -> b));
        try (GeoPackageWriter w = GeoPackageWriter.create(file, LAST_CHANGE)) {
            w.registerSrs(28992);
            w.createFeatureTable(
                    "pand",
                    GeometryType.POLYGON,
                    28992,
                    List.of(
                            Column.key("identificatie", ColumnType.TEXT),
                            Column.of("bouwjaar", ColumnType.INTEGER),
                            Column.of("status", ColumnType.TEXT),
                            Column.of("gebruiksdoel", ColumnType.TEXT),
                            Column.of("oppervlakte_min", ColumnType.INTEGER),
                            Column.of("oppervlakte_max", ColumnType.INTEGER),
                            Column.of("aantal_verblijfsobjecten", ColumnType.INTEGER)));
            w.createFeatureTable(
                    "verblijfsobject",
                    GeometryType.POINT,
                    28992,
                    List.of(
                            Column.key("identificatie", ColumnType.TEXT),
                            Column.of("openbare_ruimte_naam", ColumnType.TEXT),
                            Column.of("huisnummer", ColumnType.INTEGER),
                            Column.of("huisletter", ColumnType.TEXT),
                            Column.of("toevoeging", ColumnType.TEXT),
                            Column.of("postcode", ColumnType.TEXT),
                            Column.of("woonplaats_naam", ColumnType.TEXT),
                            Column.of("pand_identificatie", ColumnType.TEXT),
                            Column.of("oppervlakte", ColumnType.INTEGER),
                            Column.of("gebruiksdoel", ColumnType.TEXT),
                            Column.of("status", ColumnType.TEXT),
                            Column.of("bouwjaar", ColumnType.INTEGER),
                            Column.of("pandstatus", ColumnType.TEXT)));
            try (RowInserter pand = w.insert("pand");
                    RowInserter vbo = w.insert("verblijfsobject")) {
                for (Building b : park.buildings()) {
                    List<Unit> in = unitsByPand.getOrDefault(b.id(), List.of());
                    Set<UsePurpose> purposes = EnumSet.noneOf(UsePurpose.class);
                    in.forEach(u -> purposes.addAll(u.purposes()));
                    pand.add(
                            b.footprint(),
                            b.id(),
                            b.constructionYear().orElse(9999),
                            b.status().bagName(),
                            purposes.isEmpty() ? null : purposeList(purposes),
                            in.isEmpty()
                                    ? null
                                    : in.stream()
                                            .mapToInt(Unit::floorAreaM2)
                                            .min()
                                            .getAsInt(),
                            in.isEmpty()
                                    ? null
                                    : in.stream()
                                            .mapToInt(Unit::floorAreaM2)
                                            .max()
                                            .getAsInt(),
                            in.size());
                }
                for (Unit u : park.units()) {
                    Building b = buildings.get(u.buildingIds().get(0));
                    vbo.add(
                            u.location(),
                            u.id(),
                            u.address().street(),
                            u.address().houseNumber(),
                            u.address().letter(),
                            u.address().addition(),
                            u.address().postcode(),
                            u.address().town(),
                            String.join(",", u.buildingIds()),
                            u.floorAreaM2(),
                            purposeList(u.purposes()),
                            u.status().bagName(),
                            b.constructionYear().orElse(9999),
                            b.status().bagName());
                }
            } catch (SQLException e) {
                throw new IOException("BAG-GeoPackage " + file + " vullen mislukt: " + e.getMessage(), e);
            }
            w.commit();
        }
    }

    /** The 3D BAG style file: the pand table with b3_* attributes and the lod22_2d roof faces. */
    static void writeThreeDBag(Path file, SamplePark park) throws IOException {
        Files.deleteIfExists(file);
        try (GeoPackageWriter w = GeoPackageWriter.create(file, LAST_CHANGE)) {
            w.registerSrs(28992);
            List<Column> columns = new ArrayList<>();
            columns.add(Column.key("identificatie", ColumnType.TEXT));
            columns.add(Column.of("b3_dak_type", ColumnType.TEXT));
            for (String real : List.of(
                    "b3_opp_grond",
                    "b3_opp_dak_plat",
                    "b3_opp_dak_schuin",
                    "b3_h_maaiveld",
                    "b3_h_dak_50p",
                    "b3_h_dak_70p",
                    "b3_h_dak_max",
                    "b3_volume_lod22")) {
                columns.add(Column.of(real, ColumnType.REAL));
            }
            columns.add(Column.of("b3_bouwlagen", ColumnType.INTEGER));
            columns.add(Column.of("b3_kas_warenhuis", ColumnType.INTEGER));
            w.createFeatureTable("pand", GeometryType.POLYGON, 28992, columns);
            w.createFeatureTable(
                    "lod22_2d",
                    GeometryType.POLYGON,
                    28992,
                    List.of(
                            Column.required("identificatie", ColumnType.TEXT),
                            Column.of("b3_hellingshoek", ColumnType.REAL),
                            Column.of("b3_azimut", ColumnType.REAL),
                            Column.of("b3_h_dak_50p", ColumnType.REAL)));
            try (RowInserter pand = w.insert("pand");
                    RowInserter faces = w.insert("lod22_2d")) {
                for (Building b : park.buildings()) {
                    if (b.roof().isEmpty()) {
                        continue;
                    }
                    RoofSummary r = b.roof().get();
                    pand.add(
                            b.footprint(),
                            "NL.IMBAG.Pand." + b.id(),
                            r.roofType().code(),
                            r.groundAreaM2(),
                            r.flatRoofAreaM2(),
                            r.slantedRoofAreaM2(),
                            r.groundHeightM(),
                            median(r),
                            r.roofHeight70pM(),
                            r.roofHeightMaxM(),
                            r.volumeM3(),
                            r.floors(),
                            r.greenhouse() ? 1 : 0);
                }
                for (RoofPart p : park.roofParts()) {
                    faces.add(
                            p.outline(),
                            "NL.IMBAG.Pand." + p.buildingId(),
                            p.slopeDegrees(),
                            p.azimuthDegrees(),
                            p.heightM());
                }
            } catch (SQLException e) {
                throw new IOException("3D BAG-GeoPackage " + file + " vullen mislukt: " + e.getMessage(), e);
            }
            w.commit();
        }
    }

    /** b3_h_dak_50p lies a little below the 70th percentile, by a quarter of the 70p-to-max span. */
    static OptionalDouble median(RoofSummary r) {
        if (r.roofHeight70pM().isEmpty() || r.roofHeightMaxM().isEmpty()) {
            return OptionalDouble.empty();
        }
        double h70 = r.roofHeight70pM().getAsDouble();
        return OptionalDouble.of(
                SiteLayout.round(h70 - 0.25 * (r.roofHeightMaxM().getAsDouble() - h70), 2));
    }

    /** The grid areas as RFC 7946 GeoJSON in WGS84, reprojected from RD New with proj4j. */
    static void writeGrid(Path file, List<GridArea> areas) throws IOException {
        CRSFactory crs = new CRSFactory();
        CoordinateTransform toWgs84 = new CoordinateTransformFactory()
                .createTransform(crs.createFromName("EPSG:28992"), crs.createFromName("EPSG:4326"));
        try (GeoJsonWriter w = GeoJsonWriter.create(file, GeoJsonWriter.Options.wgs84())) {
            for (GridArea a :
                    areas.stream().sorted(Comparator.comparing(GridArea::id)).toList()) {
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("id", a.id());
                props.put("naam", a.name());
                props.put("netbeheerder", a.operator());
                props.put("afname", colour(a.offtake(), "geen"));
                props.put("invoeding", colour(a.feedIn(), "transparant"));
                if (a.alleviationYear().isPresent()) {
                    props.put("verwacht_opgelost", a.alleviationYear().getAsInt());
                }
                w.write(reproject(a.area(), toWgs84), props);
            }
        }
    }

    /** The capaciteitskaart colour word; "geen" and "transparant" both mean capacity available. */
    static String colour(CapacityStatus s, String availableWord) {
        return switch (s) {
            case AVAILABLE -> availableWord;
            case SCARCE -> "geel";
            case CONGESTION_MANAGEMENT -> "oranje";
            case CONGESTED -> "rood";
            case UNKNOWN -> throw new IllegalArgumentException("onbekende netcapaciteit in de voorbeelddata");
        };
    }

    static Geometry reproject(Geometry g, CoordinateTransform transform) {
        return new GeometryTransformer() {
            @Override
            protected org.locationtech.jts.geom.CoordinateSequence transformCoordinates(
                    org.locationtech.jts.geom.CoordinateSequence coords, Geometry parent) {
                Coordinate[] out = new Coordinate[coords.size()];
                ProjCoordinate target = new ProjCoordinate();
                for (int i = 0; i < coords.size(); i++) {
                    transform.transform(new ProjCoordinate(coords.getX(i), coords.getY(i)), target);
                    out[i] = new Coordinate(SiteLayout.round(target.x, 7), SiteLayout.round(target.y, 7));
                }
                return factory.getCoordinateSequenceFactory().create(out);
            }
        }.transform(g);
    }

    static String purposeList(Set<UsePurpose> purposes) {
        return EnumSet.copyOf(purposes).stream().map(UsePurpose::bagName).collect(Collectors.joining(","));
    }
}

package nl.kansenkaart.io.geopackage;

import java.util.List;
import java.util.Optional;

/**
 * A row of gpkg_spatial_ref_sys. The definitions are the WKT1 that GDAL 3.6 writes, so a file made
 * here and one made by ogr2ogr carry the same SRS text.
 *
 * @param srsId the srs_id, equal to the EPSG code for EPSG systems
 * @param name srs_name
 * @param organization "EPSG" or "NONE"
 * @param organizationCoordsysId the code within the organization
 * @param definition the WKT
 * @param description a description, may be empty
 */
public record SpatialRefSys(
        int srsId,
        String name,
        String organization,
        int organizationCoordsysId,
        String definition,
        String description) {

    private static final String RD_NEW_WKT =
            "PROJCS[\"Amersfoort / RD New\",GEOGCS[\"Amersfoort\",DATUM[\"Amersfoort\","
                    + "SPHEROID[\"Bessel 1841\",6377397.155,299.1528128,AUTHORITY[\"EPSG\",\"7004\"]],AUTHORITY[\"EPSG\",\"6289\"]],"
                    + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,"
                    + "AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4289\"]],PROJECTION[\"Oblique_Stereographic\"],"
                    + "PARAMETER[\"latitude_of_origin\",52.1561605555556],PARAMETER[\"central_meridian\",5.38763888888889],"
                    + "PARAMETER[\"scale_factor\",0.9999079],PARAMETER[\"false_easting\",155000],"
                    + "PARAMETER[\"false_northing\",463000],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
                    + "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"28992\"]]";

    /** EPSG:28992 Amersfoort / RD New, the CRS of every feature table of the project. */
    public static final SpatialRefSys RD_NEW =
            new SpatialRefSys(28992, "Amersfoort / RD New", "EPSG", 28992, RD_NEW_WKT, "");

    /** EPSG:4326 WGS 84 lon/lat, as the GeoPackage specification requires it. */
    public static final SpatialRefSys WGS84 = new SpatialRefSys(
            4326,
            "WGS 84 geodetic",
            "EPSG",
            4326,
            "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
                    + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
                    + "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
                    + "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]",
            "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid");

    /** EPSG:7415 RD New + NAP height, the CRS of 3D BAG. */
    public static final SpatialRefSys RD_NAP = new SpatialRefSys(
            7415,
            "Amersfoort / RD New + NAP height",
            "EPSG",
            7415,
            "COMPD_CS[\"Amersfoort / RD New + NAP height\"," + RD_NEW_WKT
                    + ",VERT_CS[\"NAP height\",VERT_DATUM[\"Normaal Amsterdams Peil\",2005,"
                    + "AUTHORITY[\"EPSG\",\"5109\"]],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
                    + "AXIS[\"Gravity-related height\",UP],AUTHORITY[\"EPSG\",\"5709\"]],AUTHORITY[\"EPSG\",\"7415\"]]",
            "");

    /** The two undefined systems every GeoPackage must carry. */
    static final List<SpatialRefSys> REQUIRED_UNDEFINED = List.of(
            new SpatialRefSys(
                    -1,
                    "Undefined Cartesian SRS",
                    "NONE",
                    -1,
                    "undefined",
                    "undefined Cartesian coordinate reference system"),
            new SpatialRefSys(
                    0,
                    "Undefined geographic SRS",
                    "NONE",
                    0,
                    "undefined",
                    "undefined geographic coordinate reference system"));

    public SpatialRefSys {
        if (name == null || name.isBlank() || organization == null || definition == null || definition.isBlank()) {
            throw new IllegalArgumentException("onvolledige SRS-definitie voor srs_id " + srsId);
        }
        description = description == null ? "" : description;
    }

    /** The SRS this writer knows for an EPSG code: 28992, 4326 or 7415. */
    public static Optional<SpatialRefSys> forEpsg(int code) {
        return switch (code) {
            case 28992 -> Optional.of(RD_NEW);
            case 4326 -> Optional.of(WGS84);
            case 7415 -> Optional.of(RD_NAP);
            default -> Optional.empty();
        };
    }
}

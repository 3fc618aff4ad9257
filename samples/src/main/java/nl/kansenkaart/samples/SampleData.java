package nl.kansenkaart.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import nl.kansenkaart.io.SourceKind;

/**
 * The embedded sample park "Bedrijventerrein De Vaart" (fictional, in Assen): its files, in import
 * order, and what they hold. The files sit on the classpath; {@link #extractTo(Path)} puts them on
 * disk so the ordinary import reads them.
 */
public final class SampleData {
    /** The IBIS contours (shapefile; .shx, .dbf, .prj and .cpg beside it). */
    public static final String IBIS_FILE = "ibis_de_vaart.shp";
    /** BAG panden and verblijfsobjecten (GeoPackage, PDOK bag-light style). */
    public static final String BAG_FILE = "bag_de_vaart.gpkg";
    /** 3D BAG roof attributes and roof faces (GeoPackage). */
    public static final String THREE_D_BAG_FILE = "3dbag_de_vaart.gpkg";
    /** EP-Online energy labels (CSV). */
    public static final String EP_ONLINE_FILE = "ep_online_de_vaart.csv";
    /** Grid capacity areas (GeoJSON, WGS84). */
    public static final String GRID_FILE = "netcapaciteit_de_vaart.geojson";
    /** KvK company list (CSV as Excel saves it). */
    public static final String KVK_FILE = "kvk_bedrijven_de_vaart.csv";
    /** The generator's counts per layer. */
    public static final String COUNTS_FILE = "counts.properties";

    private static final String RESOURCE_DIR = "/nl/kansenkaart/samples/devaart/";

    private static final List<String> SHAPEFILE_PARTS = List.of(
            "ibis_de_vaart.shp", "ibis_de_vaart.shx", "ibis_de_vaart.dbf", "ibis_de_vaart.prj", "ibis_de_vaart.cpg");

    private static final List<SampleFile> FILES = List.of(
            new SampleFile(
                    IBIS_FILE,
                    SourceKind.PARKS,
                    "IBIS-contour van bedrijventerrein De Vaart (twee delen, noord en zuid van de vaart) en buurterrein Messchenveld-Oost"),
            new SampleFile(
                    BAG_FILE,
                    SourceKind.BUILDINGS,
                    "BAG-panden en verblijfsobjecten met adressen, gebruiksdoelen en oppervlakten (tabellen pand en verblijfsobject)"),
            new SampleFile(
                    THREE_D_BAG_FILE,
                    SourceKind.ROOFS,
                    "3D BAG-dakgegevens per pand en dakvlakken met hellingshoek en azimut (tabellen pand en lod22_2d)"),
            new SampleFile(EP_ONLINE_FILE, SourceKind.LABELS, "Geregistreerde energielabels uit EP-Online"),
            new SampleFile(
                    GRID_FILE, SourceKind.GRID, "Netcapaciteit voor afname en invoeding van Enexis (capaciteitskaart)"),
            new SampleFile(KVK_FILE, SourceKind.COMPANIES, "Bedrijven op het terrein uit het KvK Handelsregister"));

    private SampleData() {}

    /** The sample files in import order, main file only. */
    public static List<SampleFile> files() {
        return FILES;
    }

    /** Every file name on the classpath, sidecars included, that {@link #extractTo(Path)} copies. */
    public static List<String> allFileNames() {
        return java.util.stream.Stream.concat(
                        SHAPEFILE_PARTS.stream(),
                        FILES.stream().map(SampleFile::fileName).filter(f -> !f.equals(IBIS_FILE)))
                .toList();
    }

    /**
     * Copies every sample file (the shapefile with its sidecars) into the directory, replacing files
     * of the same name.
     *
     * @return the directory
     */
    public static Path extractTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : allFileNames()) {
            try (InputStream in = open(name)) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    /** The park's RIN number, the id the imported park gets. */
    public static String parkId() {
        return "0106004";
    }

    /** The park's name as the IBIS file (PLAN_NAAM) and so the imported park give it. */
    public static String parkName() {
        return "De Vaart";
    }

    /** The number of records per project layer after importing every file (from counts.properties). */
    public static SampleCounts counts() {
        try (InputStream in = open(COUNTS_FILE)) {
            Properties p = new Properties();
            p.load(in);
            return SampleCounts.fromProperties(p);
        } catch (IOException e) {
            throw new UncheckedIOException("voorbeeldaantallen niet leesbaar: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = SampleData.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new IOException("voorbeeldbestand " + name + " ontbreekt op het classpath (" + RESOURCE_DIR + ")");
        }
        return in;
    }
}

package nl.kansenkaart.io.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.linuxense.javadbf.DBFDataType;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.kansenkaart.io.crs.CrsGuess;
import nl.kansenkaart.io.shapefile.ShpTestWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKTReader;

/**
 * A corpus of broken files, each made from a good one, read through the SPI the way an import
 * does (detect, open every layer, read every feature, settle the CRS), each with its Dutch message.
 */
class BrokenFilesTest {

    @TempDir
    static Path dir;

    /** Writes a broken file and returns it. */
    @FunctionalInterface
    interface Maker {
        Path make(Path dir) throws Exception;
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of(
                        "GeoJSON met kapotte JSON in object 3",
                        (Maker) BrokenFilesTest::badJson,
                        "kapot.geojson, object 3: ongeldige JSON bij regel 4, kolom 87"),
                Arguments.of(
                        "afgebroken .shp",
                        (Maker) BrokenFilesTest::truncatedShp,
                        "kort.shp, object 17: shapefile afgebroken bij object 17"),
                Arguments.of(
                        "onleesbare .dbf",
                        (Maker) BrokenFilesTest::unreadableDbf,
                        "vakken.dbf: het attributenbestand vakken.dbf (.dbf) is onleesbaar"),
                Arguments.of(
                        "onbekend stelsel in .prj",
                        (Maker) BrokenFilesTest::unknownPrj,
                        "lambert.shp: onbekend coördinatenstelsel \"PROJCS[\"Belge_Lambert_1972\""),
                Arguments.of(
                        "CSV-rij met te weinig velden",
                        (Maker) BrokenFilesTest::shortCsvRow,
                        "labels.csv, object 2: rij heeft 3 velden, de kopregel heeft er 4 (regel 3)"),
                Arguments.of(
                        "zip zonder CSV",
                        (Maker) BrokenFilesTest::zipWithoutCsv,
                        "export.zip: onbekend bestandsformaat; ondersteund zijn GeoPackage, ESRI Shapefile, CityJSON,"
                                + " Capaciteitskaart-JSON, GeoJSON, CSV"),
                Arguments.of(
                        "GeoJSON met RD-coördinaten buiten Nederland zonder stelsel",
                        (Maker) BrokenFilesTest::farAway,
                        "ver.csv: het bestand noemt geen coördinatenstelsel en de coördinaten"),
                Arguments.of(
                        "CityJSONSeq met kapotte regel",
                        (Maker) BrokenFilesTest::badCityJsonLine,
                        "kapot.city.jsonl, object 1: ongeldige JSON bij regel 2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void every_broken_file_gets_its_dutch_message(String what, Maker maker, String expected) throws Exception {
        Path file = maker.make(dir);
        assertThatThrownBy(() -> readThrough(file))
                .as(what)
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(expected);
    }

    /** What an import does with a file, minus the mapping and the store. */
    static long readThrough(Path file) throws Exception {
        FormatProvider provider = Formats.detect(file);
        long count = 0;
        for (String name : provider.layerNames(file)) {
            try (FeatureLayer layer = provider.open(file, name)) {
                Envelope seen = new Envelope();
                for (Optional<SourceFeature> f = layer.next(); f.isPresent(); f = layer.next()) {
                    f.get().geometry().ifPresent(g -> seen.expandToInclude(g.getEnvelopeInternal()));
                    count++;
                }
                if (!seen.isNull()) {
                    CrsGuess.resolve(file, layer.crs(), seen);
                }
            }
        }
        return count;
    }

    private static Path badJson(Path dir) throws Exception {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 1; i <= 4; i++) {
            String coordinates = i == 3 ? "[5.1, 52.1,]" : "[5.1, 52.1]";
            json.append("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":")
                    .append(coordinates)
                    .append("}}")
                    .append(i < 4 ? ",\n" : "\n");
        }
        Path file = dir.resolve("kapot.geojson");
        Files.writeString(file, json.append("]}").toString());
        return file;
    }

    private static Path shapefile(Path dir, String name, int records) throws Exception {
        WKTReader wkt = new WKTReader();
        List<ShpTestWriter.Row> rows = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            int x = 155_000 + 10 * i;
            rows.add(new ShpTestWriter.Row(
                    wkt.read("POLYGON ((" + x + " 463000, " + x + " 463010, " + (x + 10) + " 463010, " + (x + 10)
                            + " 463000, " + x + " 463000))"),
                    "vak " + i));
        }
        Path shp = dir.resolve(name + ".shp");
        ShpTestWriter.write(
                shp,
                5,
                List.of(ShpTestWriter.field("NAAM", DBFDataType.CHARACTER, 12, 0)),
                rows,
                StandardCharsets.UTF_8);
        return shp;
    }

    private static Path truncatedShp(Path dir) throws Exception {
        Path shp = shapefile(dir, "kort", 20);
        long record = (Files.size(shp) - 100) / 20;
        try (RandomAccessFile f = new RandomAccessFile(shp.toFile(), "rw")) {
            f.setLength(100 + 16 * record + 20);
        }
        return shp;
    }

    private static Path unreadableDbf(Path dir) throws Exception {
        Path shp = shapefile(dir, "vakken", 3);
        Files.write(dir.resolve("vakken.dbf"), new byte[] {1, 2, 3});
        return shp;
    }

    private static Path unknownPrj(Path dir) throws Exception {
        Path shp = shapefile(dir, "lambert", 3);
        Files.writeString(
                dir.resolve("lambert.prj"),
                "PROJCS[\"Belge_Lambert_1972\",GEOGCS[\"GCS_Belge_1972\"],PROJECTION[\"Lambert_Conformal_Conic\"]]");
        return shp;
    }

    private static Path shortCsvRow(Path dir) throws Exception {
        Path file = dir.resolve("labels.csv");
        Files.writeString(file, "postcode;huisnummer;klasse;x\n7461AB;12;C;233150\n7461AB;14;A\n");
        return file;
    }

    private static Path zipWithoutCsv(Path dir) throws Exception {
        Path zip = dir.resolve("export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("export/toelichting.pdf"));
            out.write("%PDF".getBytes(StandardCharsets.US_ASCII));
        }
        return zip;
    }

    private static Path farAway(Path dir) throws Exception {
        Path file = dir.resolve("ver.csv");
        Files.writeString(file, "naam;x;y\nergens;812345;5123456\n");
        return file;
    }

    private static Path badCityJsonLine(Path dir) throws Exception {
        Path file = dir.resolve("kapot.city.jsonl");
        Files.writeString(
                file,
                "{\"type\":\"CityJSON\",\"version\":\"2.0\",\"transform\":{\"scale\":[0.001,0.001,0.001],"
                        + "\"translate\":[0,0,0]},\"CityObjects\":{},\"vertices\":[]}\n"
                        + "{\"type\":\"CityJSONFeature\",\"CityObjects\":{\"a\":{\"type\":\"Building\"}},\"vertices\":[[1,2,]]}\n");
        return file;
    }

    @org.junit.jupiter.api.Test
    void a_good_file_of_each_kind_reads_through_without_complaint() throws Exception {
        Path shp = shapefile(Files.createDirectories(dir.resolve("goed")), "goed", 5);
        assertThat(readThrough(shp)).isEqualTo(5);
        Path csv = dir.resolve("goed.csv");
        Files.writeString(csv, "naam;x;y\nhal;155000;463000\n");
        assertThat(readThrough(csv)).isEqualTo(1);
    }
}

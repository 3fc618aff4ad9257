package nl.kansenkaart.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.kansenkaart.io.source.FeatureLayer;
import nl.kansenkaart.io.source.Formats;
import nl.kansenkaart.io.source.SharedData;
import nl.kansenkaart.io.source.SourceException;
import nl.kansenkaart.io.source.SourceFeature;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

class CsvFormatTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** Shaped like an EP-Online export: preamble lines, ';', Windows-1252, quoted fields. */
    private static final String EP_ONLINE = String.join(
            "\r\n",
            "Energielabels bedrijventerrein Kanaalzone",
            "Peildatum;2024-01-01",
            "",
            "Pand_postcode;Pand_huisnummer;Pand_gebouwklasse;Pand_energieklasse;Pand_opmerking;x;y",
            "7461AB;12;Utiliteitsbouw;C;\"kantoor; begane grond\";233150,5;483900,25",
            "7461AB;14;Utiliteitsbouw;A++;\"zei \"\"ja\"\"\nen nee\";233160;483910",
            "7461AC;1;Utiliteitsbouw;;café;;",
            "");

    @TempDir
    Path dir;

    private final CsvFormat format = new CsvFormat();

    private static List<SourceFeature> readAll(FeatureLayer layer) throws SourceException {
        List<SourceFeature> all = new ArrayList<>();
        for (Optional<SourceFeature> f = layer.next(); f.isPresent(); f = layer.next()) {
            all.add(f.get());
        }
        return all;
    }

    @Test
    void an_ep_online_style_export_skips_its_preamble_and_reads_cp1252_quoted_fields_and_rd_points() throws Exception {
        Path file = dir.resolve("ep-online.csv");
        Files.write(file, EP_ONLINE.getBytes(CP1252));
        assertThat(Formats.detect(file)).isInstanceOf(CsvFormat.class);
        try (CsvLayer layer = format.open(file)) {
            assertThat(layer.delimiter()).isEqualTo(';');
            assertThat(layer.charset()).isEqualTo(CP1252);
            assertThat(layer.fieldNames())
                    .containsExactly(
                            "Pand_postcode",
                            "Pand_huisnummer",
                            "Pand_gebouwklasse",
                            "Pand_energieklasse",
                            "Pand_opmerking",
                            "x",
                            "y");
            assertThat(layer.crs().epsg()).hasValue(28992);
            List<SourceFeature> rows = readAll(layer);
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).attributes())
                    .containsEntry("Pand_opmerking", "kantoor; begane grond")
                    .containsEntry("Pand_huisnummer", "12");
            Point p = (Point) rows.get(0).geometry().orElseThrow();
            assertThat(p.getX()).isEqualTo(233150.5);
            assertThat(p.getY()).isEqualTo(483900.25);
            assertThat(p.getSRID()).isEqualTo(28992);
            assertThat(rows.get(1).attributes()).containsEntry("Pand_opmerking", "zei \"ja\"\nen nee");
            assertThat(rows.get(2).attributes())
                    .containsEntry("Pand_opmerking", "café")
                    .doesNotContainKeys("Pand_energieklasse", "x", "y");
            assertThat(rows.get(2).geometry()).isEmpty();
            assertThat(rows.get(2).number()).isEqualTo(3);
        }
    }

    @Test
    void utf8_with_bom_comma_delimited_lon_lat_gives_wgs84_points() throws Exception {
        Path file = dir.resolve("kvk.csv");
        byte[] text = ("naam,plaats,longitude,latitude\n"
                        + "Bakkerij Één,Rijssen,6.52,52.30\n"
                        + "\"Smit, Jansen & Co\",Holten,6.42,52.28\n")
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write(text);
        }
        try (CsvLayer layer = format.open(file)) {
            assertThat(layer.delimiter()).isEqualTo(',');
            assertThat(layer.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(layer.fieldNames().get(0)).isEqualTo("naam");
            assertThat(layer.crs().epsg()).hasValue(4326);
            List<SourceFeature> rows = readAll(layer);
            assertThat(rows.get(0).attributes()).containsEntry("naam", "Bakkerij Één");
            assertThat(rows.get(1).attributes()).containsEntry("naam", "Smit, Jansen & Co");
            assertThat(((Point) rows.get(1).geometry().orElseThrow()).getX()).isEqualTo(6.42);
        }
    }

    @Test
    void a_tab_delimited_file_without_coordinates_has_no_geometry_and_no_crs() throws Exception {
        Path file = dir.resolve("lijst.txt");
        Files.writeString(file, "kvk\tnaam\tsbi\n12345678\tA B.V.\t4711\n87654321\tC\t\n");
        try (CsvLayer layer = format.open(file)) {
            assertThat(layer.delimiter()).isEqualTo('\t');
            assertThat(layer.crs().epsg()).isEmpty();
            List<SourceFeature> rows = readAll(layer);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).attributes()).containsOnlyKeys("kvk", "naam");
            assertThat(rows.get(0).geometry()).isEmpty();
        }
    }

    @Test
    void a_zip_holding_one_csv_is_read_as_that_csv() throws Exception {
        Path zip = dir.resolve("ep-online.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("export/leesmij.pdf"));
            out.write("geen csv".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("export/v20240101_v2.csv"));
            out.write(EP_ONLINE.getBytes(CP1252));
            out.closeEntry();
        }
        assertThat(Formats.detect(zip)).isInstanceOf(CsvFormat.class);
        try (FeatureLayer layer = Formats.detect(zip).open(zip, "ep-online")) {
            assertThat(readAll(layer)).hasSize(3);
            assertThat(layer.crs().epsg()).hasValue(28992);
        }
    }

    @Test
    void a_row_with_the_wrong_field_count_is_refused_naming_row_and_line() throws Exception {
        Path file = dir.resolve("scheef.csv");
        Files.writeString(file, "a;b;c\n1;2;3\n4;5;6\n7;8\n9;10;11\n");
        try (CsvLayer layer = format.open(file)) {
            layer.next();
            layer.next();
            assertThatThrownBy(layer::next)
                    .isInstanceOf(SourceException.class)
                    .hasMessage("scheef.csv, object 3: rij heeft 2 velden, de kopregel heeft er 3 (regel 4)");
        }
    }

    @Test
    void a_zip_without_a_csv_is_refused_in_dutch() throws Exception {
        Path zip = dir.resolve("leeg.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("leesmij.pdf"));
            out.write(1);
        }
        assertThatThrownBy(() -> format.open(zip))
                .isInstanceOf(SourceException.class)
                .hasMessage("leeg.zip: het zip-bestand bevat geen CSV-bestand (.csv)");
        assertThatThrownBy(() -> Formats.detect(zip))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("leeg.zip: onbekend bestandsformaat");
    }

    @Test
    void an_unclosed_quote_is_refused_with_its_row() throws Exception {
        Path file = dir.resolve("quote.csv");
        Files.writeString(file, "a,b\n1,2\n3,\"open\n");
        try (CsvLayer layer = format.open(file)) {
            layer.next();
            assertThatThrownBy(layer::next)
                    .hasMessageStartingWith(
                            "quote.csv, object 2: een veld tussen aanhalingstekens wordt niet afgesloten");
        }
    }

    @Tag("realdata")
    @Test
    void ep_online_joins_with_lon_lat_under_x_y_names_give_wgs84_points() throws Exception {
        Path loenen = SharedData.file("ep-online-joined/residence_objects_loenen_derived.csv");
        try (CsvLayer layer = format.open(loenen)) {
            assertThat(layer.crs().epsg()).hasValue(4326);
            List<SourceFeature> rows = readAll(layer);
            assertThat(rows).hasSize(1495);
            assertThat(rows.get(0).attributes()).containsEntry("verblijfsobjectID", "0200010000020776");
            assertThat(rows.stream().filter(r -> r.geometry().isPresent())).hasSize(1495);
        }
        Path tilburg = SharedData.file("ep-online-joined/afrikaanderbuurt_tilburg_labels_derived.csv");
        try (CsvLayer layer = format.open(tilburg)) {
            List<SourceFeature> rows = readAll(layer);
            assertThat(rows).hasSize(1200);
            assertThat(rows.stream().filter(r -> "C".equals(r.attributes().get("energieklasse"))))
                    .hasSize(316);
            assertThat(((Point) rows.get(0).geometry().orElseThrow()).getY()).isBetween(51.5, 51.6);
        }
        Path vrucht = SharedData.file("ep-online-joined/residence_objects_vruchtenbuurt_derived.csv");
        try (CsvLayer layer = format.open(vrucht)) {
            assertThat(readAll(layer)).hasSize(3504);
        }
    }

    @Tag("realdata")
    @Test
    void the_label_limits_table_keeps_quoted_dutch_decimals_as_text() throws Exception {
        Path file = SharedData.file("energielabel-grenswaarden/Energy_Labels.csv");
        try (CsvLayer layer = format.open(file)) {
            List<SourceFeature> rows = readAll(layer);
            assertThat(rows).hasSize(12);
            assertThat(layer.fieldNames()).hasSize(12).contains("Kantoor");
            SourceFeature c = rows.stream()
                    .filter(r -> "C".equals(r.attributes().get("Letter of Lettercombinatie")))
                    .findFirst()
                    .orElseThrow();
            assertThat(c.attributes()).containsEntry("Kantoor", "200,01 t/m 225,00");
            assertThat(c.geometry()).isEmpty();
        }
    }
}

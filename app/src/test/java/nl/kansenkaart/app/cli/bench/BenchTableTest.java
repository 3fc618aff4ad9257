package nl.kansenkaart.app.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BenchTableTest {

    @Test
    void columns_line_up_whatever_the_width_of_the_values() {
        BenchTable table = new BenchTable("bench import")
                .add("panden per seconde", "123.456", "panden/s", ">= 2x ogr2ogr")
                .add("piekgeheugen", "88", "MB", "< 512 MB");
        StringWriter text = new StringWriter();

        table.print(new PrintWriter(text), "meting", "waarde", "eenheid", "doel");

        String[] lines = text.toString().split("\\R");
        assertThat(lines[0]).isEqualTo("bench import");
        assertThat(lines[1])
                .startsWith("meting")
                .contains("waarde")
                .contains("eenheid")
                .endsWith("doel");
        assertThat(lines[3]).isEqualTo("panden per seconde  123.456  panden/s  >= 2x ogr2ogr");
        assertThat(lines[4]).isEqualTo("piekgeheugen             88  MB        < 512 MB");
    }

    @Test
    void a_row_needs_a_name() {
        assertThatThrownBy(() -> new BenchTable("x").add(" ", "1", "s", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

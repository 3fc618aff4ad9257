package nl.kansenkaart.io.geopackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rows inserted in groups per statement arrive as if inserted one by one, remainder included. */
class RowInserterTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 16})
    void every_row_arrives_in_order_with_its_values_whatever_the_group_size(int rowsPerStatement) throws Exception {
        try (Connection c = GeoPackageWriter.open(dir.resolve("r" + rowsPerStatement + ".sqlite"))) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (fid INTEGER PRIMARY KEY AUTOINCREMENT, naam TEXT, waarde REAL, blob BLOB)");
            }
            c.setAutoCommit(false);
            int rows = 4_000 * 2 + 37; // two full JDBC batches and a remainder that is no whole group
            try (RowInserter in =
                    new RowInserter(c, "t", false, 28992, List.of("naam", "waarde", "blob"), false, rowsPerStatement)) {
                for (int i = 0; i < rows; i++) {
                    in.addRow(
                            "rij " + i,
                            i % 3 == 0 ? OptionalDouble.empty() : OptionalDouble.of(i / 2.0),
                            i % 5 == 0 ? Optional.empty() : Optional.of(new byte[] {(byte) i}));
                    if (i == 100) {
                        in.flush(); // a flush in the middle leaves nothing behind and nothing twice
                    }
                }
                assertThat(in.count()).isEqualTo(rows);
            }
            c.commit();
            List<String> read = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT fid, naam, waarde, blob FROM t ORDER BY fid")) {
                while (rs.next()) {
                    read.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getObject(3) + "|"
                            + (rs.getBytes(4) == null ? "null" : Byte.toString(rs.getBytes(4)[0])));
                }
            }
            assertThat(read).hasSize(rows);
            for (int i : new int[] {0, 1, 15, 16, 100, 101, rows - 1}) {
                assertThat(read.get(i))
                        .isEqualTo((i + 1) + "|rij " + i + "|" + (i % 3 == 0 ? "null" : Double.toString(i / 2.0)) + "|"
                                + (i % 5 == 0 ? "null" : Byte.toString((byte) i)));
            }
            assertThat(sequence(c)).isEqualTo(rows);
        }
    }

    private static long sequence(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT seq FROM sqlite_sequence WHERE name = 't'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package nl.kansenkaart.io.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Schema version 5: the companies' {@value ProjectSchema#SEARCH_COLUMN} column, their name, KvK number
 * and address in searchable form, so "Bedrijf koppelen…" finds "Café De Gröene Ĳssel" when a
 * consultant types "cafe groene ijssel". Older files get the column and its values when they open.
 */
final class CompanySearchColumn {
    static final Migration MIGRATION = new Migration(
            4,
            "kolom " + ProjectSchema.SEARCH_COLUMN + " in " + ProjectSchema.COMPANIES
                    + " toegevoegd (zoeken zonder hoofdletters en accenten)",
            CompanySearchColumn::addAndFill);

    private static final int BATCH = 10_000;

    private CompanySearchColumn() {}

    private static void addAndFill(Connection c) throws SQLException {
        if (!ProjectStore.hasColumn(c, ProjectSchema.COMPANIES, ProjectSchema.SEARCH_COLUMN)) {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE " + ProjectSchema.COMPANIES + " ADD COLUMN " + ProjectSchema.SEARCH_COLUMN
                        + " TEXT");
            }
        }
        try (Statement read = c.createStatement();
                ResultSet rs = read.executeQuery(
                        "SELECT rowid, naam, kvk_nummer, straat, huisnummer, huisletter, postcode, woonplaats FROM "
                                + ProjectSchema.COMPANIES);
                PreparedStatement write = c.prepareStatement("UPDATE " + ProjectSchema.COMPANIES + " SET "
                        + ProjectSchema.SEARCH_COLUMN + " = ? WHERE rowid = ?")) {
            int pending = 0;
            while (rs.next()) {
                int number = rs.getInt(5);
                Integer houseNumber = rs.wasNull() ? null : number;
                write.setString(
                        1,
                        SearchText.ofCompany(
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                houseNumber,
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8)));
                write.setLong(2, rs.getLong(1));
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}

package nl.kansenkaart.io.store;

import static nl.kansenkaart.io.geopackage.Column.of;
import static nl.kansenkaart.io.geopackage.Column.required;
import static nl.kansenkaart.io.geopackage.ColumnType.DATETIME;
import static nl.kansenkaart.io.geopackage.ColumnType.INTEGER;
import static nl.kansenkaart.io.geopackage.ColumnType.REAL;
import static nl.kansenkaart.io.geopackage.ColumnType.TEXT;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The analysis result tables of the project file. They are created by the first {@code analyse}
 * (not by {@link ProjectStore#create}): a project simply has no results until it is analysed. A
 * result table added later comes with a migration that adds it to files analysed before (see
 * {@link KansenTables#MIGRATION}), so every analysed file has all of them. Each row carries the park
 * it was computed for; a new analysis of a park replaces that park's rows.
 */
final class ResultTables {
    static final String PARK_COLUMN = "park_id";
    static final String SOLAR = "zon_op_dak";
    static final String LABEL_C = "label_c";
    static final String OBLIGATIONS = "verplichtingen";
    static final String ASSUMPTIONS = "aannames";

    /** The result tables, in the order layerCounts() lists them after the imported ones. */
    static final List<Table> TABLES = List.of(
            Table.result(
                    SOLAR,
                    "Zon op dak per pand (resultaat van kansenkaart analyse)",
                    List.of(
                            required("pand_id", TEXT),
                            required("methode", TEXT),
                            required("bruikbaar_m2", REAL),
                            required("panelen", INTEGER),
                            required("kwp", REAL),
                            required("kwh_per_jaar", REAL),
                            required("co2_kg_per_jaar", REAL),
                            required("investering_eur", REAL),
                            required("besparing_eur_per_jaar", REAL),
                            of("terugverdientijd_jaar", REAL),
                            required("gh1", INTEGER),
                            required("invoeding_beperkt", INTEGER),
                            required("constructiecheck", INTEGER),
                            required("toelichting", TEXT),
                            required(PARK_COLUMN, TEXT))),
            Table.result(
                    LABEL_C,
                    "Labelplicht kantoren (label C) per pand (resultaat van kansenkaart analyse)",
                    List.of(
                            required("pand_id", TEXT),
                            required("kantoor_m2", REAL),
                            required("totaal_m2", REAL),
                            of("aandeel", REAL),
                            required("uitkomst", TEXT),
                            of("label", TEXT),
                            required("toelichting", TEXT),
                            required(PARK_COLUMN, TEXT))),
            Table.result(
                    OBLIGATIONS,
                    "Geschat energiegebruik, verplichtingen en netcapaciteit per pand (resultaat van kansenkaart"
                            + " analyse)",
                    List.of(
                            required("pand_id", TEXT),
                            required("elektriciteit_kwh", REAL),
                            required("gas_m3", REAL),
                            required("bron", TEXT),
                            required("besparingsplicht", TEXT),
                            required("onderzoeksplicht", TEXT),
                            of("netgebied", TEXT),
                            required("afname", TEXT),
                            required("invoeding", TEXT),
                            required("toelichting", TEXT),
                            required(PARK_COLUMN, TEXT))),
            KansenTables.INDIVIDUAL_TABLE,
            KansenTables.COLLECTIVE_TABLE,
            SolarParkTable.TABLE,
            new Table(
                    ASSUMPTIONS,
                    Optional.empty(),
                    List.of(
                            required(PARK_COLUMN, TEXT),
                            required("analyse", TEXT),
                            required("tekst", TEXT),
                            required("berekend_op", DATETIME)),
                    List.of(new Table.Index("aannames_park", false, List.of(PARK_COLUMN))),
                    false,
                    "Uitgangspunten waarmee de resultaten per park zijn berekend"));

    private ResultTables() {}

    /** Whether the first analysis has created the tables already. */
    static boolean exist(Connection connection) throws SQLException {
        return ProjectStore.tableExists(connection, SOLAR);
    }

    /** Creates the tables that are missing, with the project's own table creator. */
    static void createMissing(Connection connection, Instant now) throws SQLException {
        for (Table t : TABLES) {
            if (!ProjectStore.tableExists(connection, t.name())) {
                ProjectSchema.createTable(connection, t, now);
            }
        }
    }
}

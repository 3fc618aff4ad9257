package nl.kansenkaart.io.store;

import static nl.kansenkaart.io.geopackage.Column.of;
import static nl.kansenkaart.io.geopackage.Column.required;
import static nl.kansenkaart.io.geopackage.ColumnType.INTEGER;
import static nl.kansenkaart.io.geopackage.ColumnType.REAL;
import static nl.kansenkaart.io.geopackage.ColumnType.TEXT;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The two kansenkaart layers of the project file: the opportunities of one pand (on its footprint)
 * and the collective ones (on the tight polygon around their members). Both are result tables: one
 * row per opportunity, carrying the park, replaced per park by a new analysis. Added in schema
 * version 2 ({@link #MIGRATION}).
 */
final class KansenTables {
    static final String INDIVIDUAL = "kansen_individueel";
    static final String COLLECTIVE = "kansen_collectief";

    static final Table INDIVIDUAL_TABLE = Table.result(
            INDIVIDUAL,
            "Kansen per pand: zon op dak, GH1, constructieve check, label C, besparingsplicht (resultaat van"
                    + " kansenkaart analyse)",
            List.of(
                    required("kans_id", TEXT),
                    required("soort", TEXT),
                    required("soort_naam", TEXT),
                    required("pand_id", TEXT),
                    required("titel", TEXT),
                    of("grootteklasse", TEXT),
                    required("score", REAL),
                    required("score_impact", REAL),
                    required("score_urgentie", REAL),
                    required("score_haalbaarheid", REAL),
                    required("plicht", INTEGER),
                    required("kwp", REAL),
                    required("mwh_per_jaar", REAL),
                    required("investering_eur", REAL),
                    required("co2_kg_per_jaar", REAL),
                    required("aantal_bedrijven", INTEGER),
                    required("bedrijven", TEXT),
                    required("bedrijf_ids", TEXT),
                    required("toelichting", TEXT),
                    required(ResultTables.PARK_COLUMN, TEXT)));

    static final Table COLLECTIVE_TABLE = Table.result(
            COLLECTIVE,
            "Collectieve kansen van het park: inkoop zon, energiehub, label C, besparen, warmte (resultaat van"
                    + " kansenkaart analyse)",
            List.of(
                    required("kans_id", TEXT),
                    required("soort", TEXT),
                    required("soort_naam", TEXT),
                    required("nummer", INTEGER),
                    required("titel", TEXT),
                    required("aantal_panden", INTEGER),
                    required("pand_ids", TEXT),
                    required("rollen", TEXT),
                    required("aantal_bedrijven", INTEGER),
                    required("bedrijven", TEXT),
                    required("kwp", REAL),
                    required("mwh_per_jaar", REAL),
                    required("investering_eur", REAL),
                    required("co2_kg_per_jaar", REAL),
                    required("elektriciteit_kwh", REAL),
                    required("gas_m3", REAL),
                    required("oppervlakte_m2", REAL),
                    required("toelichting", TEXT),
                    required(ResultTables.PARK_COLUMN, TEXT)));

    static final List<Table> TABLES = List.of(INDIVIDUAL_TABLE, COLLECTIVE_TABLE);

    /**
     * Version 1 to 2: a file that was analysed before has the other result tables; it gets the two
     * kansen tables (empty until the next analysis) so every result layer is there together. A file
     * never analysed gets all result tables on its first analysis, as before.
     */
    static final Migration MIGRATION = new Migration(
            1, "kansenlagen kansen_individueel en kansen_collectief toevoegen", KansenTables::addToAnalysedFile);

    private KansenTables() {}

    private static void addToAnalysedFile(Connection connection) throws SQLException {
        if (!ResultTables.exist(connection)) {
            return;
        }
        Instant now = Instant.now();
        for (Table t : TABLES) {
            if (!ProjectStore.tableExists(connection, t.name())) {
                ProjectSchema.createTable(connection, t, now);
            }
        }
    }
}

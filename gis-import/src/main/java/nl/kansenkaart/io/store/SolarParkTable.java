package nl.kansenkaart.io.store;

import static nl.kansenkaart.io.geopackage.Column.of;
import static nl.kansenkaart.io.geopackage.Column.required;
import static nl.kansenkaart.io.geopackage.ColumnType.DATETIME;
import static nl.kansenkaart.io.geopackage.ColumnType.INTEGER;
import static nl.kansenkaart.io.geopackage.ColumnType.REAL;
import static nl.kansenkaart.io.geopackage.ColumnType.TEXT;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.kansenkaart.core.solar.SolarReport;
import nl.kansenkaart.core.solar.SolarTotals;

/**
 * The park-level solar figures (zon_op_dak_terrein): one attribute row per analysed park with the solar
 * totals and the share of the park's estimated electricity use, so QGIS and a reopened project see
 * what {@code analyse} printed. A result table like the others (replaced per park by a new analysis);
 * added to files analysed before by schema version 4 ({@link #MIGRATION}).
 */
final class SolarParkTable {
    static final String NAME = "zon_op_dak_terrein";

    static final Table TABLE = new Table(
            NAME,
            Optional.empty(),
            List.of(
                    required(ResultTables.PARK_COLUMN, TEXT),
                    required("naam", TEXT),
                    required("uitgangspunten", TEXT),
                    required("panden_beoordeeld", INTEGER),
                    required("panden_niet_beoordeeld", INTEGER),
                    required("bruikbaar_m2", REAL),
                    required("panelen", INTEGER),
                    required("kwp", REAL),
                    required("mwh_per_jaar", REAL),
                    required("investering_eur", REAL),
                    required("besparing_eur_per_jaar", REAL),
                    required("co2_kg_per_jaar", REAL),
                    required("gh1_daken", INTEGER),
                    required("daken_ongeschikt", INTEGER),
                    of("geschat_gebruik_mwh_per_jaar", REAL),
                    of("aandeel_geschat_gebruik", REAL),
                    required("toelichting", TEXT),
                    required("berekend_op", DATETIME)),
            List.of(new Table.Index(NAME + "_park", false, List.of(ResultTables.PARK_COLUMN))),
            false,
            "Zon op dak per bedrijventerrein: totalen en aandeel in het geschatte elektriciteitsgebruik (een"
                    + " schatting; resultaat van kansenkaart analyse)");

    /**
     * Version 3 to 4: a file analysed before gets the table (empty until the park's next analysis),
     * so every analysed file has all result tables; a file never analysed gets it on its first analysis.
     */
    static final Migration MIGRATION =
            new Migration(3, "tabel " + NAME + " toevoegen (zon op dak per bedrijventerrein)", c -> {
                if (ResultTables.exist(c) && !ProjectStore.tableExists(c, NAME)) {
                    ProjectSchema.createTable(c, TABLE, Instant.now());
                }
            });

    private SolarParkTable() {}

    /** The park's row, prepared like the other result rows ({@link PreparedResults}). */
    static TableRows rows(AnalysisResults r) {
        SolarReport s = r.solar();
        SolarTotals t = s.totals();
        TableRows rows = new TableRows();
        rows.addRow(
                r.parkId(),
                s.parkName(),
                s.assumptions().name(),
                t.buildingsAssessed(),
                t.buildingsNotAssessed(),
                t.usableRoofAreaM2(),
                t.panels(),
                t.peakPowerKwp(),
                t.yieldMwhPerYear(),
                t.investmentEur(),
                t.yearlySavingsEur(),
                t.co2AvoidedKgPerYear(),
                t.gh1Roofs(),
                t.roofsMarkedUnsuitable(),
                s.parkElectricityUseMwhPerYear(),
                s.shareOfParkElectricityUse(),
                s.shareLine(),
                r.computedAt());
        return rows;
    }

    /** The stored row of the park, read back. */
    static ParkSolarFigures read(ResultSet rs) throws SQLException {
        SolarTotals totals = new SolarTotals(
                rs.getInt("panden_beoordeeld"),
                rs.getInt("panden_niet_beoordeeld"),
                rs.getDouble("bruikbaar_m2"),
                rs.getLong("panelen"),
                rs.getDouble("kwp"),
                rs.getDouble("mwh_per_jaar"),
                rs.getDouble("investering_eur"),
                rs.getDouble("besparing_eur_per_jaar"),
                rs.getDouble("co2_kg_per_jaar"),
                rs.getInt("gh1_daken"),
                rs.getInt("daken_ongeschikt"));
        return new ParkSolarFigures(
                rs.getString(ResultTables.PARK_COLUMN),
                rs.getString("naam"),
                rs.getString("uitgangspunten"),
                totals,
                optional(rs, "geschat_gebruik_mwh_per_jaar"),
                optional(rs, "aandeel_geschat_gebruik"),
                rs.getString("toelichting"),
                Instant.parse(rs.getString("berekend_op")));
    }

    private static OptionalDouble optional(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}

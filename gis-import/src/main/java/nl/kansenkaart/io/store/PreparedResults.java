package nl.kansenkaart.io.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kansenkaart.core.model.Building;

/**
 * One park's results as the rows of the result tables: footprints encoded once, texts built,
 * boxes for the R-trees taken from the geometries. Making them is most of the work of storing a
 * park and needs no connection, so a chain makes them on its analysis thread and the one SQLite
 * writer only binds and steps ({@link ProjectStore#savePrepared}).
 */
public final class PreparedResults {
    private final String parkId;
    private final Instant computedAt;
    private final Map<String, TableRows> tables;

    private PreparedResults(String parkId, Instant computedAt, Map<String, TableRows> tables) {
        this.parkId = parkId;
        this.computedAt = computedAt;
        this.tables = tables;
    }

    /** Builds the rows of every result table for these results. */
    public static PreparedResults of(AnalysisResults r) {
        Map<String, Footprint> footprints = new HashMap<>();
        for (Building b : r.snapshot().buildings()) {
            footprints.put(b.id(), Footprint.of(b.footprint()));
        }
        Map<String, TableRows> tables = new LinkedHashMap<>();
        tables.put(ResultTables.SOLAR, BuildingRows.solar(r, footprints));
        tables.put(ResultTables.LABEL_C, BuildingRows.labels(r, footprints));
        tables.put(ResultTables.OBLIGATIONS, BuildingRows.obligations(r, footprints));
        tables.put(KansenTables.INDIVIDUAL, KansenRows.individual(r.kansen(), r.parkId(), footprints));
        tables.put(KansenTables.COLLECTIVE, KansenRows.collective(r.kansen(), r.parkId()));
        TableRows assumptions = new TableRows();
        for (AnalysisResults.AssumptionText a : r.assumptions()) {
            assumptions.addRow(r.parkId(), a.analysis(), a.text(), r.computedAt());
        }
        tables.put(ResultTables.ASSUMPTIONS, assumptions);
        tables.put(SolarParkTable.NAME, SolarParkTable.rows(r));
        return new PreparedResults(r.parkId(), r.computedAt(), tables);
    }

    /** The park the rows are stored under. */
    public String parkId() {
        return parkId;
    }

    /** When the analyses ran. */
    public Instant computedAt() {
        return computedAt;
    }

    /** The rows for one result table (every table of {@link ResultTables#TABLES} has an entry). */
    TableRows rows(String table) {
        TableRows rows = tables.get(table);
        if (rows == null) {
            throw new IllegalArgumentException("geen rijen voor resultaattabel " + table);
        }
        return rows;
    }
}

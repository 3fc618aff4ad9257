package nl.kansenkaart.io.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kansenkaart.core.model.BagIds;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.GridPostcode;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.RoofPart;
import nl.kansenkaart.core.model.RoofSummary;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.io.geopackage.GeoPackageSchema;
import nl.kansenkaart.io.geopackage.RowInserter;
import org.locationtech.jts.geom.Geometry;

/**
 * One import of one source into the project, in one SQLite transaction. Records stream in through
 * JDBC batches; a record whose id is already present replaces the older row (newest wins).
 * {@link #commit} writes the provenance and commits; {@link #close} without a commit rolls back, so
 * the file stays byte-for-byte as it was.
 *
 * <p>During the session the R-tree triggers are dropped and the index is brought up to date at
 * commit: with a live R-tree, bulk inserts are about 2.5 times slower (TOOLCHAIN.md).
 */
public final class ImportSession implements AutoCloseable {
    private final ProjectStore store;
    private final Connection connection;
    private final Provenance provenance;
    private final Map<String, RowInserter> inserters = new HashMap<>();
    // Per feature table: the fid the next new row gets, and the row count once the source's rows are gone.
    private final Map<String, Long> nextFid = new LinkedHashMap<>();
    private final Map<String, Long> rowsBefore = new LinkedHashMap<>();
    private final Map<String, Long> inserted = new HashMap<>();
    private final Set<String> touched = new LinkedHashSet<>();
    private boolean open = true;

    ImportSession(ProjectStore store, Connection connection, Provenance provenance) throws SQLException {
        this.store = store;
        this.connection = connection;
        this.provenance = provenance;
        connection.setAutoCommit(false);
        try {
            for (Table t : ProjectSchema.featureTables()) {
                GeoPackageSchema.dropSpatialIndexTriggers(connection, t.name());
                // Without triggers the index entries of the source's rows go first, found through the bron index.
                execute("DELETE FROM \"" + GeoPackageSchema.rtreeName(t.name()) + "\" WHERE id IN (SELECT fid FROM \""
                        + t.name() + "\" WHERE " + ProjectSchema.SOURCE_COLUMN + " = ?)");
            }
            for (Table t : ProjectSchema.importedTables()) {
                if (execute("DELETE FROM \"" + t.name() + "\" WHERE " + ProjectSchema.SOURCE_COLUMN + " = ?") > 0) {
                    touched.add(t.name());
                }
            }
            for (Table t : ProjectSchema.featureTables()) {
                nextFid.put(t.name(), GeoPackageSchema.nextFid(connection, t.name()));
                rowsBefore.put(t.name(), rowCount(t.name()));
            }
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    private int execute(String sqlWithSourceParameter) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(sqlWithSourceParameter)) {
            p.setString(1, provenance.sourceKey());
            return p.executeUpdate();
        }
    }

    private long rowCount(String table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The source this session imports. */
    public Provenance provenance() {
        return provenance;
    }

    /** Adds or replaces a plan area. */
    public void add(Park park) throws StoreException {
        feature(ProjectSchema.PARKS, "bedrijventerrein " + park.id(), park.contour(), RowCodec.park(park));
    }

    /** Adds or replaces a pand; its roof summary, when present, goes to daken. */
    public void add(Building building) throws StoreException {
        feature(ProjectSchema.BUILDINGS, "pand " + building.id(), building.footprint(), RowCodec.building(building));
        if (building.roof().isPresent()) {
            addRoof(building.id(), building.roof().get());
        }
    }

    /** Adds or replaces the 3D BAG roof summary of a pand (which may come from another source than the pand). */
    public void addRoof(String buildingId, RoofSummary roof) throws StoreException {
        String id = BagIds.pandId(buildingId);
        attributes(ProjectSchema.ROOFS, "dak van pand " + id, RowCodec.roof(id, roof));
    }

    /** Adds or replaces a roof face (key: pand id and face number). */
    public void add(RoofPart part) throws StoreException {
        feature(
                ProjectSchema.ROOF_PARTS,
                "dakvlak " + part.index() + " van pand " + part.buildingId(),
                part.outline(),
                RowCodec.roofPart(part));
    }

    /** Adds or replaces a verblijfsobject. */
    public void add(Unit unit) throws StoreException {
        feature(ProjectSchema.UNITS, "verblijfsobject " + unit.id(), unit.location(), RowCodec.unit(unit));
    }

    /** Adds or replaces an energy label (key: unit, pand and registration date). */
    public void add(EnergyLabel label) throws StoreException {
        attributes(
                ProjectSchema.LABELS,
                "energielabel van " + label.unitId().or(label::buildingId).orElse("?"),
                RowCodec.label(label));
    }

    /** Adds or replaces a grid area. */
    public void add(GridArea area) throws StoreException {
        feature(ProjectSchema.GRID_AREAS, "netgebied " + area.id(), area.area(), RowCodec.gridArea(area));
    }

    /** Adds or replaces the grid capacity of one PC6 postcode. */
    public void add(GridPostcode row) throws StoreException {
        attributes(
                ProjectSchema.GRID_POSTCODES, "netcapaciteit postcode " + row.postcode(), RowCodec.gridPostcode(row));
    }

    /** Adds or replaces a company. */
    public void add(Company company) throws StoreException {
        attributes(ProjectSchema.COMPANIES, "bedrijf " + company.id(), RowCodec.company(company));
    }

    private void feature(String table, String what, Geometry geometry, Object[] values) throws StoreException {
        requireOpen();
        try {
            inserter(table).add(RowCodec.toMulti(geometry), withSource(values));
        } catch (SQLException | RuntimeException e) {
            throw store.failure(what + " opslaan in " + table + " mislukt", e);
        }
    }

    private void attributes(String table, String what, Object[] values) throws StoreException {
        requireOpen();
        try {
            inserter(table).addRow(withSource(values));
        } catch (SQLException | RuntimeException e) {
            throw store.failure(what + " opslaan in " + table + " mislukt", e);
        }
    }

    private Object[] withSource(Object[] values) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
        all[values.length] = provenance.sourceKey();
        return all;
    }

    private RowInserter inserter(String table) throws SQLException {
        RowInserter inserter = inserters.get(table);
        if (inserter == null) {
            Table t = ProjectSchema.table(table);
            inserter = new RowInserter(connection, table, t.isFeature(), ProjectSchema.SRS, t.columnNames(), true);
            inserters.put(table, inserter);
            touched.add(table);
        }
        return inserter;
    }

    /**
     * Writes the rows still in the batch, brings the spatial indexes and extents up to date, saves
     * the provenance with the final counts (replacing that of an earlier import of this source) and
     * commits.
     */
    public void commit(ImportCounts counts) throws StoreException {
        requireOpen();
        try {
            closeInserters();
            for (Table t : ProjectSchema.featureTables()) {
                long expected = rowsBefore.get(t.name()) + inserted.getOrDefault(t.name(), 0L);
                if (rowCount(t.name()) != expected) {
                    // A new row replaced an older one with the same id: that row's index entry is left over.
                    GeoPackageSchema.removeStaleIndexEntries(connection, t.name());
                }
                // New rows have fids from nextFid on; filling the R-tree after the load, in fid order, is
                // faster than keeping it up to date row by row (measured: writing the entries from Java
                // during the load was no faster, and slower for points).
                GeoPackageSchema.indexRowsAfter(connection, t.name(), nextFid.get(t.name()) - 1);
                GeoPackageSchema.createSpatialIndexTriggers(connection, t.name());
            }
            for (String table : touched) {
                GeoPackageSchema.updateContents(
                        connection, table, ProjectSchema.table(table).isFeature(), provenance.importedAt());
            }
            try (RowInserter sources = new RowInserter(
                    connection,
                    ProjectSchema.SOURCES,
                    false,
                    0,
                    ProjectSchema.table(ProjectSchema.SOURCES).columnNames(),
                    true)) {
                sources.addRow(RowCodec.provenance(provenance.withCounts(counts)));
            }
            GeoPackageSchema.updateContents(connection, ProjectSchema.SOURCES, false, provenance.importedAt());
            connection.commit();
            open = false;
            connection.setAutoCommit(true);
        } catch (SQLException | RuntimeException e) {
            close();
            throw store.failure(
                    "import van " + provenance.sourceKey() + " opslaan mislukt; het project is ongewijzigd", e);
        }
    }

    private void closeInserters() throws SQLException {
        inserters.forEach((table, i) -> inserted.put(table, i.count()));
        List<RowInserter> all = new ArrayList<>(inserters.values());
        inserters.clear();
        SQLException first = null;
        for (RowInserter i : all) {
            try {
                i.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    boolean isOpen() {
        return open;
    }

    private void requireOpen() {
        if (!open) {
            throw new IllegalStateException("de import van " + provenance.sourceKey() + " is al afgesloten");
        }
    }

    /** Rolls back when not committed: the project file stays as it was before the import began. */
    @java.lang.Override
    public void close() throws StoreException {
        if (!open) {
            return;
        }
        open = false;
        inserters.values().forEach(RowInserter::discard);
        inserters.clear();
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw store.failure("import van " + provenance.sourceKey() + " terugdraaien mislukt", e);
        }
    }

    private void rollbackQuietly() {
        open = false;
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The failure that made us roll back is reported by the caller.
        }
    }
}

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
import java.util.function.Supplier;
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
import nl.kansenkaart.io.geopackage.GeoPackageGeometry;
import nl.kansenkaart.io.geopackage.GeoPackageSchema;
import nl.kansenkaart.io.geopackage.IndexEntries;
import nl.kansenkaart.io.geopackage.RowInserter;
import nl.kansenkaart.io.geopackage.RtreeBulkLoad;
import org.locationtech.jts.geom.Geometry;

/**
 * One import of one source into the project, in one SQLite transaction. Records stream in through
 * JDBC batches; a record whose id is already present replaces the older row (newest wins).
 * {@link #commit} writes the provenance and commits; {@link #close} without a commit rolls back, so
 * the file stays byte-for-byte as it was.
 *
 * <p>During the session the R-tree triggers are dropped and the index is brought up to date at
 * commit: with a live R-tree, bulk inserts are about 2.5 times slower (TOOLCHAIN.md). The envelope
 * of every new row is kept here as it is encoded; at commit a large load is bulk-loaded into the
 * R-tree ({@link RtreeBulkLoad#replace}), a smaller one into a large project appended as packed
 * leaves along the tree's right edge ({@link RtreeBulkLoad#append}).
 *
 * <p>Geometry encoding happens on the caller's thread; the rows are written by a {@link RowWriter}
 * thread on the same connection, so a large import uses two cores.
 */
public final class ImportSession implements AutoCloseable {
    private final ProjectStore store;
    private final Connection connection;
    private final Provenance provenance;
    private RowWriter writer;
    // Per feature table: the fid the next row of this session gets (bound explicitly, so the index
    // entries can be kept here while the rows go to the writer thread), and those entries.
    private final Map<String, long[]> fidCounter = new HashMap<>();
    private final Map<String, IndexEntries> entries = new HashMap<>();
    // Per feature table: the fid the next new row gets, and the row count once the source's rows are gone.
    private final Map<String, Long> nextFid = new LinkedHashMap<>();
    private final Map<String, Long> rowsBefore = new LinkedHashMap<>();
    private final Set<String> touched = new LinkedHashSet<>();
    private boolean open = true;
    private PreparedStatement pandExists;

    ImportSession(ProjectStore store, Connection connection, Provenance provenance) throws SQLException {
        this.store = store;
        this.connection = connection;
        this.provenance = provenance;
        connection.setAutoCommit(false);
        try {
            for (Table t : ProjectSchema.featureTables()) {
                GeoPackageSchema.dropSpatialIndexTriggers(connection, t.name());
                removeSourceIndexEntries(t.name());
            }
            for (Table t : ProjectSchema.importedTables()) {
                if (execute("DELETE FROM \"" + t.name() + "\" WHERE " + ProjectSchema.SOURCE_COLUMN + " = ?") > 0) {
                    touched.add(t.name());
                }
            }
            for (Table t : ProjectSchema.featureTables()) {
                nextFid.put(t.name(), GeoPackageSchema.nextFid(connection, t.name()));
            }
            for (Table t : ProjectSchema.importedTables()) {
                rowsBefore.put(t.name(), rowCount(t.name()));
            }
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    /**
     * Without triggers the index entries of the source's rows go first, found through the bron
     * index. When the source holds every row of the table (the usual re-import of the one BAG file),
     * the index is emptied at once: deleting a million entries one by one takes longer than the import.
     */
    private void removeSourceIndexEntries(String table) throws SQLException {
        String rtree = GeoPackageSchema.rtreeName(table);
        long ofSource;
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT count(*) FROM \"" + table + "\" WHERE " + ProjectSchema.SOURCE_COLUMN + " = ?")) {
            p.setString(1, provenance.sourceKey());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                ofSource = rs.getLong(1);
            }
        }
        if (ofSource == 0) {
            return;
        }
        if (ofSource == rowCount(table)) {
            RtreeBulkLoad.replace(connection, rtree, new IndexEntries());
        } else {
            execute("DELETE FROM \"" + rtree + "\" WHERE id IN (SELECT fid FROM \"" + table + "\" WHERE "
                    + ProjectSchema.SOURCE_COLUMN + " = ?)");
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
        feature(ProjectSchema.PARKS, () -> "bedrijventerrein " + park.id(), park.contour(), RowCodec.park(park));
    }

    /** Adds or replaces a pand; its roof summary, when present, goes to daken. */
    public void add(Building building) throws StoreException {
        feature(
                ProjectSchema.BUILDINGS,
                () -> "pand " + building.id(),
                building.footprint(),
                RowCodec.building(building));
        if (building.roof().isPresent()) {
            addRoof(building.id(), building.roof().get());
        }
    }

    /**
     * Adds a pand only when the project holds none with its id yet, for sources that carry a copy of
     * the BAG (3D BAG): a pand from a BAG import stays as it is, since the BAG is the register and
     * the copy may be older. A re-import of this same source removed its own panden first, so they
     * come back.
     *
     * @return true when the pand was added, false when the project already had it
     */
    public boolean addIfAbsent(Building building) throws StoreException {
        requireOpen();
        // The query runs on the session's connection: rows still queued for the writer thread go first.
        drain();
        try {
            if (pandExists == null) {
                pandExists = connection.prepareStatement(
                        "SELECT 1 FROM \"" + ProjectSchema.BUILDINGS + "\" WHERE identificatie = ? LIMIT 1");
            }
            pandExists.setString(1, building.id());
            try (ResultSet rs = pandExists.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        } catch (SQLException e) {
            throw store.failure("pand " + building.id() + " opzoeken in " + ProjectSchema.BUILDINGS + " mislukt", e);
        }
        feature(
                ProjectSchema.BUILDINGS,
                () -> "pand " + building.id(),
                building.footprint(),
                RowCodec.building(building));
        return true;
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
                () -> "dakvlak " + part.index() + " van pand " + part.buildingId(),
                part.outline(),
                RowCodec.roofPart(part));
    }

    /** Adds or replaces a verblijfsobject. */
    public void add(Unit unit) throws StoreException {
        feature(ProjectSchema.UNITS, () -> "verblijfsobject " + unit.id(), unit.location(), RowCodec.unit(unit));
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
        feature(ProjectSchema.GRID_AREAS, () -> "netgebied " + area.id(), area.area(), RowCodec.gridArea(area));
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

    private void feature(String table, Supplier<String> what, Geometry geometry, Object[] values)
            throws StoreException {
        requireOpen();
        Geometry g;
        byte[] blob;
        try {
            g = RowCodec.toMulti(geometry);
            blob = GeoPackageGeometry.encode(g, ProjectSchema.SRS);
        } catch (RuntimeException e) {
            throw store.failure(what.get() + " opslaan in " + table + " mislukt", e);
        }
        long fid = fidCounter.computeIfAbsent(table, t -> new long[] {nextFid.get(t)})[0]++;
        if (!g.isEmpty()) {
            entries.computeIfAbsent(table, t -> new IndexEntries()).add(fid, g.getEnvelopeInternal());
        }
        Object[] all = new Object[values.length + 2];
        all[0] = fid;
        System.arraycopy(values, 0, all, 1, values.length);
        all[values.length + 1] = provenance.sourceKey();
        write(new RowWriter.Row(table, blob, all, what));
    }

    private void attributes(String table, String what, Object[] values) throws StoreException {
        requireOpen();
        write(new RowWriter.Row(table, null, withSource(values), () -> what));
    }

    private void write(RowWriter.Row row) throws StoreException {
        if (writer == null) {
            writer = new RowWriter(this::inserter);
        }
        try {
            writer.add(row);
        } catch (RowWriter.WriteFailed e) {
            throw failed(e);
        }
    }

    private StoreException failed(RowWriter.WriteFailed e) {
        RowWriter.Failure f = e.failure();
        return store.failure(f.what() + " opslaan in " + f.table() + " mislukt", f.cause());
    }

    /** Waits until every row added so far is in the database (for reads on the session's connection). */
    void drain() throws StoreException {
        if (writer != null && open) {
            try {
                writer.drain();
            } catch (RowWriter.WriteFailed e) {
                throw failed(e);
            }
        }
    }

    private Object[] withSource(Object[] values) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
        all[values.length] = provenance.sourceKey();
        return all;
    }

    /** Called on the writer thread, once per table. */
    private RowInserter inserter(String table) throws SQLException {
        Table t = ProjectSchema.table(table);
        List<String> columns = t.columnNames();
        if (t.isFeature()) {
            columns = new ArrayList<>(columns);
            columns.add(0, GeoPackageSchema.ID_COLUMN);
        }
        return new RowInserter(connection, table, t.isFeature(), ProjectSchema.SRS, columns, true);
    }

    /**
     * Writes the rows still in the batch, brings the spatial indexes and extents up to date, saves
     * the provenance with the final counts (replacing that of an earlier import of this source) and
     * commits.
     */
    public void commit(ImportCounts counts) throws StoreException {
        commit(counts, List.of());
    }

    /**
     * Commits as {@link #commit(ImportCounts)}, storing the import's notes (CRS guessed, repairs,
     * merges, filters) in the provenance row after those it began with, followed by the notes the
     * store adds itself: rows that replaced an older row with the same id (newest wins).
     *
     * @return the notes the store added, for the import report
     */
    public List<String> commit(ImportCounts counts, List<String> notes) throws StoreException {
        requireOpen();
        try {
            Map<String, RowInserter> inserters = writer == null ? Map.of() : writer.finish();
            Map<String, Long> written = new LinkedHashMap<>();
            inserters.forEach((table, i) -> written.put(table, i.count()));
            closeInserters(inserters);
            List<String> storeNotes = new ArrayList<>();
            for (Table t : ProjectSchema.importedTables()) {
                long added = written.getOrDefault(t.name(), 0L);
                if (added > 0) {
                    long replaced = rowsBefore.get(t.name()) + added - rowCount(t.name());
                    if (replaced > 0) {
                        storeNotes.add(t.name() + ": " + replaced + " rijen met een identificatie die al in het"
                                + " project stond (uit dit of een ander bestand) vervangen door de nieuwste");
                    }
                }
            }
            for (Table t : ProjectSchema.featureTables()) {
                updateIndex(t.name());
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
                List<String> stored = new ArrayList<>(notes);
                stored.addAll(storeNotes);
                sources.addRow(RowCodec.provenance(provenance.withCounts(counts).withMoreNotes(stored)));
            }
            GeoPackageSchema.updateContents(connection, ProjectSchema.SOURCES, false, provenance.importedAt());
            connection.commit();
            open = false;
            connection.setAutoCommit(true);
            return storeNotes;
        } catch (RowWriter.WriteFailed e) {
            close();
            throw failed(e);
        } catch (SQLException | RuntimeException e) {
            close();
            throw store.failure(
                    "import van " + provenance.sourceKey() + " opslaan mislukt; het project is ongewijzigd", e);
        }
    }

    /** The most entries rebuilt in one go (24 bytes each in memory); above it, appended. */
    private static final int BULK_LOAD_MAX = 8_000_000;

    /**
     * Brings the table's R-tree up to date with the rows of this session. The entries of rows that a
     * later row replaced (same id: newest wins) are dropped first.
     */
    private void updateIndex(String table) throws SQLException {
        IndexEntries fresh = entries.getOrDefault(table, new IndexEntries());
        long firstFid = nextFid.get(table);
        long written = fidCounter.containsKey(table) ? fidCounter.get(table)[0] - firstFid : 0;
        if (rowCount(table) != rowsBefore.get(table) + written) {
            // Older rows replaced by new ones leave index entries behind; new rows replaced by newer ones
            // of this same session have entries here.
            GeoPackageSchema.removeStaleIndexEntries(connection, table);
            java.util.BitSet live = liveFids(table, firstFid);
            fresh.retain(id -> live.get((int) (id - firstFid)));
        }
        if (fresh.size() == 0) {
            return;
        }
        String rtree = GeoPackageSchema.rtreeName(table);
        long existing = RtreeBulkLoad.count(connection, rtree);
        if (existing + fresh.size() <= BULK_LOAD_MAX && fresh.size() >= existing) {
            IndexEntries all = fresh;
            if (existing > 0) {
                all = RtreeBulkLoad.read(connection, rtree);
                for (int i = 0; i < fresh.size(); i++) {
                    all.add(fresh.id(i), fresh.box(i, 0), fresh.box(i, 1), fresh.box(i, 2), fresh.box(i, 3));
                }
            }
            RtreeBulkLoad.replace(connection, rtree, all);
        } else if (largestIndexedId(rtree) < smallestId(fresh)) {
            // Fewer new entries than the tree holds: new packed leaves along the tree's right edge, as
            // the result writer does, at a cost per new entry that does not grow with the tree.
            // SQLite's own insertion, one entry at a time, cost about 8 µs an entry in a large tree.
            RtreeBulkLoad.append(connection, rtree, fresh);
        } else {
            // A new id already in the tree (a stale entry another program left): only SQLite's own
            // insertion replaces an entry.
            RtreeBulkLoad.insert(connection, rtree, fresh);
        }
    }

    private long largestIndexedId(String rtree) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(max(rowid), 0) FROM \"" + rtree + "_rowid\"")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long smallestId(IndexEntries entries) {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < entries.size(); i++) {
            min = Math.min(min, entries.id(i));
        }
        return min;
    }

    private java.util.BitSet liveFids(String table, long firstFid) throws SQLException {
        java.util.BitSet live = new java.util.BitSet();
        try (PreparedStatement p = connection.prepareStatement("SELECT " + GeoPackageSchema.ID_COLUMN + " FROM \""
                + table + "\" WHERE " + GeoPackageSchema.ID_COLUMN + " >= ?")) {
            p.setLong(1, firstFid);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    live.set((int) (rs.getLong(1) - firstFid));
                }
            }
        }
        return live;
    }

    private void closeInserters(Map<String, RowInserter> inserters) throws SQLException {
        if (pandExists != null) {
            pandExists.close();
            pandExists = null;
        }
        touched.addAll(inserters.keySet());
        List<RowInserter> all = new ArrayList<>(inserters.values());
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
        if (writer != null) {
            writer.abandon().values().forEach(RowInserter::discard);
        }
        try {
            if (pandExists != null) {
                pandExists.close();
                pandExists = null;
            }
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw store.failure("import van " + provenance.sourceKey() + " terugdraaien mislukt", e);
        }
    }

    private void rollbackQuietly() {
        open = false;
        if (writer != null) {
            writer.abandon().values().forEach(RowInserter::discard);
        }
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The failure that made us roll back is reported by the caller.
        }
    }
}

package nl.kansenkaart.io.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.io.geopackage.GeoPackageSchema;
import nl.kansenkaart.io.geopackage.GeoPackageWriter;

/**
 * The project file: one OGC GeoPackage holding the imported sources, their provenance and the
 * consultant's edits. Imports are all-or-nothing ({@link #beginImport}); {@link #load} gives an
 * immutable snapshot of one plan area. One store per file; use it from one thread at a time. While
 * an import is open, the list methods see its uncommitted rows and {@link #load} is refused.
 */
public final class ProjectStore implements AutoCloseable {
    /** The schema version this code writes; older files are migrated when opened. */
    public static final int CURRENT_SCHEMA_VERSION = 6;

    /** The migrations from every older version; version 1 is the first that shipped. */
    static final List<Migration> MIGRATIONS = List.of(
            KansenTables.MIGRATION,
            new Migration(
                    2,
                    "tabel " + ProjectSchema.GRID_POSTCODES + " toegevoegd (netcapaciteit per postcode)",
                    // A file of a development build may hold the table already at version 1 or 2.
                    c -> {
                        if (!tableExists(c, ProjectSchema.GRID_POSTCODES)) {
                            ProjectSchema.createTable(
                                    c, ProjectSchema.table(ProjectSchema.GRID_POSTCODES), Instant.now());
                        }
                    }),
            SolarParkTable.MIGRATION,
            CompanySearchColumn.MIGRATION,
            new Migration(
                    5,
                    "kolommen energiegebied, beschikbaar_afname_mw en beschikbaar_invoeding_mw in "
                            + ProjectSchema.GRID_POSTCODES + " toegevoegd (capaciteitskaart)",
                    // A file migrated from version 1 got the table with these columns already (step 2).
                    c -> {
                        try (Statement s = c.createStatement()) {
                            for (String column : List.of(
                                    "energiegebied TEXT",
                                    "beschikbaar_afname_mw REAL",
                                    "beschikbaar_invoeding_mw REAL")) {
                                if (!hasColumn(
                                        c, ProjectSchema.GRID_POSTCODES, column.substring(0, column.indexOf(' ')))) {
                                    s.execute("ALTER TABLE " + ProjectSchema.GRID_POSTCODES + " ADD COLUMN " + column);
                                }
                            }
                        }
                    }));

    private static final String CREATED_WITH = "Kansenkaart workbench";

    private final Path file;
    private final Connection connection;
    private final int schemaVersion;
    private ImportSession activeImport;
    // Made on the first load (with the multi-pand units and the prepared statements) and kept until
    // the next import, which may change the units, or until the store closes.
    private SnapshotLoader loader;

    private ProjectStore(Path file, Connection connection, int schemaVersion) {
        this.file = file;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
    }

    /** Creates a new, empty project file; refuses an existing file. */
    public static ProjectStore create(Path file) throws StoreException {
        if (Files.exists(file)) {
            throw new StoreException(file, "bestaat al; kies een nieuwe naam of open het bestaande project");
        }
        Connection connection = null;
        try {
            connection = GeoPackageWriter.open(file);
            connection.setAutoCommit(false);
            GeoPackageSchema.initialise(connection);
            Instant now = Instant.now();
            ProjectSchema.create(connection, now);
            writeInfo(connection, "schema_version", String.valueOf(CURRENT_SCHEMA_VERSION));
            writeInfo(connection, "created_with", createdWith());
            connection.commit();
            connection.setAutoCommit(true);
            return new ProjectStore(file, connection, CURRENT_SCHEMA_VERSION);
        } catch (SQLException e) {
            closeQuietly(connection);
            try {
                Files.deleteIfExists(file);
            } catch (java.io.IOException ignored) {
                // The failure to create is what the consultant needs to read.
            }
            throw new StoreException(file, "kan niet worden aangemaakt: " + e.getMessage(), e);
        }
    }

    /** Opens an existing project file, migrating an older schema; refuses other files and newer schemas. */
    public static ProjectStore open(Path file) throws StoreException {
        return open(file, MIGRATIONS);
    }

    /** Opens the project file when it exists, otherwise creates it. */
    public static ProjectStore openOrCreate(Path file) throws StoreException {
        return Files.exists(file) ? open(file) : create(file);
    }

    /** Opens with the given migrations; the tests supply their own to exercise the mechanism. */
    static ProjectStore open(Path file, List<Migration> migrations) throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file, "bestaat niet");
        }
        Connection connection = null;
        try {
            connection = GeoPackageWriter.openExisting(file);
            int version = readVersion(file, connection);
            if (version > CURRENT_SCHEMA_VERSION) {
                throw new StoreException(
                        file,
                        "gemaakt met een nieuwere versie van de Kansenkaart workbench (schemaversie " + version
                                + ", deze versie kent t/m " + CURRENT_SCHEMA_VERSION + "); werk de workbench bij");
            }
            if (version < CURRENT_SCHEMA_VERSION) {
                new SchemaMigrator(file, connection, migrations).migrate(version, CURRENT_SCHEMA_VERSION);
            }
            requireTables(file, connection);
            return new ProjectStore(file, connection, CURRENT_SCHEMA_VERSION);
        } catch (StoreException e) {
            closeQuietly(connection);
            throw e;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException(file, "is geen leesbare GeoPackage (" + e.getMessage() + ")", e);
        }
    }

    private static int readVersion(Path file, Connection connection) throws SQLException, StoreException {
        if (!tableExists(connection, "gpkg_contents")) {
            throw new StoreException(file, "is geen GeoPackage (tabel gpkg_contents ontbreekt)");
        }
        if (!tableExists(connection, ProjectSchema.PROJECT_INFO)) {
            throw new StoreException(
                    file, "is een GeoPackage, maar geen Kansenkaart-project (tabel projectinfo ontbreekt)");
        }
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT waarde FROM " + ProjectSchema.PROJECT_INFO + " WHERE sleutel = 'schema_version'")) {
            ResultSet rs = p.executeQuery();
            if (!rs.next()) {
                throw new StoreException(file, "projectinfo noemt geen schema_version");
            }
            String text = rs.getString(1);
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new StoreException(file, "ongeldige schema_version '" + text + "' in projectinfo");
            }
        }
    }

    static boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement p =
                connection.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            p.setString(1, table);
            return p.executeQuery().next();
        }
    }

    private static void requireTables(Path file, Connection connection) throws SQLException, StoreException {
        for (Table t : ProjectSchema.TABLES) {
            if (!tableExists(connection, t.name())) {
                throw new StoreException(file, "tabel " + t.name() + " ontbreekt; het bestand is beschadigd");
            }
        }
    }

    static void writeInfo(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO " + ProjectSchema.PROJECT_INFO
                + " (sleutel, waarde) VALUES (?, ?) ON CONFLICT(sleutel) DO UPDATE SET waarde = excluded.waarde")) {
            p.setString(1, key);
            p.setString(2, value);
            p.executeUpdate();
        }
    }

    private static String createdWith() {
        String version = ProjectStore.class.getPackage().getImplementationVersion();
        return CREATED_WITH + (version == null ? "" : " " + version);
    }

    /** The project file. */
    public Path file() {
        return file;
    }

    /** The schema version of the open file (after any migration: always the current one). */
    public int schemaVersion() {
        return schemaVersion;
    }

    /**
     * Starts an import of one source in one SQLite transaction: the rows that an earlier import of
     * the same {@link Provenance#sourceKey()} wrote are removed first, so a re-import replaces them.
     * Commit with {@link ImportSession#commit}; closing without a commit leaves the file untouched.
     */
    public synchronized ImportSession beginImport(Provenance provenance) throws StoreException {
        if (activeImport != null && activeImport.isOpen()) {
            throw new IllegalStateException("er loopt al een import in " + file);
        }
        closeLoader();
        try {
            activeImport = new ImportSession(this, connection, provenance);
            return activeImport;
        } catch (SQLException e) {
            throw new StoreException(
                    file, "import van " + provenance.sourceKey() + " kan niet beginnen: " + reason(e), e);
        }
    }

    /** The plan areas, by id. */
    public synchronized List<Park> parks() throws StoreException {
        return query(
                "bedrijventerreinen lezen",
                "SELECT * FROM " + ProjectSchema.PARKS + " ORDER BY identificatie",
                RowCodec::park);
    }

    /** One plan area. */
    public synchronized Optional<Park> park(String id) throws StoreException {
        return query(
                        "bedrijventerrein " + id + " lezen",
                        "SELECT * FROM " + ProjectSchema.PARKS + " WHERE identificatie = ?",
                        RowCodec::park,
                        id)
                .stream()
                .findFirst();
    }

    /**
     * The number of rows of every feature table and of daken, energielabels and bedrijven, in fixed
     * order, then those of the analysis result tables once an analysis has created them.
     */
    public synchronized List<LayerCount> layerCounts() throws StoreException {
        if (activeImport != null && activeImport.isOpen()) {
            activeImport.drain();
        }
        List<LayerCount> counts = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            List<Table> tables = new ArrayList<>(ProjectSchema.importedTables());
            if (ResultTables.exist(connection)) {
                tables.addAll(ResultTables.TABLES);
            }
            for (Table t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + t.name() + "\"")) {
                    rs.next();
                    counts.add(new LayerCount(t.name(), rs.getLong(1)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException(file, "aantallen lezen mislukt: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the park's analysis results (zon_op_dak, label_c, verplichtingen, kansen_individueel,
     * kansen_collectief, zon_op_dak_terrein, aannames) in one
     * transaction, creating the result tables on first use; imported data and edits stay as they are.
     */
    public synchronized void saveResults(AnalysisResults results) throws StoreException {
        saveResults(List.of(results));
    }

    /** Replaces the results of several parks in ONE transaction: all of them are saved, or none. */
    public synchronized void saveResults(List<AnalysisResults> all) throws StoreException {
        List<PreparedResults> prepared;
        try {
            prepared = all.stream().map(PreparedResults::of).toList();
        } catch (IllegalArgumentException e) {
            String parks =
                    String.join(", ", all.stream().map(AnalysisResults::parkId).toList());
            throw failure("resultaten van bedrijventerrein " + parks + " opslaan mislukt", e);
        }
        savePrepared(prepared);
    }

    /**
     * Replaces the results of several parks in ONE transaction from rows made beforehand
     * ({@link PreparedResults#of}, for instance on another thread): all of them are saved, or none.
     */
    public synchronized void savePrepared(List<PreparedResults> all) throws StoreException {
        savePrepared(all.iterator());
    }

    /**
     * As {@link #savePrepared(List)}, taking the parks one at a time in ONE transaction: each park is
     * written as the iterator hands it over, so a caller that makes parks while the transaction is open
     * (the national chain's workers) need not hold a whole transaction's rows in memory. The iterator
     * may block; an exception it throws rolls the transaction back and comes out as itself.
     */
    public synchronized void savePrepared(Iterator<PreparedResults> parks) throws StoreException {
        if (activeImport != null && activeImport.isOpen()) {
            throw new IllegalStateException("resultaten opslaan kan niet tijdens een import in " + file);
        }
        List<String> ids = new ArrayList<>();
        try {
            PreparedResults first = parks.hasNext() ? parks.next() : null;
            connection.setAutoCommit(false);
            try (ResultsWriter writer =
                    new ResultsWriter(connection, first == null ? Instant.now() : first.computedAt())) {
                writer.begin();
                for (PreparedResults results = first;
                        results != null;
                        results = parks.hasNext() ? parks.next() : null) {
                    ids.add(results.parkId());
                    writer.write(results);
                }
                writer.finish();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("resultaten van bedrijventerrein " + String.join(", ", ids) + " opslaan mislukt", e);
        }
    }

    /**
     * Removes every result table (rows, R-trees and their registration), so the file is as before its
     * first {@code analyse}; imported data and the consultant's edits stay. For a benchmark that reuses
     * an analysed file and must measure the work of a first run. One transaction.
     */
    public synchronized void clearResults() throws StoreException {
        if (activeImport != null && activeImport.isOpen()) {
            throw new IllegalStateException("resultaten verwijderen kan niet tijdens een import in " + file);
        }
        try {
            connection.setAutoCommit(false);
            try {
                for (Table t : ResultTables.TABLES) {
                    GeoPackageSchema.dropTable(connection, t.name());
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("resultaten verwijderen mislukt", e);
        }
    }

    /** The assumption texts stored by the park's last analysis, in stored order; empty when never analysed. */
    public synchronized List<AnalysisResults.AssumptionText> storedAssumptions(String parkId) throws StoreException {
        try {
            if (!ResultTables.exist(connection)) {
                return List.of();
            }
        } catch (SQLException e) {
            throw failure("aannames lezen mislukt", e);
        }
        return query(
                "aannames van bedrijventerrein " + parkId + " lezen",
                "SELECT analyse, tekst FROM " + ResultTables.ASSUMPTIONS + " WHERE " + ResultTables.PARK_COLUMN
                        + " = ? ORDER BY fid",
                rs -> new AnalysisResults.AssumptionText(rs.getString(1), rs.getString(2)),
                parkId);
    }

    /**
     * The park-level solar figures of the park's last analysis (table zon_op_dak_terrein); empty when the
     * park was never analysed.
     */
    public synchronized Optional<ParkSolarFigures> storedSolarFigures(String parkId) throws StoreException {
        try {
            if (!tableExists(connection, SolarParkTable.NAME)) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("zoncijfers lezen mislukt", e);
        }
        return query(
                        "zoncijfers van bedrijventerrein " + parkId + " lezen",
                        "SELECT * FROM " + SolarParkTable.NAME + " WHERE " + ResultTables.PARK_COLUMN + " = ?",
                        SolarParkTable::read,
                        parkId)
                .stream()
                .findFirst();
    }

    /** Every imported source with what its import did, by source key. */
    public synchronized List<Provenance> sources() throws StoreException {
        return query(
                "bronnen lezen", "SELECT * FROM " + ProjectSchema.SOURCES + " ORDER BY bron", RowCodec::provenance);
    }

    /**
     * Every verblijfsobject in the project, inside a plan area or not, by id: what companies are
     * matched against by address.
     */
    public synchronized List<nl.kansenkaart.core.model.Unit> units() throws StoreException {
        return query(
                "verblijfsobjecten lezen",
                "SELECT * FROM " + ProjectSchema.UNITS + " ORDER BY identificatie",
                RowCodec::unit);
    }

    /** The companies, by id. */
    public synchronized List<Company> companies() throws StoreException {
        return query(
                "bedrijven lezen",
                "SELECT * FROM " + ProjectSchema.COMPANIES + " ORDER BY identificatie",
                RowCodec::company);
    }

    /**
     * The companies whose name, KvK number or address (street, number, postcode, place) hold every
     * word of {@code query}, whatever the case and accents ("cafe ijssel" finds "Café De Ĳssel"), by
     * name; at most {@code limit}, so a national KvK list is searched without reading it into memory.
     * A blank query gives the first by name.
     */
    public synchronized List<Company> searchCompanies(String query, int limit) throws StoreException {
        if (limit < 1) {
            throw new IllegalArgumentException("limiet moet positief zijn: " + limit);
        }
        // One LIKE per word over the stored searchable text (SearchText): on 2 million rows a third
        // of the CPU time of one LIKE per column, and accents and case are already gone.
        StringBuilder sql = new StringBuilder("SELECT * FROM " + ProjectSchema.COMPANIES);
        List<Object> args = new ArrayList<>();
        for (String word : SearchText.words(query)) {
            sql.append(args.isEmpty() ? " WHERE " : " AND ")
                    .append(ProjectSchema.SEARCH_COLUMN)
                    .append(" LIKE ? ESCAPE '\\'");
            args.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" ORDER BY naam, identificatie LIMIT ?");
        args.add(limit);
        return query("bedrijven zoeken op '" + query + "'", sql.toString(), RowCodec::company, args.toArray());
    }

    /** The consultant's edits. */
    public synchronized List<Override> overrides() throws StoreException {
        return query(
                "aanpassingen lezen",
                "SELECT * FROM " + ProjectSchema.OVERRIDES + " ORDER BY soort, doel_id, veld",
                RowCodec::override);
    }

    /** Saves a consultant's edit at once (replacing an earlier value for the same target, id and field). */
    public synchronized void saveOverride(Override o) throws StoreException {
        if (activeImport != null && activeImport.isOpen()) {
            // On the import's connection the edit would share the import's fate on rollback.
            throw new IllegalStateException("aanpassing opslaan kan niet tijdens een import in " + file);
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO " + ProjectSchema.OVERRIDES
                + " (soort, doel_id, veld, waarde) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT(soort, doel_id, veld) DO UPDATE SET waarde = excluded.waarde")) {
            p.setString(1, DutchCodes.target(o.target()));
            p.setString(2, o.targetId());
            p.setString(3, o.key());
            p.setString(4, o.value());
            p.executeUpdate();
            if (loader != null) {
                loader.overridesChanged();
            }
        } catch (SQLException e) {
            throw new StoreException(
                    file, "aanpassing " + o.key() + " van " + o.targetId() + " opslaan mislukt: " + e.getMessage(), e);
        }
    }

    /** Whether a table has a column of that name. */
    static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?")) {
            p.setString(1, table);
            p.setString(2, column);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    /**
     * Removes a consultant's edit, so the imported or computed value counts again (a cleared cell);
     * true when there was one. Other edits, also of the same target, stay.
     */
    public synchronized boolean deleteOverride(Override.OverrideTarget target, String targetId, String key)
            throws StoreException {
        if (activeImport != null && activeImport.isOpen()) {
            throw new IllegalStateException("aanpassing verwijderen kan niet tijdens een import in " + file);
        }
        try (PreparedStatement p = connection.prepareStatement(
                "DELETE FROM " + ProjectSchema.OVERRIDES + " WHERE soort = ? AND doel_id = ? AND veld = ?")) {
            p.setString(1, DutchCodes.target(target));
            p.setString(2, targetId);
            p.setString(3, key);
            int removed = p.executeUpdate();
            if (loader != null) {
                loader.overridesChanged();
            }
            return removed > 0;
        } catch (SQLException e) {
            throw new StoreException(
                    file, "aanpassing " + key + " van " + targetId + " verwijderen mislukt: " + e.getMessage(), e);
        }
    }

    /**
     * Everything of one plan area: the buildings whose interior point lies inside the contour, their
     * units and roofs, labels, grid areas, companies and the edits that apply.
     */
    public synchronized ParkSnapshot load(String parkId) throws StoreException {
        if (activeImport != null && activeImport.isOpen()) {
            // During an import the R-tree is brought up to date only at commit.
            throw new IllegalStateException("laden kan niet tijdens een import in " + file);
        }
        Park park = park(parkId).orElseThrow(() -> unknownPark(parkId));
        try {
            if (loader == null) {
                loader = new SnapshotLoader(connection, MultiBuildingUnits.read(connection));
            }
            return loader.load(park);
        } catch (SQLException | IllegalArgumentException e) {
            throw new StoreException(file, "bedrijventerrein " + parkId + " laden mislukt: " + e.getMessage(), e);
        }
    }

    private StoreException unknownPark(String parkId) {
        try {
            List<String> ids = parks().stream().map(Park::id).toList();
            return new StoreException(
                    file,
                    "geen bedrijventerrein met id '" + parkId + "'; bekend: "
                            + (ids.isEmpty() ? "(geen; importeer eerst bedrijventerreinen)" : String.join(", ", ids)));
        } catch (StoreException e) {
            return e;
        }
    }

    /** Closes the file; an import still open is rolled back. */
    @java.lang.Override
    public synchronized void close() throws StoreException {
        try {
            if (activeImport != null && activeImport.isOpen()) {
                activeImport.close();
            }
        } finally {
            closeLoader();
            try {
                connection.close();
            } catch (SQLException e) {
                throw new StoreException(file, "sluiten mislukt: " + e.getMessage(), e);
            }
        }
    }

    // ---- shared helpers ------------------------------------------------------------------------

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String what, String sql, RowMapper<T> mapper, Object... args) throws StoreException {
        if (activeImport != null && activeImport.isOpen()) {
            activeImport.drain(); // the rows still on their way to the writer thread count as the import's
        }
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int k = 0; k < args.length; k++) {
                p.setObject(k + 1, args[k]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException | IllegalArgumentException e) {
            throw new StoreException(file, what + " mislukt: " + e.getMessage(), e);
        }
    }

    StoreException failure(String what, Exception e) {
        return new StoreException(file, what + ": " + reason(e), e);
    }

    /** The low-level reason, with a Dutch explanation for the one a consultant can act on. */
    static String reason(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
            return "het bestand is in gebruik door een ander programma (bijvoorbeeld QGIS dat het bewerkt);"
                    + " sluit het daar en probeer het opnieuw";
        }
        return message;
    }

    private void closeLoader() {
        if (loader != null) {
            try {
                loader.close();
            } catch (SQLException ignored) {
                // Only prepared statements: the connection they belong to is what matters.
            }
            loader = null;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The original failure is what the caller needs to see.
            }
        }
    }
}

package nl.kansenkaart.io.geopackage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import nl.kansenkaart.io.crs.CrsTransforms;
import nl.kansenkaart.io.crs.RdGeometries;
import nl.kansenkaart.io.crs.RdTransform;
import nl.kansenkaart.io.source.CrsRef;
import nl.kansenkaart.io.source.FeatureLayer;
import nl.kansenkaart.io.source.SourceException;
import nl.kansenkaart.io.source.SourceFeature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;

/**
 * One GeoPackage table streamed through a JDBC ResultSet, optionally limited to features whose
 * bounding box meets an RD envelope (through the table's R-tree when it has one).
 */
public final class GeoPackageLayer implements FeatureLayer {

    private final Path file;
    private final Connection connection;
    private final GpkgTable table;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final GpkgGeometry geometries;
    private final Optional<Envelope> javaFilter;
    private final Optional<RdTransform> filterTransform;
    private final long size;
    private long number;

    GeoPackageLayer(Path file, Connection connection, GpkgTable table, Optional<Envelope> rdEnvelope)
            throws SQLException {
        this.file = file;
        this.connection = connection;
        this.table = table;
        int srid = table.crs().epsg().orElse(0);
        GeometryFactory factory = srid == RdGeometries.RD_NEW
                ? RdGeometries.FACTORY
                : new GeometryFactory(RdGeometries.FACTORY.getPrecisionModel(), srid);
        this.geometries = new GpkgGeometry(factory);
        String from = " from " + GpkgTable.quote(table.name());
        boolean rdTable = srid == RdGeometries.RD_NEW || srid == CrsTransforms.RD_NAP;
        boolean useRtree = rdEnvelope.isPresent()
                && rdTable
                && table.rtree().isPresent()
                && table.primaryKey().isPresent();
        String where = "";
        if (useRtree) {
            where = " where " + GpkgTable.quote(table.primaryKey().get()) + " in (select id from "
                    + GpkgTable.quote(table.rtree().get())
                    + " where minx <= ? and maxx >= ? and miny <= ? and maxy >= ?)";
        }
        this.javaFilter = useRtree ? Optional.empty() : rdEnvelope;
        this.filterTransform = javaFilter.isPresent() && !rdTable ? CrsTransforms.toRd(table.crs()) : Optional.empty();
        this.size = count(from + where, rdEnvelope.filter(e -> true), useRtree);
        this.statement = connection.prepareStatement("select *" + from + where);
        if (useRtree) {
            bindEnvelope(statement, rdEnvelope.get());
        }
        this.rows = statement.executeQuery();
    }

    private long count(String fromWhere, Optional<Envelope> envelope, boolean useRtree) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select count(*)" + fromWhere)) {
            if (useRtree) {
                bindEnvelope(s, envelope.get());
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    private static void bindEnvelope(PreparedStatement s, Envelope e) throws SQLException {
        s.setDouble(1, e.getMaxX());
        s.setDouble(2, e.getMinX());
        s.setDouble(3, e.getMaxY());
        s.setDouble(4, e.getMinY());
    }

    @Override
    public String name() {
        return table.name();
    }

    @Override
    public List<String> fieldNames() {
        return table.columns().stream().map(GpkgTable.Column::name).toList();
    }

    @Override
    public CrsRef crs() {
        return table.crs();
    }

    /** Whether this table has geometry (a 'features' table) rather than attributes only. */
    public boolean hasGeometry() {
        return table.geometryColumn().isPresent();
    }

    /** The number of rows to come (with the R-tree filter applied; without it, before the Java filter). */
    @Override
    public Optional<Long> sizeHint() {
        return Optional.of(size);
    }

    @Override
    public Optional<SourceFeature> next() throws SourceException {
        try {
            while (rows.next()) {
                Geometry geometry = null;
                if (table.geometryColumn().isPresent()) {
                    byte[] blob = rows.getBytes(table.geometryColumn().get());
                    try {
                        geometry = geometries.decode(blob);
                    } catch (ParseException | RuntimeException e) {
                        throw new SourceException(
                                file,
                                number + 1,
                                "onleesbare geometrie in tabel " + table.name() + ": " + e.getMessage());
                    }
                }
                if (!passes(geometry)) {
                    continue;
                }
                number++;
                Optional<String> id = table.primaryKey().isPresent()
                        ? Optional.ofNullable(rows.getString(table.primaryKey().get()))
                        : Optional.empty();
                Map<String, Object> attributes = new LinkedHashMap<>();
                for (GpkgTable.Column c : table.columns()) {
                    Object value = value(c);
                    if (value != null) {
                        attributes.put(c.name(), value);
                    }
                }
                return Optional.of(new SourceFeature(number, id, Optional.ofNullable(geometry), attributes));
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new SourceException(
                    file,
                    OptionalLong.of(number + 1),
                    "kan tabel " + table.name() + " niet lezen: " + e.getMessage(),
                    e);
        }
    }

    private boolean passes(Geometry geometry) {
        if (javaFilter.isEmpty()) {
            return true;
        }
        if (geometry == null) {
            return false;
        }
        Envelope e =
                filterTransform.map(t -> t.apply(geometry)).orElse(geometry).getEnvelopeInternal();
        return e.intersects(javaFilter.get());
    }

    /** Declared GeoPackage types decide the Java type: BOOLEAN, DATE and the integer types. */
    private Object value(GpkgTable.Column c) throws SQLException {
        Object raw = rows.getObject(c.name());
        if (raw == null || raw instanceof byte[]) {
            return null;
        }
        String type = c.type();
        if (type.equals("BOOLEAN") && raw instanceof Number n) {
            return n.intValue() != 0;
        }
        if (type.equals("DATE") && raw instanceof String s) {
            try {
                return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
            } catch (DateTimeParseException notIso) {
                return s;
            }
        }
        if (raw instanceof Integer i) {
            return i.longValue();
        }
        if (raw instanceof Float f) {
            return f.doubleValue();
        }
        if (raw instanceof String s && s.isEmpty()) {
            return null;
        }
        return raw;
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
            statement.close();
            connection.close();
        } catch (SQLException e) {
            throw new IOException("GeoPackage " + file.getFileName() + " niet netjes gesloten", e);
        }
    }
}

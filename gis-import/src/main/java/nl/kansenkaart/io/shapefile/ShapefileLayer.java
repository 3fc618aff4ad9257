package nl.kansenkaart.io.shapefile;

import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFReader;
import com.linuxense.javadbf.DBFRow;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import nl.kansenkaart.io.crs.RdGeometries;
import nl.kansenkaart.io.source.CrsRef;
import nl.kansenkaart.io.source.FeatureLayer;
import nl.kansenkaart.io.source.SourceException;
import nl.kansenkaart.io.source.SourceFeature;
import org.locationtech.jts.geom.GeometryFactory;

/** One shapefile streamed record by record: .shp geometry paired with the .dbf row of the same number. */
public final class ShapefileLayer implements FeatureLayer {

    private final Path file;
    private final ShapefileSet set;
    private final CrsRef crs;
    private final ShpGeometryReader shapes;
    private final DBFReader table;
    private final List<String> fields;
    private final int firstField;
    private final Runnable onClose;
    private long number;

    private ShapefileLayer(
            Path file, ShapefileSet set, CrsRef crs, ShpGeometryReader shapes, DBFReader table, Runnable onClose) {
        this.file = file;
        this.set = set;
        this.crs = crs;
        this.shapes = shapes;
        this.table = table;
        this.onClose = onClose;
        List<String> names = new ArrayList<>();
        // With showDeletedRows javadbf puts a synthetic "deleted" field first; it is not the file's.
        this.firstField = table != null
                        && table.getFieldCount() > 0
                        && table.getField(0).getName().equals("deleted")
                ? 1
                : 0;
        if (table != null) {
            for (int i = firstField; i < table.getFieldCount(); i++) {
                names.add(table.getField(i).getName());
            }
        }
        this.fields = List.copyOf(names);
    }

    /**
     * Opens a shapefile set.
     *
     * @param reported the file named in messages (the .zip when the set came out of one)
     * @param onClose what to do after closing (deleting an extracted temp dir)
     */
    static ShapefileLayer open(Path reported, ShapefileSet set, Runnable onClose) throws SourceException {
        CrsRef crs = CrsRef.UNDECLARED;
        ShpGeometryReader shapes = null;
        try {
            if (set.prj().isPresent()) {
                crs = PrjCrs.parse(readPrj(set.prj().get()));
            }
            int srid = crs.epsg().orElse(0);
            GeometryFactory factory = srid == RdGeometries.RD_NEW
                    ? RdGeometries.FACTORY
                    : new GeometryFactory(RdGeometries.FACTORY.getPrecisionModel(), srid);
            shapes = new ShpGeometryReader(new BufferedInputStream(Files.newInputStream(set.shp()), 1 << 16), factory);
            DBFReader table = set.dbf().isPresent() ? openDbf(reported, set) : null;
            return new ShapefileLayer(reported, set, crs, shapes, table, onClose);
        } catch (ShpGeometryReader.BrokenShapeException e) {
            onClose.run();
            throw new SourceException(reported, OptionalLong.empty(), e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(shapes);
            onClose.run();
            throw new SourceException(reported, OptionalLong.empty(), "kan de shapefile niet lezen: " + e, e);
        } catch (SourceException e) {
            closeQuietly(shapes);
            onClose.run();
            throw e;
        }
    }

    private static String readPrj(Path prj) throws IOException {
        byte[] bytes = Files.readAllBytes(prj); // a .prj is one WKT line
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static DBFReader openDbf(Path reported, ShapefileSet set) throws IOException, SourceException {
        Path dbf = set.dbf().get();
        var in = new BufferedInputStream(Files.newInputStream(dbf), 1 << 16);
        try {
            // showDeletedRows: deleted rows still have a .shp record, so they must be read to stay paired.
            return new DBFReader(in, set.charset(), true);
        } catch (DBFException | IllegalArgumentException e) {
            in.close();
            throw new SourceException(
                    dbf,
                    OptionalLong.empty(),
                    "het attributenbestand " + dbf.getFileName() + " (.dbf) is onleesbaar: " + e.getMessage() + " (bij "
                            + reported.getFileName() + ")",
                    e);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    @Override
    public String name() {
        return ShapefileSet.baseName(set.shp());
    }

    @Override
    public List<String> fieldNames() {
        return fields;
    }

    @Override
    public CrsRef crs() {
        return crs;
    }

    /** The .shp header's shape type. */
    public int shapeType() {
        return shapes.shapeType();
    }

    @Override
    public Optional<Long> sizeHint() {
        return table == null ? Optional.empty() : Optional.of((long) table.getRecordCount());
    }

    @Override
    public Optional<SourceFeature> next() throws SourceException {
        while (true) {
            ShpGeometryReader.ShpRecord record;
            try {
                record = shapes.next();
            } catch (ShpGeometryReader.BrokenShapeException e) {
                throw new SourceException(file, e.record(), e.getMessage());
            } catch (IOException e) {
                throw new SourceException(file, OptionalLong.of(number + 1), "kan de shapefile niet lezen: " + e, e);
            }
            if (record == null) {
                return Optional.empty();
            }
            number++;
            Map<String, Object> attributes = new LinkedHashMap<>();
            boolean deleted = table != null && readRow(attributes);
            if (!deleted) {
                return Optional.of(new SourceFeature(
                        number, Optional.empty(), Optional.ofNullable(record.geometry()), attributes));
            }
        }
    }

    /** Reads the .dbf row of the current record; true when the row is marked deleted. */
    private boolean readRow(Map<String, Object> into) throws SourceException {
        DBFRow row;
        try {
            row = table.nextRow();
        } catch (DBFException e) {
            Path dbf = set.dbf().orElse(file);
            throw new SourceException(
                    dbf,
                    OptionalLong.of(number),
                    "het attributenbestand " + dbf.getFileName() + " (.dbf) is onleesbaar: " + e.getMessage(),
                    e);
        }
        if (row == null) {
            throw new SourceException(
                    file, number, "het .dbf-bestand heeft minder rijen dan het .shp-bestand objecten heeft");
        }
        if (row.isDeleted()) {
            return true;
        }
        for (int i = 0; i < fields.size(); i++) {
            Object value = convert(row.getObject(i + firstField));
            if (value != null) {
                into.put(fields.get(i), value);
            }
        }
        return false;
    }

    private static Object convert(Object value) {
        if (value instanceof String s) {
            String t = s.strip();
            return t.isEmpty() ? null : t;
        }
        if (value instanceof Date d) {
            return LocalDate.ofInstant(d.toInstant(), ZoneId.systemDefault());
        }
        if (value instanceof byte[]) {
            return null; // binary/memo blobs carry nothing the mapper reads
        }
        return value;
    }

    @Override
    public void close() throws IOException {
        try {
            shapes.close();
            if (table != null) {
                table.close();
            }
        } finally {
            onClose.run();
        }
    }
}

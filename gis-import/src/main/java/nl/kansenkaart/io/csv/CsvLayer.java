package nl.kansenkaart.io.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import nl.kansenkaart.io.crs.CrsGuess;
import nl.kansenkaart.io.crs.RdGeometries;
import nl.kansenkaart.io.source.CrsRef;
import nl.kansenkaart.io.source.FeatureLayer;
import nl.kansenkaart.io.source.SourceException;
import nl.kansenkaart.io.source.SourceFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** A CSV file (or the CSV in a zip) streamed row by row; values stay text, empty fields are left out. */
public final class CsvLayer implements FeatureLayer {

    private static final int CRS_SAMPLE_ROWS = 200;

    private final Path file;
    private final String name;
    private final CsvInput input;
    private final CsvDialect dialect;
    private final List<String> header;
    private final Optional<CoordinateColumns> coordinates;
    private final CrsRef crs;
    private final GeometryFactory factory;
    private final CsvRecordReader reader;
    /** Bytes of the file the row reader has read, and the file's size: progress without a row count. */
    private final AtomicLong bytesRead = new AtomicLong();

    private final long sizeBytes;
    private long row;

    private CsvLayer(Path file, String name, CsvInput input) throws IOException, SourceException {
        this.file = file;
        this.name = name;
        this.input = input;
        this.dialect = CsvDialect.detect(input::reader);
        CsvRecordReader headerReader = openAtHeader();
        List<String> rawHeader = headerReader.next();
        List<String> headerFields = rawHeader == null ? List.of() : rawHeader;
        this.header = uniqueNames(headerFields.subList(0, CsvDialect.width(headerFields, dialect.fieldCount())));
        this.coordinates = CoordinateColumns.find(header);
        this.crs = coordinates.isPresent() ? sampleCrs(headerReader, coordinates.get()) : CrsRef.UNDECLARED;
        headerReader.close();
        int srid = crs.epsg().orElse(0);
        this.factory = srid == RdGeometries.RD_NEW
                ? RdGeometries.FACTORY
                : new GeometryFactory(RdGeometries.FACTORY.getPrecisionModel(), srid);
        this.sizeBytes = input.sizeBytes();
        this.reader = openAtHeader(input.reader(bytesRead));
        reader.next();
    }

    static CsvLayer open(Path file, String name) throws SourceException {
        CsvInput input = CsvInput.of(file);
        try {
            return new CsvLayer(file, name, input);
        } catch (CsvRecordReader.CsvFormatException e) {
            throw new SourceException(file, e.getMessage());
        } catch (IOException e) {
            throw new SourceException(file, OptionalLong.empty(), "kan het bestand niet lezen: " + e, e);
        }
    }

    private CsvRecordReader openAtHeader() throws IOException {
        return openAtHeader(input.reader());
    }

    private CsvRecordReader openAtHeader(java.io.Reader text) throws IOException {
        CsvRecordReader r = new CsvRecordReader(text, dialect.delimiter());
        for (int i = 0; i < dialect.headerIndex(); i++) {
            r.next();
        }
        return r;
    }

    /** Empty names become kolom_N, repeated names get _2, _3: a layer's field names are unique. */
    private static List<String> uniqueNames(List<String> raw) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String base = raw.get(i).strip().isEmpty()
                    ? "kolom_" + (i + 1)
                    : raw.get(i).strip();
            String candidate = base;
            for (int n = 2; !seen.add(candidate); n++) {
                candidate = base + "_" + n;
            }
            names.add(candidate);
        }
        return List.copyOf(names);
    }

    /** lon/lat names mean WGS84; x/y names mean RD or WGS84 depending on where the values lie. */
    private CrsRef sampleCrs(CsvRecordReader r, CoordinateColumns c) throws IOException {
        String columns = header.get(c.xIndex()) + "/" + header.get(c.yIndex());
        if (c.geographic()) {
            return new CrsRef(OptionalInt.of(4326), Optional.of("CSV-kolommen " + columns + " (WGS84)"));
        }
        Envelope seen = new Envelope();
        List<String> rec;
        for (int i = 0; i < CRS_SAMPLE_ROWS && (rec = r.next()) != null; i++) {
            try {
                if (rec.size() > Math.max(c.xIndex(), c.yIndex())) {
                    Double x = CoordinateColumns.parse(rec.get(c.xIndex()));
                    Double y = CoordinateColumns.parse(rec.get(c.yIndex()));
                    if (x != null && y != null) {
                        seen.expandToInclude(x, y);
                    }
                }
            } catch (NumberFormatException skipped) {
                // reported when that row is read
            }
        }
        if (CrsGuess.inRdRange(seen)) {
            return new CrsRef(OptionalInt.of(28992), Optional.of("CSV-kolommen " + columns + " in het RD-bereik"));
        }
        if (CrsGuess.inWgs84Range(seen)) {
            return new CrsRef(
                    OptionalInt.of(4326), Optional.of("CSV-kolommen " + columns + " met lengte/breedte (WGS84)"));
        }
        return CrsRef.UNDECLARED;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> fieldNames() {
        return header;
    }

    @Override
    public CrsRef crs() {
        return crs;
    }

    /** The delimiter found (';', ',' or tab). */
    public char delimiter() {
        return dialect.delimiter();
    }

    /** The encoding found (UTF-8 or windows-1252). */
    public Charset charset() {
        return input.charset();
    }

    /** The file's bytes read by the row reader (buffered a little ahead) over its size. */
    @Override
    public OptionalDouble fractionRead() {
        return sizeBytes <= 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(Math.min(1.0, (double) bytesRead.get() / sizeBytes));
    }

    @Override
    public Optional<SourceFeature> next() throws SourceException {
        List<String> rec;
        try {
            do {
                rec = reader.next();
                if (rec == null) {
                    return Optional.empty();
                }
            } while (rec.stream().allMatch(String::isBlank));
        } catch (CsvRecordReader.CsvFormatException e) {
            throw new SourceException(file, row + 1, e.getMessage() + " (regel " + reader.recordLine() + ")");
        } catch (IOException e) {
            throw new SourceException(file, OptionalLong.of(row + 1), "kan het bestand niet lezen: " + e, e);
        }
        row++;
        if (CsvDialect.width(rec, header.size()) != header.size()) {
            throw new SourceException(
                    file,
                    row,
                    "rij heeft " + rec.size() + " velden, de kopregel heeft er " + header.size() + " (regel "
                            + reader.recordLine() + ")");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < rec.size(); i++) {
            String value = rec.get(i);
            if (!value.isBlank()) {
                attributes.put(header.get(i), value);
            }
        }
        return Optional.of(new SourceFeature(row, Optional.empty(), point(rec), attributes));
    }

    private Optional<Geometry> point(List<String> rec) throws SourceException {
        if (coordinates.isEmpty()) {
            return Optional.empty();
        }
        CoordinateColumns c = coordinates.get();
        Double x = number(rec, c.xIndex());
        Double y = number(rec, c.yIndex());
        if (x == null || y == null) {
            return Optional.empty();
        }
        return Optional.of(factory.createPoint(new Coordinate(x, y)));
    }

    private Double number(List<String> rec, int index) throws SourceException {
        try {
            return CoordinateColumns.parse(rec.get(index));
        } catch (NumberFormatException e) {
            throw new SourceException(
                    file,
                    row,
                    "coördinaat \"" + rec.get(index) + "\" in kolom " + header.get(index) + " is geen getal");
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

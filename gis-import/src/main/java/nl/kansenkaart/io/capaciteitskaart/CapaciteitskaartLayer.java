package nl.kansenkaart.io.capaciteitskaart;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import nl.kansenkaart.io.source.CrsRef;
import nl.kansenkaart.io.source.FeatureLayer;
import nl.kansenkaart.io.source.SourceException;
import nl.kansenkaart.io.source.SourceFeature;

/**
 * The postcode areas of a capaciteitskaart dataset as rows without geometry, one per PC6: the
 * postcode, the demand and generation constraint (the postcode area's own, else its energy area's),
 * the energy area's available capacity and alleviation years, and the dataset's publisher as the
 * grid operator. Energy areas are read one at a time; a first pass learns the list's name and
 * counts the postcode areas, so progress knows the total.
 */
final class CapaciteitskaartLayer implements FeatureLayer {
    static final String LAYER_NAME = "postcodegebieden";

    /** The attributes every row may carry, named as the model names them where it has a name. */
    static final List<String> FIELDS = List.of(
            "postcode",
            "demand_constraint",
            "generation_constraint",
            "netbeheerder",
            "energy_area_short_code",
            "substation_short_code",
            "demand_available_capacity",
            "generation_available_capacity",
            "demand_alleviation_year",
            "generation_alleviation_year");

    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final DatasetHeader header;
    private final JsonParser parser;
    private final Deque<SourceFeature> pending = new ArrayDeque<>();
    private long number;
    private int areaNumber;
    private boolean done;

    private CapaciteitskaartLayer(Path file, DatasetHeader header, JsonParser parser) {
        this.file = file;
        this.header = header;
        this.parser = parser;
    }

    static CapaciteitskaartLayer open(Path file) throws SourceException {
        DatasetHeader header = DatasetHeader.read(file);
        JsonParser parser = null;
        try {
            parser = JSON.createParser(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            moveToList(parser, header.listName());
            return new CapaciteitskaartLayer(file, header, parser);
        } catch (JsonProcessingException e) {
            closeQuietly(parser);
            throw invalidJson(file, 0, e);
        } catch (IOException e) {
            closeQuietly(parser);
            throw new SourceException(file, OptionalLong.empty(), "kan het bestand niet lezen: " + e.getMessage(), e);
        }
    }

    /** Leaves the parser on the START_ARRAY of the top-level list (the first pass found it). */
    private static void moveToList(JsonParser p, String listName) throws IOException {
        p.nextToken();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals(listName) && p.currentToken() == JsonToken.START_ARRAY) {
                return;
            }
            p.skipChildren();
        }
        throw new IOException("lijst " + listName + " niet teruggevonden");
    }

    @Override
    public String name() {
        return LAYER_NAME;
    }

    @Override
    public List<String> fieldNames() {
        return FIELDS;
    }

    @Override
    public CrsRef crs() {
        return CrsRef.UNDECLARED;
    }

    @Override
    public Optional<Long> sizeHint() {
        return Optional.of(header.postcodeAreas());
    }

    @Override
    public Optional<SourceFeature> next() throws SourceException {
        try {
            while (pending.isEmpty() && !done) {
                JsonToken t = parser.nextToken();
                if (t == null || t == JsonToken.END_ARRAY) {
                    done = true;
                    break;
                }
                areaNumber++;
                if (t != JsonToken.START_OBJECT) {
                    throw problem(areaWhere(Optional.empty()) + " is geen JSON-object maar " + t);
                }
                expand(ModelTree.readObject(parser));
            }
        } catch (JsonProcessingException e) {
            done = true;
            throw invalidJson(file, number + 1, e);
        } catch (IOException e) {
            done = true;
            throw new SourceException(file, OptionalLong.of(number + 1), "kan het bestand niet lezen: " + e, e);
        }
        return Optional.ofNullable(pending.poll());
    }

    /** Turns one energy area into its postcode rows. */
    private void expand(Map<String, Object> area) throws SourceException {
        Optional<String> areaCode = text(area, "short_code", "shortCode");
        Object list = first(area, "postcode_areas", "PostcodeAreas");
        if (list == null) {
            return; // an energy area given without postcodes (as a TSO publishes) has nothing to join
        }
        if (!(list instanceof List<?> areas)) {
            throw problem(areaWhere(areaCode) + ": postcode_areas is geen lijst");
        }
        int k = 0;
        for (Object element : areas) {
            k++;
            String where = areaWhere(areaCode) + ", postcodegebied " + k;
            if (!(element instanceof Map<?, ?> raw)) {
                throw problem(where + " is geen JSON-object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> pc = (Map<String, Object>) raw;
            Object postcode = pc.get("postcode");
            if (postcode == null) {
                throw problem(where + ": de postcode ontbreekt (verplicht in het model)");
            }
            if (!(postcode instanceof String code) || code.isBlank()) {
                throw problem(where + ": de postcode is geen tekst (" + postcode + ")");
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("postcode", code);
            for (String constraint : List.of("demand_constraint", "generation_constraint")) {
                Object value =
                        pc.containsKey(constraint) ? pc.get(constraint) : first(area, constraint, camel(constraint));
                if (value != null) {
                    if (!(value instanceof String)) {
                        throw problem(
                                where + " (postcode " + code + "): " + constraint + " is geen tekst (" + value + ")");
                    }
                    row.put(constraint, value);
                }
            }
            header.publisher().ifPresent(p -> row.put("netbeheerder", p));
            areaCode.ifPresent(c -> row.put("energy_area_short_code", c));
            text(pc, "substation_short_code").ifPresent(s -> row.put("substation_short_code", s));
            for (String figure : List.of(
                    "demand_available_capacity",
                    "generation_available_capacity",
                    "demand_alleviation_year",
                    "generation_alleviation_year")) {
                Object value = pc.containsKey(figure) ? pc.get(figure) : first(area, figure, camel(figure));
                if (value instanceof Number n) {
                    row.put(figure, n);
                } else if (value != null) {
                    throw problem(where + " (postcode " + code + "): " + figure + " is geen getal (" + value + ")");
                }
            }
            number++;
            pending.add(new SourceFeature(number, Optional.of(code), Optional.empty(), row));
        }
    }

    private String areaWhere(Optional<String> code) {
        return "energiegebied " + areaNumber + code.map(c -> " ('" + c + "')").orElse("");
    }

    private SourceException problem(String reason) {
        done = true;
        return new SourceException(file, number + 1, reason);
    }

    private static Object first(Map<String, Object> map, String... names) {
        for (String n : names) {
            Object v = map.get(n);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static Optional<String> text(Map<String, Object> map, String... names) {
        Object v = first(map, names);
        return v instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
    }

    /** demand_constraint -> demandConstraint: the camel-case names of the model's first version. */
    private static String camel(String snake) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    static SourceException invalidJson(Path file, long record, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " bij regel " + at.getLineNr() + ", kolom " + at.getColumnNr();
        String reason = "ongeldige JSON" + where + " ("
                + e.getOriginalMessage().lines().findFirst().orElse("") + ")";
        OptionalLong n = record > 0 ? OptionalLong.of(record) : OptionalLong.empty();
        return new SourceException(file, n, reason, e);
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // The read failure is what the caller needs to see.
            }
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}

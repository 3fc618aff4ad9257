package nl.kansenkaart.io.capaciteitskaart;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.kansenkaart.io.source.SourceException;

/**
 * What a first pass over a capaciteitskaart dataset learns without keeping it: the name of its list
 * of energy areas, the publisher (the grid operator) and the number of postcode areas.
 *
 * @param listName the top-level list: energy_areas, or substations in the model's first version
 * @param publisher the dataset's publisher (Dublin Core), when given
 * @param postcodeAreas the postcode areas over all energy areas
 */
record DatasetHeader(String listName, Optional<String> publisher, long postcodeAreas) {
    static final List<String> LIST_NAMES = List.of("energy_areas", "substations", "Substations");

    private static final JsonFactory JSON = new JsonFactory();

    static DatasetHeader read(Path file) throws SourceException {
        long[] counted = {0};
        try (JsonParser p = JSON.createParser(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new SourceException(file, "het bestand begint niet met een JSON-object");
            }
            String list = null;
            String publisher = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (list == null && LIST_NAMES.contains(name)) {
                    if (value != JsonToken.START_ARRAY) {
                        throw new SourceException(file, name + " is geen lijst van energiegebieden");
                    }
                    list = name;
                    countPostcodeAreas(p, counted);
                } else if (name.equals("publisher") && value == JsonToken.VALUE_STRING) {
                    publisher = p.getText().strip();
                } else {
                    p.skipChildren();
                }
            }
            if (list == null) {
                throw new SourceException(
                        file,
                        "geen lijst energy_areas (of substations) gevonden: geen capaciteitskaart-JSON volgens het"
                                + " model im-capaciteitskaart van Netbeheer Nederland");
            }
            if (counted[0] == 0) {
                throw new SourceException(
                        file,
                        "de capaciteitskaart-JSON bevat geen postcodegebieden (postcode_areas): gegevens per"
                                + " energiegebied zonder postcodes zijn niet aan panden te koppelen; gebruik het"
                                + " bestand per postcode (PC6) of een kaartlaag met vlakken");
            }
            return new DatasetHeader(list, Optional.ofNullable(publisher).filter(s -> !s.isEmpty()), counted[0]);
        } catch (JsonProcessingException e) {
            throw CapaciteitskaartLayer.invalidJson(file, counted[0] + 1, e);
        } catch (IOException e) {
            throw new SourceException(file, OptionalLong.empty(), "kan het bestand niet lezen: " + e.getMessage(), e);
        }
    }

    /** Counts the postcode areas of every energy area; the parser is on the list's START_ARRAY. */
    private static void countPostcodeAreas(JsonParser p, long[] counted) throws IOException {
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ((name.equals("postcode_areas") || name.equals("PostcodeAreas")) && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        p.skipChildren();
                        counted[0]++;
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
    }
}

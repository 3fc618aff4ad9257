package nl.kansenkaart.io.mapping;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The addresses of an NLExtract-style BAG, where a verblijfsobject only refers to its
 * nummeraanduiding (hoofdadresnummeraanduidingref) and the address sits in another table. Read
 * into memory before the units: a municipality has some 10^5 addresses, which is fine.
 */
public final class AddressBook {

    /**
     * One nummeraanduiding.
     *
     * @param street the street name when the source has it (NLExtract keeps it in openbareruimte)
     */
    public record Entry(
            int houseNumber,
            Optional<String> letter,
            Optional<String> addition,
            Optional<String> postcode,
            Optional<String> street) {}

    private final Map<String, Entry> byId = new HashMap<>();
    private final Map<String, String> municipalityByCode = new HashMap<>();

    /** Adds one nummeraanduiding row; rows without a readable huisnummer are left out. */
    public void add(FeatureFields row) throws ValueProblem {
        String id = BagValues.objectId(row.value("identificatie").orElseThrow(() -> new ValueProblem("geen id")));
        var number = row.whole("huisnummer");
        if (number.isEmpty()) {
            throw new ValueProblem("geen huisnummer");
        }
        byId.put(
                id,
                new Entry(
                        number.getAsInt(),
                        row.text("huisletter"),
                        row.text("huisnummertoevoeging", "toevoeging"),
                        row.text("postcode"),
                        row.text("openbare_ruimte_naam", "openbareruimtenaam", "straatnaam")));
    }

    /** Adds a municipality name by its four-digit code (from a CBS buurten layer: "GM0518"). */
    public void addMunicipality(String code, String name) {
        String digits = code.replaceAll("[^0-9]", "");
        if (!digits.isEmpty() && !name.isBlank()) {
            municipalityByCode.put("0".repeat(Math.max(0, 4 - digits.length())) + digits, name.strip());
        }
    }

    /** The nummeraanduiding with this id (any prefix, 16 digits). */
    public Optional<Entry> find(String nummeraanduidingId) {
        try {
            return Optional.ofNullable(byId.get(BagValues.objectId(nummeraanduidingId)));
        } catch (ValueProblem e) {
            return Optional.empty();
        }
    }

    /** The municipality of a BAG object id: its first four digits are the gemeentecode. */
    public Optional<String> municipalityOf(String bagId) {
        return bagId.length() >= 4
                ? Optional.ofNullable(municipalityByCode.get(bagId.substring(0, 4)))
                : Optional.empty();
    }

    /** The number of addresses held. */
    public int size() {
        return byId.size();
    }
}

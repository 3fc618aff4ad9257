package nl.kansenkaart.io.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.io.source.SourceFeature;

/**
 * Maps KvK company lists (KvK-nummer, Vestigingsnummer, Handelsnaam/Naam, Straat, Huisnummer,
 * Huisletter, Toevoeging, Postcode with or without space, Plaats, SBI-code). The id is
 * KvK-nummer + "-" + Vestigingsnummer, or "rij-N" when the row has neither. A company whose address
 * is unusable (a PO box, no number) is kept without address so it can be matched by hand.
 */
public final class CompanyMapper {
    private static final Pattern NUMBER_WITH_LETTER =
            Pattern.compile("([0-9]{1,5})\\s*([A-Za-z])?\\s*(?:-\\s*(\\S{1,4}))?");

    private long withoutAddress;
    private long kvkPadded;

    /** The company of one row, or a problem that skips it. */
    public Company map(SourceFeature feature) throws ValueProblem {
        FeatureFields f = FeatureFields.of(feature);
        String name = f.text("Handelsnaam", "Naam", "Bedrijfsnaam", "Statutaire naam")
                .orElseThrow(() -> new ValueProblem("geen bedrijfsnaam"));
        Optional<String> kvk = kvkNumber(f);
        Optional<String> branch = f.text("Vestigingsnummer", "vestigingsnr");
        String id = kvk.map(k -> branch.map(b -> k + "-" + b).orElse(k))
                .orElse(branch.map(b -> "vestiging-" + b).orElse("rij-" + feature.number()));
        Optional<Address> address = address(f);
        if (address.isEmpty()) {
            withoutAddress++;
        }
        try {
            return new Company(
                    id, name, kvk, f.text("SBI-code", "SBI", "sbi_code_hoofdactiviteit"), address, Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new ValueProblem("ongeldig bedrijf", e.getMessage());
        }
    }

    private Optional<String> kvkNumber(FeatureFields f) throws ValueProblem {
        Optional<String> text = f.text("KvK-nummer", "kvknummer", "kvk");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String digits = text.get().replaceAll("\\s", "");
        if (!digits.matches("[0-9]{1,8}")) {
            throw new ValueProblem("ongeldig KvK-nummer", "'" + text.get() + "'");
        }
        if (digits.length() < 8) {
            // Excel drops the leading zeros of numbers; KvK numbers are eight digits.
            kvkPadded++;
            digits = "0".repeat(8 - digits.length()) + digits;
        }
        return Optional.of(digits);
    }

    private static Optional<Address> address(FeatureFields f) throws ValueProblem {
        Optional<String> street = f.text("Straat", "Straatnaam", "Bezoekadres straat");
        Optional<String> numberText = f.text("Huisnummer", "Bezoekadres huisnummer");
        Optional<String> postcode = f.text("Postcode", "Bezoekadres postcode");
        Optional<String> town = f.text("Plaats", "Woonplaats", "Bezoekadres plaats");
        if (street.isEmpty() || numberText.isEmpty() || postcode.isEmpty() || town.isEmpty()) {
            return Optional.empty();
        }
        Matcher m =
                NUMBER_WITH_LETTER.matcher(numberText.get().replace(".0", "").strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<String> letter = f.text("Huisletter").or(() -> Optional.ofNullable(m.group(2)));
        Optional<String> addition =
                f.text("Toevoeging", "Huisnummertoevoeging").or(() -> Optional.ofNullable(m.group(3)));
        try {
            return Optional.of(new Address(
                    street.get(), Integer.parseInt(m.group(1)), letter, addition, postcode.get(), town.get()));
        } catch (IllegalArgumentException e) {
            // A PO box or a foreign postcode: kept without address, matched by hand.
            return Optional.empty();
        }
    }

    /** Dutch notes for the import report. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (withoutAddress > 0) {
            notes.add(withoutAddress + " bedrijven zonder bruikbaar bezoekadres (postbus, geen huisnummer of"
                    + " ongeldige postcode): opgeslagen zonder adres, koppel ze met de hand");
        }
        if (kvkPadded > 0) {
            notes.add(kvkPadded + " KvK-nummers met minder dan 8 cijfers aangevuld met voorloopnullen");
        }
        return notes;
    }
}

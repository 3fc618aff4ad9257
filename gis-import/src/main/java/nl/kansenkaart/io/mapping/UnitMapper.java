package nl.kansenkaart.io.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import nl.kansenkaart.core.model.Address;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.model.UnitStatus;
import nl.kansenkaart.io.source.SourceFeature;

/**
 * Maps BAG verblijfsobjecten in PDOK/bag-light style (address fields on the row, pand_identificatie)
 * and NLExtract style (pandref, hoofdadresnummeraanduidingref resolved through an {@link
 * AddressBook}). The street and town fall back to named placeholders when the source lacks them;
 * the importer reports how often.
 */
public final class UnitMapper {
    /** Shown as street when the source only refers to an openbare ruimte it does not include. */
    public static final String UNKNOWN_STREET = "(straatnaam onbekend)";
    /** Shown as town when neither woonplaats nor municipality is known. */
    public static final String UNKNOWN_TOWN = "onbekend";

    private final GeometryPreparer geometry;
    private final AddressBook addresses;
    private long streetUnknown;
    private long townFromMunicipality;
    private long townUnknown;

    public UnitMapper(GeometryPreparer geometry, AddressBook addresses) {
        this.geometry = geometry;
        this.addresses = addresses;
    }

    /** The unit of one feature, or a problem that skips it. */
    public Mapped<Unit> map(SourceFeature feature) throws ValueProblem {
        FeatureFields f = FeatureFields.of(feature);
        String id = BagValues.unitId(f.value("identificatie").orElseThrow(() -> new ValueProblem("geen id")));
        List<String> panden = BagValues.pandIds(f.value("pand_identificatie", "pandref", "pandidentificatie")
                .orElseThrow(() -> new ValueProblem("geen pand-id")));
        var purposes = BagValues.purposes(
                f.value("gebruiksdoel", "gebruiksdoelen").orElseThrow(() -> new ValueProblem("geen gebruiksdoel")));
        int area =
                f.whole("oppervlakte", "gebruiksoppervlakte").orElseThrow(() -> new ValueProblem("geen oppervlakte"));
        if (area < 1 || area > 999_999) {
            throw new ValueProblem("ongeldige oppervlakte", area + " m2");
        }
        String statusText = f.text("status").orElseThrow(() -> new ValueProblem("geen status"));
        UnitStatus status = UnitStatus.fromBag(statusText)
                .orElseThrow(() -> new ValueProblem("onbekende status", "'" + statusText + "'"));
        Address address = address(f, id);
        var location = geometry.point(feature.geometry());
        try {
            return new Mapped<>(new Unit(id, panden, purposes, area, status, address, location.geometry()), false);
        } catch (IllegalArgumentException e) {
            throw new ValueProblem("ongeldig verblijfsobject", e.getMessage());
        }
    }

    private Address address(FeatureFields f, String unitId) throws ValueProblem {
        int number;
        Optional<String> letter;
        Optional<String> addition;
        Optional<String> postcode;
        Optional<String> street = f.text("openbare_ruimte_naam", "openbare_ruimte", "openbareruimtenaam", "straat");
        Optional<String> ref = f.text("hoofdadresnummeraanduidingref", "hoofdadres");
        if (f.value("huisnummer").isPresent()) {
            number = f.whole("huisnummer").getAsInt();
            letter = f.text("huisletter");
            addition = f.text("toevoeging", "huisnummertoevoeging");
            postcode = f.text("postcode");
        } else if (ref.isPresent()) {
            AddressBook.Entry e = addresses
                    .find(ref.get())
                    .orElseThrow(() -> new ValueProblem("adres (nummeraanduiding) niet gevonden", ref.get()));
            number = e.houseNumber();
            letter = e.letter();
            addition = e.addition();
            postcode = e.postcode();
            street = street.or(e::street);
        } else {
            throw new ValueProblem("geen adres");
        }
        if (postcode.isEmpty()) {
            throw new ValueProblem("adres zonder postcode");
        }
        String town = f.text("woonplaats_naam", "woonplaats", "woonplaatsnaam").orElse("");
        if (town.isEmpty()) {
            Optional<String> municipality = addresses.municipalityOf(unitId);
            if (municipality.isPresent()) {
                town = municipality.get();
                townFromMunicipality++;
            } else {
                town = UNKNOWN_TOWN;
                townUnknown++;
            }
        }
        if (street.isEmpty()) {
            streetUnknown++;
        }
        try {
            return new Address(street.orElse(UNKNOWN_STREET), number, letter, addition, postcode.get(), town);
        } catch (IllegalArgumentException e) {
            throw new ValueProblem("ongeldig adres", e.getMessage());
        }
    }

    /** Dutch notes on the placeholders used, for the import report. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (streetUnknown > 0) {
            notes.add(streetUnknown + " verblijfsobjecten zonder straatnaam in de bron: als '" + UNKNOWN_STREET
                    + "' opgeslagen (koppelen op postcode en huisnummer werkt wel)");
        }
        if (townFromMunicipality > 0) {
            notes.add(townFromMunicipality
                    + " verblijfsobjecten zonder woonplaats in de bron: de gemeentenaam is als woonplaats genomen");
        }
        if (townUnknown > 0) {
            notes.add(townUnknown + " verblijfsobjecten zonder woonplaats: als '" + UNKNOWN_TOWN + "' opgeslagen");
        }
        return notes;
    }

    /**
     * One unit from two rows of the same VBO (a VBO in several panden written once per pand): the
     * first row's values with the panden of both.
     */
    public static Unit merge(Unit first, Unit second) {
        LinkedHashSet<String> panden = new LinkedHashSet<>(first.buildingIds());
        panden.addAll(second.buildingIds());
        return new Unit(
                first.id(),
                List.copyOf(panden),
                first.purposes(),
                first.floorAreaM2(),
                first.status(),
                first.address(),
                first.location());
    }
}

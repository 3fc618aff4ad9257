package nl.kansenkaart.core.model;

import java.util.Optional;

/**
 * A company on the park, from a KvK export or typed by the consultant.
 *
 * @param id a stable id within the project (the KvK number plus branch, or one the consultant made)
 * @param name the trade name
 * @param kvkNumber the 8-digit KvK number
 * @param sbiCode the main SBI activity code
 * @param address the visiting address as the source gives it
 * @param unitId the verblijfsobject the company was matched to (16 digits), automatically or by hand
 */
public record Company(
        String id,
        String name,
        Optional<String> kvkNumber,
        Optional<String> sbiCode,
        Optional<Address> address,
        Optional<String> unitId) {

    public Company {
        id = Checks.text(id, "bedrijf-id");
        name = Checks.text(name, "bedrijfsnaam");
        kvkNumber = Checks.optionalText(kvkNumber, "KvK-nummer");
        kvkNumber.ifPresent(k -> {
            if (!isKvkNumber(k)) {
                throw new IllegalArgumentException("ongeldig KvK-nummer '" + k + "' (8 cijfers verwacht)");
            }
        });
        sbiCode = Checks.optionalText(sbiCode, "SBI-code");
        Checks.present(address, "adres");
        unitId = Checks.present(unitId, "verblijfsobject-id").map(BagIds::unitId);
    }

    // What the pattern [0-9]{8} matches, as a loop: every company of a loaded park passes here.
    private static boolean isKvkNumber(String text) {
        if (text.length() != 8) {
            return false;
        }
        for (int k = 0; k < 8; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** This company matched to the given unit. */
    public Company matchedTo(String matchedUnitId) {
        return new Company(id, name, kvkNumber, sbiCode, address, Optional.of(matchedUnitId));
    }
}

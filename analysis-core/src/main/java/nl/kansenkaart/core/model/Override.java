package nl.kansenkaart.core.model;

/**
 * A consultant's own edit, kept apart from imported data so a re-import never loses it.
 *
 * @param target what kind of record the edit is about
 * @param targetId the id of that record (pand id, VBO id, company id)
 * @param key which field or flag ("bedrijfsnaam", "monument", "gemeten_elektriciteit_kwh", ...)
 * @param value the new value as text
 */
public record Override(OverrideTarget target, String targetId, String key, String value) {

    public Override {
        Checks.present(target, "soort");
        targetId = Checks.text(targetId, "id");
        key = Checks.text(key, "veld");
        Checks.present(value, "waarde");
    }

    /** The kinds of record a consultant can edit. */
    public enum OverrideTarget {
        BUILDING,
        UNIT,
        COMPANY,
        PARK
    }
}

package nl.kansenkaart.core.grid;

import java.util.List;
import java.util.Properties;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.text.PropertyReader;

/**
 * The assumptions of the grid join: which statuses count as congested in the park summary.
 *
 * @param preset the name of the preset these values started from ("standaard")
 * @param scarceCountsAsCongested true to count yellow (scarcity looming) as congested too; by
 *     default only orange and red count, the map's own line between "still possible" and "waiting list"
 */
public record GridAssumptions(String preset, boolean scarceCountsAsCongested) {

    public GridAssumptions {
        preset = preset == null || preset.isBlank() ? "eigen" : preset.strip();
    }

    /** Orange and red count as congested. */
    public static GridAssumptions standard() {
        return new GridAssumptions("standaard", false);
    }

    /** Whether a status counts as congested under these assumptions. */
    public boolean isCongested(CapacityStatus status) {
        return status.isCongested() || (scarceCountsAsCongested && status == CapacityStatus.SCARCE);
    }

    /** These assumptions with the given values from a properties file; absent keys keep this base's value. */
    public static GridAssumptions fromProperties(Properties properties, GridAssumptions base) {
        PropertyReader p = new PropertyReader(properties);
        return new GridAssumptions(
                p.text("preset", base.preset),
                p.yesNo("net.schaarste_telt_als_congestie", base.scarceCountsAsCongested));
    }

    /** These values as a properties file with Dutch keys. */
    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("preset", preset);
        p.setProperty("net.schaarste_telt_als_congestie", scarceCountsAsCongested ? "ja" : "nee");
        return p;
    }

    /** The values as lines for a report, in Dutch. */
    public List<String> describe() {
        return List.of(
                "Netcapaciteit, uitgangspunten '" + preset + "'",
                "pand gekoppeld aan het netgebied dat een punt binnen de pandcontour bevat (of via de postcodes van"
                        + " de verblijfsobjecten)",
                "als congestie geteld: oranje en rood" + (scarceCountsAsCongested ? " en geel" : ""),
                "bron: capaciteitskaart Netbeheer Nederland (afname en invoeding apart)");
    }
}

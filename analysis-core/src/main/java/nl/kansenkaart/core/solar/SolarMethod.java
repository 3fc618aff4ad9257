package nl.kansenkaart.core.solar;

import java.util.Locale;
import java.util.Optional;

/** The ways to size a rooftop solar system; the assumptions choose one, buildings may fall back. */
public enum SolarMethod {
    /**
     * The Drenthe leidraad sheet: panels = round half up (footprint / m2 of footprint per panel),
     * kWp = round half up (panels x Wp / 1000). Footprint only.
     */
    LEIDRAAD("leidraad", "Leidraad (footprint)"),
    /** Footprint only with today's modules: a usable share of the footprint filled with panels. */
    ACTUEEL("actueel", "Actueel (footprint)"),
    /** The 3D BAG roof parts, each with its own slope and azimuth; footprint fallback without parts. */
    DAKVLAKKEN("dakvlakken", "Dakvlakken (3D BAG)");

    private final String code;
    private final String label;

    SolarMethod(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The code used in assumption files and reason lines ("leidraad", "actueel", "dakvlakken"). */
    public String code() {
        return code;
    }

    /** The Dutch name a consultant reads. */
    public String label() {
        return label;
    }

    /** Whether this method looks only at the footprint. */
    public boolean isFootprintOnly() {
        return this != DAKVLAKKEN;
    }

    /** Parses a code, ignoring case and surrounding space. */
    public static Optional<SolarMethod> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (SolarMethod m : values()) {
            if (m.code.equals(wanted)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}

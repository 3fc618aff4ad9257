package nl.kansenkaart.core.model;

import java.util.Locale;
import java.util.Optional;

/** An energy label class, best to worst, with the customary colour used on maps and sheets. */
public enum LabelClass {
    A5PLUS("A+++++", "#009037"),
    A4PLUS("A++++", "#009037"),
    A3PLUS("A+++", "#009037"),
    A2PLUS("A++", "#009037"),
    A1PLUS("A+", "#009037"),
    A("A", "#009037"),
    B("B", "#55ab26"),
    C("C", "#c8d100"),
    D("D", "#ffec00"),
    E("E", "#faba00"),
    F("F", "#eb6909"),
    G("G", "#e2001a");

    private final String code;
    private final String colourHex;

    LabelClass(String code, String colourHex) {
        this.code = code;
        this.colourHex = colourHex;
    }

    /** The class as EP-Online writes it ("A++", "C"). */
    public String code() {
        return code;
    }

    /** The customary colour as "#rrggbb". */
    public String colourHex() {
        return colourHex;
    }

    /** Whether this class is C or better. */
    public boolean isCOrBetter() {
        return compareTo(C) <= 0;
    }

    /** Parses the EP-Online class ("A++++", "a+", "C"); empty for "unknown" and other text. */
    public static Optional<LabelClass> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (LabelClass c : values()) {
            if (c.code.equals(wanted)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}

package nl.kansenkaart.app.map.print;

import java.util.Locale;
import java.util.Set;

/** Makes file names that Windows, macOS and Linux all accept from park and theme names. */
public final class FileNames {
    /** Names Windows reserves for devices, with or without an extension. */
    private static final Set<String> RESERVED = Set.of(
            "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1",
            "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    /** Room left for an extension and a folder under Windows' classic 260-character path limit. */
    private static final int MAX_LENGTH = 120;

    private FileNames() {}

    /**
     * The name with characters Windows forbids ({@code <>:"/\|?*} and control characters) replaced
     * by a hyphen, runs of spaces collapsed, trailing dots and spaces removed and the length capped.
     */
    public static String safe(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            sb.append(c < 32 || "<>:\"/\\|?*".indexOf(c) >= 0 ? '-' : c);
        }
        String s = sb.toString().replaceAll("\\s+", " ").strip();
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH).strip();
        }
        s = s.replaceAll("[. ]+$", "");
        if (s.isEmpty() || RESERVED.contains(s.toUpperCase(Locale.ROOT))) {
            s = "kaart " + s;
        }
        return s.strip();
    }
}

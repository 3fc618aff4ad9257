package nl.kansenkaart.app.map;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The maps' typeface: DejaVu Sans, bundled with the application (licence beside the font files), so
 * that the screen, the PNG and the PDF show the same letters with the same widths on every machine,
 * and the PDF can embed the very font its text was laid out with.
 */
public final class MapFonts {
    private static final String REGULAR_FILE = "fonts/DejaVuSans.ttf";
    private static final String BOLD_FILE = "fonts/DejaVuSans-Bold.ttf";

    private static final byte[] REGULAR_BYTES = read(REGULAR_FILE);
    private static final byte[] BOLD_BYTES = read(BOLD_FILE);
    private static final Font REGULAR = create(REGULAR_BYTES, REGULAR_FILE);
    private static final Font BOLD = create(BOLD_BYTES, BOLD_FILE);

    private MapFonts() {}

    /**
     * The map font in a style at a size.
     *
     * @param style {@link Font#PLAIN} or {@link Font#BOLD} (italic is not used on the maps)
     * @param sizePx the size in pixels of the device drawn on
     */
    public static Font of(int style, double sizePx) {
        return ((style & Font.BOLD) != 0 ? BOLD : REGULAR).deriveFont((float) sizePx);
    }

    /** The font name a Java2D font of that style reports, the key a PDF drawer maps it by. */
    public static String fontName(int style) {
        return ((style & Font.BOLD) != 0 ? BOLD : REGULAR).getFontName();
    }

    /** The TrueType file of that style, for embedding in a PDF. */
    public static InputStream trueType(int style) {
        return new ByteArrayInputStream((style & Font.BOLD) != 0 ? BOLD_BYTES : REGULAR_BYTES);
    }

    private static byte[] read(String resource) {
        try (InputStream in = MapFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lettertype " + resource + " ontbreekt in de applicatie");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("lettertype " + resource + " is niet te lezen", e);
        }
    }

    private static Font create(byte[] bytes, String resource) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("lettertype " + resource + " is geen geldig TrueType-bestand", e);
        }
    }
}

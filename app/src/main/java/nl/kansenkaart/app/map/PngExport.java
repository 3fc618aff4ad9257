package nl.kansenkaart.app.map;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Renders a theme of a park to an image of a given pixel size and writes it as PNG. */
public final class PngExport {
    /** The background of exported maps: a light paper tone so white legends stand out. */
    public static final Color BACKGROUND = new Color(246, 245, 240);

    private PngExport() {}

    /**
     * Renders the whole park (fitted with a margin) with title, legend, scale bar, north arrow and
     * attribution.
     *
     * @param widthPx image width in pixels
     * @param heightPx image height in pixels
     * @param pixelScale dpi / 96: line widths, symbols and text grow with it
     * @param title the map title
     */
    public static BufferedImage render(
            MapContent content, MapTheme theme, int widthPx, int heightPx, double pixelScale, String title) {
        Viewport v = Viewport.fit(content.extent(), widthPx, heightPx, 60 * pixelScale);
        return render(content, theme, v, pixelScale, title);
    }

    /** Renders the given viewport with all decorations. */
    public static BufferedImage render(
            MapContent content, MapTheme theme, Viewport v, double pixelScale, String title) {
        BufferedImage image = new BufferedImage(v.widthPx(), v.heightPx(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, v.widthPx(), v.heightPx());
            MapRenderer.render(g, v, content, theme, pixelScale, () -> false);
            MapDecorations.drawAll(g, v, theme, title, pixelScale);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the image as PNG, creating parent folders. */
    public static void write(BufferedImage image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("geen PNG-schrijver beschikbaar voor " + file);
        }
    }

    /** Renders and writes in one go; IO problems name the file. */
    public static void writePng(
            MapContent content, MapTheme theme, int widthPx, int heightPx, double pixelScale, String title, Path file) {
        try {
            write(render(content, theme, widthPx, heightPx, pixelScale, title), file);
        } catch (IOException e) {
            throw new UncheckedIOException("kaart niet geschreven naar " + file + ": " + e.getMessage(), e);
        }
    }
}

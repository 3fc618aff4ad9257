package nl.kansenkaart.app.map.print;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Renders a map page to an image and writes it as PNG with its resolution (pHYs) recorded. */
public final class PngPageWriter {
    private static final String PNG_FORMAT = "javax_imageio_png_1.0";

    private PngPageWriter() {}

    /** The page as an RGB image of the page's pixel size. */
    public static BufferedImage render(PageSpec spec, MapSheet sheet) {
        BufferedImage image = new BufferedImage(spec.widthPx(), spec.heightPx(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            PageRenderer.draw(g, spec, sheet);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Renders and writes the page; a print dialog then knows its size in millimetres. */
    public static void write(PageSpec spec, MapSheet sheet, Path file) throws IOException {
        write(render(spec, sheet), spec.dpi(), file);
    }

    /**
     * Writes an image as PNG with pixels per metre in the pHYs chunk.
     *
     * @param dpi pixels per inch to record
     */
    public static void write(BufferedImage image, double dpi, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("geen PNG-schrijver beschikbaar voor " + file);
        }
        ImageWriter writer = writers.next();
        try (OutputStream bytes = Files.newOutputStream(file);
                ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata =
                    writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            metadata.mergeTree(PNG_FORMAT, physicalSize(dpi));
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode physicalSize(double dpi) {
        String perMetre = String.format(Locale.ROOT, "%d", Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
        root.appendChild(phys);
        return root;
    }
}

package nl.kansenkaart.app.map.print;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kansenkaart.app.map.MapFonts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Writes a map page as a one-page vector PDF: the same Java2D drawing as the PNG goes through
 * PDFBox's Graphics2D bridge, so buildings are paths and text is text (searchable, sharp at any
 * zoom), in the maps' own font (DejaVu Sans) embedded as a subset, so the text is selectable and
 * prints alike everywhere.
 */
public final class PdfPageWriter {
    private PdfPageWriter() {}

    /** Draws the page into a new PDF file of the page's size in points. */
    public static void write(PageSpec spec, MapSheet sheet, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(spec.widthPt(), spec.heightPt()));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, spec.widthPt(), spec.heightPt());
            PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer();
            try {
                for (int style : new int[] {Font.PLAIN, Font.BOLD}) {
                    // Only the glyphs the page uses are embedded (subset), a few kB per face.
                    fonts.registerFont(
                            MapFonts.fontName(style), PDType0Font.load(document, MapFonts.trueType(style), true));
                }
                g.setFontTextDrawer(fonts);
                // The page is laid out in pixels of the spec's resolution; PDF user space is points.
                double toPoints = 72 / spec.dpi();
                g.scale(toPoints, toPoints);
                PageRenderer.draw(g, spec, sheet);
            } finally {
                g.dispose();
                fonts.close();
            }
            PDFormXObject drawing = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(drawing);
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(sheet.parkName() + " - " + sheet.theme().name());
            info.setSubject(sheet.attribution());
            info.setCreator("Kansenkaart-werkbank");
            document.save(file.toFile());
        }
    }
}

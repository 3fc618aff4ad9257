package nl.kansenkaart.app.map.print;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import nl.kansenkaart.app.map.MapRenderer;
import nl.kansenkaart.app.map.PngExport;
import nl.kansenkaart.app.map.Viewport;

/**
 * Draws a whole map page with Java2D: the map frame at a round scale and the side panel. The same
 * drawing goes into a raster image (PNG) and into a vector PDF page.
 */
public final class PageRenderer {
    /** Free space inside the map frame around the park, in millimetres. */
    private static final double INSET_MM = 6;

    private PageRenderer() {}

    /**
     * What was drawn where, for callers and tests.
     *
     * @param layout the page layout
     * @param viewport the map's viewport inside the frame (frame pixels)
     * @param legend the legend's box on the page, pixels
     */
    public record PrintedPage(PageLayout layout, Viewport viewport, Rectangle2D legend) {}

    /**
     * Draws the page.
     *
     * @param g a graphics whose units are the page's pixels (identity for an image of the page size)
     * @param spec the page
     * @param sheet what to show
     */
    public static PrintedPage draw(Graphics2D g, PageSpec spec, MapSheet sheet) {
        PageLayout layout = PageLayout.of(spec);
        Rectangle frame = layout.mapFrame();
        Viewport viewport =
                PrintScale.fit(sheet.content().extent(), frame.width, frame.height, spec.dpi(), spec.px(INSET_MM));
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, spec.widthPx(), spec.heightPx());
            g2.setColor(PngExport.BACKGROUND);
            g2.fill(frame);

            Graphics2D map = (Graphics2D) g2.create();
            try {
                map.translate(frame.x, frame.y);
                MapRenderer.render(map, viewport, sheet.content(), sheet.theme(), spec.pixelScale(), () -> false);
            } finally {
                map.dispose();
            }
            g2.setColor(SidePanel.INK);
            g2.setStroke(new BasicStroke((float) spec.ptPx(0.8)));
            g2.draw(frame);

            Rectangle2D legend = new SidePanel(g2, spec, layout.panel()).draw(sheet, viewport);
            return new PrintedPage(layout, viewport, legend);
        } finally {
            g2.dispose();
        }
    }
}

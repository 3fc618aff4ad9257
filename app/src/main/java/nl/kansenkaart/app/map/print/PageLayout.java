package nl.kansenkaart.app.map.print;

import java.awt.Rectangle;

/**
 * Where the map frame and the side panel (title, legend, scale, sources) sit on a page, in pixels.
 * The panel lies beside the frame, never over it, so the legend cannot hide a building.
 *
 * @param spec the page
 * @param mapFrame the map frame, whole pixels
 * @param panel the side panel right of the frame
 */
public record PageLayout(PageSpec spec, Rectangle mapFrame, Rectangle panel) {

    /** Free paper around everything, in millimetres (printers cannot print to the edge). */
    static final double MARGIN_MM = 10;

    /** Width of the side panel, in millimetres: the same on A4 and A3, so text stays the same size. */
    static final double PANEL_MM = 78;

    /** Space between the map frame and the panel, in millimetres. */
    static final double GAP_MM = 6;

    public PageLayout {
        if (spec == null || mapFrame == null || panel == null) {
            throw new IllegalArgumentException("paginaopmaak onvolledig");
        }
        if (mapFrame.intersects(panel)) {
            throw new IllegalArgumentException("het kaartvenster overlapt het zijpaneel");
        }
    }

    /** The layout of a page: map frame on the left, panel on the right. */
    public static PageLayout of(PageSpec spec) {
        int margin = (int) Math.round(spec.px(MARGIN_MM));
        int panelW = (int) Math.round(spec.px(PANEL_MM));
        int gap = (int) Math.round(spec.px(GAP_MM));
        int height = spec.heightPx() - 2 * margin;
        int frameW = spec.widthPx() - 2 * margin - gap - panelW;
        Rectangle frame = new Rectangle(margin, margin, frameW, height);
        Rectangle panel = new Rectangle(margin + frameW + gap, margin, panelW, height);
        return new PageLayout(spec, frame, panel);
    }
}

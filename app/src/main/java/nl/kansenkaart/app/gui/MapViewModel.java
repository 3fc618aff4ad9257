package nl.kansenkaart.app.gui;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.kansenkaart.app.map.MapContent;
import nl.kansenkaart.app.map.MapDecorations;
import nl.kansenkaart.app.map.MapFeature;
import nl.kansenkaart.app.map.MapRenderer;
import nl.kansenkaart.app.map.MapTheme;
import nl.kansenkaart.app.map.PngExport;
import nl.kansenkaart.app.map.RdToWgs84;
import nl.kansenkaart.app.map.Viewport;
import org.locationtech.jts.geom.Envelope;

/**
 * The map panel's state: the viewport, the theme and the last rendered frame. Every change of view
 * or theme renders a new frame in the background; a newer request supersedes an older one, and the
 * view shows the old frame moved and scaled until the new one arrives (the SIS MapCanvas way).
 */
public final class MapViewModel {
    /** How much one wheel notch or key press zooms. */
    public static final double ZOOM_STEP = 1.25;

    /** How far a click may miss a building, in screen pixels. */
    private static final double CLICK_TOLERANCE_PX = 3;

    /** Smallest area shown when zooming to one building, in metres. */
    private static final double MIN_BUILDING_VIEW_M = 400;

    /**
     * A rendered image with the viewport it shows.
     *
     * @param image ARGB pixels, premultiplied
     * @param viewport what it shows
     */
    public record MapFrame(BufferedImage image, Viewport viewport) {}

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final TaskExecutor renderer;
    private final SelectionModel selection;
    private final RdToWgs84 wgs84 = new RdToWgs84();
    private final ReadOnlyObjectWrapper<Optional<Viewport>> viewport = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<MapFrame>> frame = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper cursorRd = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cursorWgs84 = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scale = new ReadOnlyStringWrapper("");
    private Optional<MapContent> content = Optional.empty();
    private MapTheme theme;
    private int widthPx = 1;
    private int heightPx = 1;
    private long generation;
    private boolean fitPending;
    private Optional<TaskExecutor.Cancellable> pending = Optional.empty();

    /** A map that renders through the given executor and selects through the shared selection. */
    public MapViewModel(TaskExecutor renderer, SelectionModel selection, MapTheme initialTheme) {
        this.renderer = renderer;
        this.selection = selection;
        this.theme = initialTheme;
        viewport.addListener(
                (o, a, b) -> scale.set(b.map(MapViewModel::scaleText).orElse("")));
        selection.selectionProperty().addListener((o, a, b) -> {
            b.filter(s -> s.origin() == SelectionModel.Origin.LIST).ifPresent(s -> zoomToBuilding(s.buildingId()));
            render();
        });
    }

    /** Shows another park; the view fits the park. */
    public void setContent(MapContent newContent) {
        content = Optional.of(newContent);
        zoomToPark();
    }

    /** No park any more (a new, empty project): nothing is drawn and a render on its way is dropped. */
    public void clear() {
        ++generation;
        pending.ifPresent(TaskExecutor.Cancellable::cancel);
        pending = Optional.empty();
        content = Optional.empty();
        fitPending = false;
        viewport.set(Optional.empty());
        frame.set(Optional.empty());
    }

    /**
     * The same park with new analysis results (a recomputation): redrawn where the view is, as
     * only the results with geometry of their own (the collective kansen) changed.
     */
    public void replaceContent(MapContent newContent) {
        content = Optional.of(newContent);
        render();
    }

    /** The content shown, if a park is loaded. */
    public Optional<MapContent> content() {
        return content;
    }

    /** Draws with another theme (colouring or visible layers changed). */
    public void setTheme(MapTheme newTheme) {
        theme = newTheme;
        render();
    }

    /** The map area changed size (pixels). */
    public void resize(int newWidthPx, int newHeightPx) {
        if (newWidthPx < 1 || newHeightPx < 1 || (newWidthPx == widthPx && newHeightPx == heightPx)) {
            return;
        }
        widthPx = newWidthPx;
        heightPx = newHeightPx;
        if (viewport.get().isEmpty() || fitPending) {
            zoomToPark();
        } else {
            setViewport(viewport.get().get().resized(widthPx, heightPx));
        }
    }

    /** Moves the map by a drag of so many pixels (right and down positive). */
    public void panBy(double dxPx, double dyPx) {
        viewport.get().ifPresent(v -> setViewport(v.pan(dxPx, dyPx)));
    }

    /** Zooms by a factor (more than 1 zooms in) keeping the point under the cursor fixed. */
    public void zoomAt(double factor, double xPx, double yPx) {
        viewport.get().ifPresent(v -> setViewport(v.zoomAbout(factor, xPx, yPx)));
    }

    /** Zooms in one step about the centre. */
    public void zoomIn() {
        zoomAt(ZOOM_STEP, widthPx / 2.0, heightPx / 2.0);
    }

    /** Zooms out one step about the centre. */
    public void zoomOut() {
        zoomAt(1 / ZOOM_STEP, widthPx / 2.0, heightPx / 2.0);
    }

    /** Shows the whole park. */
    public void zoomToPark() {
        // Before the first layout the map has no size yet: fit once it has one.
        fitPending = content.isPresent() && (widthPx <= 1 || heightPx <= 1);
        if (fitPending) {
            return;
        }
        content.ifPresent(c -> setViewport(Viewport.fit(c.extent(), widthPx, heightPx, 24)));
    }

    /** Shows the selected building with some surroundings; nothing without a selection. */
    public void zoomToSelection() {
        selection.current().ifPresent(s -> zoomToBuilding(s.buildingId()));
    }

    /** Shows one building with some surroundings. */
    public void zoomToBuilding(String pandId) {
        content.flatMap(c -> c.building(pandId)).ifPresent(b -> {
            Envelope e = new Envelope(b.geometry().getEnvelopeInternal());
            Envelope around = new Envelope(e.centre());
            around.expandBy(Math.max(MIN_BUILDING_VIEW_M, Math.max(e.getWidth(), e.getHeight()) * 1.5) / 2);
            setViewport(Viewport.fit(around, widthPx, heightPx, 24));
        });
    }

    /** The pointer moved to a pixel of the map: updates the coordinates in the status bar. */
    public void pointerAt(double xPx, double yPx) {
        viewport.get().ifPresent(v -> {
            Point2D w = v.toWorld(xPx, yPx);
            NumberFormat metres = NumberFormat.getNumberInstance(DUTCH);
            metres.setMinimumFractionDigits(1);
            metres.setMaximumFractionDigits(1);
            cursorRd.set(Messages.get("status.rd", metres.format(w.getX()), metres.format(w.getY())));
            double[] latLon = wgs84.latLon(w.getX(), w.getY());
            NumberFormat degrees = NumberFormat.getNumberInstance(DUTCH);
            degrees.setMinimumFractionDigits(6);
            degrees.setMaximumFractionDigits(6);
            cursorWgs84.set(Messages.get("status.wgs84", degrees.format(latLon[0]), degrees.format(latLon[1])));
        });
    }

    /** The pointer left the map. */
    public void pointerGone() {
        cursorRd.set("");
        cursorWgs84.set("");
    }

    /** A click on the map: selects the building there, or clears the selection in the open. */
    public Optional<MapFeature.BuildingItem> clickAt(double xPx, double yPx) {
        if (viewport.get().isEmpty() || content.isEmpty()) {
            return Optional.empty();
        }
        Viewport v = viewport.get().get();
        Point2D w = v.toWorld(xPx, yPx);
        Optional<MapFeature.BuildingItem> hit =
                content.get().buildingAt(w.getX(), w.getY(), CLICK_TOLERANCE_PX * v.metresPerPixel());
        hit.ifPresentOrElse(
                b -> selection.select(b.id(), Optional.empty(), SelectionModel.Origin.MAP), selection::clear);
        return hit;
    }

    private void setViewport(Viewport v) {
        viewport.set(Optional.of(v));
        render();
    }

    /** Renders the current view in the background; a newer call supersedes this one. */
    void render() {
        if (viewport.get().isEmpty() || content.isEmpty()) {
            return;
        }
        long mine = ++generation;
        pending.ifPresent(TaskExecutor.Cancellable::cancel);
        Viewport v = viewport.get().get();
        MapContent c = content.get();
        MapTheme t = theme;
        Optional<String> selected = selection.current().map(SelectionModel.Selection::buildingId);
        pending = Optional.of(renderer.execute(
                Messages.get("task.render"),
                progress -> draw(v, c, t, selected, progress::isCancelled),
                f -> {
                    if (mine == generation) {
                        frame.set(Optional.of(f));
                    }
                },
                e -> {
                    // Nothing to show the user: the previous frame stays; the executor logged it.
                }));
    }

    private static MapFrame draw(
            Viewport v,
            MapContent c,
            MapTheme t,
            Optional<String> selected,
            java.util.function.BooleanSupplier cancelled) {
        BufferedImage image = new BufferedImage(v.widthPx(), v.heightPx(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(PngExport.BACKGROUND);
            g.fillRect(0, 0, v.widthPx(), v.heightPx());
            MapRenderer.render(g, v, c, t, 1.0, cancelled);
            selected.flatMap(c::building).ifPresent(b -> MapRenderer.highlight(g, v, b));
            // The same scale bar as on the printed maps, bottom left: a consultant reads distances
            // off the screen at the startbijeenkomst as off the wall map.
            MapDecorations.drawScaleBar(g, v, SCALE_BAR_MARGIN_PX, v.heightPx() - SCALE_BAR_MARGIN_PX, 1.0);
        } finally {
            g.dispose();
        }
        return new MapFrame(image, v);
    }

    /** Distance of the scale bar from the map's bottom-left corner. */
    static final int SCALE_BAR_MARGIN_PX = 12;

    private static String scaleText(Viewport v) {
        double d = v.scaleDenominator();
        double step = Math.pow(10, Math.floor(Math.log10(d)) - 1);
        return Messages.get(
                "status.scale", NumberFormat.getIntegerInstance(DUTCH).format(Math.round(d / step) * step));
    }

    /** The current viewport; empty until a park is shown. */
    public ReadOnlyObjectProperty<Optional<Viewport>> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    /** The latest rendered frame. */
    public ReadOnlyObjectProperty<Optional<MapFrame>> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** Cursor position in RD, for the status bar. */
    public ReadOnlyStringProperty cursorRdProperty() {
        return cursorRd.getReadOnlyProperty();
    }

    /** Cursor position in WGS84, for the status bar. */
    public ReadOnlyStringProperty cursorWgs84Property() {
        return cursorWgs84.getReadOnlyProperty();
    }

    /** The map scale as "Schaal 1 : 2.500". */
    public ReadOnlyStringProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }
}

package nl.kansenkaart.app.gui;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Optional;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import nl.kansenkaart.app.map.Viewport;

/**
 * The map: shows the view-model's latest frame and turns mouse and keys into view changes. While a
 * drag or zoom waits for its new frame, the old frame is shown moved and scaled to where it belongs.
 */
public final class MapView extends Region {
    /** A press that moves less than this (pixels) before release is a click, not a drag. */
    private static final double CLICK_SLOP_PX = 4;

    /** Pixels an arrow key moves the map. */
    private static final double KEY_PAN_PX = 120;

    private final MapViewModel vm;
    private final ImageView imageView = new ImageView();
    private Optional<MapViewModel.MapFrame> shown = Optional.empty();
    private double pressX;
    private double pressY;
    private double dragDx;
    private double dragDy;
    private boolean dragging;

    /** A map view on the given view-model. */
    public MapView(MapViewModel vm) {
        this.vm = vm;
        setId("map");
        getStyleClass().add("map-view");
        setFocusTraversable(true);
        setMinSize(200, 150);
        imageView.setManaged(false);
        imageView.setPreserveRatio(false);
        imageView.setSmooth(true);
        getChildren().add(imageView);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        widthProperty().addListener((o, a, b) -> resized());
        heightProperty().addListener((o, a, b) -> resized());
        vm.frameProperty().addListener((o, a, b) -> b.ifPresentOrElse(this::showFrame, this::showNothing));
        vm.viewportProperty().addListener((o, a, b) -> placeImage());

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> vm.pointerAt(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> vm.pointerGone());
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    private void resized() {
        vm.resize((int) Math.round(getWidth()), (int) Math.round(getHeight()));
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        dragDx = e.getX() - pressX;
        dragDy = e.getY() - pressY;
        if (Math.abs(dragDx) + Math.abs(dragDy) >= CLICK_SLOP_PX) {
            dragging = true;
        }
        vm.pointerAt(e.getX(), e.getY());
        placeImage();
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (dragging) {
            double dx = dragDx;
            double dy = dragDy;
            dragDx = 0;
            dragDy = 0;
            dragging = false;
            // The new viewport carries the drag, so the old frame stays where the hand left it.
            vm.panBy(dx, dy);
        } else {
            dragDx = 0;
            dragDy = 0;
            vm.clickAt(e.getX(), e.getY());
        }
        placeImage();
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        double notches = e.getDeltaY() / 40.0;
        vm.zoomAt(Math.pow(MapViewModel.ZOOM_STEP, notches), e.getX(), e.getY());
        e.consume();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> vm.zoomIn();
            case MINUS, SUBTRACT -> vm.zoomOut();
            case LEFT -> vm.panBy(KEY_PAN_PX, 0);
            case RIGHT -> vm.panBy(-KEY_PAN_PX, 0);
            case UP -> vm.panBy(0, KEY_PAN_PX);
            case DOWN -> vm.panBy(0, -KEY_PAN_PX);
            case HOME -> vm.zoomToPark();
            case S -> vm.zoomToSelection();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void showNothing() {
        imageView.setImage(null);
        shown = Optional.empty();
    }

    private void showFrame(MapViewModel.MapFrame frame) {
        imageView.setImage(toFxImage(frame.image()));
        shown = Optional.of(frame);
        placeImage();
    }

    /** Puts the shown frame where its world lies in the current view, plus a drag in progress. */
    private void placeImage() {
        if (shown.isEmpty() || vm.viewportProperty().get().isEmpty()) {
            return;
        }
        Viewport image = shown.get().viewport();
        Viewport now = vm.viewportProperty().get().get();
        Point2D topLeftWorld = image.toWorld(0, 0);
        Point2D topLeft = now.toScreen(topLeftWorld.getX(), topLeftWorld.getY());
        double s = image.metresPerPixel() / now.metresPerPixel();
        imageView.setLayoutX(topLeft.getX() + dragDx);
        imageView.setLayoutY(topLeft.getY() + dragDy);
        imageView.setFitWidth(image.widthPx() * s);
        imageView.setFitHeight(image.heightPx() * s);
    }

    /** Copies the premultiplied ARGB pixels into a JavaFX image: no javafx-swing needed. */
    static WritableImage toFxImage(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        return fx;
    }
}

package nl.kansenkaart.app.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.util.GeometricShapeFactory;

/** The renderer's flat copies and simplifications draw what the JTS geometries would. */
class FlatLayerTest {
    private static final GeometryFactory RD = new GeometryFactory(new PrecisionModel(), 28992);
    private final MapContent content = MapContent.of(TestParks.small());

    @Test
    void every_building_is_drawn_from_its_arrays_exactly_as_from_its_geometry() {
        FlatLayer buildings = content.flat(MapLayer.BUILDINGS);
        Viewport v = Viewport.fit(content.extent(), 800, 600, 20);
        ScreenPaths paths = new ScreenPaths(v);
        List<MapFeature> all = content.features(MapLayer.BUILDINGS);
        assertThat(all).isNotEmpty();
        for (int i = 0; i < all.size(); i++) {
            Path2D.Float fromGeometry = new Path2D.Float();
            paths.append(fromGeometry, all.get(i).geometry());
            Path2D.Float fromArrays = new Path2D.Float();
            paths.append(fromArrays, buildings, i);
            assertThat(segments(fromArrays)).as(all.get(i).id()).isEqualTo(segments(fromGeometry));
        }
    }

    @Test
    void a_hole_runs_against_its_shell_in_the_arrays_too() throws Exception {
        Polygon withHole = (Polygon) new WKTReader(RD)
                .read("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (20 20, 80 20, 80 80, 20 80, 20 20))");
        FlatLayer layer = new FlatLayer(List.of(new MapFeature.GridItem(gridArea(withHole))));
        Viewport v = Viewport.fit(withHole.getEnvelopeInternal(), 400, 400, 0);
        ScreenPaths paths = new ScreenPaths(v);
        Path2D.Float fromGeometry = new Path2D.Float();
        paths.append(fromGeometry, withHole);
        Path2D.Float fromArrays = new Path2D.Float();
        paths.append(fromArrays, layer, 0);

        assertThat(segments(fromArrays)).isEqualTo(segments(fromGeometry));
        // The hole is cut out under the non-zero rule: its centre is not inside the drawn shape.
        assertThat(fromArrays.contains(v.toScreen(50, 50))).isFalse();
        assertThat(fromArrays.contains(v.toScreen(10, 50))).isTrue();
    }

    @Test
    void a_curved_area_is_simplified_to_a_quarter_pixel_and_reused_at_the_same_zoom_step() {
        Polygon circle = circle(1_000, 256);
        SimplifiedShapes shapes = new SimplifiedShapes();
        double metresPerPixel = 10;

        Geometry simple = shapes.at(circle, metresPerPixel);

        assertThat(simple.getNumPoints()).isLessThan(circle.getNumPoints() / 3);
        // No point of the original lies further than a quarter pixel from the simplified outline.
        assertThat(circle.getBoundary().distance(simple.getBoundary())).isLessThanOrEqualTo(0.25 * metresPerPixel);
        assertThat(maxDeviation(circle, simple)).isLessThanOrEqualTo(0.25 * metresPerPixel);
        assertThat(shapes.at(circle, metresPerPixel * 1.05)).isSameAs(simple);
        assertThat(shapes.at(circle, metresPerPixel / 4)).isNotSameAs(simple);
    }

    @Test
    void a_small_geometry_is_drawn_as_it_is() {
        Polygon square = circle(10, 8);
        assertThat(new SimplifiedShapes().at(square, 50)).isSameAs(square);
    }

    @Test
    void the_classification_is_worked_out_once_per_classifier() {
        FlatLayer buildings = content.flat(MapLayer.BUILDINGS);
        Classifier function = Classifiers.buildingFunction();
        short[] classes = buildings.classes(function);

        assertThat(buildings.classes(function)).isSameAs(classes);
        for (int i = 0; i < classes.length; i++) {
            Optional<StyleClass> c = function.classify(buildings.feature(i));
            assertThat(classes[i]).isEqualTo((short)
                    c.map(function.classes()::indexOf).orElse(-1).intValue());
        }
    }

    private static double maxDeviation(Geometry original, Geometry simple) {
        double worst = 0;
        for (var c : original.getCoordinates()) {
            worst = Math.max(worst, simple.getBoundary().distance(RD.createPoint(c)));
        }
        return worst;
    }

    private static Polygon circle(double radiusM, int points) {
        GeometricShapeFactory f = new GeometricShapeFactory(RD);
        f.setCentre(new org.locationtech.jts.geom.Coordinate(150_000, 450_000));
        f.setSize(2 * radiusM);
        f.setNumPoints(points);
        return f.createCircle();
    }

    private static nl.kansenkaart.core.model.GridArea gridArea(Geometry area) {
        return new nl.kansenkaart.core.model.GridArea(
                "n1",
                "netgebied",
                "Liander",
                nl.kansenkaart.core.model.CapacityStatus.AVAILABLE,
                nl.kansenkaart.core.model.CapacityStatus.CONGESTED,
                java.util.OptionalInt.empty(),
                area);
    }

    private static List<String> segments(Path2D.Float p) {
        List<String> out = new ArrayList<>();
        float[] c = new float[6];
        for (PathIterator it = p.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            out.add(type + ":" + c[0] + "," + c[1]);
        }
        return out;
    }
}

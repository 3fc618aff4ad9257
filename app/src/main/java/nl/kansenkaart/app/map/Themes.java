package nl.kansenkaart.app.map;

import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.kansenkaart.core.model.GridArea;

/** The built-in map themes of the kansenkaart (leidraad: "Huidige situatie"). */
public final class Themes {
    private Themes() {}

    /** Layers a fresh workbench map hides: they crowd the map until a user asks for them. */
    public static final Set<MapLayer> HIDDEN_BY_DEFAULT =
            Set.copyOf(EnumSet.of(MapLayer.GRID_OFFTAKE, MapLayer.ROOF_PARTS, MapLayer.UNITS));

    /**
     * Point layers disappear when zoomed out beyond this (metres per screen pixel, about 1 : 30.000)
     * because their dots would cover the buildings.
     */
    public static final double POINTS_UP_TO_M_PER_PX = 8.0;

    private static final Color NONE = new Color(0, 0, 0, 0);

    /**
     * "Huidige situatie": grid capacity (afname and invoeding), the plan area outline, the buildings
     * coloured as asked, roof parts, unit points and the registered labels as points.
     */
    public static MapTheme currentSituation(BuildingColouring colouring) {
        Classifier buildings =
                switch (colouring) {
                    case FUNCTION -> Classifiers.buildingFunction();
                    case CONSTRUCTION_YEAR -> Classifiers.buildingYear();
                    case LABEL -> Classifiers.buildingLabel();
                };
        List<LayerStyle> layers = new ArrayList<>();
        layers.add(new LayerStyle(
                MapLayer.GRID_OFFTAKE,
                MapLayer.GRID_OFFTAKE.dutchName(),
                Classifiers.gridStatus(GridArea::offtake),
                new Color(110, 110, 110, 160),
                1f,
                0.3f,
                0f));
        layers.add(new LayerStyle(
                MapLayer.GRID_FEED_IN,
                MapLayer.GRID_FEED_IN.dutchName(),
                Classifiers.gridStatus(GridArea::feedIn),
                new Color(110, 110, 110, 160),
                1f,
                0.3f,
                0f));
        layers.add(new LayerStyle(
                MapLayer.PLAN_AREA,
                MapLayer.PLAN_AREA.dutchName(),
                Classifier.single(new StyleClass("plangebied", NONE, MapText.get("planarea.outline"))),
                new Color(20, 40, 120),
                2.5f,
                1f,
                0f));
        layers.add(new LayerStyle(
                MapLayer.BUILDINGS,
                MapLayer.BUILDINGS.dutchName() + " (" + colouring.dutchName().replace("panden ", "") + ")",
                buildings,
                new Color(60, 60, 60),
                0.6f,
                1f,
                0f));
        layers.add(new LayerStyle(
                MapLayer.ROOF_PARTS,
                MapLayer.ROOF_PARTS.dutchName(),
                Classifier.single(new StyleClass("dakvlak", NONE, MapText.get("roof.part"))),
                new Color(90, 90, 90),
                0.5f,
                1f,
                0f));
        layers.add(new LayerStyle(
                MapLayer.UNITS,
                MapLayer.UNITS.dutchName(),
                Classifier.single(new StyleClass("vbo", new Color(40, 40, 40), MapText.get("unit.point"))),
                new Color(255, 255, 255),
                0.5f,
                1f,
                2f,
                POINTS_UP_TO_M_PER_PX));
        layers.add(new LayerStyle(
                MapLayer.LABELS,
                MapLayer.LABELS.dutchName(),
                Classifiers.unitLabel(),
                new Color(40, 40, 40),
                0.8f,
                1f,
                4f,
                POINTS_UP_TO_M_PER_PX));
        return new MapTheme(MapText.get("theme.current"), colouring.dutchName(), layers);
    }
}

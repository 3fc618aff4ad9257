package nl.kansenkaart.app.map;

import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.model.GridArea;

/** The built-in map themes of the kansenkaart (leidraad: "Huidige situatie", "Kansen en uitdagingen"). */
public final class Themes {
    private Themes() {}

    /** Layers a fresh workbench map hides: they crowd the map until a user asks for them. */
    public static final Set<MapLayer> HIDDEN_BY_DEFAULT =
            Set.copyOf(EnumSet.of(MapLayer.GRID_OFFTAKE, MapLayer.ROOF_PARTS, MapLayer.UNITS, MapLayer.OPPORTUNITIES));

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

    /**
     * "Huidige situatie" as the workbench draws it with these layers hidden: as {@link
     * #currentSituation(BuildingColouring)}, plus the panden that only the PC6 capacity data places on
     * the grid, outlined in the status colour as on the printed map. The direction is that of the
     * visible grid layer, invoeding before afname (the printed map's choice); none when both grid
     * layers or the buildings are hidden.
     */
    public static MapTheme currentSituation(BuildingColouring colouring, Set<MapLayer> hidden) {
        MapTheme base = currentSituation(colouring).without(hidden);
        MapLayer grid = !hidden.contains(MapLayer.GRID_FEED_IN)
                ? MapLayer.GRID_FEED_IN
                : !hidden.contains(MapLayer.GRID_OFFTAKE) ? MapLayer.GRID_OFFTAKE : null;
        if (grid == null || hidden.contains(MapLayer.BUILDINGS)) {
            return base;
        }
        List<LayerStyle> layers = new ArrayList<>(base.layers());
        layers.add(indexAfter(layers, MapLayer.BUILDINGS), gridByPostcode(grid));
        return new MapTheme(base.name(), base.subtitle(), layers);
    }

    /**
     * The panden that only the PC6 capacity data (netcapaciteit_postcodes) places on the grid, by
     * the status of one direction ({@link MapLayer#GRID_FEED_IN} or {@link MapLayer#GRID_OFFTAKE}):
     * an outline in the grid areas' status colours, drawn over the buildings.
     */
    public static LayerStyle gridByPostcode(MapLayer direction) {
        boolean feedIn =
                switch (direction) {
                    case GRID_FEED_IN -> true;
                    case GRID_OFFTAKE -> false;
                    default -> throw new IllegalArgumentException("geen netcapaciteitslaag: " + direction);
                };
        return new LayerStyle(
                MapLayer.BUILDINGS,
                MapText.get(feedIn ? "layer.gridPostcode" : "layer.gridPostcodeOfftake"),
                Classifiers.gridStatusByPostcode(feedIn ? GridPosition::feedIn : GridPosition::offtake),
                LayerStyle.CLASS_COLOUR,
                2.5f,
                1f,
                0f);
    }

    /** Whether the style is one of {@link #gridByPostcode}: its legend group shows only when it draws something. */
    public static boolean isGridByPostcode(LayerStyle style) {
        return style.layer() == MapLayer.BUILDINGS
                && (style.title().equals(MapText.get("layer.gridPostcode"))
                        || style.title().equals(MapText.get("layer.gridPostcodeOfftake")));
    }

    /**
     * "Huidige situatie" for print: the layers a fresh map shows, the feed-in status of panden that
     * only the PC6 capacity data places on the grid (outlined, "via postcode"), plus a blue outline
     * around the buildings that already carry solar panels when the solar analysis knows of any.
     */
    public static MapTheme currentSituation(BuildingColouring colouring, MapAnalyses analyses) {
        MapTheme base = currentSituation(colouring).without(HIDDEN_BY_DEFAULT);
        List<LayerStyle> layers = new ArrayList<>(base.layers());
        // Panden that only the PC6 data places on the grid: their outline in the status colour. The
        // printed legend leaves the group out when a park has no such panden (MapContent.draws).
        layers.add(indexAfter(layers, MapLayer.BUILDINGS), gridByPostcode(MapLayer.GRID_FEED_IN));
        // Only a park with known panels gets the layer: a legend entry for nothing misleads.
        boolean anyPv = analyses.solar().stream()
                .flatMap(r -> r.potentials().stream())
                .anyMatch(p -> p.flags().existingPv().orElse(false));
        if (!anyPv) {
            return new MapTheme(base.name(), base.subtitle(), layers);
        }
        int afterBuildings = indexAfter(layers, MapLayer.BUILDINGS);
        layers.add(
                afterBuildings,
                new LayerStyle(
                        MapLayer.BUILDINGS,
                        MapText.get("layer.pv"),
                        AnalysisClassifiers.existingPv(analyses.solarByBuilding()),
                        new Color(49, 130, 189),
                        2.5f,
                        1f,
                        0f));
        return new MapTheme(base.name(), base.subtitle(), layers);
    }

    /**
     * "Kansen en uitdagingen" from the analyses at hand: buildings by rooftop solar potential (the
     * opportunity), a red outline around offices with a label-C task, and the feed-in congestion of
     * the grid (the challenges), over the plan area.
     */
    public static MapTheme opportunities(MapAnalyses analyses) {
        List<LayerStyle> layers = new ArrayList<>();
        layers.add(new LayerStyle(
                MapLayer.GRID_FEED_IN,
                MapLayer.GRID_FEED_IN.dutchName(),
                Classifiers.gridStatus(GridArea::feedIn),
                new Color(110, 110, 110, 160),
                1f,
                0.15f,
                0f));
        layers.add(new LayerStyle(
                MapLayer.PLAN_AREA,
                MapLayer.PLAN_AREA.dutchName(),
                Classifier.single(new StyleClass("plangebied", NONE, MapText.get("planarea.outline"))),
                new Color(20, 40, 120),
                2.5f,
                1f,
                0f));
        if (analyses.kansen().isPresent()) {
            layers.add(new LayerStyle(
                    MapLayer.OPPORTUNITIES,
                    MapLayer.OPPORTUNITIES.dutchName(),
                    AnalysisClassifiers.collective(analyses.kansen().get().collective()),
                    LayerStyle.CLASS_COLOUR,
                    2f,
                    1f,
                    0f));
        }
        layers.add(new LayerStyle(
                MapLayer.BUILDINGS,
                MapText.get("layer.solar"),
                AnalysisClassifiers.solarPotential(analyses.solarByBuilding()),
                new Color(60, 60, 60),
                0.6f,
                1f,
                0f));
        layers.add(new LayerStyle(
                MapLayer.BUILDINGS,
                MapText.get("layer.labelc"),
                AnalysisClassifiers.labelTask(analyses.labelsByBuilding()),
                new Color(106, 61, 154),
                3f,
                1f,
                0f));
        String subtitle = MapText.get(
                analyses.kansen().isPresent() ? "theme.opportunities.kansen" : "theme.opportunities.subtitle");
        return new MapTheme(MapText.get("theme.opportunities"), subtitle, layers);
    }

    private static int indexAfter(List<LayerStyle> layers, MapLayer layer) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i).layer() == layer) {
                return i + 1;
            }
        }
        return layers.size();
    }
}

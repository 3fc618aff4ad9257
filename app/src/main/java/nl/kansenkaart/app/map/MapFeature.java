package nl.kansenkaart.app.map;

import java.util.List;
import java.util.Optional;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.kansen.CollectiveOpportunity;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.RoofPart;
import nl.kansenkaart.core.model.Unit;
import org.locationtech.jts.geom.Geometry;

/** One thing drawn on the map with the model data a classifier needs; geometry in RD New. */
public sealed interface MapFeature {

    /** The geometry to draw, in RD New metres. */
    Geometry geometry();

    /** An id unique within its layer (pand id, VBO id, ...). */
    String id();

    /** The plan area. */
    record PlanArea(Park park) implements MapFeature {
        @Override
        public Geometry geometry() {
            return park.contour();
        }

        @Override
        public String id() {
            return park.id();
        }
    }

    /**
     * A pand with the units inside it and the best-known label of its units or of the pand.
     *
     * @param building the pand
     * @param units its verblijfsobjecten, possibly none
     * @param label the latest registered label of the pand or, failing that, of its worst-labelled unit
     * @param functionKey the class key of its main function ({@link Classifiers#buildingFunction()}),
     *     worked out once here because the map classifies every building in view on every frame
     * @param gridByPostcode its grid capacity through its units' PC6 postcodes, when no grid area
     *     holds it but the postcode data knows it (the open capacity map per postcode has no geometry)
     */
    record BuildingItem(
            Building building,
            List<Unit> units,
            Optional<EnergyLabel> label,
            String functionKey,
            Optional<GridPosition> gridByPostcode)
            implements MapFeature {
        public BuildingItem {
            units = List.copyOf(units);
            if (functionKey == null || functionKey.isBlank()) {
                throw new IllegalArgumentException("pand " + building.id() + " zonder functieklasse");
            }
            if (gridByPostcode == null) {
                throw new IllegalArgumentException("pand " + building.id() + ": netpositie ontbreekt (Optional)");
            }
        }

        /** A pand whose function class follows from its units, without grid data by postcode. */
        public BuildingItem(Building building, List<Unit> units, Optional<EnergyLabel> label) {
            this(building, units, label, Classifiers.functionKey(units), Optional.empty());
        }

        @Override
        public Geometry geometry() {
            return building.footprint();
        }

        @Override
        public String id() {
            return building.id();
        }
    }

    /**
     * A verblijfsobject point with its latest registered label.
     *
     * @param unit the VBO
     * @param label its latest label, if registered
     */
    record UnitItem(Unit unit, Optional<EnergyLabel> label) implements MapFeature {
        @Override
        public Geometry geometry() {
            return unit.location();
        }

        @Override
        public String id() {
            return unit.id();
        }
    }

    /** A roof face (dakvlak). */
    record RoofItem(RoofPart roofPart) implements MapFeature {
        @Override
        public Geometry geometry() {
            return roofPart.outline();
        }

        @Override
        public String id() {
            return roofPart.buildingId() + "-" + roofPart.index();
        }
    }

    /** A grid capacity area. */
    record GridItem(GridArea gridArea) implements MapFeature {
        @Override
        public Geometry geometry() {
            return gridArea.area();
        }

        @Override
        public String id() {
            return gridArea.id();
        }
    }

    /** The area of a collective opportunity (hull or buffer of the buildings involved). */
    record CollectiveItem(CollectiveOpportunity opportunity) implements MapFeature {
        @Override
        public Geometry geometry() {
            return opportunity.geometry();
        }

        @Override
        public String id() {
            return opportunity.id();
        }
    }
}

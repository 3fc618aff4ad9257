package nl.kansenkaart.samples.generator;

import java.util.List;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.RoofPart;
import nl.kansenkaart.core.model.Unit;

/**
 * The whole sample park as domain records, before it is written to files. Labels hold every
 * EP-Online registration (some VBOs have two); geometry is in RD New.
 */
record SamplePark(
        List<IbisFeature> ibisFeatures,
        List<Park> parks,
        List<Building> buildings,
        List<Unit> units,
        List<RoofPart> roofParts,
        List<EnergyLabel> labels,
        List<GridArea> gridAreas,
        List<Company> companies) {

    SamplePark {
        ibisFeatures = List.copyOf(ibisFeatures);
        parks = List.copyOf(parks);
        buildings = List.copyOf(buildings);
        units = List.copyOf(units);
        roofParts = List.copyOf(roofParts);
        labels = List.copyOf(labels);
        gridAreas = List.copyOf(gridAreas);
        companies = List.copyOf(companies);
    }
}

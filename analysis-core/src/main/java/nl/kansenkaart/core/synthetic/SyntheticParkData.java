package nl.kansenkaart.core.synthetic;

import java.util.List;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.Unit;

/**
 * What a synthetic park holds, as the sources a consultant imports would give it: the contour, BAG
 * panden and VBOs, EP-Online labels, KvK companies and the consultant's overrides. Grid areas span
 * several parks and come from {@link SyntheticNation#gridAreas()}.
 *
 * @param park the plan area
 * @param buildings the panden, all inside the contour
 * @param units the VBOs in those panden
 * @param labels the labels of some of the VBOs
 * @param companies matched and unmatched companies
 * @param overrides the consultant's edits for this park
 */
public record SyntheticParkData(
        Park park,
        List<Building> buildings,
        List<Unit> units,
        List<EnergyLabel> labels,
        List<Company> companies,
        List<Override> overrides) {
    public SyntheticParkData {
        buildings = List.copyOf(buildings);
        units = List.copyOf(units);
        labels = List.copyOf(labels);
        companies = List.copyOf(companies);
        overrides = List.copyOf(overrides);
    }
}

package nl.kansenkaart.core.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the analyses need about one plan area, loaded from the project in one go. Immutable:
 * the analyses read it in parallel without locks.
 *
 * @param park the plan area
 * @param buildings panden whose footprint's interior point lies inside the plan area (as the project store selects them)
 * @param units verblijfsobjecten in those panden
 * @param roofParts roof faces of those panden
 * @param labels energy labels for those units or panden
 * @param gridAreas grid areas that intersect the plan area
 * @param companies companies matched to those units, and unmatched ones with an address in the area's postcodes
 * @param overrides the consultant's edits that apply
 * @param gridPostcodes grid capacity per PC6 postcode of the units (data without geometry); empty when none
 */
public record ParkSnapshot(
        Park park,
        List<Building> buildings,
        List<Unit> units,
        List<RoofPart> roofParts,
        List<EnergyLabel> labels,
        List<GridArea> gridAreas,
        List<Company> companies,
        List<Override> overrides,
        List<GridPostcode> gridPostcodes) {

    public ParkSnapshot {
        Checks.present(park, "park");
        buildings = List.copyOf(buildings);
        units = List.copyOf(units);
        roofParts = List.copyOf(roofParts);
        labels = List.copyOf(labels);
        gridAreas = List.copyOf(gridAreas);
        companies = List.copyOf(companies);
        overrides = List.copyOf(overrides);
        gridPostcodes = List.copyOf(gridPostcodes);
    }

    /** A snapshot without grid capacity per postcode (grid data as polygons, or none). */
    public ParkSnapshot(
            Park park,
            List<Building> buildings,
            List<Unit> units,
            List<RoofPart> roofParts,
            List<EnergyLabel> labels,
            List<GridArea> gridAreas,
            List<Company> companies,
            List<Override> overrides) {
        this(park, buildings, units, roofParts, labels, gridAreas, companies, overrides, List.of());
    }

    /**
     * The same snapshot with other companies (e.g. with the consultant's matches applied). Every
     * copy goes through here or {@link #withOverrides}, so a field added later cannot be dropped by
     * one of the places that copy (as grid postcodes once were).
     */
    public ParkSnapshot withCompanies(List<Company> newCompanies) {
        return new ParkSnapshot(
                park, buildings, units, roofParts, labels, gridAreas, newCompanies, overrides, gridPostcodes);
    }

    /** The same snapshot with other edits of the consultant. */
    public ParkSnapshot withOverrides(List<Override> newOverrides) {
        return new ParkSnapshot(
                park, buildings, units, roofParts, labels, gridAreas, companies, newOverrides, gridPostcodes);
    }

    /** The buildings by pand id. */
    public Map<String, Building> buildingsById() {
        return buildings.stream().collect(Collectors.toUnmodifiableMap(Building::id, Function.identity()));
    }

    /** The units of each pand id; a unit in several panden appears under each. */
    public Map<String, List<Unit>> unitsByBuilding() {
        return units.stream()
                .flatMap(u -> u.buildingIds().stream().map(b -> Map.entry(b, u)))
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toUnmodifiableList())));
    }

    /** The roof faces of each pand id. */
    public Map<String, List<RoofPart>> roofPartsByBuilding() {
        return roofParts.stream().collect(Collectors.groupingBy(RoofPart::buildingId, Collectors.toUnmodifiableList()));
    }
}

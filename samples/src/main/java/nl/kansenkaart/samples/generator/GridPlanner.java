package nl.kansenkaart.samples.generator;

import java.util.List;
import java.util.OptionalInt;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.GridArea;

/** Three capaciteitskaart areas that together cover both parks; feed-in is congested north of the canal. */
final class GridPlanner {
    private GridPlanner() {}

    static List<GridArea> plan() {
        return List.of(
                new GridArea(
                        "ENX-ASN-01",
                        "Onderstation Assen-Noord",
                        "Enexis",
                        CapacityStatus.CONGESTION_MANAGEMENT,
                        CapacityStatus.CONGESTED,
                        OptionalInt.of(2029),
                        SiteLayout.toRd(SiteLayout.polygon(
                                232_150, 557_030, 234_700, 557_030, 234_700, 557_720, 233_900, 557_820, 232_150,
                                557_800))),
                new GridArea(
                        "ENX-ASZ-02",
                        "Onderstation Assen-Zuid",
                        "Enexis",
                        CapacityStatus.SCARCE,
                        CapacityStatus.CONGESTION_MANAGEMENT,
                        OptionalInt.of(2027),
                        SiteLayout.toRd(SiteLayout.polygon(
                                232_200, 556_350, 233_780, 556_300, 233_820, 556_650, 233_760, 557_030, 232_150,
                                557_030))),
                new GridArea(
                        "ENX-MSV-03",
                        "Regelstation Messchenveld",
                        "Enexis",
                        CapacityStatus.AVAILABLE,
                        CapacityStatus.AVAILABLE,
                        OptionalInt.empty(),
                        SiteLayout.toRd(SiteLayout.polygon(
                                233_780, 556_300, 234_700, 556_300, 234_700, 557_030, 233_760, 557_030, 233_820,
                                556_650))));
    }
}

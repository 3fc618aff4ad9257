package nl.kansenkaart.io.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.BuildingStatus;
import nl.kansenkaart.io.SourceKind;

/**
 * A process that re-imports the panden source of a project and never commits: the test kills it
 * with SIGKILL halfway, as a crash or a power cut would.
 */
public final class EndlessImport {
    private EndlessImport() {}

    public static void main(String[] args) throws Exception {
        ProjectStore store = ProjectStore.open(Path.of(args[0]));
        ImportSession session = store.beginImport(Fixtures.provenance("bag-light.gpkg", SourceKind.BUILDINGS));
        for (int i = 0; ; i++) {
            session.add(new Building(
                    String.format("%016d", 518_100_000_200_000L + i),
                    OptionalInt.of(1990),
                    BuildingStatus.IN_USE,
                    Fixtures.square(140_000 + (i % 1000) * 10, 440_000 + (i / 1000) * 10, 8),
                    Optional.empty()));
            if (i == 60_000) {
                System.out.println("bezig");
                System.out.flush();
            }
        }
    }
}

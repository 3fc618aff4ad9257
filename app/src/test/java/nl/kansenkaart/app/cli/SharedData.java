package nl.kansenkaart.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds ../shared/data (the real public test data) from the working directory, when present. */
final class SharedData {
    private SharedData() {}

    static Optional<Path> find() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (dir.getParent() == null) {
                break;
            }
            Path candidate = dir.getParent().resolve("shared/data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

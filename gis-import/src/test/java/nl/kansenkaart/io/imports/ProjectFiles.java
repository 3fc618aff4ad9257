package nl.kansenkaart.io.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kansenkaart.io.store.LayerCount;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.StoreException;

/** Small helpers of the import tests: file hashes and the project's row counts by table. */
final class ProjectFiles {
    private ProjectFiles() {}

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Long> counts(ProjectStore store) throws StoreException {
        return store.layerCounts().stream().collect(Collectors.toMap(LayerCount::layerName, LayerCount::count));
    }
}

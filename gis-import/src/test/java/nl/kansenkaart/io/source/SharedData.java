package nl.kansenkaart.io.source;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds ../shared/data (real public data) and asks GDAL's ogrinfo for reference figures when present. */
public final class SharedData {

    private SharedData() {}

    /** The shared data folder, or the test is skipped. */
    public static Path dir() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (d.getParent() == null) {
                break;
            }
            Path candidate = d.getParent().resolve("shared/data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "../shared/data is er niet: test met echte data overgeslagen");
        throw new IllegalStateException();
    }

    /** A file in the shared data folder (skips when absent). */
    public static Path file(String relative) {
        Path f = dir().resolve(relative);
        assumeTrue(Files.exists(f), relative + " ontbreekt");
        return f;
    }

    /** ogrinfo's feature count of a layer, when GDAL is installed. */
    public static OptionalLong ogrFeatureCount(Path file, String layer) {
        Optional<String> out = run("ogrinfo", "-ro", "-so", file.toString(), layer);
        if (out.isEmpty()) {
            return OptionalLong.empty();
        }
        Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(out.get());
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** Runs a GDAL tool and returns its standard output, or empty when it is not installed or fails. */
    public static Optional<String> run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

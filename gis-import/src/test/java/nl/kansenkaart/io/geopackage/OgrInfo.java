package nl.kansenkaart.io.geopackage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs GDAL's ogrinfo on a file, the reference reader for a GeoPackage; tests skip when it is absent. */
public final class OgrInfo {
    private OgrInfo() {}

    /** What ogrinfo printed. */
    public record Result(int exitCode, String stdout, String stderr) {}

    /** Skips the calling test when ogrinfo is not on the PATH. */
    public static void assumeAvailable() {
        assumeTrue(onPath(), "ogrinfo (gdal-bin) staat niet op het PATH");
    }

    private static boolean onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "ogrinfo"))) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code ogrinfo -ro <args...>}. */
    public static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ogrinfo", "-ro"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        // Small outputs: reading stdout fully before stderr cannot block for the summaries used here.
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("ogrinfo reageert niet");
        }
        return new Result(process.exitValue(), out, err);
    }
}

package nl.kansenkaart.io.shapefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs GDAL's ogrinfo when it is installed, so tests can check that GDAL reads what we write. */
final class Ogr {
    private Ogr() {}

    static boolean available() {
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

    /** The full listing of every layer (`ogrinfo -ro -al`), with the summary-only flag when asked. */
    static String info(Path file, boolean summaryOnly) throws IOException, InterruptedException {
        ProcessBuilder pb = summaryOnly
                ? new ProcessBuilder("ogrinfo", "-ro", "-al", "-so", file.toString())
                : new ProcessBuilder("ogrinfo", "-ro", "-al", file.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("ogrinfo faalde op " + file + ":\n" + out);
        }
        return out;
    }
}

package nl.kansenkaart.app.map.print;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: writes every map of the sample park into a folder for a look with an image viewer.
 * Run with the test classpath: {@code java -cp ... nl.kansenkaart.app.map.print.PrintPreview [outDir]}.
 */
public final class PrintPreview {
    private PrintPreview() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/kaarten");
        var park = SamplePark.load(Files.createTempDirectory("kansenkaart-voorbeeld"));
        long t0 = System.nanoTime();
        var files = MapExport.writeAll(park, SamplePark.analyses(park), SamplePark.DATE, out);
        System.out.printf("%d kaarten in %.1f s%n", files.size(), (System.nanoTime() - t0) / 1e9);
        files.forEach(f -> System.out.println(f.toAbsolutePath()));
    }
}

package nl.kansenkaart.samples.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kansenkaart.samples.SampleCounts;
import nl.kansenkaart.samples.SampleData;

/**
 * Generates the sample park "Bedrijventerrein De Vaart" from a fixed seed and writes its files in the
 * formats users download. Same seed, same files: byte for byte for the text files and the shapefile,
 * table for table for the GeoPackages.
 *
 * <p>Regenerate the committed files after a deliberate change by running {@link #main} with the
 * resource folder {@code samples/src/main/resources/nl/kansenkaart/samples/devaart} as argument
 * (samples/README.md gives the command line); CommittedFilesTest fails until they match.
 */
public final class SampleParkGenerator {
    /** The seed of the committed sample park. */
    public static final long SEED = 20_261_001L;

    private SampleParkGenerator() {}

    /** Writes every sample file and counts.properties into the directory (created when absent). */
    public static SampleCounts generate(Path dir) throws IOException {
        Files.createDirectories(dir);
        SamplePark park = SampleParkBuilder.build(SEED);
        GeoFiles.writeIbis(dir.resolve(SampleData.IBIS_FILE), park.ibisFeatures());
        GeoFiles.writeBag(dir.resolve(SampleData.BAG_FILE), park);
        GeoFiles.writeThreeDBag(dir.resolve(SampleData.THREE_D_BAG_FILE), park);
        TableFiles.writeEpOnline(dir.resolve(SampleData.EP_ONLINE_FILE), park);
        GeoFiles.writeGrid(dir.resolve(SampleData.GRID_FILE), park.gridAreas());
        TableFiles.writeKvk(dir.resolve(SampleData.KVK_FILE), park.companies());
        SampleCounts counts = countsOf(park);
        TableFiles.writeCounts(dir.resolve(SampleData.COUNTS_FILE), counts);
        return counts;
    }

    /** The counts per project layer, as the store holds them after importing every file. */
    static SampleCounts countsOf(SamplePark park) {
        return new SampleCounts(
                (int) park.parks().stream().map(p -> p.id()).distinct().count(),
                park.buildings().size(),
                park.units().size(),
                (int) park.buildings().stream()
                        .filter(b -> b.roof().isPresent())
                        .count(),
                park.roofParts().size(),
                park.labels().size(),
                (int) park.labels().stream()
                        .map(l -> l.unitId().orElseThrow())
                        .distinct()
                        .count(),
                park.gridAreas().size(),
                park.companies().size());
    }

    /** The park as domain records, for tests that check its realism. */
    static SamplePark park() {
        return SampleParkBuilder.build(SEED);
    }

    /**
     * Writes the files into the directory given as the only argument.
     *
     * @param args the target directory
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Gebruik: SampleParkGenerator <map>");
            System.exit(2);
        }
        SampleCounts counts = generate(Path.of(args[0]));
        System.out.println("Voorbeeldterrein De Vaart geschreven naar " + args[0] + ": " + counts);
    }
}

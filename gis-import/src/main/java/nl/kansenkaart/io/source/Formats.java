package nl.kansenkaart.io.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds the format provider for a source file among those registered through ServiceLoader. */
public final class Formats {

    private static final List<FormatProvider> PROVIDERS = load();

    private Formats() {}

    private static List<FormatProvider> load() {
        List<FormatProvider> found = new ArrayList<>();
        ServiceLoader.load(FormatProvider.class, Formats.class.getClassLoader()).forEach(found::add);
        return List.copyOf(found);
    }

    /** The registered providers, in registration order. */
    public static List<FormatProvider> providers() {
        return PROVIDERS;
    }

    /**
     * The first provider whose probe accepts the file.
     *
     * @throws SourceException when the file does not exist or no provider reads it; the message names
     *     the file and the supported formats
     */
    public static FormatProvider detect(Path file) throws SourceException {
        if (!Files.isRegularFile(file)) {
            throw new SourceException(file, "het bestand bestaat niet of is geen gewoon bestand");
        }
        for (FormatProvider provider : PROVIDERS) {
            if (provider.probe(file)) {
                return provider;
            }
        }
        String supported = PROVIDERS.stream().map(FormatProvider::formatName).collect(Collectors.joining(", "));
        throw new SourceException(
                file,
                "onbekend bestandsformaat; ondersteund zijn " + supported + " (ook als .zip voor shapefile en CSV)");
    }
}

package nl.kansenkaart.io.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.mapping.FieldNames;
import nl.kansenkaart.io.mapping.KindRecognizer;

/**
 * Decides which layers of a file to import as what. Every recognised layer is imported (a BAG
 * GeoPackage's pand and verblijfsobject together); {@code --as} keeps only the layers of that kind,
 * or forces it on a file's only layer. An NLExtract nummeraanduiding table and a CBS buurten table
 * are not imported but help the verblijfsobjecten to their addresses and town names.
 */
final class LayerPlan {
    /** A layer chosen for import. */
    record Chosen(SourceLayer layer, SourceKind kind) {}

    final List<Chosen> chosen = new ArrayList<>();
    Optional<SourceLayer> addressLayer = Optional.empty();
    Optional<SourceLayer> municipalityLayer = Optional.empty();
    final List<String> notes = new ArrayList<>();

    static LayerPlan of(Path file, List<SourceLayer> layers, Optional<SourceKind> as) throws ImportException {
        LayerPlan plan = new LayerPlan();
        List<String> unrecognised = new ArrayList<>();
        for (SourceLayer l : layers) {
            var recognition = KindRecognizer.recognise(l.fieldNames());
            Optional<SourceKind> kind = recognition.best();
            if (kind.isPresent() && (as.isEmpty() || as.get() == kind.get())) {
                plan.chosen.add(new Chosen(l, kind.get()));
            } else if (isAddressTable(l)) {
                plan.addressLayer = Optional.of(l);
            } else if (isMunicipalityTable(l)) {
                plan.municipalityLayer = Optional.of(l);
            } else if (kind.isPresent()) {
                plan.notes.add("laag " + l.name() + " (" + kind.get().dutchName() + ") niet geïmporteerd: --as "
                        + as.get().option() + " gevraagd");
            } else {
                unrecognised.add(l.name());
            }
        }
        if (plan.chosen.isEmpty() && as.isPresent() && layers.size() == 1) {
            plan.chosen.add(new Chosen(layers.get(0), as.get()));
            plan.notes.add("laag " + layers.get(0).name() + " als " + as.get().dutchName() + " gelezen omdat --as "
                    + as.get().option() + " dat vraagt");
            unrecognised.clear();
        }
        if (plan.chosen.isEmpty()) {
            throw new ImportException(file, noMatch(layers, as));
        }
        for (String name : unrecognised) {
            plan.notes.add("laag " + name + " overgeslagen: niet herkend");
        }
        // Parks before panden before units before roofs ...: a file's layers follow the import order.
        plan.chosen.sort(Comparator.comparing(Chosen::kind));
        return plan;
    }

    private static String noMatch(List<SourceLayer> layers, Optional<SourceKind> as) {
        if (as.isPresent()) {
            return "geen laag met " + as.get().dutchName() + " gevonden in de lagen "
                    + layers.stream().map(SourceLayer::name).collect(Collectors.joining(", ")) + "; "
                    + KindRecognizer.recognise(layers.get(0).fieldNames())
                            .explainNoMatch(layers.get(0).name());
        }
        if (layers.isEmpty()) {
            return "het bestand bevat geen lagen";
        }
        return layers.stream()
                .map(l -> KindRecognizer.recognise(l.fieldNames()).explainNoMatch(l.name()))
                .collect(Collectors.joining("\n"));
    }

    private static Set<String> keys(SourceLayer l) {
        return l.fieldNames().stream().map(FieldNames::key).collect(Collectors.toSet());
    }

    private static boolean isAddressTable(SourceLayer l) {
        Set<String> k = keys(l);
        return k.contains("identificatie") && k.contains("huisnummer") && k.contains("postcode");
    }

    private static boolean isMunicipalityTable(SourceLayer l) {
        Set<String> k = keys(l);
        return k.contains("gemeentecode") && k.contains("gemeentenaam");
    }

    /** The kinds chosen, main kind first, each once. */
    List<SourceKind> kinds() {
        return chosen.stream().map(Chosen::kind).distinct().toList();
    }

    boolean has(SourceKind kind) {
        return chosen.stream().anyMatch(c -> c.kind() == kind);
    }
}

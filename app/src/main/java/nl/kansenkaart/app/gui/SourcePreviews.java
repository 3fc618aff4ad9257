package nl.kansenkaart.app.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.mapping.FeatureFields;
import nl.kansenkaart.io.mapping.KindRecognizer;
import nl.kansenkaart.io.source.CrsRef;
import nl.kansenkaart.io.source.FeatureLayer;
import nl.kansenkaart.io.source.FormatProvider;
import nl.kansenkaart.io.source.Formats;
import nl.kansenkaart.io.source.SourceException;
import nl.kansenkaart.io.source.SourceFeature;

/** Reads what the import wizard shows of a source file before it is imported (runs in the background). */
final class SourcePreviews {
    private SourcePreviews() {}

    /** The preview of one file: format, per layer the kind, CRS, fields and first rows; the parks of an IBIS layer. */
    static ImportWizardViewModel.FilePreview preview(Path file) {
        try {
            FormatProvider provider = Formats.detect(file);
            List<ImportWizardViewModel.LayerPreview> layers = new ArrayList<>();
            List<ImportWizardViewModel.ParkChoice> parks = new ArrayList<>();
            int order = SourceKind.values().length;
            for (String name : provider.layerNames(file)) {
                try (FeatureLayer layer = provider.open(file, name)) {
                    List<String> fields = layer.fieldNames();
                    List<SourceFeature> first = new ArrayList<>();
                    List<List<String>> rows = new ArrayList<>();
                    for (int i = 0; i < ImportWizardViewModel.PREVIEW_ROWS; i++) {
                        Optional<SourceFeature> f = layer.next();
                        if (f.isEmpty()) {
                            break;
                        }
                        first.add(f.get());
                        Map<String, Object> a = f.get().attributes();
                        rows.add(fields.stream()
                                .map(k -> a.containsKey(k) ? String.valueOf(a.get(k)) : "")
                                .toList());
                    }
                    Optional<SourceKind> recognised =
                            KindRecognizer.recognise(fields).best();
                    if (recognised.equals(Optional.of(SourceKind.PARKS))) {
                        parks.addAll(parksIn(first, layer));
                    }
                    order = Math.min(order, recognised.map(Enum::ordinal).orElse(order));
                    String kind = recognised.map(SourceKind::dutchName).orElse(Messages.get("import.kind.unknown"));
                    layers.add(new ImportWizardViewModel.LayerPreview(name, kind, crsText(layer.crs()), fields, rows));
                }
            }
            return new ImportWizardViewModel.FilePreview(
                    file, provider.formatName(), layers, "", order, List.copyOf(parks));
        } catch (SourceException e) {
            return new ImportWizardViewModel.FilePreview(
                    file, "", List.of(), e.getMessage(), Integer.MAX_VALUE, List.of());
        } catch (java.io.IOException e) {
            return new ImportWizardViewModel.FilePreview(
                    file,
                    "",
                    List.of(),
                    Messages.get("import.unreadable", file.getFileName()),
                    Integer.MAX_VALUE,
                    List.of());
        }
    }

    /**
     * The parks (RIN number and name, as the import reads them) of an IBIS layer, read from the
     * start again: the preview has consumed the first {@code previewed} features.
     */
    private static List<ImportWizardViewModel.ParkChoice> parksIn(List<SourceFeature> previewed, FeatureLayer rest)
            throws SourceException {
        Map<String, ImportWizardViewModel.ParkChoice> parks = new java.util.LinkedHashMap<>();
        List<SourceFeature> features = new ArrayList<>(previewed);
        while (true) {
            for (SourceFeature f : features) {
                FeatureFields fields = FeatureFields.of(f);
                fields.text("RIN_NUMMER", "RINNUMMER")
                        .ifPresent(id -> parks.putIfAbsent(
                                id,
                                new ImportWizardViewModel.ParkChoice(
                                        id,
                                        fields.text("PLAN_NAAM", "BEDRIJVENT", "NAAM")
                                                .orElse(Messages.get("import.park.unnamed", id)),
                                        false)));
            }
            features.clear();
            Optional<SourceFeature> next = rest.next();
            if (next.isEmpty()) {
                break;
            }
            features.add(next.get());
        }
        List<ImportWizardViewModel.ParkChoice> sorted = new ArrayList<>(parks.values());
        sorted.sort(
                java.util.Comparator.comparing(ImportWizardViewModel.ParkChoice::name, String.CASE_INSENSITIVE_ORDER));
        return sorted;
    }

    private static String crsText(CrsRef crs) {
        if (crs.epsg().isPresent()) {
            return "EPSG:" + crs.epsg().getAsInt();
        }
        return crs.declaration().orElse(Messages.get("import.crs.none"));
    }
}

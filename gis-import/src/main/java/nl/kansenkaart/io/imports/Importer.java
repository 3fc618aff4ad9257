package nl.kansenkaart.io.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.mapping.AddressBook;
import nl.kansenkaart.io.mapping.FeatureFields;
import nl.kansenkaart.io.mapping.ValueProblem;
import nl.kansenkaart.io.source.FormatProvider;
import nl.kansenkaart.io.source.Formats;
import nl.kansenkaart.io.source.SourceException;
import nl.kansenkaart.io.source.SourceFeature;
import nl.kansenkaart.io.store.ImportCounts;
import nl.kansenkaart.io.store.ImportSession;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.Provenance;
import nl.kansenkaart.io.store.StoreException;
import org.locationtech.jts.geom.Envelope;

/**
 * Imports one source file into a project in one transaction: all recognised layers of the file
 * (a BAG GeoPackage's panden and verblijfsobjecten together) under one provenance row keyed by the
 * file name, with the file's main kind (the first in import order). Nothing is written unless the
 * whole file was read: a broken file leaves the project byte-for-byte unchanged.
 */
public final class Importer {
    /** The margin around a park's contour envelope within which features are kept with --park, in m. */
    public static final double PARK_MARGIN_M = 250.0;

    private final Clock clock;

    /** An importer that judges label validity on today's date. */
    public Importer() {
        this(Clock.systemDefaultZone());
    }

    /**
     * @param clock gives the import moment and the reference date on which label validity is judged
     */
    public Importer(Clock clock) {
        this.clock = clock;
    }

    /**
     * Imports a file.
     *
     * @param store the open project
     * @param file the source file
     * @param as what the file holds when recognition should be overridden (--as)
     * @param parkId keep only features near this park (its contour envelope plus {@link
     *     #PARK_MARGIN_M}); labels and companies only when they belong to the park's units
     * @param progress where progress goes and cancellation comes from
     * @throws ImportException when the file cannot be read or holds nothing usable; the project is unchanged
     * @throws StoreException when the project file cannot be written; the project is unchanged
     */
    public ImportReport importFile(
            ProjectStore store, Path file, Optional<SourceKind> as, Optional<String> parkId, Progress progress)
            throws ImportException, StoreException {
        long start = System.nanoTime();
        FormatProvider provider = detect(file);
        Optional<Park> park = park(store, file, parkId);
        Optional<Envelope> area = park.map(p -> {
            Envelope e = new Envelope(p.contour().getEnvelopeInternal());
            e.expandBy(PARK_MARGIN_M);
            return e;
        });
        List<SourceLayer> opened = new ArrayList<>();
        try {
            for (String name : layerNames(provider, file)) {
                opened.add(SourceLayer.open(provider, file, name, area));
            }
            LayerPlan plan = LayerPlan.of(file, opened, as);
            return run(store, file, provider, plan, park, area, progress, start);
        } catch (SourceException e) {
            throw new ImportException(file, e.featureNumber(), e.reason(), e);
        } finally {
            for (SourceLayer l : opened) {
                try {
                    l.close();
                } catch (IOException ignored) {
                    // Reading is done; a failing close of a read-only source changes nothing.
                }
            }
        }
    }

    private ImportReport run(
            ProjectStore store,
            Path file,
            FormatProvider provider,
            LayerPlan plan,
            Optional<Park> park,
            Optional<Envelope> area,
            Progress progress,
            long start)
            throws ImportException, StoreException, SourceException {
        List<String> notes = new ArrayList<>(plan.notes);
        park.ifPresent(p -> notes.add("alleen objecten binnen " + (int) PARK_MARGIN_M + " m van de omhullende van "
                + p.name() + " (" + p.id() + ")"));
        // Grid data per postcode (a layer without geometry) limited to a park keeps the postcodes of
        // the park's units; grid polygons are limited by their envelope and need no units.
        boolean gridByPostcode = park.isPresent()
                && plan.chosen.stream()
                        .anyMatch(c ->
                                c.kind() == SourceKind.GRID && c.layer().crs().isEmpty());
        boolean needsUnits = plan.has(SourceKind.LABELS) || plan.has(SourceKind.COMPANIES) || gridByPostcode;
        UnitDirectory directory = needsUnits ? directory(store, park) : new UnitDirectory(List.of());
        if (needsUnits && park.isEmpty() && store.parks().isEmpty()) {
            notes.add("nog geen bedrijventerreinen in het project: labels en bedrijven worden gekoppeld aan de"
                    + " verblijfsobjecten binnen de bedrijventerreinen; importeer eerst IBIS en de BAG");
        }
        AddressBook addresses = plan.has(SourceKind.UNITS) ? addressBook(file, plan, notes) : new AddressBook();
        LayerPlan.Chosen main = plan.chosen.get(0);
        SourceLayer crsLayer = plan.chosen.stream()
                .map(LayerPlan.Chosen::layer)
                .filter(l -> l.crs().isPresent())
                .findFirst()
                .orElse(main.layer());
        String sourceCrs = crsLayer.crsText();
        boolean assumed = crsLayer.crs().map(c -> c.assumed()).orElse(false);
        LocalDate referenceDate = LocalDate.now(clock);
        Provenance provenance = new Provenance(
                fileName(file),
                main.kind(),
                provider.formatName(),
                sourceCrs,
                clock.instant(),
                ImportCounts.NONE,
                provenanceNotes(plan, park));
        long total = plan.chosen.stream()
                .map(c -> c.layer().sizeHint())
                .reduce(
                        Optional.of(0L),
                        (a, b) -> a.isPresent() && b.isPresent() ? Optional.of(a.get() + b.get()) : Optional.empty())
                .orElse(-1L);
        List<LayerReport> layers = new ArrayList<>();
        Optional<CompanyMatchCounts> matches = Optional.empty();
        try (ImportSession session = store.beginImport(provenance)) {
            LayerImporter importer =
                    new LayerImporter(file, session, progress, area, directory, addresses, referenceDate, total);
            for (LayerPlan.Chosen c : plan.chosen) {
                layers.add(importer.run(c.layer(), c.kind()));
            }
            notes.addAll(importer.notes);
            if (plan.has(SourceKind.COMPANIES)) {
                matches = Optional.of(new CompanyMatchCounts(importer.matched, importer.ambiguous, importer.unmatched));
            }
            ImportCounts counts =
                    Tally.sum(layers.stream().map(LayerReport::counts).toList());
            if (counts.imported() == 0) {
                throw new ImportException(file, nothingUsable(counts));
            }
            session.commit(counts);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            return new ImportReport(
                    file,
                    plan.kinds(),
                    provider.formatName(),
                    sourceCrs,
                    assumed,
                    counts,
                    layers,
                    matches,
                    notes,
                    elapsed);
        }
    }

    private static String nothingUsable(ImportCounts counts) {
        if (counts.read() == 0) {
            return "het bestand bevat geen objecten";
        }
        return "geen enkel object bruikbaar (gelezen " + counts.read() + "; "
                + ImportReport.countsText(counts).replaceFirst("^.*overgeslagen", "overgeslagen") + ")";
    }

    private static List<String> provenanceNotes(LayerPlan plan, Optional<Park> park) {
        List<String> notes = new ArrayList<>();
        for (LayerPlan.Chosen c : plan.chosen) {
            notes.add("laag " + c.layer().name() + ": " + c.kind().dutchName());
        }
        park.ifPresent(p -> notes.add("beperkt tot bedrijventerrein " + p.id() + " (+" + (int) PARK_MARGIN_M + " m)"));
        return notes;
    }

    private static FormatProvider detect(Path file) throws ImportException {
        try {
            return Formats.detect(file);
        } catch (SourceException e) {
            throw new ImportException(file, e.featureNumber(), e.reason(), e);
        }
    }

    private static List<String> layerNames(FormatProvider provider, Path file) throws SourceException {
        return provider.layerNames(file);
    }

    private static Optional<Park> park(ProjectStore store, Path file, Optional<String> parkId)
            throws ImportException, StoreException {
        if (parkId.isEmpty()) {
            return Optional.empty();
        }
        Optional<Park> park = store.park(parkId.get());
        if (park.isEmpty()) {
            throw new ImportException(
                    file,
                    "bedrijventerrein '" + parkId.get() + "' staat niet in het project; importeer eerst de"
                            + " bedrijventerreinen (IBIS) of kies een ander id");
        }
        return park;
    }

    /**
     * The units the labels and companies are matched against: the park's with --park, else those of
     * every park in the project (the store answers per park; units outside every park are not needed).
     */
    private static UnitDirectory directory(ProjectStore store, Optional<Park> park) throws StoreException {
        List<Park> parks = park.map(List::of).orElse(null);
        if (parks == null) {
            parks = store.parks();
        }
        Map<String, Unit> units = new LinkedHashMap<>();
        for (Park p : parks) {
            for (Unit u : store.load(p.id()).units()) {
                units.putIfAbsent(u.id(), u);
            }
        }
        return new UnitDirectory(units.values());
    }

    private static AddressBook addressBook(Path file, LayerPlan plan, List<String> notes) throws SourceException {
        AddressBook book = new AddressBook();
        if (plan.addressLayer.isPresent()) {
            SourceLayer layer = plan.addressLayer.get();
            long unreadable = 0;
            for (Optional<SourceFeature> f = layer.next(); f.isPresent(); f = layer.next()) {
                try {
                    book.add(FeatureFields.of(f.get()));
                } catch (ValueProblem p) {
                    unreadable++;
                }
            }
            notes.add("adressen uit laag " + layer.name() + " gelezen (" + book.size()
                    + " nummeraanduidingen, in het geheugen gehouden om de verblijfsobjecten te koppelen)"
                    + (unreadable > 0 ? "; " + unreadable + " zonder bruikbaar huisnummer" : ""));
        }
        if (plan.municipalityLayer.isPresent()) {
            SourceLayer layer = plan.municipalityLayer.get();
            for (Optional<SourceFeature> f = layer.next(); f.isPresent(); f = layer.next()) {
                FeatureFields fields = FeatureFields.of(f.get());
                var code = fields.text("gemeentecode");
                var name = fields.text("gemeentenaam");
                if (code.isPresent() && name.isPresent()) {
                    book.addMunicipality(code.get(), name.get());
                }
            }
        }
        return book;
    }

    private static String fileName(Path file) {
        return Optional.ofNullable(file.getFileName()).map(Path::toString).orElse(file.toString());
    }
}

package nl.kansenkaart.io.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kansenkaart.core.model.Park;
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
        return importFile(
                store,
                file,
                as,
                parkId.<ImportArea>map(ImportArea.Park::new).orElse(ImportArea.everything()),
                progress);
    }

    /**
     * Imports the part of a file that lies in an area: everything, near a park of the project
     * (--park ID) or near the polygons of an area file (--area FILE); see {@link ImportArea}.
     * Labels and companies are then kept only when they belong to the area's units.
     *
     * @throws ImportException when the file or the area file cannot be read, or the park is unknown;
     *     the project is unchanged
     * @throws StoreException when the project file cannot be written; the project is unchanged
     */
    public ImportReport importFile(
            ProjectStore store, Path file, Optional<SourceKind> as, ImportArea within, Progress progress)
            throws ImportException, StoreException {
        long start = System.nanoTime();
        FormatProvider provider = detect(file);
        Scope scope = scope(store, file, within);
        Optional<Envelope> area = scope.union();
        List<SourceLayer> opened = new ArrayList<>();
        try {
            for (String name : layerNames(provider, file)) {
                opened.add(SourceLayer.open(provider, file, name, area));
            }
            LayerPlan plan = LayerPlan.of(file, opened, as);
            return run(store, file, provider, plan, scope, progress, start);
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
            Scope scope,
            Progress progress,
            long start)
            throws ImportException, StoreException, SourceException {
        List<String> notes = new ArrayList<>(plan.notes);
        notes.addAll(scope.notes());
        // Grid data per postcode (a layer without geometry) limited to an area keeps the postcodes of
        // the area's units; grid polygons are limited by their envelope and need no units.
        boolean gridByPostcode = !scope.boxes().isEmpty()
                && plan.chosen.stream()
                        .anyMatch(c ->
                                c.kind() == SourceKind.GRID && c.layer().crs().isEmpty());
        boolean needsUnits = plan.has(SourceKind.LABELS) || plan.has(SourceKind.COMPANIES) || gridByPostcode;
        // Companies are matched against every unit in the project; with --park or --area, labels,
        // companies and postcode grid rows are kept only when they belong to the area's units.
        UnitDirectory directory =
                plan.has(SourceKind.COMPANIES) ? new UnitDirectory(store.units()) : new UnitDirectory(List.of());
        UnitDirectory areaUnits = needsUnits ? scope.units(store, directory) : directory;
        if (needsUnits && store.parks().isEmpty()) {
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
                provenanceNotes(plan, scope));
        long total = plan.chosen.stream()
                .map(c -> c.layer().sizeHint())
                .reduce(
                        Optional.of(0L),
                        (a, b) -> a.isPresent() && b.isPresent() ? Optional.of(a.get() + b.get()) : Optional.empty())
                .orElse(-1L);
        List<LayerReport> layers = new ArrayList<>();
        Optional<CompanyMatchCounts> matches = Optional.empty();
        try (ImportSession session = store.beginImport(provenance)) {
            LayerImporter importer = new LayerImporter(
                    file, session, progress, scope.boxes(), directory, areaUnits, addresses, referenceDate, total);
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
            notes.addAll(session.commit(counts, notes));
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

    private static List<String> provenanceNotes(LayerPlan plan, Scope scope) {
        List<String> notes = new ArrayList<>();
        for (LayerPlan.Chosen c : plan.chosen) {
            notes.add("laag " + c.layer().name() + ": " + c.kind().dutchName());
        }
        scope.provenanceNote().ifPresent(notes::add);
        return notes;
    }

    /**
     * The resolved area of an import: RD envelopes plus margin (empty: no limit), the park when it
     * is one, and the notes that say so.
     */
    private record Scope(
            List<Envelope> boxes, Optional<Park> park, List<String> notes, Optional<String> provenanceNote) {
        Optional<Envelope> union() {
            if (boxes.isEmpty()) {
                return Optional.empty();
            }
            Envelope all = new Envelope();
            boxes.forEach(all::expandToInclude);
            return Optional.of(all);
        }

        /** The units a label or company must belong to: the park's, or those inside the boxes. */
        UnitDirectory units(ProjectStore store, UnitDirectory everyUnit) throws StoreException {
            if (park.isPresent()) {
                return new UnitDirectory(store.load(park.get().id()).units());
            }
            if (boxes.isEmpty()) {
                return everyUnit;
            }
            List<nl.kansenkaart.core.model.Unit> inside = new ArrayList<>();
            for (nl.kansenkaart.core.model.Unit u : store.units()) {
                if (boxes.stream().anyMatch(b -> b.contains(u.location().getCoordinate()))) {
                    inside.add(u);
                }
            }
            return new UnitDirectory(inside);
        }
    }

    private static Scope scope(ProjectStore store, Path file, ImportArea within)
            throws ImportException, StoreException {
        if (within instanceof ImportArea.Park p) {
            Park park = park(store, file, Optional.of(p.parkId())).orElseThrow();
            Envelope box = new Envelope(park.contour().getEnvelopeInternal());
            box.expandBy(PARK_MARGIN_M);
            return new Scope(
                    List.of(box),
                    Optional.of(park),
                    List.of("alleen objecten binnen " + (int) PARK_MARGIN_M + " m van de omhullende van " + park.name()
                            + " (" + park.id() + ")"),
                    Optional.of("beperkt tot bedrijventerrein " + park.id() + " (+" + (int) PARK_MARGIN_M + " m)"));
        }
        if (within instanceof ImportArea.AreaFile a) {
            AreaBoxes.Read read = AreaBoxes.read(a.file(), PARK_MARGIN_M);
            List<String> notes = new ArrayList<>(read.notes());
            notes.add("alleen objecten binnen " + (int) PARK_MARGIN_M + " m van de omhullende van elk vlak");
            return new Scope(
                    read.boxes(),
                    Optional.empty(),
                    notes,
                    Optional.of("beperkt tot gebiedsbestand " + a.file().getFileName() + " ("
                            + read.boxes().size() + " vlakken, +" + (int) PARK_MARGIN_M + " m)"));
        }
        return new Scope(List.of(), Optional.empty(), List.of(), Optional.empty());
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

package nl.kansenkaart.io.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.GridPostcode;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.mapping.AddressBook;
import nl.kansenkaart.io.mapping.BuildingMapper;
import nl.kansenkaart.io.mapping.CompanyMapper;
import nl.kansenkaart.io.mapping.GeometryPreparer;
import nl.kansenkaart.io.mapping.GridMapper;
import nl.kansenkaart.io.mapping.KindRecognizer;
import nl.kansenkaart.io.mapping.LabelMapper;
import nl.kansenkaart.io.mapping.LabelSelector;
import nl.kansenkaart.io.mapping.Mapped;
import nl.kansenkaart.io.mapping.ParkCollector;
import nl.kansenkaart.io.mapping.RoofMapper;
import nl.kansenkaart.io.mapping.UnitMapper;
import nl.kansenkaart.io.mapping.ValueProblem;
import nl.kansenkaart.io.source.SourceException;
import nl.kansenkaart.io.source.SourceFeature;
import nl.kansenkaart.io.store.ImportSession;
import nl.kansenkaart.io.store.StoreException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Streams the features of one layer through the mapper of its kind into the import session,
 * counting each feature once: imported (maybe repaired) or skipped with a Dutch reason. Parks,
 * units and labels are held until the layer ends (parks to merge per RIN number, units to merge a
 * VBO written once per pand, labels to keep the latest valid registration per VBO).
 */
final class LayerImporter {
    /** Skip reason of a feature outside the chosen park (plus margin). */
    static final String OUTSIDE = "buiten het bedrijventerrein";

    private static final int PROGRESS_EVERY = 1_000;

    private final Path file;
    private final ImportSession session;
    private final Progress progress;
    /** RD envelopes (plus margin) a spatial feature must touch; empty: no limit. */
    private final List<Envelope> area;

    private final UnitDirectory directory;
    private final UnitDirectory areaUnits;
    private final boolean attributeFilter;
    private final AddressBook addresses;
    private final LocalDate referenceDate;
    private final long total;
    private long done;
    final List<String> notes = new ArrayList<>();
    long matched;
    long ambiguous;
    long unmatched;

    LayerImporter(
            Path file,
            ImportSession session,
            Progress progress,
            List<Envelope> area,
            UnitDirectory directory,
            UnitDirectory areaUnits,
            AddressBook addresses,
            LocalDate referenceDate,
            long total) {
        this.file = file;
        this.session = session;
        this.progress = progress;
        this.area = area;
        this.directory = directory;
        this.areaUnits = areaUnits;
        this.attributeFilter = !area.isEmpty() && !areaUnits.isEmpty();
        this.addresses = addresses;
        this.referenceDate = referenceDate;
        this.total = total;
    }

    LayerReport run(SourceLayer layer, SourceKind kind) throws ImportException, StoreException {
        UnaryOperator<Geometry> toRd;
        try {
            toRd = layer.toRd(file);
        } catch (SourceException e) {
            throw new ImportException(file, e.featureNumber(), e.reason(), e);
        }
        GeometryPreparer geometry = new GeometryPreparer(toRd);
        Tally tally = new Tally();
        Handler handler = handler(kind, layer, geometry);
        // Without a count (a large GeoJSON read once) the total is estimated from the bytes read.
        boolean estimated = total < 0 && layer.fractionRead().isPresent();
        long layerStart = done;
        String message = kind.dutchName() + " lezen (laag " + layer.name()
                + (estimated ? ", totaal geschat naar de bestandsgrootte)" : ")");
        boolean spatial = kind != SourceKind.LABELS && kind != SourceKind.COMPANIES;
        while (true) {
            Optional<SourceFeature> next;
            try {
                next = layer.next();
            } catch (SourceException e) {
                throw new ImportException(file, e.featureNumber(), e.reason(), e);
            }
            if (next.isEmpty()) {
                break;
            }
            SourceFeature feature = next.get();
            tally.read();
            if (++done % PROGRESS_EVERY == 0) {
                progress.checkCancelled();
                progress.report(done, estimated ? estimatedTotal(layer, layerStart) : total, message);
            }
            try {
                // The GeoPackage index filtered on the union of the boxes; several boxes need the test still.
                if (spatial && (!layer.filteredByIndex() || area.size() > 1) && outsideArea(feature, toRd)) {
                    throw new ValueProblem(OUTSIDE);
                }
                handler.handle(feature, tally);
            } catch (ValueProblem p) {
                tally.skipped(p.reason());
            } catch (RuntimeException e) {
                if (e instanceof Progress.CancelledException) {
                    throw e;
                }
                throw new ImportException(
                        file, java.util.OptionalLong.of(feature.number()), "onverwachte fout: " + e.getMessage(), e);
            }
        }
        handler.finish(tally);
        progress.report(done, estimated ? done : total, message);
        String crs = layer.crsText();
        boolean assumed = layer.crs().map(c -> c.assumed()).orElse(false);
        if (layer.filteredByIndex()) {
            notes.add("laag " + layer.name() + ": de ruimtelijke index van de GeoPackage liet alleen objecten bij het"
                    + " bedrijventerrein door; de rest is niet gelezen en niet geteld");
        }
        layer.crs().filter(c -> c.assumed()).ifPresent(c -> notes.add("laag " + layer.name() + ": " + c.remark()));
        return new LayerReport(layer.name(), kind, crs, assumed, tally.counts());
    }

    /**
     * The features of the imports so far plus this layer's, extrapolated from the share of its bytes
     * read; never below what is done.
     */
    private long estimatedTotal(SourceLayer layer, long layerStart) {
        double fraction = layer.fractionRead().orElse(0);
        if (fraction <= 0) {
            return -1;
        }
        return Math.max(done, layerStart + Math.round((done - layerStart) / fraction));
    }

    private boolean outsideArea(SourceFeature feature, UnaryOperator<Geometry> toRd) {
        if (area.isEmpty()
                || feature.geometry().isEmpty()
                || feature.geometry().get().isEmpty()) {
            return false;
        }
        // The envelope's corners are enough to test against the park's envelope: cheap for big polygons.
        Geometry box = feature.geometry().get().getEnvelope();
        try {
            Envelope rd = toRd.apply(box).getEnvelopeInternal();
            return area.stream().noneMatch(rd::intersects);
        } catch (RuntimeException e) {
            return false; // the mapper reports the transform problem with its own reason
        }
    }

    /** What one kind does with each feature and at the end of the layer. */
    private interface Handler {
        void handle(SourceFeature feature, Tally tally) throws ValueProblem, StoreException;

        default void finish(Tally tally) throws StoreException, ImportException {}
    }

    private Handler handler(SourceKind kind, SourceLayer layer, GeometryPreparer geometry) {
        return switch (kind) {
            case PARKS -> parks(geometry);
            case BUILDINGS -> {
                BuildingMapper m = new BuildingMapper(geometry);
                yield (f, t) -> {
                    Mapped<nl.kansenkaart.core.model.Building> b = m.map(f);
                    session.add(b.value());
                    t.imported(b.repaired());
                };
            }
            case UNITS -> units(geometry);
            case ROOFS -> roofs(
                    geometry,
                    KindRecognizer.isRoofFaceLayer(layer.fieldNames()),
                    carriesBagPanden(layer.fieldNames())
                            ? Optional.of(new BuildingMapper(geometry))
                            : Optional.empty());
            case LABELS -> labels();
            case GRID -> {
                GridMapper m = new GridMapper(geometry);
                yield new Handler() {
                    private long postcodes;

                    @Override
                    public void handle(SourceFeature f, Tally t) throws ValueProblem, StoreException {
                        if (GridMapper.isPostcodeRow(f)) {
                            GridPostcode row = m.mapPostcode(f);
                            // Limited to an area: keep the postcodes of its units, as for companies.
                            if (attributeFilter && !areaUnits.hasPostcode(row.postcode())) {
                                throw new ValueProblem(OUTSIDE);
                            }
                            session.add(row);
                            postcodes++;
                            t.imported(false);
                            return;
                        }
                        var g = m.map(f);
                        session.add(g.value());
                        t.imported(g.repaired());
                    }

                    @Override
                    public void finish(Tally t) {
                        if (postcodes > 0) {
                            notes.add(postcodes + " postcodes met netcapaciteit (zonder geometrie): panden worden"
                                    + " via de postcodes van hun verblijfsobjecten gekoppeld");
                        }
                        notes.addAll(m.notes());
                    }
                };
            }
            case COMPANIES -> companies();
        };
    }

    private Handler parks(GeometryPreparer geometry) {
        ParkCollector collector = new ParkCollector(geometry);
        return new Handler() {
            @Override
            public void handle(SourceFeature f, Tally t) throws ValueProblem {
                t.imported(collector.accept(f));
            }

            @Override
            public void finish(Tally t) throws StoreException, ImportException {
                List<Park> parks;
                try {
                    parks = collector.parks();
                } catch (ValueProblem p) {
                    throw new ImportException(file, p.getMessage());
                }
                for (Park p : parks) {
                    session.add(p);
                }
                notes.add(t.counts().imported() + " objecten vormen " + parks.size() + " bedrijventerreinen");
                notes.addAll(collector.notes());
            }
        };
    }

    private Handler units(GeometryPreparer geometry) {
        UnitMapper mapper = new UnitMapper(geometry, addresses);
        Map<String, Unit> units = new LinkedHashMap<>();
        return new Handler() {
            @Override
            public void handle(SourceFeature f, Tally t) throws ValueProblem {
                Unit u = mapper.map(f).value();
                units.merge(u.id(), u, UnitMapper::merge);
                t.imported(false);
            }

            @Override
            public void finish(Tally t) throws StoreException {
                for (Unit u : units.values()) {
                    session.add(u);
                }
                long rows = t.counts().imported();
                if (rows > units.size()) {
                    notes.add(rows + " rijen verblijfsobjecten samengevoegd tot " + units.size()
                            + " verblijfsobjecten (een verblijfsobject in meerdere panden)");
                }
                notes.addAll(mapper.notes());
            }
        };
    }

    /**
     * Whether a 3D BAG pand layer also carries the BAG fields of its panden (status and bouwjaar, as
     * 3D BAG CityJSON tiles do): then a project without a BAG import still gets those panden.
     */
    static boolean carriesBagPanden(List<String> fieldNames) {
        java.util.Set<String> keys = fieldNames.stream()
                .map(nl.kansenkaart.io.mapping.FieldNames::key)
                .collect(java.util.stream.Collectors.toSet());
        return keys.contains("status") && (keys.contains("oorspronkelijkbouwjaar") || keys.contains("bouwjaar"));
    }

    private Handler roofs(GeometryPreparer geometry, boolean faces, Optional<BuildingMapper> panden) {
        RoofMapper mapper = new RoofMapper(geometry);
        return new Handler() {
            private final Map<String, Long> pandenNotAdded = new LinkedHashMap<>();
            private long pandenAdded;
            private long pandenKept;

            @Override
            public void handle(SourceFeature f, Tally t) throws ValueProblem, StoreException {
                if (faces) {
                    var part = mapper.face(f);
                    session.add(part.value());
                    t.imported(part.repaired());
                } else {
                    var roof = mapper.summary(f);
                    session.addRoof(roof.buildingId(), roof.summary());
                    t.imported(false);
                    if (panden.isPresent()) {
                        addPand(f);
                    }
                }
            }

            /** The pand itself, when the project does not have it yet; a bad pand never costs the roof. */
            private void addPand(SourceFeature f) throws StoreException {
                try {
                    if (session.addIfAbsent(panden.get().map(f).value())) {
                        pandenAdded++;
                    } else {
                        pandenKept++;
                    }
                } catch (ValueProblem p) {
                    pandenNotAdded.merge(p.reason(), 1L, Long::sum);
                }
            }

            @Override
            public void finish(Tally t) {
                if (mapper.azimuthAssumed() > 0) {
                    notes.add(mapper.azimuthAssumed() + " platte dakvlakken zonder azimut: 0 (noord) genomen,"
                            + " bij een plat dak doet de richting er niet toe");
                }
                if (pandenAdded > 0) {
                    notes.add(pandenAdded + " panden met hun BAG-gegevens uit 3D BAG toegevoegd (nog niet in het"
                            + " project; een latere BAG-import vervangt ze)");
                }
                if (pandenKept > 0) {
                    notes.add(pandenKept + " panden stonden al in het project (BAG blijft leidend): alleen hun"
                            + " dakgegevens geïmporteerd");
                }
                pandenNotAdded.forEach((why, n) ->
                        notes.add(n + " panden niet uit 3D BAG toegevoegd (" + why + "); hun dakgegevens wel"));
            }
        };
    }

    private Handler labels() {
        LabelMapper mapper = new LabelMapper(referenceDate);
        LabelSelector selector = new LabelSelector(referenceDate);
        if (!area.isEmpty() && areaUnits.isEmpty()) {
            notes.add("nog geen verblijfsobjecten van dit bedrijventerrein in het project: alle labels"
                    + " geïmporteerd (importeer eerst de BAG om alleen de labels van het terrein te houden)");
        }
        return new Handler() {
            @Override
            public void handle(SourceFeature f, Tally t) throws ValueProblem {
                EnergyLabel label = mapper.map(f);
                if (attributeFilter
                        && !label.unitId().map(areaUnits::hasUnit).orElse(false)
                        && !label.buildingId().map(areaUnits::hasBuilding).orElse(false)) {
                    throw new ValueProblem(OUTSIDE);
                }
                selector.offer(label);
            }

            @Override
            public void finish(Tally t) throws StoreException {
                for (EnergyLabel l : selector.labels()) {
                    session.add(l);
                    t.imported(false);
                }
                notes.add("per verblijfsobject (of pand) is de laatste geldige registratie bewaard: geldig op "
                        + referenceDate + " en de jongste registratiedatum; verlopen en vervangen labels zijn"
                        + " overgeslagen");
                notes.addAll(mapper.notes());
            }
        };
    }

    private Handler companies() {
        CompanyMapper mapper = new CompanyMapper();
        if (directory.isEmpty()) {
            notes.add("nog geen verblijfsobjecten in het project: de bedrijven zijn niet aan adressen gekoppeld"
                    + " (importeer eerst de BAG en daarna de bedrijven opnieuw)");
        }
        return new Handler() {
            @Override
            public void handle(SourceFeature f, Tally t) throws ValueProblem, StoreException {
                Company c = mapper.map(f);
                UnitDirectory.Match match = directory.match(c.address());
                boolean inArea = match instanceof UnitDirectory.Match.Matched hit && areaUnits.hasUnit(hit.unitId())
                        || c.address()
                                .map(a -> areaUnits.hasPostcode(a.postcode()))
                                .orElse(true);
                if (attributeFilter && !inArea) {
                    throw new ValueProblem(OUTSIDE);
                }
                if (match instanceof UnitDirectory.Match.Matched m) {
                    c = c.matchedTo(m.unitId());
                    matched++;
                } else if (match instanceof UnitDirectory.Match.Ambiguous) {
                    ambiguous++;
                } else {
                    unmatched++;
                }
                session.add(c);
                t.imported(false);
            }

            @Override
            public void finish(Tally t) {
                notes.addAll(mapper.notes());
                if (ambiguous + unmatched > 0) {
                    notes.add(ambiguous + unmatched + " bedrijven zonder koppeling aan een verblijfsobject opgeslagen:"
                            + " koppel ze met de hand");
                }
            }
        };
    }
}

package nl.kansenkaart.app.cli.bench;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import nl.kansenkaart.app.cli.Msg;
import nl.kansenkaart.core.model.Building;
import nl.kansenkaart.core.model.Company;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.GridArea;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Unit;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.core.synthetic.SyntheticNation;
import nl.kansenkaart.core.synthetic.SyntheticParkData;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.store.ImportCounts;
import nl.kansenkaart.io.store.ImportSession;
import nl.kansenkaart.io.store.ProjectStore;
import nl.kansenkaart.io.store.Provenance;
import nl.kansenkaart.io.store.StoreException;

/**
 * Writes a {@link SyntheticNation} into a project file through the real store, one source per
 * import as a consultant would import them (IBIS, grid capacity, BAG, EP-Online, KvK), then the
 * overrides. Each pass streams the parks from a generator thread through a small queue, so at most
 * a few parks are in memory and generating overlaps with writing.
 */
final class NationalSetup {
    /** What was written. */
    record Counts(long parks, long buildings, long units, long labels, long companies, long gridAreas) {
        /** The counts of a project written earlier. */
        static Counts of(ProjectStore store) throws StoreException {
            java.util.Map<String, Long> n = new java.util.HashMap<>();
            store.layerCounts().forEach(c -> n.put(c.layerName(), c.count()));
            return new Counts(
                    n.getOrDefault("bedrijventerreinen", 0L),
                    n.getOrDefault("panden", 0L),
                    n.getOrDefault("verblijfsobjecten", 0L),
                    n.getOrDefault("energielabels", 0L),
                    n.getOrDefault("bedrijven", 0L),
                    n.getOrDefault("netgebieden", 0L));
        }
    }

    private final SyntheticNation nation;
    private final Progress progress;

    NationalSetup(SyntheticNation nation, Progress progress) {
        this.nation = nation;
        this.progress = progress;
    }

    Counts write(ProjectStore store) throws StoreException {
        long parks = nation.parkCount();
        try (ImportSession s = store.beginImport(provenance("proefset-ibis", SourceKind.PARKS))) {
            for (int p = 0; p < parks; p++) {
                s.add(nation.parkRecord(p));
            }
            s.commit(ImportCounts.allImported(parks));
        }
        List<GridArea> grid = nation.gridAreas();
        try (ImportSession s = store.beginImport(provenance("proefset-netcapaciteit", SourceKind.GRID))) {
            for (GridArea g : grid) {
                s.add(g);
            }
            s.commit(ImportCounts.allImported(grid.size()));
        }
        long[] bag = {0, 0};
        stream(store, "proefset-bag", SourceKind.BUILDINGS, Msg.get("bench.national.progress.bag"), (s, park) -> {
            for (Building b : park.buildings()) {
                s.add(b);
            }
            for (Unit u : park.units()) {
                s.add(u);
            }
            bag[0] += park.buildings().size();
            bag[1] += park.units().size();
            return park.buildings().size() + park.units().size();
        });
        long[] labels = {0};
        stream(store, "proefset-ep-online", SourceKind.LABELS, Msg.get("bench.national.progress.labels"), (s, park) -> {
            for (EnergyLabel l : park.labels()) {
                s.add(l);
            }
            labels[0] += park.labels().size();
            return park.labels().size();
        });
        long[] companies = {0};
        List<Override> overrides = new java.util.ArrayList<>();
        stream(store, "proefset-kvk", SourceKind.COMPANIES, Msg.get("bench.national.progress.companies"), (s, park) -> {
            for (Company c : park.companies()) {
                s.add(c);
            }
            companies[0] += park.companies().size();
            overrides.addAll(park.overrides());
            return park.companies().size();
        });
        for (Override o : overrides) {
            store.saveOverride(o);
        }
        return new Counts(parks, bag[0], bag[1], labels[0], companies[0], grid.size());
    }

    @FunctionalInterface
    private interface ParkWriter {
        long write(ImportSession session, SyntheticParkData park) throws StoreException;
    }

    /** One import of one source over every park; a generator thread stays a few parks ahead. */
    private void stream(ProjectStore store, String key, SourceKind kind, String stage, ParkWriter writer)
            throws StoreException {
        int parks = nation.parkCount();
        BlockingQueue<SyntheticParkData> queue = new ArrayBlockingQueue<>(4);
        Thread generator = new Thread(
                () -> {
                    try {
                        for (int p = 0; p < parks; p++) {
                            queue.put(nation.park(p));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "synthetische-terreinen");
        generator.setDaemon(true);
        generator.start();
        long rows = 0;
        try (ImportSession s = store.beginImport(provenance(key, kind))) {
            for (int p = 0; p < parks; p++) {
                rows += writer.write(s, queue.take());
                progress.report(p + 1, parks, stage);
            }
            s.commit(ImportCounts.allImported(rows));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("proefset schrijven onderbroken", e);
        } finally {
            generator.interrupt();
        }
    }

    private static Provenance provenance(String key, SourceKind kind) {
        return new Provenance(
                key,
                kind,
                Msg.get("bench.format.synthetic"),
                "EPSG:28992",
                Instant.now(),
                ImportCounts.NONE,
                List.of());
    }
}

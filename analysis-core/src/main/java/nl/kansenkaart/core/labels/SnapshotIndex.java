package nl.kansenkaart.core.labels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.core.model.EnergyLabel;
import nl.kansenkaart.core.model.Override;
import nl.kansenkaart.core.model.Override.OverrideTarget;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.model.Unit;

/**
 * Lookups the building analyses share, built once per snapshot in one pass over each list: the
 * units of each pand, the label that counts per VBO and per pand on a reference date, and the
 * consultant's flags per pand. Plain hash maps filled in loops, because this is the hot path of the
 * million-building benchmark. Immutable after construction, so analyses may read it in parallel.
 */
public final class SnapshotIndex {
    private final Map<String, List<Unit>> unitsByBuilding;
    private final Map<String, EnergyLabel> labelByUnit;
    private final Map<String, EnergyLabel> labelByBuilding;
    private final Map<String, Map<String, String>> buildingFlags;
    private final boolean labelsLoaded;
    private final LocalDate referenceDate;

    private SnapshotIndex(
            Map<String, List<Unit>> unitsByBuilding,
            Map<String, EnergyLabel> labelByUnit,
            Map<String, EnergyLabel> labelByBuilding,
            Map<String, Map<String, String>> buildingFlags,
            boolean labelsLoaded,
            LocalDate referenceDate) {
        this.unitsByBuilding = unitsByBuilding;
        this.labelByUnit = labelByUnit;
        this.labelByBuilding = labelByBuilding;
        this.buildingFlags = buildingFlags;
        this.labelsLoaded = labelsLoaded;
        this.referenceDate = referenceDate;
    }

    /** Indexes the snapshot; labels are chosen as valid on {@code referenceDate}. */
    public static SnapshotIndex of(ParkSnapshot snapshot, LocalDate referenceDate) {
        return of(snapshot.units(), snapshot.labels(), snapshot.overrides(), referenceDate);
    }

    /** Indexes the given lists (the snapshot's, or a caller's own for a batch). */
    public static SnapshotIndex of(
            List<Unit> units, List<EnergyLabel> labels, List<Override> overrides, LocalDate referenceDate) {
        if (referenceDate == null) {
            throw new IllegalArgumentException("peildatum ontbreekt");
        }
        Map<String, List<Unit>> byBuilding = new HashMap<>(capacity(units.size()));
        for (Unit u : units) {
            List<String> ids = u.buildingIds();
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                List<Unit> in = byBuilding.get(id);
                if (in == null) {
                    in = new ArrayList<>(2);
                    byBuilding.put(id, in);
                }
                in.add(u);
            }
        }
        Map<String, EnergyLabel> byUnit = new HashMap<>(capacity(labels.size()));
        Map<String, EnergyLabel> byPand = new HashMap<>();
        for (EnergyLabel l : labels) {
            if (l.unitId().isPresent()) {
                choose(byUnit, l.unitId().get(), l, referenceDate);
            } else {
                // A label without a VBO id was registered for the pand as a whole.
                choose(byPand, l.buildingId().orElseThrow(), l, referenceDate);
            }
        }
        byUnit.values().removeIf(v -> v == null);
        byPand.values().removeIf(v -> v == null);
        Map<String, Map<String, String>> flags = new HashMap<>();
        for (Override o : overrides) {
            if (o.target() == OverrideTarget.BUILDING) {
                // Later overrides win, as in the store where an edit replaces the previous one.
                flags.computeIfAbsent(normalisedPand(o.targetId()), k -> new HashMap<>())
                        .put(o.key().strip().toLowerCase(Locale.ROOT), o.value().strip());
            }
        }
        return new SnapshotIndex(byBuilding, byUnit, byPand, flags, !labels.isEmpty(), referenceDate);
    }

    /** What {@code compute} with {@link LabelChoice#better} did, without a lambda per label. */
    private static void choose(Map<String, EnergyLabel> chosen, String id, EnergyLabel l, LocalDate referenceDate) {
        EnergyLabel old = chosen.get(id);
        EnergyLabel better = LabelChoice.better(old, l, referenceDate);
        if (better == null) {
            chosen.remove(id);
        } else if (better != old) {
            chosen.put(id, better);
        }
    }

    private static String normalisedPand(String id) {
        try {
            return nl.kansenkaart.core.model.BagIds.pandId(id);
        } catch (IllegalArgumentException e) {
            return id.strip();
        }
    }

    private static int capacity(int expected) {
        return (int) Math.min(1 << 30, expected * 4L / 3 + 16);
    }

    /** The units BAG ties to the pand (active or not); empty when none. */
    public List<Unit> units(String buildingId) {
        return unitsByBuilding.getOrDefault(buildingId, Collections.emptyList());
    }

    /** The label that counts for the VBO on the reference date. */
    public Optional<EnergyLabel> unitLabel(String unitId) {
        return Optional.ofNullable(labelByUnit.get(unitId));
    }

    /** The label registered for the pand as a whole (no VBO id) that counts on the reference date. */
    public Optional<EnergyLabel> buildingLabel(String buildingId) {
        return Optional.ofNullable(labelByBuilding.get(buildingId));
    }

    /** The consultant's flags for the pand, keys in lower case ("monument" -> "ja"); empty when none. */
    public Map<String, String> buildingFlags(String buildingId) {
        return buildingFlags.getOrDefault(buildingId, Collections.emptyMap());
    }

    /** Whether any EP-Online label was loaded at all: without them "no label" cannot be told from "not imported". */
    public boolean labelsLoaded() {
        return labelsLoaded;
    }

    /** The day the labels were chosen for. */
    public LocalDate referenceDate() {
        return referenceDate;
    }
}

package nl.kansenkaart.io.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.core.model.CapacityStatus;

/**
 * Reads a capacity status from the words grid maps use: the capaciteitskaart colours (geen /
 * transparant / wit, geel, oranje, rood and their English names), RAG words (green, amber, red) and
 * Dutch status phrases ("capaciteit beschikbaar", "congestiemanagement", "wachtrij", "beperkt").
 */
public final class CapacityWords {
    private CapacityWords() {}

    // Phrases before single words: "geen capaciteit" must not be read as the colour word "geen".
    private static final List<Map.Entry<String, CapacityStatus>> PHRASES = List.of(
            Map.entry("geen capaciteit", CapacityStatus.CONGESTED),
            Map.entry("geen transportcapaciteit", CapacityStatus.CONGESTED),
            Map.entry("capaciteit beschikbaar", CapacityStatus.AVAILABLE),
            Map.entry("transportcapaciteit beschikbaar", CapacityStatus.AVAILABLE),
            Map.entry("geen congestie", CapacityStatus.AVAILABLE),
            Map.entry("no congestion", CapacityStatus.AVAILABLE),
            Map.entry("congestiemanagement", CapacityStatus.CONGESTION_MANAGEMENT),
            Map.entry("congestion management", CapacityStatus.CONGESTION_MANAGEMENT),
            Map.entry("wachtrij", CapacityStatus.CONGESTED),
            Map.entry("beperkt", CapacityStatus.SCARCE),
            Map.entry("schaarste", CapacityStatus.SCARCE),
            Map.entry("dreigend", CapacityStatus.SCARCE),
            Map.entry("congestie", CapacityStatus.CONGESTED));

    private static final Map<String, CapacityStatus> WORDS = Map.ofEntries(
            Map.entry("geen", CapacityStatus.AVAILABLE),
            Map.entry("transparant", CapacityStatus.AVAILABLE),
            Map.entry("transparent", CapacityStatus.AVAILABLE),
            Map.entry("wit", CapacityStatus.AVAILABLE),
            Map.entry("white", CapacityStatus.AVAILABLE),
            Map.entry("none", CapacityStatus.AVAILABLE),
            Map.entry("groen", CapacityStatus.AVAILABLE),
            Map.entry("green", CapacityStatus.AVAILABLE),
            Map.entry("beschikbaar", CapacityStatus.AVAILABLE),
            Map.entry("available", CapacityStatus.AVAILABLE),
            Map.entry("geel", CapacityStatus.SCARCE),
            Map.entry("yellow", CapacityStatus.SCARCE),
            Map.entry("limited", CapacityStatus.SCARCE),
            Map.entry("oranje", CapacityStatus.CONGESTION_MANAGEMENT),
            Map.entry("orange", CapacityStatus.CONGESTION_MANAGEMENT),
            Map.entry("amber", CapacityStatus.CONGESTION_MANAGEMENT),
            Map.entry("rood", CapacityStatus.CONGESTED),
            Map.entry("red", CapacityStatus.CONGESTED),
            Map.entry("vol", CapacityStatus.CONGESTED),
            Map.entry("congested", CapacityStatus.CONGESTED),
            Map.entry("onbekend", CapacityStatus.UNKNOWN),
            Map.entry("unknown", CapacityStatus.UNKNOWN));

    /** The status the text names, or empty when it names none. */
    public static Optional<CapacityStatus> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        CapacityStatus word = WORDS.get(t);
        if (word != null) {
            return Optional.of(word);
        }
        for (Map.Entry<String, CapacityStatus> p : PHRASES) {
            if (t.contains(p.getKey())) {
                return Optional.of(p.getValue());
            }
        }
        return Optional.empty();
    }
}

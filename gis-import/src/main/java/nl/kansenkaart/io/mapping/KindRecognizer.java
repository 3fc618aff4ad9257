package nl.kansenkaart.io.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kansenkaart.io.SourceKind;

/**
 * Decides from a layer's field names what it holds. Each kind has one or more signatures: groups of
 * alternative field names, some required. A kind scores the share of its groups found (0..1) when
 * all its required groups are present, else 0; the best score wins.
 */
public final class KindRecognizer {
    private KindRecognizer() {}

    /** Alternative names for one piece of information; the first is what messages show. */
    record Group(boolean required, List<String> names) {
        static Group req(String... names) {
            return new Group(true, List.of(names));
        }

        static Group opt(String... names) {
            return new Group(false, List.of(names));
        }

        boolean foundIn(Set<String> keys) {
            return names.stream().map(FieldNames::key).anyMatch(keys::contains);
        }

        String display() {
            return String.join(" of ", names);
        }
    }

    /**
     * @param bonus added when the signature matches: b3_* fields exist only in 3D BAG, so a layer
     *     with them is roofs even when it also carries the BAG pand fields
     */
    record Signature(SourceKind kind, List<Group> groups, double bonus) {
        Signature(SourceKind kind, List<Group> groups) {
            this(kind, groups, 0);
        }

        double score(Set<String> keys) {
            long found = 0;
            for (Group g : groups) {
                boolean in = g.foundIn(keys);
                if (g.required && !in) {
                    return 0;
                }
                found += in ? 1 : 0;
            }
            return Math.min(1.0, (double) found / groups.size() + bonus);
        }
    }

    private static final List<Signature> SIGNATURES = List.of(
            new Signature(
                    SourceKind.PARKS,
                    List.of(
                            Group.req("RIN_NUMMER", "RINNUMMER"),
                            Group.opt("PLAN_NAAM", "BEDRIJVENT", "NAAM"),
                            Group.opt("GEMEENTE", "GEM_CODES", "KERN"),
                            Group.opt("HA_BRUTO", "OPPBRUTO"),
                            Group.opt("HA_NETTO", "OPPNETTO"),
                            Group.opt("JAAR"),
                            Group.opt("WLOC_TYPE", "HA_TOTTUIT"))),
            new Signature(
                    SourceKind.BUILDINGS,
                    List.of(
                            Group.req("identificatie", "pandref", "pand_id"),
                            Group.req("bouwjaar", "oorspronkelijkbouwjaar"),
                            Group.opt("status"),
                            Group.opt("oppervlakte_min"),
                            Group.opt("oppervlakte_max"),
                            Group.opt("aantal_verblijfsobjecten"),
                            Group.opt("gebruiksdoel"))),
            new Signature(
                    SourceKind.UNITS,
                    List.of(
                            Group.req("identificatie"),
                            Group.req("pand_identificatie", "pandref", "pandidentificatie"),
                            Group.req("huisnummer", "hoofdadresnummeraanduidingref"),
                            Group.opt("oppervlakte"),
                            Group.opt("gebruiksdoel"),
                            Group.opt("status"),
                            Group.opt("postcode"),
                            Group.opt("openbare_ruimte_naam", "openbare_ruimte"),
                            Group.opt("woonplaats_naam", "woonplaats"))),
            new Signature(
                    SourceKind.ROOFS,
                    List.of(
                            Group.req("identificatie", "pandref"),
                            Group.req("b3_dak_type"),
                            Group.opt("b3_opp_grond"),
                            Group.opt("b3_opp_dak_plat"),
                            Group.opt("b3_opp_dak_schuin"),
                            Group.opt("b3_h_maaiveld"),
                            Group.opt("b3_h_dak_70p"),
                            Group.opt("b3_h_dak_max"),
                            Group.opt("b3_volume_lod22"),
                            Group.opt("b3_bouwlagen"),
                            Group.opt("b3_kas_warenhuis")),
                    0.5),
            new Signature(
                    SourceKind.ROOFS,
                    List.of(
                            Group.req("identificatie", "buildingId", "pandref", "pand_id"),
                            Group.req("b3_hellingshoek", "slopeDeg", "slope", "hellingshoek"),
                            Group.req("b3_azimut", "azimuthDeg", "azimuth", "azimut"),
                            Group.opt("b3_h_dak_50p", "heightMedianM", "height", "hoogte"))),
            new Signature(
                    SourceKind.LABELS,
                    List.of(
                            Group.req("Pand_energieklasse", "energieklasse"),
                            Group.opt("Pand_bagverblijfsobjectid", "verblijfsobjectID", "identifica"),
                            Group.opt("Pand_bagpandid", "pandidenti"),
                            Group.opt("Pand_registratiedatum"),
                            Group.opt("Meting_geldig_tot"),
                            Group.opt("Pand_gebouwklasse"),
                            Group.opt("Pand_energieindex", "energie_index"))),
            new Signature(
                    SourceKind.GRID,
                    List.of(
                            Group.req(GridMapper.OFFTAKE_FIELDS),
                            Group.req(GridMapper.FEED_IN_FIELDS),
                            Group.opt("naam", "name", "station"),
                            Group.opt("netbeheerder", "operator", "dso"),
                            Group.opt(GridMapper.YEAR_FIELDS))),
            // The open capaciteitskaart data per PC6 postcode, without geometry.
            new Signature(
                    SourceKind.GRID,
                    List.of(
                            Group.req(GridMapper.POSTCODE_FIELDS),
                            Group.req(GridMapper.OFFTAKE_FIELDS),
                            Group.req(GridMapper.FEED_IN_FIELDS),
                            Group.opt("netbeheerder", "operator", "dso"),
                            Group.opt(GridMapper.YEAR_FIELDS))),
            new Signature(
                    SourceKind.COMPANIES,
                    List.of(
                            Group.req("KvK-nummer", "kvknummer", "kvk"),
                            Group.opt("Vestigingsnummer"),
                            Group.opt("Handelsnaam", "Naam", "Bedrijfsnaam"),
                            Group.opt("Straat"),
                            Group.opt("Huisnummer"),
                            Group.opt("Postcode"),
                            Group.opt("Plaats"),
                            Group.opt("SBI-code", "SBI"))));

    /**
     * The outcome of recognising one layer.
     *
     * @param scores per kind, 0 when a required field is missing, else the share of its fields found
     * @param fieldNames the field names as the layer gave them
     */
    public record Recognition(Map<SourceKind, Double> scores, List<String> fieldNames) {
        public Recognition {
            scores = Map.copyOf(scores);
            fieldNames = List.copyOf(fieldNames);
        }

        /** The best-scoring kind, when any scored above 0. */
        public Optional<SourceKind> best() {
            return scores.entrySet().stream()
                    .filter(e -> e.getValue() > 0)
                    .max(Map.Entry.<SourceKind, Double>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey);
        }

        /** A Dutch message that lists the fields found and, per kind, the fields expected. */
        public String explainNoMatch(String layerName) {
            StringBuilder b = new StringBuilder();
            b.append("niet herkend wat laag '")
                    .append(layerName)
                    .append("' bevat. Gevonden velden: ")
                    .append(fieldNames.isEmpty() ? "(geen)" : String.join(", ", fieldNames))
                    .append(". Verwachte velden per soort (verplicht met *):");
            for (SourceKind kind : SourceKind.values()) {
                b.append("\n  ")
                        .append(kind.dutchName())
                        .append(" (--as ")
                        .append(kind.option())
                        .append("): ");
                b.append(SIGNATURES.stream()
                        .filter(s -> s.kind == kind)
                        .map(s -> s.groups.stream()
                                .map(g -> (g.required ? "*" : "") + g.display())
                                .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; of: ")));
            }
            return b.toString();
        }
    }

    /** Scores every kind for a layer with these field names. */
    public static Recognition recognise(List<String> fieldNames) {
        Set<String> keys = fieldNames.stream().map(FieldNames::key).collect(Collectors.toSet());
        Map<SourceKind, Double> scores = new EnumMap<>(SourceKind.class);
        for (SourceKind k : SourceKind.values()) {
            scores.put(k, 0.0);
        }
        for (Signature s : SIGNATURES) {
            scores.merge(s.kind, s.score(keys), Math::max);
        }
        return new Recognition(scores, new ArrayList<>(fieldNames));
    }

    /** Whether a roofs layer holds roof faces (slope and azimuth) rather than per-pand summaries. */
    public static boolean isRoofFaceLayer(List<String> fieldNames) {
        Set<String> keys = fieldNames.stream().map(FieldNames::key).collect(Collectors.toSet());
        return SIGNATURES.get(4).score(keys) > 0;
    }
}

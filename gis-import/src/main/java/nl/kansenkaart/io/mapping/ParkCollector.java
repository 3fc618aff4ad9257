package nl.kansenkaart.io.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.kansenkaart.core.model.Park;
import nl.kansenkaart.io.source.SourceFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Collects IBIS features into parks: national style (RIN_NUMMER, PLAN_NAAM, GEMEENTE/GEM_CODES,
 * HA_BRUTO, HA_NETTO in ha) and local style (RINNUMMER, BEDRIJVENT, KERN, OPPBRUTO/OPPNETTO in m2).
 * Features sharing a RIN number become one park whose contour is the union of theirs; parks are
 * few, so they are held until the layer ends.
 */
public final class ParkCollector {
    private final GeometryPreparer geometry;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private long municipalityFromKern;
    private long municipalityUnknown;
    private long nameFromId;

    private static final class Draft {
        final String id;
        final String name;
        final String municipality;
        final OptionalDouble gross;
        final OptionalDouble net;
        final List<Geometry> parts = new ArrayList<>();

        Draft(String id, String name, String municipality, OptionalDouble gross, OptionalDouble net) {
            this.id = id;
            this.name = name;
            this.municipality = municipality;
            this.gross = gross;
            this.net = net;
        }
    }

    public ParkCollector(GeometryPreparer geometry) {
        this.geometry = geometry;
    }

    /**
     * Takes one feature into its park.
     *
     * @return whether its geometry was repaired
     */
    public boolean accept(SourceFeature feature) throws ValueProblem {
        FeatureFields f = FeatureFields.of(feature);
        String id = f.text("RIN_NUMMER", "RINNUMMER").orElseThrow(() -> new ValueProblem("geen RIN-nummer"));
        Prepared<MultiPolygon> contour = geometry.areal(feature.geometry());
        Draft draft = drafts.get(id);
        if (draft == null) {
            draft = newDraft(f, id);
            drafts.put(id, draft);
        }
        draft.parts.add(contour.geometry());
        return contour.repaired();
    }

    private Draft newDraft(FeatureFields f, String id) throws ValueProblem {
        String name = f.text("PLAN_NAAM", "BEDRIJVENT", "NAAM").orElse("");
        if (name.isEmpty()) {
            name = "Bedrijventerrein " + id;
            nameFromId++;
        }
        String municipality = f.text("GEMEENTE", "GEMEENTENAAM").orElse("");
        if (municipality.isEmpty()) {
            municipality = f.text("KERN").orElse("");
            if (!municipality.isEmpty()) {
                municipalityFromKern++;
            } else {
                municipality = "onbekend";
                municipalityUnknown++;
            }
        }
        OptionalDouble gross = f.number("HA_BRUTO");
        OptionalDouble net = f.number("HA_NETTO");
        if (gross.isEmpty()) {
            gross = hectaresFromSquareMetres(f.number("OPPBRUTO"));
        }
        if (net.isEmpty()) {
            net = hectaresFromSquareMetres(f.number("OPPNETTO"));
        }
        if (gross.isPresent() && gross.getAsDouble() < 0 || net.isPresent() && net.getAsDouble() < 0) {
            throw new ValueProblem("negatieve oppervlakte");
        }
        return new Draft(id, name, municipality, gross, net);
    }

    private static OptionalDouble hectaresFromSquareMetres(OptionalDouble m2) {
        return m2.isPresent() ? OptionalDouble.of(m2.getAsDouble() / 10_000.0) : OptionalDouble.empty();
    }

    /** The parks collected so far, each with the union of its features as contour. */
    public List<Park> parks() throws ValueProblem {
        List<Park> parks = new ArrayList<>();
        for (Draft d : drafts.values()) {
            Geometry union = d.parts.size() == 1 ? d.parts.get(0) : UnaryUnionOp.union(d.parts);
            MultiPolygon contour = GeometryPreparer.polygonalPart(union)
                    .orElseThrow(() -> new ValueProblem("samengevoegde contour is geen vlak", d.id));
            parks.add(new Park(d.id, d.name, d.municipality, d.gross, d.net, contour));
        }
        return parks;
    }

    /** How many source features went into each park id. */
    public Map<String, Integer> featuresPerPark() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        drafts.forEach((id, d) -> counts.put(id, d.parts.size()));
        return counts;
    }

    /** Dutch notes for the import report. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        long merged = drafts.values().stream().filter(d -> d.parts.size() > 1).count();
        if (merged > 0) {
            notes.add(merged + " bedrijventerreinen bestonden uit meerdere objecten met hetzelfde RIN-nummer"
                    + " en zijn samengevoegd tot een contour");
        }
        if (municipalityFromKern > 0) {
            notes.add(municipalityFromKern + " bedrijventerreinen zonder GEMEENTE: de KERN is als gemeente genomen");
        }
        if (municipalityUnknown > 0) {
            notes.add(municipalityUnknown + " bedrijventerreinen zonder gemeente: als 'onbekend' opgeslagen");
        }
        if (nameFromId > 0) {
            notes.add(nameFromId + " bedrijventerreinen zonder naam: 'Bedrijventerrein <RIN-nummer>' gebruikt");
        }
        return notes;
    }
}

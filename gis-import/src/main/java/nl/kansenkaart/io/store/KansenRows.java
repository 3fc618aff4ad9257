package nl.kansenkaart.io.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import nl.kansenkaart.core.kansen.CollectiveOpportunity;
import nl.kansenkaart.core.kansen.CompanyRef;
import nl.kansenkaart.core.kansen.Impact;
import nl.kansenkaart.core.kansen.IndividualOpportunity;
import nl.kansenkaart.core.kansen.KansenReport;
import nl.kansenkaart.core.kansen.Member;
import nl.kansenkaart.core.kansen.SolarSizeClass;
import nl.kansenkaart.io.geopackage.GeoPackageGeometry;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds the rows of a park's opportunities for {@code kansen_individueel} and {@code
 * kansen_collectief}. Lists of companies and panden are plain text, so QGIS shows and filters them
 * without a join. An individual opportunity lies on its pand's footprint: it reuses the blob the
 * other result tables of that pand carry instead of encoding the same polygon again.
 */
final class KansenRows {
    private KansenRows() {}

    /** The individual opportunities, on the footprints of their panden. */
    static TableRows individual(KansenReport kansen, String parkId, Map<String, Footprint> footprints) {
        TableRows rows = new TableRows();
        // A pand's opportunities share its list of companies: joined once, the same strings for each row.
        List<CompanyRef> companies = null;
        String names = "";
        String ids = "";
        for (IndividualOpportunity o : kansen.individual()) {
            Impact i = o.impact();
            if (o.companies() != companies) {
                companies = o.companies();
                names = names(companies);
                ids = ids(companies);
            }
            Footprint f = footprints.get(o.buildingId());
            byte[] blob;
            Envelope envelope;
            if (f != null && o.geometry() == f.source()) {
                blob = f.blob();
                envelope = f.envelope();
            } else {
                Geometry g = polygons(o.geometry(), o.id());
                blob = GeoPackageGeometry.encode(g, ProjectSchema.SRS);
                envelope = g.getEnvelopeInternal();
            }
            rows.add(
                    blob,
                    envelope,
                    o.id(),
                    o.type().code(),
                    o.type().dutch(),
                    o.buildingId(),
                    o.title(),
                    o.sizeClass().map(SolarSizeClass::dutch),
                    o.score().total(),
                    o.score().impact(),
                    o.score().urgency(),
                    o.score().feasibility(),
                    o.obliged(),
                    i.peakPowerKwp(),
                    i.energyMwhPerYear(),
                    i.investmentEur(),
                    i.co2KgPerYear(),
                    companies.size(),
                    names,
                    ids,
                    o.explanation(),
                    parkId);
        }
        return rows;
    }

    /** The collective opportunities, each on the polygon around its members. */
    static TableRows collective(KansenReport kansen, String parkId) {
        TableRows rows = new TableRows();
        for (CollectiveOpportunity o : kansen.collective()) {
            Impact i = o.impact();
            Geometry g = polygons(o.geometry(), o.id());
            List<CompanyRef> companies = o.companies(); // computed on every call
            rows.add(
                    GeoPackageGeometry.encode(g, ProjectSchema.SRS),
                    g.getEnvelopeInternal(),
                    o.id(),
                    o.type().code(),
                    o.type().dutch(),
                    o.number(),
                    o.title(),
                    o.members().size(),
                    String.join(",", o.buildingIds()),
                    roles(o.members()),
                    companies.size(),
                    names(companies),
                    i.peakPowerKwp(),
                    i.energyMwhPerYear(),
                    i.investmentEur(),
                    i.co2KgPerYear(),
                    o.members().stream().mapToDouble(Member::electricityKwh).sum(),
                    o.members().stream().mapToDouble(Member::gasM3).sum(),
                    g.getArea(),
                    o.explanation(),
                    parkId);
        }
        return rows;
    }

    /** The polygonal parts as one MultiPolygon, the type both tables declare. */
    static Geometry polygons(Geometry g, String id) {
        if (g instanceof MultiPolygon) {
            return g;
        }
        if (g instanceof Polygon p) {
            return RowCodec.toMulti(p);
        }
        List<Polygon> parts = new ArrayList<>();
        for (int k = 0; k < g.getNumGeometries(); k++) {
            Geometry part = g.getGeometryN(k);
            for (int m = 0; m < part.getNumGeometries(); m++) {
                if (part.getGeometryN(m) instanceof Polygon p && !p.isEmpty()) {
                    parts.add(p);
                }
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException(
                    "kans " + id + " heeft geen vlak als geometrie (" + g.getGeometryType() + ")");
        }
        return g.getFactory().createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    private static String names(List<CompanyRef> companies) {
        StringJoiner out = new StringJoiner("; ");
        companies.forEach(c -> out.add(c.name()));
        return out.toString();
    }

    private static String ids(List<CompanyRef> companies) {
        StringJoiner out = new StringJoiner(",");
        companies.forEach(c -> out.add(c.companyId()));
        return out.toString();
    }

    /** "pand rol; pand rol": who produces, who uses, who just takes part. */
    private static String roles(List<Member> members) {
        StringJoiner out = new StringJoiner("; ");
        members.forEach(m -> out.add(m.buildingId() + " " + m.role().dutch()));
        return out.toString();
    }
}

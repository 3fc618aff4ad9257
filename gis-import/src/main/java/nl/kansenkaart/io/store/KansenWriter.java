package nl.kansenkaart.io.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import nl.kansenkaart.core.kansen.CollectiveOpportunity;
import nl.kansenkaart.core.kansen.CompanyRef;
import nl.kansenkaart.core.kansen.Impact;
import nl.kansenkaart.core.kansen.IndividualOpportunity;
import nl.kansenkaart.core.kansen.KansenReport;
import nl.kansenkaart.core.kansen.Member;
import nl.kansenkaart.core.kansen.SolarSizeClass;
import nl.kansenkaart.io.geopackage.RowInserter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a park's opportunities into {@code kansen_individueel} and {@code kansen_collectief} on the
 * caller's transaction (the caller has deleted the park's earlier rows). Lists of companies and
 * panden are plain text, so QGIS shows and filters them without a join.
 */
final class KansenWriter {
    private final Connection connection;

    KansenWriter(Connection connection) {
        this.connection = connection;
    }

    void write(KansenReport kansen, String parkId) throws SQLException {
        try (RowInserter in = ResultsWriter.inserter(connection, KansenTables.INDIVIDUAL)) {
            for (IndividualOpportunity o : kansen.individual()) {
                Impact i = o.impact();
                in.add(
                        polygons(o.geometry(), o.id()),
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
                        o.companies().size(),
                        names(o.companies()),
                        ids(o.companies()),
                        o.explanation(),
                        parkId);
            }
        }
        try (RowInserter in = ResultsWriter.inserter(connection, KansenTables.COLLECTIVE)) {
            for (CollectiveOpportunity o : kansen.collective()) {
                Impact i = o.impact();
                Geometry g = polygons(o.geometry(), o.id());
                in.add(
                        g,
                        o.id(),
                        o.type().code(),
                        o.type().dutch(),
                        o.number(),
                        o.title(),
                        o.members().size(),
                        String.join(",", o.buildingIds()),
                        roles(o.members()),
                        o.companies().size(),
                        names(o.companies()),
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
        }
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

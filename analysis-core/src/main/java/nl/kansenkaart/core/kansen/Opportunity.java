package nl.kansenkaart.core.kansen;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/** One opportunity on the kansenkaart: of one building, or collective for several. */
public sealed interface Opportunity permits IndividualOpportunity, CollectiveOpportunity {

    /** The kind. */
    OpportunityType type();

    /** A stable id within the park ("zon_op_dak:0363100012345678", "energiehub:1"). */
    String id();

    /** The geometry for the map, Polygon or MultiPolygon in RD New (EPSG:28992). */
    Geometry geometry();

    /** The buildings involved (pand ids, sorted). */
    List<String> buildingIds();

    /** The companies involved, sorted by id; empty when none is matched. */
    List<CompanyRef> companies();

    /** What it brings. */
    Impact impact();

    /** The Dutch title ("Zon op dak (groot)"). */
    String title();

    /** The Dutch explanation with the numbers and the reasons. */
    String explanation();
}

package nl.kansenkaart.samples.generator;

import java.util.List;
import nl.kansenkaart.core.model.BuildingStatus;
import org.locationtech.jts.geom.Polygon;

/**
 * A planned pand before it becomes a domain Building: its footprint and roof sections in the local
 * frame, its use and its heights.
 *
 * @param id the BAG pand id, 16 digits
 * @param kind what stands there
 * @param block the block it stands in
 * @param footprint the footprint in the local frame
 * @param sections the roof faces it would have in 3D BAG, in the local frame
 * @param year the bouwjaar; 9999 when unknown
 * @param status the BAG status
 * @param floors storeys above ground
 * @param heightM height of the roof (eaves for slanted roofs) above ground
 * @param ridgeM ridge height above ground; equal to heightM for flat roofs
 */
record PandPlan(
        String id,
        PandKind kind,
        SiteLayout.Block block,
        Polygon footprint,
        List<Section> sections,
        int year,
        BuildingStatus status,
        int floors,
        double heightM,
        double ridgeM) {

    /** Whether the roof is pitched (dwellings, some old halls). */
    boolean slanted() {
        return ridgeM > heightM;
    }

    /** This plan with another status and year. */
    PandPlan with(BuildingStatus newStatus, int newYear) {
        return new PandPlan(id, kind, block, footprint, sections, newYear, newStatus, floors, heightM, ridgeM);
    }

    /**
     * One roof face in the local frame.
     *
     * @param outline the face projected on the ground
     * @param slopeDegrees the pitch
     * @param localAzimuth the compass direction it faces in the local frame
     * @param heightM its median height above ground
     */
    record Section(Polygon outline, double slopeDegrees, double localAzimuth, double heightM) {}

    /** What kind of building a plot holds. */
    enum PandKind {
        HALL,
        HALL_L,
        LARGE_HALL,
        GIANT_HALL,
        MULTI_TENANT,
        OFFICE,
        HALL_OFFICE,
        ANNEXED_HALL,
        OFFICE_ANNEX,
        SHOWROOM,
        DWELLING,
        STORAGE
    }
}

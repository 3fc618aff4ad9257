package nl.kansenkaart.io.mapping;

import org.locationtech.jts.geom.Geometry;

/**
 * A geometry in RD New ready for the store, and whether it had to be repaired to get there.
 *
 * @param geometry the geometry in RD New (EPSG:28992)
 * @param repaired true when GeometryFixer changed an invalid input
 */
public record Prepared<G extends Geometry>(G geometry, boolean repaired) {}

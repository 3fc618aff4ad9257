package nl.kansenkaart.io.imports;

import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.store.ImportCounts;

/**
 * What the import did with one layer of the file.
 *
 * @param layer the layer (table) name
 * @param kind what the layer was taken to hold
 * @param crs the CRS it was read in ("EPSG:28992"), or "geen geometrie"
 * @param crsAssumed whether that CRS was assumed rather than declared
 * @param counts what happened to its features
 */
public record LayerReport(String layer, SourceKind kind, String crs, boolean crsAssumed, ImportCounts counts) {}

package nl.kansenkaart.io.store;

import static nl.kansenkaart.io.geopackage.Column.key;
import static nl.kansenkaart.io.geopackage.Column.of;
import static nl.kansenkaart.io.geopackage.Column.required;
import static nl.kansenkaart.io.geopackage.ColumnType.DATE;
import static nl.kansenkaart.io.geopackage.ColumnType.DATETIME;
import static nl.kansenkaart.io.geopackage.ColumnType.INTEGER;
import static nl.kansenkaart.io.geopackage.ColumnType.REAL;
import static nl.kansenkaart.io.geopackage.ColumnType.TEXT;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.kansenkaart.io.geopackage.Column;
import nl.kansenkaart.io.geopackage.GeoPackageSchema;
import nl.kansenkaart.io.geopackage.GeometryType;
import nl.kansenkaart.io.geopackage.SpatialRefSys;

/**
 * The tables of the project file, version {@value ProjectStore#CURRENT_SCHEMA_VERSION}. The names
 * are what a consultant sees in QGIS and what other parts of the workbench rely on: change them
 * only with a migration.
 */
final class ProjectSchema {
    static final String SOURCE_COLUMN = "bron";
    /** The companies' name, KvK number and address in searchable form ({@link SearchText}), since version 5. */
    static final String SEARCH_COLUMN = "zoektekst";

    static final int SRS = 28992;

    static final String PARKS = "bedrijventerreinen";
    static final String BUILDINGS = "panden";
    static final String UNITS = "verblijfsobjecten";
    static final String ROOF_PARTS = "dakvlakken";
    static final String GRID_AREAS = "netgebieden";
    static final String GRID_POSTCODES = "netcapaciteit_postcodes";
    static final String ROOFS = "daken";
    static final String LABELS = "energielabels";
    static final String COMPANIES = "bedrijven";
    static final String SOURCES = "bronnen";
    static final String OVERRIDES = "aanpassingen";
    static final String PROJECT_INFO = "projectinfo";
    static final String MULTI_BUILDING_UNITS = "verblijfsobjecten_meerdere_panden";

    private static final Column SOURCE = required(SOURCE_COLUMN, TEXT);

    private static final List<Column> ADDRESS = List.of(
            of("straat", TEXT),
            of("huisnummer", INTEGER),
            of("huisletter", TEXT),
            of("toevoeging", TEXT),
            of("postcode", TEXT),
            of("woonplaats", TEXT));

    /** Every table, feature tables first, in the order layerCounts() lists them. */
    static final List<Table> TABLES = List.of(
            feature(
                    PARKS,
                    GeometryType.MULTIPOLYGON,
                    "Bedrijventerreinen en andere plangebieden (IBIS of getekend)",
                    List.of(
                            key("identificatie", TEXT),
                            required("naam", TEXT),
                            required("gemeente", TEXT),
                            of("bruto_ha", REAL),
                            of("netto_ha", REAL))),
            feature(
                    BUILDINGS,
                    GeometryType.MULTIPOLYGON,
                    "BAG-panden",
                    List.of(key("identificatie", TEXT), of("bouwjaar", INTEGER), required("status", TEXT))),
            feature(
                    UNITS,
                    GeometryType.POINT,
                    "BAG-verblijfsobjecten met hun hoofdadres",
                    Stream.concat(
                                    Stream.of(
                                            key("identificatie", TEXT),
                                            required("pand_ids", TEXT),
                                            required("gebruiksdoelen", TEXT),
                                            required("oppervlakte_m2", INTEGER),
                                            required("status", TEXT)),
                                    ADDRESS.stream())
                            .toList(),
                    new Table.Index("verblijfsobjecten_postcode", false, List.of("postcode")),
                    new Table.Index("verblijfsobjecten_pand", false, List.of("pand_ids")),
                    // The few units in several panden, so a park finds those whose point lies in another pand.
                    new Table.Index(MULTI_BUILDING_UNITS, false, List.of("pand_ids"), "pand_ids LIKE '%,%'")),
            feature(
                    ROOF_PARTS,
                    GeometryType.MULTIPOLYGON,
                    "Dakvlakken uit 3D BAG (LoD 2.2)",
                    List.of(
                            required("pand_id", TEXT),
                            required("vlaknummer", INTEGER),
                            required("hellingshoek_graden", REAL),
                            required("azimut_graden", REAL),
                            required("oppervlakte_m2", REAL),
                            required("hoogte_m", REAL)),
                    new Table.Index("dakvlakken_sleutel", true, List.of("pand_id", "vlaknummer"))),
            feature(
                    GRID_AREAS,
                    GeometryType.MULTIPOLYGON,
                    "Netcapaciteit per gebied (afname en invoeding)",
                    List.of(
                            key("identificatie", TEXT),
                            required("naam", TEXT),
                            required("netbeheerder", TEXT),
                            required("afname", TEXT),
                            required("invoeding", TEXT),
                            of("verwacht_jaar_oplossing", INTEGER))),
            attributes(
                    GRID_POSTCODES,
                    "Netcapaciteit per PC6-postcode (afname en invoeding), gegevens zonder geometrie",
                    List.of(
                            key("postcode", TEXT),
                            required("netbeheerder", TEXT),
                            required("afname", TEXT),
                            required("invoeding", TEXT),
                            of("verwacht_jaar_oplossing", INTEGER),
                            // Since version 6: the capaciteitskaart's energy area and its available capacity.
                            of("energiegebied", TEXT),
                            of("beschikbaar_afname_mw", REAL),
                            of("beschikbaar_invoeding_mw", REAL))),
            attributes(
                    ROOFS,
                    "Dakgegevens per pand uit 3D BAG",
                    List.of(
                            key("pand_id", TEXT),
                            required("dak_type", TEXT),
                            of("grondoppervlak_m2", REAL),
                            of("plat_dakoppervlak_m2", REAL),
                            of("schuin_dakoppervlak_m2", REAL),
                            of("maaiveldhoogte_m", REAL),
                            of("dakhoogte_70p_m", REAL),
                            of("dakhoogte_max_m", REAL),
                            of("volume_m3", REAL),
                            of("bouwlagen", INTEGER),
                            required("kas_warenhuis", INTEGER))),
            attributes(
                    LABELS,
                    "Geregistreerde energielabels (EP-Online)",
                    List.of(
                            required("sleutel", TEXT),
                            of("verblijfsobject_id", TEXT),
                            of("pand_id", TEXT),
                            required("energieklasse", TEXT),
                            of("energie_index", REAL),
                            of("primair_fossiel_kwh_m2", REAL),
                            required("registratiedatum", DATE),
                            required("geldig_tot", DATE),
                            required("utiliteit", INTEGER)),
                    new Table.Index("energielabels_sleutel", true, List.of("sleutel")),
                    new Table.Index("energielabels_verblijfsobject", false, List.of("verblijfsobject_id")),
                    new Table.Index("energielabels_pand", false, List.of("pand_id"))),
            attributes(
                    COMPANIES,
                    "Bedrijven (KvK) en hun koppeling aan verblijfsobjecten",
                    Stream.concat(
                                    Stream.concat(
                                            Stream.of(
                                                    key("identificatie", TEXT),
                                                    required("naam", TEXT),
                                                    of("kvk_nummer", TEXT),
                                                    of("sbi_code", TEXT)),
                                            ADDRESS.stream()),
                                    Stream.of(of("verblijfsobject_id", TEXT), of(SEARCH_COLUMN, TEXT)))
                            .toList(),
                    new Table.Index("bedrijven_verblijfsobject", false, List.of("verblijfsobject_id")),
                    new Table.Index("bedrijven_postcode", false, List.of("postcode"))),
            bookkeeping(
                    SOURCES,
                    "Herkomst: welk bronbestand wanneer en met welk resultaat is ingelezen",
                    List.of(
                            key("bron", TEXT),
                            required("soort", TEXT),
                            required("formaat", TEXT),
                            required("crs_bron", TEXT),
                            required("ingelezen_op", DATETIME),
                            required("gelezen", INTEGER),
                            required("geimporteerd", INTEGER),
                            required("hersteld", INTEGER),
                            required("overgeslagen", INTEGER),
                            required("redenen_overslaan", TEXT),
                            required("opmerkingen", TEXT))),
            bookkeeping(
                    OVERRIDES,
                    "Aanpassingen van de adviseur; een nieuwe import laat ze staan",
                    List.of(
                            required("soort", TEXT),
                            required("doel_id", TEXT),
                            required("veld", TEXT),
                            required("waarde", TEXT)),
                    new Table.Index("aanpassingen_sleutel", true, List.of("soort", "doel_id", "veld"))),
            bookkeeping(
                    PROJECT_INFO,
                    "Gegevens over het projectbestand zelf",
                    List.of(key("sleutel", TEXT), required("waarde", TEXT))));

    private ProjectSchema() {}

    private static Table feature(
            String name, GeometryType type, String description, List<Column> columns, Table.Index... indexes) {
        return new Table(
                name, Optional.of(type), withSource(columns), withSourceIndex(name, indexes), true, description);
    }

    private static Table attributes(String name, String description, List<Column> columns, Table.Index... indexes) {
        return new Table(
                name, Optional.empty(), withSource(columns), withSourceIndex(name, indexes), true, description);
    }

    private static Table bookkeeping(String name, String description, List<Column> columns, Table.Index... indexes) {
        return new Table(name, Optional.empty(), columns, List.of(indexes), false, description);
    }

    private static List<Column> withSource(List<Column> columns) {
        List<Column> all = new ArrayList<>(columns);
        all.add(SOURCE);
        return all;
    }

    private static List<Table.Index> withSourceIndex(String table, Table.Index... indexes) {
        List<Table.Index> all = new ArrayList<>(List.of(indexes));
        // Re-import deletes by source: without this index every import would scan whole tables.
        all.add(new Table.Index(table + "_bron", false, List.of(SOURCE_COLUMN)));
        return all;
    }

    static Table table(String name) {
        return TABLES.stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("onbekende tabel " + name));
    }

    /** The feature tables, in order. */
    static List<Table> featureTables() {
        return TABLES.stream().filter(Table::isFeature).toList();
    }

    /** The tables that imports fill (they carry a bron column). */
    static List<Table> importedTables() {
        return TABLES.stream().filter(Table::imported).toList();
    }

    /** Creates every table with its indexes in an initialised GeoPackage. */
    static void create(Connection connection, Instant created) throws SQLException {
        GeoPackageSchema.registerSrs(connection, SpatialRefSys.RD_NEW);
        for (Table t : TABLES) {
            createTable(connection, t, created);
        }
    }

    /** Creates one table as this schema defines it (also used by migrations that add a table). */
    static void createTable(Connection connection, Table t, Instant created) throws SQLException {
        if (t.isFeature()) {
            GeoPackageSchema.createFeatureTable(
                    connection, t.name(), t.geometryType().get(), SRS, t.columns(), t.description(), created);
            GeoPackageSchema.createSpatialIndex(connection, t.name());
        } else {
            GeoPackageSchema.createAttributeTable(connection, t.name(), t.columns(), t.description(), created);
        }
        for (Table.Index i : t.indexes()) {
            GeoPackageSchema.createIndex(connection, i.name(), t.name(), i.unique(), i.columns(), i.where());
        }
    }
}

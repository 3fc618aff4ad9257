package nl.kansenkaart.io.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kansenkaart.core.grid.GridAnalysis;
import nl.kansenkaart.core.grid.GridPosition;
import nl.kansenkaart.core.model.CapacityStatus;
import nl.kansenkaart.core.model.GridPostcode;
import nl.kansenkaart.core.model.ParkSnapshot;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.capaciteitskaart.CapaciteitskaartFormat;
import nl.kansenkaart.io.geojson.GeoJsonFormat;
import nl.kansenkaart.io.source.Formats;
import nl.kansenkaart.io.store.ProjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open capaciteitskaart data model per PC6 (im-capaciteitskaart of Netbeheer Nederland, JSON
 * without geometry) read into netcapaciteit_postcodes. The files are written here in the model's
 * shape as its repository's example examples/im_capaciteitskaart_dso-20250110.json (schema v1.2.0,
 * github.com/Netbeheer-Nederland/im-capaciteitskaart) has it: a dataset object with Dublin Core
 * fields and energy_areas, each with short_code, demand_/generation_ available, quoted and queued
 * capacity (MW), demand_/generation_alleviation_year, works, and postcode_areas of postcode,
 * demand_constraint, generation_constraint (RAGKind) and substation_short_code.
 */
class CapaciteitskaartImportTest {
    private static final JsonFactory JSON = new JsonFactory();

    @TempDir
    Path dir;

    private Importer importer;
    private ProjectStore store;
    private String park;
    private List<String> postcodes;

    @BeforeEach
    void importSamplePark() throws Exception {
        assumeTrue(Files.isDirectory(SampleParkImportTest.DEVAART), "de voorbeeldbestanden van De Vaart ontbreken");
        importer = new Importer(ImporterRealDataTest.CLOCK);
        store = ProjectStore.create(dir.resolve("p.gpkg"));
        for (String name : List.of("ibis_de_vaart.shp", "bag_de_vaart.gpkg")) {
            importer.importFile(
                    store,
                    SampleParkImportTest.DEVAART.resolve(name),
                    Optional.empty(),
                    Optional.empty(),
                    Progress.NONE);
        }
        park = store.parks().get(0).id();
        postcodes = new ArrayList<>(new TreeSet<>(store.load(park).units().stream()
                .map(u -> u.address().postcode())
                .toList()));
        assertThat(postcodes).hasSizeGreaterThan(8);
    }

    @org.junit.jupiter.api.AfterEach
    void close() throws Exception {
        if (store != null) {
            store.close();
        }
    }

    /** One postcode area as the model writes it; a null constraint is left out of the object. */
    private record Pc(String postcode, String demand, String generation) {}

    /** One energy area: its short code, alleviation year (0: none) and constraints, and its postcode areas. */
    private record Area(String code, int alleviationYear, String demand, String generation, List<Pc> postcodes) {}

    private Path write(String name, String publisher, List<Area> areas) throws IOException {
        Path file = dir.resolve(name);
        try (JsonGenerator g = JSON.createGenerator(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("conforms_to", "http://data.netbeheernederland.nl/capaciteitskaart/v1.2.0");
            g.writeStringField("creator", "opendata@netbeheerder.example");
            if (publisher != null) {
                g.writeStringField("publisher", publisher);
            }
            g.writeStringField("identifier", "capaciteitskaart_test");
            g.writeStringField("issued", "2025-01-10");
            g.writeObjectFieldStart("valid");
            g.writeStringField("start", "2025-01-10");
            g.writeStringField("end", "2025-04-10");
            g.writeEndObject();
            g.writeArrayFieldStart("energy_areas");
            for (Area a : areas) {
                g.writeStartObject();
                g.writeStringField("short_code", a.code());
                g.writeNumberField("demand_available_capacity", 47);
                g.writeNumberField("demand_capacity_in_queue", 3);
                g.writeNumberField("demand_quoted_capacity", 58);
                g.writeNumberField("demand_requests_in_queue", 15);
                if (a.demand() != null) {
                    g.writeStringField("demand_constraint", a.demand());
                }
                if (a.alleviationYear() > 0) {
                    g.writeNumberField("demand_alleviation_year", a.alleviationYear());
                }
                g.writeNumberField("generation_available_capacity", 0);
                g.writeNumberField("generation_capacity_in_queue", 12);
                if (a.generation() != null) {
                    g.writeStringField("generation_constraint", a.generation());
                }
                g.writeArrayFieldStart("works");
                g.writeStartObject();
                g.writeStringField("project_name", "WO#_1234_Verzwaring_" + a.code());
                g.writeArrayFieldStart("time_schedules");
                g.writeStartObject();
                g.writeObjectFieldStart("schedule_interval");
                g.writeNumberField("quarter", 3);
                g.writeNumberField("year", 2026);
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndArray();
                g.writeStringField("description", "Uitbreiding onderstation");
                g.writeEndObject();
                g.writeEndArray();
                if (a.postcodes() != null) {
                    g.writeArrayFieldStart("postcode_areas");
                    for (Pc pc : a.postcodes()) {
                        g.writeStartObject();
                        if (pc.demand() != null) {
                            g.writeStringField("demand_constraint", pc.demand());
                        }
                        if (pc.generation() != null) {
                            g.writeStringField("generation_constraint", pc.generation());
                        }
                        if (pc.postcode() != null) {
                            g.writeStringField("postcode", pc.postcode());
                        }
                        g.writeStringField("substation_short_code", a.code() + "-1");
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return file;
    }

    @Test
    void the_postcode_areas_of_the_open_model_are_stored_per_pc6_and_joined_to_the_parks_panden() throws Exception {
        String[] rag = {"transparant", "yellow", "amber", "red", "green"};
        CapacityStatus[] status = {
            CapacityStatus.AVAILABLE,
            CapacityStatus.SCARCE,
            CapacityStatus.CONGESTION_MANAGEMENT,
            CapacityStatus.CONGESTED,
            CapacityStatus.AVAILABLE
        };
        int half = postcodes.size() / 2;
        int listed = postcodes.size() * 3 / 4;
        List<Pc> first = new ArrayList<>();
        for (int i = 0; i < half; i++) {
            first.add(new Pc(postcodes.get(i), rag[i % 5], rag[(i + 3) % 5]));
        }
        List<Pc> second = new ArrayList<>();
        for (int i = half; i < listed; i++) {
            // The second area's postcodes carry no constraint of their own: the area's apply.
            second.add(new Pc(postcodes.get(i), null, null));
        }
        second.add(new Pc("1011AB", "red", "red")); // Amsterdam: outside the park
        second.add(new Pc("9999ZZ", "paars", "red")); // not a RAG colour
        Path file = write(
                "capaciteitskaart_pc6.json",
                "Enexis Netbeheer",
                List.of(
                        new Area("OS DE VAART 10-1", 2029, "amber", "red", first),
                        new Area("OS DE VAART 10-2", 0, "red", "amber", second)));
        assertThat(Formats.detect(file)).isInstanceOf(CapaciteitskaartFormat.class);

        ImportReport report = importer.importFile(store, file, Optional.empty(), Optional.of(park), Progress.NONE);

        assertThat(report.kinds()).containsExactly(SourceKind.GRID);
        assertThat(report.format()).isEqualTo("Capaciteitskaart-JSON");
        assertThat(report.counts().read()).isEqualTo(listed + 2);
        assertThat(report.counts().imported()).isEqualTo(listed);
        assertThat(report.counts().skippedReasons())
                .containsEntry(LayerImporter.OUTSIDE, 1L)
                .containsEntry("onbekende capaciteitsstatus", 1L);
        assertThat(ProjectFiles.counts(store)).containsEntry("netcapaciteit_postcodes", (long) listed);

        ParkSnapshot snapshot = store.load(park);
        Map<String, GridPostcode> stored = snapshot.gridPostcodes().stream()
                .collect(Collectors.toMap(GridPostcode::postcode, Function.identity()));
        assertThat(stored).hasSize(listed);
        for (int i = 0; i < listed; i++) {
            GridPostcode g = stored.get(postcodes.get(i));
            assertThat(g.operator()).isEqualTo("Enexis Netbeheer");
            // The energy area and its available capacity in MW are stored with every postcode.
            assertThat(g.energyArea()).contains(i < half ? "OS DE VAART 10-1" : "OS DE VAART 10-2");
            assertThat(g.offtakeAvailableMw()).hasValue(47.0);
            assertThat(g.feedInAvailableMw()).hasValue(0.0);
            if (i < half) {
                assertThat(g.offtake()).as(g.postcode()).isEqualTo(status[i % 5]);
                assertThat(g.feedIn()).as(g.postcode()).isEqualTo(status[(i + 3) % 5]);
                assertThat(g.alleviationYear()).isEqualTo(OptionalInt.of(2029));
            } else {
                assertThat(g.offtake()).isEqualTo(CapacityStatus.CONGESTED);
                assertThat(g.feedIn()).isEqualTo(CapacityStatus.CONGESTION_MANAGEMENT);
                assertThat(g.alleviationYear()).isEmpty();
            }
        }
        // The grid analysis joins panden through their units' postcodes, as for a CSV per PC6.
        assertThat(GridAnalysis.analyse(snapshot)).anyMatch(p -> p.join() == GridPosition.Join.POSTCODE);

        // Imported again: the source's rows are replaced, not added.
        importer.importFile(store, file, Optional.empty(), Optional.of(park), Progress.NONE);
        assertThat(ProjectFiles.counts(store)).containsEntry("netcapaciteit_postcodes", (long) listed);
    }

    @Test
    void a_postcode_area_without_postcode_is_refused_naming_file_record_and_reason_and_the_project_is_unchanged()
            throws Exception {
        Path project = dir.resolve("p.gpkg");
        store.close();
        String before = ProjectFiles.sha256(project);
        store = ProjectStore.open(project);
        Path file = write(
                "kapot_pc6.json",
                "Liander",
                List.of(
                        new Area(
                                "OS A",
                                0,
                                "red",
                                "red",
                                List.of(
                                        new Pc(postcodes.get(0), "red", "red"),
                                        new Pc(postcodes.get(1), "red", "red"))),
                        new Area("OS B", 0, "red", "red", List.of(new Pc(null, "amber", "red")))));

        assertThatThrownBy(() -> importer.importFile(store, file, Optional.empty(), Optional.empty(), Progress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("kapot_pc6.json")
                .hasMessageContaining("object 3")
                .hasMessageContaining("energiegebied 2 ('OS B'), postcodegebied 1")
                .hasMessageContaining("de postcode ontbreekt");
        store.close();
        assertThat(ProjectFiles.sha256(project)).isEqualTo(before);
        store = ProjectStore.open(project);
        assertThat(ProjectFiles.counts(store)).containsEntry("netcapaciteit_postcodes", 0L);
    }

    @Test
    void broken_json_a_dataset_without_postcode_areas_and_a_wrong_value_type_are_refused_in_dutch() throws Exception {
        Path good = write(
                "goed.json",
                "Stedin",
                List.of(new Area("OS C", 0, "red", "red", List.of(new Pc("3011AA", "red", "red")))));
        String text = Files.readString(good);
        Path truncated = dir.resolve("afgebroken.json");
        Files.writeString(truncated, text.substring(0, text.indexOf("\"postcode\"")));
        assertThatThrownBy(
                        () -> importer.importFile(store, truncated, Optional.empty(), Optional.empty(), Progress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("afgebroken.json")
                .hasMessageContaining("ongeldige JSON bij regel");

        // A TSO publishes energy areas without postcodes (the repository's tso example): nothing to join.
        Path tso = write("tso.json", "TenneT", List.of(new Area("OS FICTIEF1", 0, "amber", "transparant", null)));
        assertThatThrownBy(() -> importer.importFile(store, tso, Optional.empty(), Optional.empty(), Progress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("tso.json")
                .hasMessageContaining("geen postcodegebieden (postcode_areas)");

        Path number = dir.resolve("getal.json");
        Files.writeString(number, text.replace("\"3011AA\"", "3011"));
        assertThatThrownBy(() -> importer.importFile(store, number, Optional.empty(), Optional.empty(), Progress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("getal.json mislukt, object 1")
                .hasMessageContaining("de postcode is geen tekst (3011)");
        assertThat(ProjectFiles.counts(store)).containsEntry("netcapaciteit_postcodes", 0L);
    }

    @Test
    void geojson_stays_geojson_beside_the_model_json() throws Exception {
        Path geojson = dir.resolve("netgebieden.json");
        Files.writeString(
                geojson,
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                        + "{\"energy_areas\":1},\"geometry\":null}]}");
        assertThat(Formats.detect(geojson)).isInstanceOf(GeoJsonFormat.class);
    }
}

package nl.kansenkaart.io.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.io.SourceKind;
import org.junit.jupiter.api.Test;

class StoreRecordsTest {

    @Test
    void import_counts_keep_an_immutable_ordered_copy_of_the_reasons() {
        Map<String, Long> reasons = new LinkedHashMap<>();
        reasons.put("geen geometrie", 2L);
        reasons.put("buiten Nederland", 1L);
        ImportCounts counts = new ImportCounts(10, 7, 1, 3, reasons);
        reasons.put("later toegevoegd", 5L);

        assertThat(counts.skippedReasons())
                .containsExactly(Map.entry("geen geometrie", 2L), Map.entry("buiten Nederland", 1L));
        assertThatThrownBy(() -> counts.skippedReasons().put("x", 1L))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(ImportCounts.allImported(4)).isEqualTo(new ImportCounts(4, 4, 0, 0, Map.of()));
    }

    @Test
    void import_counts_that_do_not_add_up_are_refused_in_dutch() {
        assertThatThrownBy(() -> new ImportCounts(-1, 0, 0, 0, Map.of())).hasMessageContaining("negatieve telling");
        assertThatThrownBy(() -> new ImportCounts(5, 2, 3, 0, Map.of()))
                .hasMessageContaining("meer herstelde (3) dan geïmporteerde (2)");
        assertThatThrownBy(() -> new ImportCounts(5, 4, 0, 1, Map.of("geen geometrie", 2L)))
                .hasMessageContaining("redenen tellen op tot 2, maar er zijn 1 records overgeslagen");
        Map<String, Long> blank = new HashMap<>();
        blank.put(" ", 1L);
        assertThatThrownBy(() -> new ImportCounts(1, 0, 0, 1, blank)).hasMessageContaining("lege reden");
    }

    @Test
    void provenance_copies_its_notes_and_keeps_milliseconds() {
        List<String> notes = new ArrayList<>(List.of("CRS niet opgegeven; als RD New gelezen"));
        Provenance p = new Provenance(
                " ibis.json ",
                SourceKind.PARKS,
                "GeoJSON",
                "EPSG:4326",
                Instant.parse("2024-05-31T12:00:00.123456Z"),
                ImportCounts.NONE,
                notes);
        notes.add("later");
        assertThat(p.sourceKey()).isEqualTo("ibis.json");
        assertThat(p.notes()).containsExactly("CRS niet opgegeven; als RD New gelezen");
        assertThat(p.importedAt()).isEqualTo(Instant.parse("2024-05-31T12:00:00.123Z"));
        assertThatThrownBy(() -> new Provenance(
                        "", SourceKind.PARKS, "GeoJSON", "EPSG:4326", Instant.EPOCH, ImportCounts.NONE, List.of()))
                .hasMessageContaining("bronsleutel is leeg");
    }

    @Test
    void a_store_exception_names_the_project_file() {
        StoreException e = new StoreException(Path.of("mijn-project.gpkg"), "bestaat niet");
        assertThat(e).hasMessage("Projectbestand mijn-project.gpkg: bestaat niet");
        assertThat(e.file()).isEqualTo(Path.of("mijn-project.gpkg"));
        assertThatThrownBy(() -> new LayerCount("panden", -1))
                .hasMessageContaining("negatief aantal -1 in laag panden");
    }
}

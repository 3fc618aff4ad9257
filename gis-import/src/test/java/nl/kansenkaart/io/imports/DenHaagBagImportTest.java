package nl.kansenkaart.io.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.core.progress.Progress;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.source.SharedData;
import nl.kansenkaart.io.store.ProjectStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NLExtract-style BAG of Den Haag and Voorburg: panden and verblijfsobjecten in one
 * transaction, addresses joined from the nummeraanduiding table, and a re-import that replaces.
 */
@Tag("realdata")
@Tag("slow")
class DenHaagBagImportTest {
    static final String FILE = "bag-denhaag-voorburg/bag_denhaag_voorburg_derived.gpkg";

    @TempDir
    Path dir;

    @Test
    void panden_and_verblijfsobjecten_arrive_and_a_reimport_replaces_them() throws Exception {
        Path file = SharedData.file(FILE);
        Importer importer = new Importer(ImporterRealDataTest.CLOCK);
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.gpkg"))) {
            long t0 = System.nanoTime();
            ImportReport report = importer.importFile(store, file, Optional.empty(), Optional.empty(), Progress.NONE);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            System.out.println(report.toDutchText());
            System.out.println("METING: import Den Haag/Voorburg BAG duurde " + millis + " ms");

            assertThat(report.kinds()).containsExactly(SourceKind.BUILDINGS, SourceKind.UNITS);
            LayerReport panden = report.layers().get(0);
            LayerReport vbos = report.layers().get(1);
            assertThat(panden.layer()).isEqualTo("pand");
            assertThat(panden.counts().read()).isEqualTo(15_380);
            assertThat(panden.counts().imported()).isEqualTo(15_380);
            assertThat(vbos.layer()).isEqualTo("verblijfsobject");
            assertThat(vbos.counts().read()).isEqualTo(31_293);
            // Checked with sqlite3 on the file: 1,057 VBOs (all "ingetrokken") refer to a
            // nummeraanduiding that is not in the table, and 19 nummeraanduidingen have no postcode.
            assertThat(vbos.counts().skippedReasons())
                    .containsExactly(
                            Map.entry("adres (nummeraanduiding) niet gevonden", 1_057L),
                            Map.entry("adres zonder postcode", 19L));
            assertThat(vbos.counts().imported()).isEqualTo(31_293 - 1_057 - 19);
            assertThat(report.notes())
                    .anyMatch(n -> n.contains("30236 nummeraanduidingen"))
                    .anyMatch(n -> n.contains("gemeentenaam is als woonplaats genomen"));

            Map<String, Long> before = ProjectFiles.counts(store);
            assertThat(before).containsEntry("panden", 15_380L).containsEntry("verblijfsobjecten", 30_217L);
            assertThat(store.sources()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(SourceKind.BUILDINGS);
                assertThat(p.sourceKey()).isEqualTo("bag_denhaag_voorburg_derived.gpkg");
                assertThat(p.counts().read()).isEqualTo(15_380 + 31_293);
            });

            long t1 = System.nanoTime();
            ImportReport again = importer.importFile(store, file, Optional.empty(), Optional.empty(), Progress.NONE);
            System.out.println("METING: herimport duurde " + (System.nanoTime() - t1) / 1_000_000 + " ms");
            assertThat(again.counts()).isEqualTo(report.counts());
            assertThat(ProjectFiles.counts(store)).isEqualTo(before);
            assertThat(store.sources()).hasSize(1);
        }
    }
}

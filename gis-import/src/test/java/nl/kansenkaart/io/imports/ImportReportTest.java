package nl.kansenkaart.io.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.io.SourceKind;
import nl.kansenkaart.io.store.ImportCounts;
import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void the_counts_read_as_a_consultant_writes_them_with_dutch_thousands() {
        Map<String, Long> reasons = new LinkedHashMap<>();
        reasons.put("lege geometrie", 2L);
        reasons.put("onbekende status", 2L);
        ImportCounts counts = new ImportCounts(1_234, 1_230, 3, 4, reasons);
        ImportReport report = new ImportReport(
                Path.of("/tmp/panden.gpkg"),
                List.of(SourceKind.BUILDINGS),
                "GeoPackage",
                "EPSG:28992",
                false,
                counts,
                List.of(new LayerReport("pand", SourceKind.BUILDINGS, "EPSG:28992", false, counts)),
                Optional.of(new CompanyMatchCounts(10, 2, 3)),
                List.of("een opmerking"),
                4_200);
        assertThat(report.toDutchText())
                .isEqualTo(
                        """
                        Import van panden.gpkg (GeoPackage, EPSG:28992): panden (BAG)
                        gelezen 1.234, geïmporteerd 1.230, gerepareerd 3, overgeslagen 4: lege geometrie 2, onbekende status 2
                        bedrijven: gekoppeld 10, meerdere kandidaten 2, niet gekoppeld 3
                        - een opmerking
                        duur 4,2 s""");
    }

    @Test
    void tallies_of_layers_add_up_with_their_reasons() {
        Tally a = new Tally();
        a.read();
        a.read();
        a.imported(true);
        a.skipped("lege geometrie");
        Tally b = new Tally();
        b.read();
        b.skipped("lege geometrie");
        ImportCounts sum = Tally.sum(List.of(a.counts(), b.counts()));
        assertThat(sum).isEqualTo(new ImportCounts(3, 1, 1, 2, Map.of("lege geometrie", 2L)));
    }
}

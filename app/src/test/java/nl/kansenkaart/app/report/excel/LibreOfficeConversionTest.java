package nl.kansenkaart.app.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.kansenkaart.app.report.ReportException;
import nl.kansenkaart.app.report.TestParks;
import nl.kansenkaart.app.report.WorkbookInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second, independent reader: LibreOffice converts the workbook headless. Skipped when neither
 * soffice nor libreoffice is on the PATH.
 */
@Tag("slow")
class LibreOfficeConversionTest {
    @TempDir
    static Path dir;

    static Path soffice;
    static Path workbook;
    static WorkbookInput input;

    @BeforeAll
    static void find_libreoffice_and_write() throws ReportException {
        soffice = onPath("soffice").or(() -> onPath("libreoffice")).orElse(null);
        assumeTrue(soffice != null, "LibreOffice staat niet op het PATH");
        input = TestParks.withKansen(TestParks.fullInput(TestParks.deVaart()));
        workbook = ExcelWorkbookWriter.writeTo(dir, input);
    }

    @Test
    void libreoffice_converts_the_workbook_to_pdf_without_errors() throws Exception {
        Path out = Files.createDirectories(dir.resolve("pdf"));
        convert("pdf", out);
        Path pdf = out.resolve(workbook.getFileName().toString().replace(".xlsx", ".pdf"));
        assertThat(pdf).exists();
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF");
    }

    @Test
    void libreoffice_reads_every_sheet_with_the_leidraad_rows_and_formula_like_text_as_text() throws Exception {
        Path out = Files.createDirectories(dir.resolve("csv"));
        // Filter options: comma, double quote, UTF-8, ... and -1 = every sheet to its own file.
        convert("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", out);
        String base = workbook.getFileName().toString().replace(".xlsx", "");
        Path solar = out.resolve(base + "-Zon op dak.csv");
        Path addresses = out.resolve(base + "-Adressenlijst.csv");
        assertThat(out.resolve(base + "-Samenvatting.csv")).exists();
        assertThat(out.resolve(base + "-Label C.csv")).exists();
        assertThat(out.resolve(base + "-Verplichtingen.csv")).exists();
        List<String> solarLines = Files.readAllLines(solar, StandardCharsets.UTF_8);
        assertThat(solarLines.get(0))
                .startsWith(
                        "Bedrijfsnaam,Adres,Gebouwoppervlak (m²),Zonnepanelen potentie (aantal),Potentieel vermogen (kWp)");
        assertThat(solarLines).anyMatch(l -> l.startsWith("Bedrijf A,Vaartweg 1,410,103,32,28000,"));
        assertThat(solarLines)
                .anyMatch(l -> l.startsWith("Bedrijf B; Bedrijf B Advies,Vaartweg 3; Vaartweg 3A,755,189,58,"));
        // Had LibreOffice taken the name for a formula, the CSV would hold its result ("klik").
        String addressText = Files.readString(addresses, StandardCharsets.UTF_8);
        assertThat(addressText).contains("\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"klik\"\")\"");
        assertThat(addressText.lines().count())
                .isEqualTo(1 + TestParks.deVaart().units().size());
        // The lists of measures: a header and one line per opportunity (explanations hold no line breaks).
        var kansen = input.kansen().orElseThrow();
        List<String> individual =
                Files.readAllLines(out.resolve(base + "-Kansen individueel.csv"), StandardCharsets.UTF_8);
        assertThat(individual.get(0)).startsWith("Prioriteit,Score (0-100),Maatregel,Bedrijfsnaam,Adres(sen)");
        assertThat(individual).hasSize(1 + kansen.individual().size());
        assertThat(individual.get(1)).startsWith("1,");
        List<String> collective =
                Files.readAllLines(out.resolve(base + "-Kansen collectief.csv"), StandardCharsets.UTF_8);
        assertThat(collective.get(0)).startsWith("Maatregel,Nr.,Aantal panden,Aantal bedrijven,Bedrijven");
        assertThat(collective).hasSize(1 + kansen.collective().size());
    }

    private void convert(String target, Path out) throws IOException, InterruptedException {
        Path profile = dir.resolve("lo-profile");
        List<String> command = new ArrayList<>(List.of(
                soffice.toString(),
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                target,
                "--outdir",
                out.toString(),
                workbook.toString()));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("lo-" + out.getFileName() + ".log").toFile())
                .start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS))
                .as("LibreOffice klaar binnen 3 minuten")
                .isTrue();
        String log = Files.readString(dir.resolve("lo-" + out.getFileName() + ".log"));
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(log).doesNotContainIgnoringCase("error");
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

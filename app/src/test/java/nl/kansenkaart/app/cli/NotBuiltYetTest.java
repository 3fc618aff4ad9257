package nl.kansenkaart.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotBuiltYetTest {

    @TempDir
    Path dir;

    @Test
    void analyse_on_a_missing_project_exits_3_naming_the_file() {
        Path missing = dir.resolve("nergens.gpkg");

        CliRun run = CliRun.of("analyse", "--project", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(missing.toString()).contains("bestaat niet");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void export_on_a_missing_project_exits_3_naming_the_file() {
        Path missing = dir.resolve("nergens.gpkg");

        CliRun run = CliRun.of("export", "--project", missing.toString(), "--park", "1", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(missing.toString());
    }
}

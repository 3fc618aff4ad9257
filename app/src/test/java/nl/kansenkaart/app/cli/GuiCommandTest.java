package nl.kansenkaart.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the gui command checks before it opens a window (the window itself is the gui branch's to test). */
class GuiCommandTest {

    @TempDir
    Path dir;

    @Test
    void gui_with_a_missing_project_exits_3_naming_it_without_opening_a_window() {
        Path missing = dir.resolve("elders.gpkg");

        CliRun run = CliRun.of("gui", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(missing.toString()).contains("bestaat niet");
    }

    @Test
    void gui_takes_at_most_one_project() {
        CliRun run = CliRun.of("gui", "a.gpkg", "b.gpkg");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}

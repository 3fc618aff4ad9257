package nl.kansenkaart.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsageTest {

    @Test
    void an_unknown_option_is_a_usage_error_in_dutch() {
        CliRun run = CliRun.of("analyse", "--project", "x.gpkg", "--kleur", "rood");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Verkeerde opdracht").contains("--kleur").contains("kansenkaart analyse --help");
    }

    @Test
    void a_missing_required_option_is_a_usage_error_naming_it() {
        CliRun run = CliRun.of("export", "--project", "x.gpkg", "--out", "uit");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("verplicht maar niet gegeven").contains("--park");
    }

    @Test
    void an_unknown_subcommand_is_a_usage_error() {
        CliRun run = CliRun.of("toveren");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("toveren");
    }

    @Test
    void help_is_dutch_and_lists_the_subcommands() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Gebruik: kansenkaart")
                .contains("Opdrachten:")
                .contains("De Kansenkaart-werkbank")
                .contains("analyse")
                .contains("export");
    }

    @Test
    void a_subcommand_help_shows_its_own_dutch_header_and_options() {
        CliRun run = CliRun.of("export", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Gebruik: kansenkaart export")
                .contains("Schrijf de Excel-bladen")
                .contains("Het bedrijventerrein (park-id")
                .doesNotContain("De Kansenkaart-werkbank voor");
    }

    @Test
    void version_prints_the_maven_project_version() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).matches("kansenkaart \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}

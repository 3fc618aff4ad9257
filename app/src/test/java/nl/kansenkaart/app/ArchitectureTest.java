package nl.kansenkaart.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The map renderer and the report writers stay headless so the command line can export every map
 * and workbook without a display (DESIGN.md); the renderer does not know the workbench.
 */
@AnalyzeClasses(packages = "nl.kansenkaart.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule map_rendering_uses_no_javafx = noClasses()
            .that()
            .resideInAPackage("nl.kansenkaart.app.map..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..")
            .because("the command line renders the same maps headless");

    @ArchTest
    static final ArchRule report_writing_uses_no_javafx = noClasses()
            .that()
            .resideInAPackage("nl.kansenkaart.app.report..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..")
            .because("the command line writes the same reports headless");

    @ArchTest
    static final ArchRule the_map_renderer_does_not_know_the_workbench = noClasses()
            .that()
            .resideInAPackage("nl.kansenkaart.app.map..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.kansenkaart.app.gui..")
            .because("the workbench uses the renderer, not the other way round");

    @ArchTest
    static final ArchRule the_engine_runs_headless_and_does_not_know_the_workbench = noClasses()
            .that()
            .resideInAPackage("nl.kansenkaart.app.engine..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "nl.kansenkaart.app.gui..", "nl.kansenkaart.app.cli..")
            .because(
                    "analyse, export and demo run the same engine headless; the workbench and the command line call it");
}

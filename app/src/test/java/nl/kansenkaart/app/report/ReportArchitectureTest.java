package nl.kansenkaart.app.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Reports are written headless: the command line must not need a JavaFX toolkit. */
@AnalyzeClasses(packages = "nl.kansenkaart.app.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportArchitectureTest {
    @ArchTest
    static final ArchRule reports_use_no_javafx_and_no_store = noClasses()
            .that()
            .resideInAPackage("nl.kansenkaart.app.report..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "nl.kansenkaart.app.gui..", "nl.kansenkaart.io.store..")
            .because("the command line writes reports headless from plain inputs (DESIGN.md)");
}

package nl.kansenkaart.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** gis-import knows formats and the store, never the UI or the reports. */
@AnalyzeClasses(packages = "nl.kansenkaart.io", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule formats_and_store_never_touch_the_ui = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "java.awt..", "org.apache.poi..", "nl.kansenkaart.app..")
            .because("gis-import knows formats and the store, never the UI (DESIGN.md)");
}

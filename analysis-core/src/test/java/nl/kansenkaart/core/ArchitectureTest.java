package nl.kansenkaart.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The analysis core stays pure: no UI, no IO, no database, no clock-bound libraries. */
@AnalyzeClasses(packages = "nl.kansenkaart.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_core_uses_no_ui_io_or_format_libraries = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "java.sql..",
                    "java.awt..",
                    "java.net..",
                    "java.nio.file..",
                    "org.apache.poi..",
                    "com.fasterxml.jackson..",
                    "mil.nga..",
                    "org.locationtech.proj4j..")
            .because("analysis-core is pure functions over records (DESIGN.md)");
}

package io.anxin.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering rules of DESIGN.md, enforced on the main code. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.anxin.kiosk");

    @Test
    void uiTalksToNoDatabaseCardOrGpioDirectly() {
        noClasses().that().resideInAPackage("io.anxin.kiosk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "javax.smartcardio..",
                        "com.pi4j..", "org.h2..", "org.flywaydb..", "com.licel..", "javacard..")
                .check(MAIN);
    }

    @Test
    void nothingBelowUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackages("io.anxin.kiosk.ui..", "io.anxin.kiosk.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(MAIN);
    }

    @Test
    void layersOnlyLookDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("main").definedBy("io.anxin.kiosk", "io.anxin.kiosk.cli..")
                .layer("app").definedBy("io.anxin.kiosk.app..")
                .layer("lab").definedBy("io.anxin.kiosk.lab..")
                .layer("ui").definedBy("io.anxin.kiosk.ui..")
                .layer("service").definedBy("io.anxin.kiosk.service..")
                .layer("hall").definedBy("io.anxin.kiosk.hall..")
                .layer("sync").definedBy("io.anxin.kiosk.sync..")
                .layer("store").definedBy("io.anxin.kiosk.store..")
                .layer("device").definedBy("io.anxin.kiosk.device..")
                .layer("voice").definedBy("io.anxin.kiosk.voice..")
                .layer("catalog").definedBy("io.anxin.kiosk.catalog..")
                .layer("domain").definedBy("io.anxin.kiosk.domain..")
                .whereLayer("main").mayNotBeAccessedByAnyLayer()
                .whereLayer("app").mayOnlyBeAccessedByLayers("main")
                // the lab central server (a lab tool): started by the kiosk command or, in demo mode, the app
                .whereLayer("lab").mayOnlyBeAccessedByLayers("main", "app")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app", "main")
                .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "app", "main")
                // the hall queue (node, HTTP API, member client): service-like, beside service; the
                // kiosk's hall services (service.hall: tickets, help calls) are its member-side users
                .whereLayer("hall").mayOnlyBeAccessedByLayers("ui", "service", "app", "main")
                .whereLayer("sync").mayOnlyBeAccessedByLayers("service", "app", "main")
                .whereLayer("store").mayOnlyBeAccessedByLayers("service", "hall", "sync", "app", "main")
                .whereLayer("device").mayOnlyBeAccessedByLayers("service", "app", "main", "lab")
                .whereLayer("voice").mayOnlyBeAccessedByLayers("ui", "service", "app", "main")
                .whereLayer("catalog").mayOnlyBeAccessedByLayers("service", "hall", "app", "main", "lab")
                .check(MAIN);
    }

    @Test
    void labCentralUsesOnlyDomainCatalogsAndDemoCards() {
        noClasses().that().resideInAPackage("io.anxin.kiosk.lab..")
                .should().dependOnClassesThat().resideInAnyPackage("io.anxin.kiosk.app..", "io.anxin.kiosk.ui..",
                        "io.anxin.kiosk.service..", "io.anxin.kiosk.store..", "io.anxin.kiosk.sync..",
                        "io.anxin.kiosk.voice..", "io.anxin.kiosk.device.card", "io.anxin.kiosk.device.print..",
                        "javafx..")
                .check(MAIN);
    }

    @Test
    void hallQueueUsesOnlyStoreDomainAndCatalogs() {
        noClasses().that().resideInAPackage("io.anxin.kiosk.hall..")
                .should().dependOnClassesThat().resideInAnyPackage("io.anxin.kiosk.app..", "io.anxin.kiosk.ui..",
                        "io.anxin.kiosk.service..", "io.anxin.kiosk.sync..", "io.anxin.kiosk.device..",
                        "io.anxin.kiosk.voice..", "io.anxin.kiosk.lab..", "java.sql..", "javafx..")
                .check(MAIN);
    }

    @Test
    void domainIsPureJava() {
        noClasses().that().resideInAPackage("io.anxin.kiosk.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.anxin.kiosk.device..", "io.anxin.kiosk.store..",
                        "io.anxin.kiosk.service..", "io.anxin.kiosk.ui..", "io.anxin.kiosk.voice..", "javax.smartcardio..",
                        "java.sql..", "org.slf4j..", "com.opencsv..", "io.anxin.kiosk.catalog..")
                .check(MAIN);
    }

    @Test
    void catalogLoadersSitJustAboveTheDomain() {
        noClasses().that().resideInAPackage("io.anxin.kiosk.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("io.anxin.kiosk.app..", "io.anxin.kiosk.ui..",
                        "io.anxin.kiosk.service..", "io.anxin.kiosk.store..", "io.anxin.kiosk.sync..",
                        "io.anxin.kiosk.device..", "io.anxin.kiosk.voice..", "javafx..")
                .check(MAIN);
    }

    @Test
    void onlyTheSimulatorAndCompositionRootKnowJCardSim() {
        noClasses().that().resideOutsideOfPackages("io.anxin.kiosk.device.card.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("com.licel..", "javacard..")
                .check(MAIN);
    }

    @Test
    void noStaticMutableState() {
        fields().that().areStatic().should().beFinal()
                .because("no singletons or static mutable state: constructor injection from one composition root")
                .check(MAIN);
    }
}

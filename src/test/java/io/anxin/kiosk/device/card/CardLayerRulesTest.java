package io.anxin.kiosk.device.card;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** House rules for the card and domain code: no JavaFX, no static mutable state, domain free of devices. */
class CardLayerRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.anxin.kiosk.domain", "io.anxin.kiosk.device.card");

    @Test
    void noJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(CLASSES);
    }

    @Test
    void domainKnowsNoDevices() {
        noClasses().that().resideInAPackage("io.anxin.kiosk.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.smartcardio..", "io.anxin.kiosk.device..",
                        "com.licel..", "javacard..")
                .check(CLASSES);
    }

    @Test
    void onlyTheSimulatorKnowsJCardSim() {
        noClasses().that().resideOutsideOfPackage("io.anxin.kiosk.device.card.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("com.licel..", "javacard..")
                .check(CLASSES);
    }

    @Test
    void staticFieldsAreFinal() {
        fields().that().areStatic().should().beFinal().check(CLASSES);
    }
}

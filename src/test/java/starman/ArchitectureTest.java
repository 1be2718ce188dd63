package starman;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core must compile under TeaVM: no browser bindings, no reflection, no classes TeaVM lacks. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("starman");
    static final String[] CORE = {"starman.normalize..", "starman.metrics..", "starman.coach.."};

    @Test
    void coreStaysPortable() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.teavm..", "java.lang.reflect..", "starman.cli..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.text.Normalizer")
                .check(CLASSES);
    }

    @Test
    void coachOnlyReadsMetrics() {
        noClasses().that().resideInAnyPackage("starman.metrics..", "starman.normalize..")
                .should().dependOnClassesThat().resideInAnyPackage("starman.coach..")
                .check(CLASSES);
    }
}

package starman;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The polite client, the store and the lanes run in the browser: no JVM-only or JSO code in them. */
class SyncLayersTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("starman");

    @Test
    void coreStaysPortable() {
        noClasses().that().resideInAnyPackage("starman.http..", "starman.listenbrainz..", "starman.store..", "starman.sync..")
                .should().dependOnClassesThat().resideInAnyPackage("starman.cli..", "java.net.http..", "org.teavm..",
                        "java.lang.reflect..")
                .check(MAIN);
    }

    @Test
    void httpKnowsNothingOfTheApiAndStoreNothingOfSync() {
        noClasses().that().resideInAPackage("starman.http..")
                .should().dependOnClassesThat().resideInAnyPackage("starman.listenbrainz..", "starman.sync..", "starman.store..")
                .check(MAIN);
        noClasses().that().resideInAPackage("starman.store..")
                .should().dependOnClassesThat().resideInAnyPackage("starman.sync..", "starman.listenbrainz..", "starman.http..")
                .check(MAIN);
        noClasses().that().resideInAPackage("starman.sync..")
                .should().dependOnClassesThat().resideInAPackage("starman.http..")
                .check(MAIN);
    }
}

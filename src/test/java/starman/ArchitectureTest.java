package starman;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The packages are the architecture: a pure core, JVM and browser sides around it, no cycles. */
@AnalyzeClasses(packages = "starman", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {"starman.json..", "starman.model..", "starman.time..", "starman.http..",
        "starman.listenbrainz..", "starman.store..", "starman.sync..", "starman.normalize..", "starman.metrics..",
        "starman.coach.."};

    @ArchTest
    static final ArchRule coreHasNoBrowserTypes = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.teavm..", "starman.browser..", "starman.ui..");

    @ArchTest
    static final ArchRule coreKnowsNothingOfToolsAndSimulator = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("starman.cli..", "starman.simulator..");

    @ArchTest
    static final ArchRule jvmSideStaysOutOfTheBrowser = noClasses()
            .that().resideInAnyPackage("starman.cli..", "starman.simulator..")
            .should().dependOnClassesThat().resideInAnyPackage("org.teavm..", "starman.browser..", "starman.ui..");

    @ArchTest
    static final ArchRule browserSideStaysOffTheJvmTools = noClasses()
            .that().resideInAnyPackage("starman.browser..", "starman.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("starman.cli..", "starman.simulator..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("starman.(*)..").should().beFreeOfCycles();
}

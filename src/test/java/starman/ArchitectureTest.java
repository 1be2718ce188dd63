package starman;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The packages are the architecture: a pure core that TeaVM compiles and JUnit runs, JVM and browser sides
 * around it, one direction of use, no cycles.
 */
@AnalyzeClasses(packages = "starman", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {"starman.json..", "starman.model..", "starman.time..", "starman.http..",
        "starman.listenbrainz..", "starman.store..", "starman.sync..", "starman.settings..", "starman.normalize..",
        "starman.metrics..", "starman.coach..", "starman.random..", "starman.archive..", "starman.importer..",
        "starman.exporter..", "starman.session..", "starman.training..", "starman.text..", "starman.share..",
        "starman.goals..", "starman.versions..", "starman.fixlist..",
        "starman.musicbrainz.."};
    /** What runs on the JVM only: TeaVM compiles none of it into the page. */
    private static final String[] JVM_SIDE = {"starman.cli..", "starman.simulator..", "starman.bench..",
        "starman.build..", "starman.javatime.."};

    @ArchTest
    static final ArchRule coreHasNoBrowserTypes = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.teavm..", "starman.browser..", "starman.ui..");

    @ArchTest
    static final ArchRule coreKnowsNothingOfToolsAndSimulator = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("starman.cli..", "starman.simulator..");

    /** Benchmark entry points use the core and the browser side (the probed app, the app's); nothing shipped may use them. */
    @ArchTest
    static final ArchRule nothingUsesTheBenchmarks = noClasses().that().resideOutsideOfPackage("starman.bench..")
            .should().dependOnClassesThat().resideInAPackage("starman.bench..");

    @ArchTest
    static final ArchRule benchmarksStayOffTheJvmTools = noClasses().that().resideInAPackage("starman.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("starman.cli..", "starman.simulator..");

    /** What TeaVM lacks or the browser cannot do stays out of the core (and the benchmark, compiled too). */
    @ArchTest
    static final ArchRule coreCompilesUnderTeaVm = noClasses().that().resideInAnyPackage(CORE)
            .or().resideInAPackage("starman.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("java.lang.reflect..", "java.net.http..", "java.nio.file..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.text.Normalizer");

    /** java.util.Formatter brings DecimalFormat and the big-number classes into the page: 60 KB gzipped. */
    @ArchTest
    static final ArchRule thePageFormatsWithoutJavaUtilFormatter = noClasses().that().resideInAnyPackage(CORE)
            .or().resideInAnyPackage("starman.browser..", "starman.ui..")
            .should().callMethod(String.class, "format", String.class, Object[].class)
            .orShould().callMethod(String.class, "formatted", Object[].class)
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Formatter");

    /**
     * A class's name asked of a value of any type keeps the name of every class that may flow there in the page's
     * WebAssembly (10 KB, 4 KB gzipped). Messages show the value itself instead.
     */
    @ArchTest
    static final ArchRule thePageAsksNoClassNames = noClasses().that().resideInAnyPackage(CORE)
            .or().resideInAnyPackage("starman.browser..", "starman.ui..")
            .should().callMethod(Class.class, "getName")
            .orShould().callMethod(Class.class, "getSimpleName");

    /**
     * java.time costs the page some 20 KB of wasm: what the page reaches counts days with starman.time, and java.time
     * (with its adapter, starman.javatime) stays on the JVM side.
     */
    @ArchTest
    static final ArchRule javaTimeStaysOnTheJvmSide = noClasses().that().resideOutsideOfPackages(JVM_SIDE)
            .should().dependOnClassesThat().resideInAnyPackage("java.time..", "starman.javatime..");

    /** Each stream stage and the lambdas it takes are classes of their own in the page's WebAssembly: 5 KB gzipped. */
    @ArchTest
    static final ArchRule thePageUsesNoStreams = noClasses().that().resideOutsideOfPackages(JVM_SIDE)
            .should().dependOnClassesThat().resideInAPackage("java.util.stream..");

    @ArchTest
    static final ArchRule jvmSideStaysOutOfTheBrowser = noClasses()
            .that().resideInAnyPackage("starman.cli..", "starman.simulator..")
            .should().dependOnClassesThat().resideInAnyPackage("org.teavm..", "starman.browser..", "starman.ui..");

    @ArchTest
    static final ArchRule browserSideStaysOffTheJvmTools = noClasses()
            .that().resideInAnyPackage("starman.browser..", "starman.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("starman.cli..", "starman.simulator..");

    @ArchTest
    static final ArchRule httpKnowsNothingOfTheApi = noClasses().that().resideInAPackage("starman.http..")
            .should().dependOnClassesThat().resideInAnyPackage("starman.listenbrainz..", "starman.sync..",
                    "starman.store..");

    @ArchTest
    static final ArchRule storeKnowsNothingOfSync = noClasses().that().resideInAPackage("starman.store..")
            .should().dependOnClassesThat().resideInAnyPackage("starman.sync..", "starman.listenbrainz..",
                    "starman.http..");

    @ArchTest
    static final ArchRule syncTalksToTheTypedApiOnly = noClasses().that().resideInAPackage("starman.sync..")
            .should().dependOnClassesThat().resideInAPackage("starman.http..");

    @ArchTest
    static final ArchRule metricsDoNotKnowTheCoach = noClasses()
            .that().resideInAnyPackage("starman.metrics..", "starman.normalize..")
            .should().dependOnClassesThat().resideInAnyPackage("starman.coach..", "starman.training..",
                    "starman.goals..");

    /** What a tab decides reaches the stored data through its own port, so a new store layout changes one adapter. */
    @ArchTest
    static final ArchRule theSessionUsesItsStorePort = noClasses().that().resideInAnyPackage("starman.session..",
            "starman.ui..").should().dependOnClassesThat().haveFullyQualifiedName("starman.store.DayBlockStore")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("starman.browser.BrowserStore");

    /** The lanes and the store know nothing of the tab that runs them. */
    @ArchTest
    static final ArchRule onlyTheBrowserSideUsesTheSession = noClasses().that().resideInAnyPackage(CORE)
            .and().resideOutsideOfPackage("starman.session..")
            .should().dependOnClassesThat().resideInAPackage("starman.session..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("starman.(*)..").should().beFreeOfCycles();
}

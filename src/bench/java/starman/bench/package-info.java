/**
 * Benchmark workloads and the bench bundle's browser entry points (the engine benchmark's page, and the app with
 * its update probe), in their own source folder (src/bench/java) and compiled into bundles of their own
 * (target/bench-site), shared with the JVM benchmarks and tests so both sides run identical work. Nothing else
 * depends on this package (ArchitectureTest), so neither the app's bundle nor the CLI jar carries it.
 */
package starman.bench;

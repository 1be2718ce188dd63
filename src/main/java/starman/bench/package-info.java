/**
 * Benchmark workloads and the engine benchmark's browser entry point, compiled into a bundle of their own
 * (target/bench-site) and shared with the JVM benchmarks and tests so both sides run identical work.
 * Nothing else depends on this package (ArchitectureTest), so the app never carries it.
 */
package starman.bench;

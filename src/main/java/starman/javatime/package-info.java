/**
 * java.time for the JVM side only: {@link starman.javatime.JavaTime} turns its zone rules and weekdays into the
 * core's own ({@link starman.time.ZoneOffsets}, {@link starman.time.Weekday}) for the tools, the tests and the
 * benchmarks' workloads. Nothing the page reaches may use it or java.time (ArchitectureTest).
 */
package starman.javatime;

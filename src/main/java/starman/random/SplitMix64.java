package starman.random;

/**
 * Steele, Lea and Flood's SplitMix64: tiny, fast and fully determined by its seed on the JVM and under
 * TeaVM, whose {@code java.util.Random} repeats after short periods.
 */
public final class SplitMix64 {
    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** The stateless finaliser, also handy to hash a number into a well spread one. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, bound); bound must be positive. */
    public long nextLong(long bound) {
        return Math.floorMod(nextLong(), bound);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) * bound >>> 31);
    }

    /** Uniform in [min, max]. */
    public int between(int min, int max) {
        return min + nextInt(max - min + 1);
    }

    public boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /** Exponentially distributed with the given mean. */
    public double exponential(double mean) {
        return -mean * Math.log(1 - nextDouble());
    }
}

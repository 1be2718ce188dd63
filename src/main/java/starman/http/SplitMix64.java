package starman.http;

/**
 * A small seeded random generator (SplitMix64). {@code java.util.Random} repeats after short periods
 * under TeaVM, and a seed makes backoff jitter reproducible in tests.
 */
public final class SplitMix64 {
    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, bound); bound must be positive. */
    public long nextLong(long bound) {
        return Math.floorMod(nextLong(), bound);
    }
}

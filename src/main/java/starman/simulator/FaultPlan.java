package starman.simulator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import starman.random.SplitMix64;

/**
 * Which API requests get a {@link Fault}: an explicit schedule by request number (1 is the first API
 * request the simulator counts, pre-flights excluded), or a seeded random choice per request number.
 * Either way the same requests get the same faults on every run.
 */
public interface FaultPlan {
    FaultPlan NONE = request -> null;

    /** The fault for the {@code request}-th API request, or null for a normal answer. */
    Fault faultFor(long request);

    static FaultPlan schedule(Map<Long, Fault> faults) {
        Map<Long, Fault> copy = Map.copyOf(faults);
        return copy::get;
    }

    /** Each request independently gets one of {@code faults} (uniformly) with the given probability. */
    static FaultPlan random(long seed, double probability, List<Fault> faults) {
        List<Fault> choices = List.copyOf(faults);
        return request -> {
            SplitMix64 rng = new SplitMix64(SplitMix64.mix(seed) ^ request);
            return rng.chance(probability) ? choices.get(rng.nextInt(choices.size())) : null;
        };
    }

    /**
     * One seed, one schedule mixing every {@link Fault.Kind}: each of the first {@code horizon} API requests
     * meets a fault with a seed-chosen probability of 5 to 40 %, its kind drawn uniformly (a 500, 502, 503 or
     * 504 with or without rate-limit headers, a proxy's 502 without CORS headers, storms of 1 to 8 requests, slow
     * answers up to {@code maxDelayMillis}). Later requests are answered normally, so a client that keeps trying finishes.
     */
    static FaultPlan mixed(long seed, int horizon, long maxDelayMillis) {
        return mixed(seed, horizon, maxDelayMillis, 0.05 + new SplitMix64(SplitMix64.mix(seed)).nextDouble() * 0.35);
    }

    /** {@link #mixed(long, int, long)} with a given probability of a fault per request. */
    static FaultPlan mixed(long seed, int horizon, long maxDelayMillis, double probability) {
        SplitMix64 rng = new SplitMix64(SplitMix64.mix(seed) + 1);
        Fault.Kind[] kinds = Fault.Kind.values();
        Map<Long, Fault> faults = new HashMap<>();
        for (long request = 1; request <= horizon; request++) {
            if (!rng.chance(probability)) {
                continue;
            }
            faults.put(request, switch (kinds[rng.nextInt(kinds.length)]) {
                case DROP -> Fault.drop();
                case RESET -> Fault.reset();
                case SERVER_ERROR -> Fault.serverError(new int[] {500, 502, 503, 504}[rng.nextInt(4)], rng.chance(0.5));
                case PROXY_ERROR -> Fault.proxyError();
                case SLOW -> Fault.slow(1 + rng.nextLong(maxDelayMillis));
                case TRUNCATED -> Fault.truncated();
                case MALFORMED -> Fault.malformed();
                case STORM -> Fault.storm(rng.between(1, 8));
            });
        }
        return schedule(faults);
    }
}

package starman.simulator;

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
}

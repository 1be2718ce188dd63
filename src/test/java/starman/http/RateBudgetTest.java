package starman.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A budget handed from one client to the next behind the same IP (a reload, the tab that takes over). */
class RateBudgetTest {
    private static final long NOW = 1_000_000;

    private static Response answer(int remaining, double resetInSeconds) {
        return new Response(200, Map.of("X-RateLimit-Limit", "30", "X-RateLimit-Remaining", String.valueOf(remaining),
                "X-RateLimit-Reset-In", String.valueOf(resetInSeconds)), "{}");
    }

    @Test
    void aFreshBudgetTakesOverTheSpentWindowAndWaitsForItsEnd() {
        RateBudget old = new RateBudget(1_000);
        old.sent(NOW);
        old.answered(answer(1, 4.0), NOW);
        old.sent(NOW + 10);

        RateBudget fresh = new RateBudget(1_000);
        assertThat(fresh.delayMillis(NOW + 20)).as("knowing nothing, the first request goes at once").isZero();
        fresh.share(old.window(NOW + 20), NOW + 20);

        assertThat(fresh.remaining(NOW + 20)).isZero();
        assertThat(fresh.delayMillis(NOW + 20)).isEqualTo(4_000 - 20 + RateBudget.SAFETY_MILLIS);
        assertThat(fresh.limit()).isEqualTo(30);
    }

    @Test
    void theSmallerRemainderWinsAndAnEndedWindowIsIgnored() {
        RateBudget budget = new RateBudget(1_000);
        budget.answered(answer(10, 5.0), NOW);

        budget.share(new RateBudget.Window(30, 20, NOW + 5_000, 10_000), NOW);
        assertThat(budget.remaining(NOW)).isEqualTo(10);
        budget.share(new RateBudget.Window(30, 3, NOW + 5_000, 10_000), NOW);
        assertThat(budget.remaining(NOW)).isEqualTo(3);
        budget.share(new RateBudget.Window(30, 0, NOW - 1, 10_000), NOW);
        assertThat(budget.remaining(NOW)).isEqualTo(3);
        budget.share(null, NOW);
        assertThat(budget.window(NOW)).isEqualTo(new RateBudget.Window(30, 3, NOW + 5_000, 10_000));
        assertThat(budget.window(NOW + 5_000)).as("over once the window ends").isNull();
    }

    @Test
    void anAnswerDoesNotCountBackTheRequestsStillInFlight() {
        RateBudget budget = new RateBudget(1_000);
        budget.sent(NOW);
        budget.answered(answer(5, 10.0), NOW);
        budget.sent(NOW + 1);
        budget.sent(NOW + 2);

        // the server counted the first of the two when it answered it; the second is still on the wire
        budget.answered(answer(4, 9.0), NOW + 3);
        assertThat(budget.remaining(NOW + 3)).isEqualTo(3);
        budget.answered(answer(3, 9.0), NOW + 4);
        assertThat(budget.remaining(NOW + 4)).isEqualTo(3);
    }
}

package starman.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static starman.http.ScriptedChain.bare;
import static starman.http.ScriptedChain.ok;
import static starman.http.ScriptedChain.withRate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class RateLimitInterceptorTest {
    private final RecordingClock clock = new RecordingClock();
    private final RateBudget budget = new RateBudget(1_000);
    private final RateLimitInterceptor pacing = new RateLimitInterceptor(clock, budget);
    private final ScriptedChain chain = new ScriptedChain();

    private long send(int times) throws IOException {
        long start = clock.nowMillis();
        for (int i = 0; i < times; i++) {
            pacing.intercept(chain);
        }
        return clock.nowMillis() - start;
    }

    @Test
    void remainingAboveZeroSendsAtOnce() throws IOException {
        chain.then(ok("5", "7.5"), ok("4", "7.5"), ok("3", "7.5"));

        assertThat(send(3)).isZero();
        assertThat(budget.remaining(clock.nowMillis())).isEqualTo(3);
        assertThat(budget.limit()).isEqualTo(30);
    }

    @Test
    void remainingZeroWaitsResetInPlusSafety() throws IOException {
        chain.then(ok("0", "2.25"), ok("29", "10"));

        assertThat(send(2)).isEqualTo(2_250 + RateBudget.SAFETY_MILLIS);
    }

    @Test
    void missingHeadersFallBackToAFixedPace() throws IOException {
        chain.then(bare(200));

        assertThat(send(4)).isEqualTo(3 * 1_000);
        assertThat(budget.remaining(clock.nowMillis())).isEqualTo(-1);
    }

    @Test
    void garbageHeadersFallBackToAFixedPace() throws IOException {
        chain.then(withRate(200, "lots", "soon"), withRate(200, "-3", "2"), withRate(200, "4", "NaN"),
                withRate(200, "4", "-1"));

        assertThat(send(4)).isEqualTo(3 * 1_000);
    }

    @Test
    void answersWithoutHeadersStillSpendTheWindow() throws IOException {
        chain.then(ok("3", "10"), bare(503), new IOException("reset"), bare(200), ok("30", "10"));

        pacing.intercept(chain);
        pacing.intercept(chain);
        assertThatThrownBy(() -> pacing.intercept(chain)).isInstanceOf(IOException.class);
        assertThat(budget.remaining(clock.nowMillis())).isEqualTo(1);
        assertThat(send(2)).as("the last unit goes at once, then wait for the window").isEqualTo(10_000 + RateBudget.SAFETY_MILLIS);
    }

    @Test
    void aTooManyRequestsAnswerWaitsForItsResetIn() throws IOException {
        chain.then(withRate(429, "0", "4"), ok("29", "10"));

        assertThat(send(2)).isEqualTo(4_000 + RateBudget.SAFETY_MILLIS);
    }

    @Test
    void aTooManyRequestsAnswerClaimingRemainingUnitsStillWaitsForTheReset() throws IOException {
        chain.then(withRate(429, "5", "2"), ok("29", "10"));

        assertThat(send(2)).isEqualTo(2_000 + RateBudget.SAFETY_MILLIS);
    }

    @Test
    void aTooManyRequestsAnswerWithoutHeadersWaitsAWholeDefaultWindow() throws IOException {
        chain.then(bare(429), ok("29", "10"));

        assertThat(send(2)).isEqualTo(RateBudget.DEFAULT_WINDOW_MILLIS + RateBudget.SAFETY_MILLIS);
    }

    @Test
    void etaCountsWholeWindows() throws IOException {
        chain.then(ok("5", "4"));
        pacing.intercept(chain);
        long now = clock.nowMillis();

        assertThat(budget.millisFor(5, now)).isZero();
        assertThat(budget.millisFor(6, now)).isEqualTo(4_000 + RateBudget.SAFETY_MILLIS);
        assertThat(budget.millisFor(5 + 31, now)).isEqualTo(4_000 + RateBudget.SAFETY_MILLIS + 4_000 + RateBudget.SAFETY_MILLIS);
    }

    @Test
    void aHungRequestDoesNotHoldUpTheNextOne() throws Exception {
        CountDownLatch onTheWire = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        Interceptor.Chain hanging = new Interceptor.Chain() {
            @Override
            public Request request() {
                return chain.request();
            }

            @Override
            public Response proceed(Request request) throws IOException {
                onTheWire.countDown();
                try {
                    answer.await();
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
                return ok("20", "10");
            }
        };
        chain.then(ok("29", "10"), ok("28", "10"));
        pacing.intercept(chain);
        Thread hung = new Thread(() -> {
            try {
                pacing.intercept(hanging);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        hung.start();
        onTheWire.await();
        Thread next = new Thread(() -> {
            try {
                pacing.intercept(chain);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            next.start();
            // either it is answered, or it waits for a lock the hung request holds (a moment's wait on another
            // thread's lock, the JVM's own included, is neither)
            while (next.getState() != Thread.State.TERMINATED && !heldUpBy(hung, next)) {
                Thread.onSpinWait();
            }
            assertThat(next.getState()).isEqualTo(Thread.State.TERMINATED);
            assertThat(chain.sent).hasSize(2);
        } finally {
            answer.countDown();
            hung.join();
            next.join();
        }
    }

    private static boolean heldUpBy(Thread holder, Thread waiter) {
        ThreadInfo info = ManagementFactory.getThreadMXBean().getThreadInfo(waiter.getId());
        return info != null && info.getThreadState() == Thread.State.BLOCKED && info.getLockOwnerId() == holder.getId();
    }

    @Test
    void aRequestWithoutAnAnswerIsNoLongerCountedInFlight() throws IOException {
        chain.then(ok("10", "10"), new IOException("reset"), ok("8", "10"));

        pacing.intercept(chain);
        assertThatThrownBy(() -> pacing.intercept(chain)).isInstanceOf(IOException.class);
        pacing.intercept(chain);

        assertThat(budget.remaining(clock.nowMillis())).isEqualTo(8);
    }
}

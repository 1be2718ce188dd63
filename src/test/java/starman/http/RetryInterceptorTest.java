package starman.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static starman.http.ScriptedChain.bare;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import starman.random.SplitMix64;

class RetryInterceptorTest {
    private final RecordingClock clock = new RecordingClock();
    private final ScriptedChain chain = new ScriptedChain();

    private RetryInterceptor retry(RetryPolicy policy, long seed) {
        return new RetryInterceptor(clock, policy, new SplitMix64(seed));
    }

    @Test
    void networkFailuresAreRetriedUntilAnAnswer() throws IOException {
        chain.then(new IOException("refused"), new IOException("reset"), bare(200));

        Response response = retry(RetryPolicy.DEFAULT, 1).intercept(chain);

        assertThat(response.status()).isEqualTo(200);
        assertThat(chain.sent).hasSize(3);
        assertThat(clock.sleeps).hasSize(2);
    }

    @Test
    void serverErrorsAreRetried() throws IOException {
        chain.then(bare(502), bare(503), bare(200));

        assertThat(retry(RetryPolicy.DEFAULT, 1).intercept(chain).status()).isEqualTo(200);
        assertThat(chain.sent).hasSize(3);
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastFailure() {
        chain.then(new IOException("down"));

        assertThatThrownBy(() -> retry(new RetryPolicy(4, 100, 1_000), 1).intercept(chain)).hasMessage("down");
        assertThat(chain.sent).hasSize(4);
        assertThat(clock.sleeps).hasSize(3);
    }

    @Test
    void persistentServerErrorReturnsTheLastAnswer() throws IOException {
        chain.then(bare(500));

        assertThat(retry(new RetryPolicy(3, 100, 1_000), 1).intercept(chain).status()).isEqualTo(500);
        assertThat(chain.sent).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404})
    void clientErrorsAreNotRetried(int status) throws IOException {
        chain.then(bare(status), bare(200));

        assertThat(retry(RetryPolicy.DEFAULT, 1).intercept(chain).status()).isEqualTo(status);
        assertThat(chain.sent).hasSize(1);
        assertThat(clock.sleeps).isEmpty();
    }

    @Test
    void tooManyRequestsIsRetriedWithoutBackoffBecausePacingWaits() throws IOException {
        chain.then(bare(429), bare(429), bare(200));

        assertThat(retry(RetryPolicy.DEFAULT, 1).intercept(chain).status()).isEqualTo(200);
        assertThat(clock.sleeps).isEmpty();
    }

    @Test
    void backoffGrowsWithJitterAndStaysUnderTheCap() {
        chain.then(new IOException("down"));
        RetryPolicy policy = new RetryPolicy(12, 1_000, 8_000);

        assertThatThrownBy(() -> retry(policy, 3).intercept(chain)).isInstanceOf(IOException.class);

        List<Long> sleeps = clock.sleeps;
        assertThat(sleeps).hasSize(11);
        for (int retry = 1; retry <= sleeps.size(); retry++) {
            long exp = Math.min(8_000, 1_000L << (retry - 1));
            assertThat(sleeps.get(retry - 1)).as("retry %d", retry).isBetween(exp / 2, exp);
        }
        assertThat(sleeps.stream().distinct().count()).as("jittered").isGreaterThan(3);
    }

    @Test
    void theSameSeedGivesTheSameBackoff() {
        RecordingClock other = new RecordingClock();
        ScriptedChain otherChain = new ScriptedChain().then(new IOException("down"));
        chain.then(new IOException("down"));
        RetryPolicy policy = new RetryPolicy(6, 1_000, 30_000);

        assertThatThrownBy(() -> retry(policy, 9).intercept(chain)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> new RetryInterceptor(other, policy, new SplitMix64(9)).intercept(otherChain))
                .isInstanceOf(IOException.class);

        assertThat(other.sleeps).isEqualTo(clock.sleeps);
    }
}

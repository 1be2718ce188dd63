package starman.http;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * The person's pause button: while paused, every request waits here, next to the transport, so a paused
 * client sends nothing (a request already on the wire still gets its answer). Resuming lets them go on.
 */
public final class PauseGate implements Interceptor {
    private boolean paused;
    private int held;

    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    /** How many requests are waiting for {@link #resume()}. */
    public synchronized int held() {
        return held;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        synchronized (this) {
            held++;
            try {
                while (paused) {
                    wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while the sync was paused");
            } finally {
                held--;
            }
        }
        return chain.proceed(chain.request());
    }
}

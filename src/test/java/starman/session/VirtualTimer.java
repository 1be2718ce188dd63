package starman.session;

import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;
import starman.time.VirtualClock;

/**
 * The timer port on virtual time: tasks wait in a queue and run, one at a time on the test's thread, when the
 * test lets time pass; the clock moves to each task's time. Tasks may sleep on the same clock (the rate limit),
 * which moves it further; tasks due meanwhile then run late, in order.
 */
final class VirtualTimer implements Timer {
    private final VirtualClock clock;
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private long sequence;

    private static final class Entry implements Comparable<Entry>, Scheduled {
        final long due;
        final long order;
        final Runnable task;
        boolean cancelled;

        Entry(long due, long order, Runnable task) {
            this.due = due;
            this.order = order;
            this.task = task;
        }

        @Override
        public int compareTo(Entry other) {
            return due != other.due ? Long.compare(due, other.due) : Long.compare(order, other.order);
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    VirtualTimer(VirtualClock clock) {
        this.clock = clock;
    }

    @Override
    public Scheduled after(long millis, Runnable task) {
        Entry entry = new Entry(clock.nowMillis() + Math.max(0, millis), sequence++, task);
        queue.add(entry);
        return entry;
    }

    /** Runs every task due within the next {@code millis}, then leaves the clock at that point (or later). */
    void runFor(long millis) {
        long end = clock.nowMillis() + millis;
        while (!queue.isEmpty() && queue.peek().due <= end) {
            runNext();
        }
        if (clock.nowMillis() < end) {
            clock.advance(end - clock.nowMillis());
        }
    }

    /** Runs tasks until {@code condition} holds, at most {@code millis} of virtual time; false if it never did. */
    boolean runUntil(BooleanSupplier condition, long millis) {
        long end = clock.nowMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (queue.isEmpty() || queue.peek().due > end) {
                return false;
            }
            runNext();
        }
        return true;
    }

    /** Whether a task is waiting (a cancelled one does not count). */
    boolean hasWork() {
        queue.removeIf(entry -> entry.cancelled);
        return !queue.isEmpty();
    }

    private void runNext() {
        Entry next = queue.poll();
        if (next.due > clock.nowMillis()) {
            clock.advance(next.due - clock.nowMillis());
        }
        if (!next.cancelled) {
            next.task.run();
        }
    }
}

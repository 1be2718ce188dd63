package starman.sync;

import java.util.ArrayList;
import java.util.List;

/** A copy-on-write list of listeners: notifying never races with adding or removing. */
final class Listeners<T> {
    private volatile List<T> list = List.of();

    synchronized void add(T listener) {
        List<T> copy = new ArrayList<>(list);
        copy.add(listener);
        list = List.copyOf(copy);
    }

    synchronized void remove(T listener) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(listener);
        list = List.copyOf(copy);
    }

    /** The listeners now: a list that adding or removing later leaves as it is. */
    List<T> now() {
        return list;
    }
}

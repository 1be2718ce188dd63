package starman.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import starman.model.Listen;
import starman.model.TrackMetadata;
import starman.store.DayBlockStore;
import starman.store.StorageException;

/**
 * A day-block store as the metrics index reads it: the index is built from the facts the store keeps of each
 * track under the index's rules (tracks without them, after another artist was chosen or new rules, are judged
 * once and the facts saved for the next visit), and the metadata lane is given only the tracks whose count it
 * could change, which are judged again when its answers arrive.
 */
public final class IndexedStore {
    private final DayBlockStore store;
    /** What {@link #tracksFrom} handed out, to know the tracks by number again. */
    private final Map<TrackMetadata, Integer> handedOut = new IdentityHashMap<>();

    public IndexedStore(DayBlockStore store) {
        this.store = store;
    }

    /** Adds every stored listen to {@code index}, then hands each later write to {@code observer}, none between. */
    public void follow(ListenIndex index, DayBlockStore.Observer observer) {
        store.follow(() -> {
            store.setJudge(index.judge());
            if (!store.allJudged()) {
                store.judgeTracks(0, store.trackCount());
                saveJudgements();
            }
            index.addAll(store);
        }, observer);
    }

    /** The tracks numbered {@code from} on that metadata could change the count of: another artist's need none. */
    public synchronized List<TrackMetadata> tracksFrom(int from) {
        List<TrackMetadata> tracks = new ArrayList<>();
        int upTo = store.trackCount();
        for (int t = from; t < upTo; t++) {
            int[] facts = store.facts(t);
            if (facts == null || facts[0] != 0) {
                TrackMetadata track = store.judgedTrack(t);
                handedOut.put(track, t);
                tracks.add(track);
            }
        }
        return tracks;
    }

    /**
     * Judges the tracks {@code answered} (objects {@link #tracksFrom} handed out) again with the metadata that came
     * in; returns the stored listens of those whose facts changed, to add to the index again.
     */
    public synchronized List<Listen> listensOf(Collection<TrackMetadata> answered) {
        List<Integer> numbers = new ArrayList<>();
        for (TrackMetadata track : answered) {
            Integer t = handedOut.get(track);
            if (t != null) {
                numbers.add(t);
            }
        }
        handedOut.clear();
        return judgeAgain(numbers);
    }

    /**
     * Judges these tracks (by number) again, after what the judge reads changed; returns the stored listens of those
     * whose facts changed, to add to the index again.
     */
    public synchronized List<Listen> judgeAgain(Collection<Integer> numbers) {
        // the facts first: should the page close between, the next visit asks again and judges again
        Set<Integer> changed = store.judgeAgain(numbers);
        saveJudgements();
        return changed.isEmpty() ? List.of() : store.listensOf(changed::contains);
    }

    /** Losing the judgements to a failed save costs only time (the next visit judges again): it is no failure. */
    private void saveJudgements() {
        try {
            store.saveJudgements();
        } catch (StorageException e) {
            // the facts stay in memory and go out with the next commit
        }
    }
}

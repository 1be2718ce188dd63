package starman.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import starman.fixlist.StoredRows;
import starman.metrics.ListenIndex;
import starman.model.Listen;
import starman.model.TrackMetadata;

/** A list of listens as a store's rows, tracks numbered by equal metadata: what the fix-list walks, on the JVM. */
public final class StoredListRows {
    private StoredListRows() {
    }

    public static StoredRows of(List<Listen> listens) {
        Map<TrackMetadata, Integer> numbers = new HashMap<>();
        List<TrackMetadata> tracks = new ArrayList<>();
        for (Listen l : listens) {
            numbers.computeIfAbsent(l.track(), t -> {
                tracks.add(t);
                return tracks.size() - 1;
            });
        }
        return new StoredRows() {
            @Override
            public void forEachRow(Visitor visitor) {
                for (Listen l : listens) {
                    visitor.row(l.listenedAt(), ListenIndex.hash(l.recordingMsid()), numbers.get(l.track()));
                }
            }

            @Override
            public TrackMetadata track(int number) {
                return tracks.get(number);
            }
        };
    }
}

package starman.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import starman.json.JsonReader;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.model.TrackMetadata;

/**
 * Reads the day blocks of schema version 2 (block version 1: twelve columns a listen, the track's extra fields
 * as one JSON string in the dictionary), so an upgrade moves the listens they hold into today's store.
 */
public final class LegacyDayBlock {
    private final ListenDictionary dictionary;
    /** Listens of one submission shared their strings: each distinct metadata is parsed once. */
    private final Map<List<Integer>, TrackMetadata> tracks = new HashMap<>();

    public LegacyDayBlock(ListenDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The listens of one old block, oldest first. */
    public List<Listen> decode(byte[] block) {
        Varints.Reader in = new Varints.Reader(block);
        int version = in.readInt();
        if (version != 1) {
            throw new IllegalArgumentException("not a version 1 day block: version " + version);
        }
        long day = in.read();
        int n = in.readInt();
        long[] listenedAt = new long[n];
        long previous = day * DayBlock.SECONDS_PER_DAY;
        for (int i = 0; i < n; i++) {
            previous += in.read();
            listenedAt[i] = previous;
        }
        long[] insertedAt = new long[n];
        for (int i = 0; i < n; i++) {
            long v = in.read();
            insertedAt[i] = v == 0 ? 0 : listenedAt[i] + ((v - 1) >>> 1 ^ -((v - 1) & 1));
        }
        int[] msid = refs(in, n);
        int[] user = refs(in, n);
        int[] artist = refs(in, n);
        int[] title = refs(in, n);
        int[] release = refs(in, n);
        in.skip(4 * n); // duration and the MBIDs: the extra JSON has them too
        int[] extra = refs(in, n);
        List<Listen> listens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            TrackMetadata track = tracks.computeIfAbsent(List.of(artist[i], title[i], release[i], extra[i]),
                    ids -> metadata(ids.get(0), ids.get(1), ids.get(2), ids.get(3)));
            listens.add(new Listen(listenedAt[i], insertedAt[i], string(msid[i]), string(user[i]), track));
        }
        return listens;
    }

    private TrackMetadata metadata(int artist, int title, int release, int extra) {
        TrackMetadata rest = null;
        if (extra >= 0) {
            JsonReader r = new JsonReader(dictionary.string(extra));
            rest = ListenJson.readTrack(r);
            r.endDocument();
        }
        return new TrackMetadata(string(artist), string(title), string(release),
                rest == null ? null : rest.additionalInfo(), rest == null ? null : rest.mbidMapping());
    }

    private String string(int id) {
        return id < 0 ? null : dictionary.string(id);
    }

    private static int[] refs(Varints.Reader in, int n) {
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = in.readInt() - 1;
        }
        return ids;
    }
}

package starman.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.TrackMetadata;

/** Listens for tests: simple ones by hand, and seeded random histories with same-second ties and gaps. */
final class TestListens {
    static final String USER = "rob";
    /** 2024-01-01T00:00:00Z. */
    static final long T0 = 1_704_067_200L;

    private TestListens() {
    }

    static Listen listen(long listenedAt, String msid) {
        return new Listen(listenedAt, listenedAt + 5, msid, USER, track("Artist " + (msid.hashCode() & 7), "Track " + msid));
    }

    static TrackMetadata track(String artist, String title) {
        AdditionalInfo info = new AdditionalInfo(215_000L, null, null, null, null, List.of(), null, "test",
                Map.of("media_player", "Test Player"));
        return new TrackMetadata(artist, title, "Album", info, null);
    }

    /** {@code n} listens from {@code start}: 3-4 minutes apart, with ties and multi-day gaps now and then. */
    static List<Listen> history(Random random, long start, int n) {
        List<Listen> listens = new ArrayList<>();
        long t = start;
        for (int i = 0; i < n; i++) {
            int roll = random.nextInt(20);
            if (roll == 0) {
                t += 86_400L * (1 + random.nextInt(60));
            } else if (roll > 2) {
                t += 180 + random.nextInt(60);
            }
            listens.add(listen(t, "msid-" + i + "-" + random.nextInt(1000)));
        }
        return listens;
    }
}

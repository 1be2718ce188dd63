package starman.metrics;

import java.util.ArrayList;
import java.util.List;
import starman.normalize.AlbumClusters;
import starman.normalize.CanonicalKeys;

/** The canonical album of each listen, worked out from scratch over the listens' keys. */
public final class ReferenceAlbums {
    private ReferenceAlbums() {
    }

    /** For each listen's keys, its canonical album key, or null. */
    public static List<String> canonical(List<CanonicalKeys> listens) {
        List<String> keys = new ArrayList<>();
        List<int[]> aliases = new ArrayList<>();
        for (CanonicalKeys k : listens) {
            int album = indexOf(keys, k.albumKey());
            int text = indexOf(keys, k.releaseTextKey());
            if (album >= 0 && text >= 0 && album != text) {
                aliases.add(new int[]{text, album});
            }
        }
        int[] canonical = AlbumClusters.resolve(keys, aliases);
        List<String> result = new ArrayList<>();
        for (CanonicalKeys k : listens) {
            result.add(k.albumKey() == null ? null : keys.get(canonical[keys.indexOf(k.albumKey())]));
        }
        return result;
    }

    private static int indexOf(List<String> keys, String key) {
        if (key == null) {
            return -1;
        }
        if (!keys.contains(key)) {
            keys.add(key);
        }
        return keys.indexOf(key);
    }
}

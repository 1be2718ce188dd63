package starman.normalize;

import java.util.Arrays;
import java.util.List;

/**
 * Groups text album keys of one artist that name the same album in shorter and longer forms.
 *
 * <p>Rule: a text key joins the longest key of the same artist whose words contain its words as one
 * contiguous run and the same version qualifier (a live album stays apart), provided it has at least two words (one-word titles such as "Low" only meet their
 * exact equal). So "ziggy stardust" and "the rise and fall of ziggy stardust" (an ellipsised title)
 * both join "the rise and fall of ziggy stardust and the spiders from mars". Ties go to the
 * alphabetically first key. The result depends only on the set of keys, never on their order, so an
 * incrementally built index and a rebuilt one agree. MBID keys are left as they are.
 *
 * <p>Then a cluster of text keys adopts a release group: the MBID key of a mapped listen whose release
 * name has a text key in that cluster (an alias). Several candidates: the alphabetically first MBID key.
 * So "Low" played while unmapped counts as the same album as the mapped "Low [Remastered]".
 */
public final class AlbumClusters {
    private AlbumClusters() {
    }

    /**
     * For each key, the index in {@code keys} of its canonical key.
     *
     * @param aliases pairs {text key index, MBID key index} seen together on one listen
     */
    public static int[] resolve(List<String> keys, List<int[]> aliases) {
        int[] canonical = clusters(keys);
        int[] releaseGroupOfRoot = new int[keys.size()];
        Arrays.fill(releaseGroupOfRoot, -1);
        for (int[] alias : aliases) {
            int root = canonical[alias[0]];
            int current = releaseGroupOfRoot[root];
            if (current < 0 || keys.get(alias[1]).compareTo(keys.get(current)) < 0) {
                releaseGroupOfRoot[root] = alias[1];
            }
        }
        for (int i = 0; i < canonical.length; i++) {
            if (releaseGroupOfRoot[canonical[i]] >= 0) {
                canonical[i] = releaseGroupOfRoot[canonical[i]];
            }
        }
        return canonical;
    }

    /** Text clusters only: each key to the longest key containing it (itself when none). */
    static int[] clusters(List<String> keys) {
        int n = keys.size();
        String[][] words = new String[n][];
        String[] groups = new String[n]; // artist plus version qualifier
        for (int i = 0; i < n; i++) {
            String key = keys.get(i);
            if (key != null && key.startsWith(CanonicalKeys.TEXT)) {
                int bar = key.indexOf('|');
                int qualifier = key.indexOf(" [", bar);
                groups[i] = key.substring(0, bar) + (qualifier < 0 ? "" : key.substring(qualifier));
                words[i] = TextKeys.split(key.substring(bar + 1, qualifier < 0 ? key.length() : qualifier), ' ');
            }
        }
        int[] canonical = new int[n];
        for (int i = 0; i < n; i++) {
            canonical[i] = i;
            if (words[i] == null || words[i].length < 2) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                if (j != i && words[j] != null && groups[j].equals(groups[i]) && better(keys, j, canonical[i])
                        && containsRun(words[j], words[i])) {
                    canonical[i] = j;
                }
            }
        }
        return canonical;
    }

    private static boolean better(List<String> keys, int candidate, int current) {
        int c = Integer.compare(keys.get(candidate).length(), keys.get(current).length());
        return c > 0 || c == 0 && keys.get(candidate).compareTo(keys.get(current)) < 0;
    }

    private static boolean containsRun(String[] outer, String[] run) {
        for (int start = 0; start + run.length <= outer.length; start++) {
            int k = 0;
            while (k < run.length && outer[start + k].equals(run[k])) {
                k++;
            }
            if (k == run.length) {
                return true;
            }
        }
        return false;
    }
}

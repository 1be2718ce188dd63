package starman.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlbumClustersTest {
    static String album(String artist, String title) {
        return "t:" + TextKeys.primaryArtist(artist) + "|" + TextKeys.title(title);
    }

    static final String FULL = album("David Bowie", "The Rise and Fall of Ziggy Stardust and the Spiders From Mars");
    static final String SHORT = album("David Bowie", "Ziggy Stardust (40th Anniversary Edition)");
    static final String ELLIPSIS = album("David Bowie", "The Rise and Fall of Ziggy Stardust...");

    @Test
    void abbreviatedAndFullTitlesMeet() {
        List<String> keys = List.of(SHORT, ELLIPSIS, FULL);
        int[] canonical = AlbumClusters.clusters(keys);
        assertThat(canonical).containsExactly(2, 2, 2);
    }

    @Test
    void theResultDoesNotDependOnOrder() {
        List<String> keys = new ArrayList<>(List.of(SHORT, FULL, ELLIPSIS, album("David Bowie", "Low"),
                album("David Bowie", "Low Symphony"), "mb:rg-1"));
        for (int round = 0; round < 5; round++) {
            Collections.rotate(keys, 1);
            int[] canonical = AlbumClusters.clusters(keys);
            assertThat(keys.get(canonical[keys.indexOf(SHORT)])).isEqualTo(FULL);
            assertThat(keys.get(canonical[keys.indexOf(album("David Bowie", "Low"))])).isEqualTo(album("David Bowie", "Low"));
            assertThat(keys.get(canonical[keys.indexOf("mb:rg-1")])).isEqualTo("mb:rg-1");
        }
    }

    @Test
    void otherArtistsAndLiveAlbumsStayApart() {
        String other = album("Someone Else", "The Rise and Fall of Ziggy Stardust and the Spiders From Mars");
        String live = album("David Bowie", "Ziggy Stardust (Live)");
        int[] canonical = AlbumClusters.clusters(List.of(SHORT, other, live));
        assertThat(canonical).containsExactly(0, 1, 2);
    }

    @Test
    void textClustersAdoptTheReleaseGroupOfMappedListens() {
        String low = album("David Bowie", "Low");
        String ziggyShort = SHORT;
        List<String> keys = List.of(low, "mb:rg-low", ziggyShort, FULL, "mb:rg-ziggy-b", "mb:rg-ziggy-a");
        // mapped listens named "Low" and the full Ziggy title (twice, under two release groups)
        List<int[]> aliases = List.of(new int[]{0, 1}, new int[]{3, 4}, new int[]{3, 5});
        int[] canonical = AlbumClusters.resolve(keys, aliases);
        assertThat(canonical).containsExactly(1, 1, 5, 5, 4, 5);
    }
}

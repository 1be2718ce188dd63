package starman.listenbrainz;

import java.util.List;
import starman.model.Listen;

/**
 * One page of {@code /1/user/{name}/listens}: listens newest first.
 *
 * @param latestListenTs the user's newest listened_at on the server (0 when it has none)
 * @param oldestListenTs the user's oldest listened_at on the server (0 when it has none)
 */
public record ListensPage(String userId, List<Listen> listens, long latestListenTs, long oldestListenTs) {
    public ListensPage {
        listens = List.copyOf(listens);
    }
}

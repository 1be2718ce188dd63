package starman.musicbrainz;

import java.util.List;

/** A recording's {@code performance} relation to a work, with its attributes ({@code live}, {@code partial}...). */
public record Performance(String workMbid, String workTitle, List<String> attributes) {
    public Performance {
        attributes = List.copyOf(attributes);
    }
}

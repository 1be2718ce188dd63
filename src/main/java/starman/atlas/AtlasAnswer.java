package starman.atlas;

/** The atlas, or (atlas null) the sentence saying why there is none yet and what to do. */
public record AtlasAnswer(Atlas atlas, String problem) {
    public static AtlasAnswer problem(String sentence) {
        return new AtlasAnswer(null, sentence);
    }
}

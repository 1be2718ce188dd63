package starman.coach;

/** One short line from the coach. */
public record Message(Kind kind, String text) {
    public enum Kind { ALBUM_COMPLETE, FOCUS_BREAK, SPRINT, DAILY_RECORD, STREAK, GOAL_MET, GOAL_AT_RISK, GOAL_MISSED, GOAL_ALBUM, ANNIVERSARY, RELEASE_ANNIVERSARY }
}

/**
 * The table for one artist: {@link starman.metrics.ListenIndex} holds the listens as columns, updated per
 * listen (append, late insert, removal, replacement) and queried per period
 * ({@link starman.metrics.Periods}, the only zone-aware class) into a {@link starman.metrics.Dashboard}.
 * {@link starman.metrics.AlbumProgress} adds sessions, album completion and the focus check. Metadata
 * comes through two ports filled elsewhere: {@link starman.metrics.RecordingLengths} (durations the player
 * did not send) and {@link starman.metrics.TrackLists} (canonical track lists).
 */
package starman.metrics;

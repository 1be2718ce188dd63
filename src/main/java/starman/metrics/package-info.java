/**
 * The table for one artist: {@link starman.metrics.ListenIndex} holds the listens as columns, updated per
 * listen (append, late insert, removal, replacement) and queried per period
 * ({@link starman.metrics.Periods}, the only zone-aware class) into a {@link starman.metrics.Dashboard}.
 * {@link starman.metrics.AlbumProgress} adds sessions, album completion and the focus check. Metadata
 * comes through two ports filled elsewhere: {@link starman.metrics.RecordingLengths} (durations the player
 * did not send) and {@link starman.metrics.TrackLists} (canonical track lists).
 * {@link starman.metrics.DrillDown} gives the listens behind any number (a {@link starman.metrics.Period} and a
 * {@link starman.metrics.Measure}, or a day or an album of the pictures), chosen and added up from the index's
 * columns and read from the store a page at a time, each explained by a
 * {@link starman.metrics.Resolution}: the rules the artist filter, the normaliser and the length port applied.
 */
package starman.metrics;

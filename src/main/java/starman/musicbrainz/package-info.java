/**
 * MusicBrainz's web service ({@code /ws/2}), the part ListenBrainz's metadata lacks: which works (compositions) a
 * recording performs. Its own policy over the polite client: one request a second, a 503 is "slow down" and retried,
 * and no ListenBrainz token ever goes there.
 */
package starman.musicbrainz;

/**
 * The fix-list: the chosen artist's listens that ListenBrainz never mapped (or mapped to another artist while the
 * credit names ours), grouped by submitted text, with how the numbers would change once mapped, the recordings of the
 * discography that could be meant, the person's own confirmed mappings, and what a submission to ListenBrainz sends.
 */
package starman.fixlist;

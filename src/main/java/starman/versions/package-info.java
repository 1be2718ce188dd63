/**
 * The versions of a song: each distinct submitted recording of the artist's listens (its MBID when it has one, else
 * the title and release as submitted), grouped under its canonical recording and, where MusicBrainz names it, under
 * the work; each with its count, minutes, first listen and the rule that grouped it. Pure Java over the metrics index.
 */
package starman.versions;

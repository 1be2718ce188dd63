/**
 * The discography atlas: one artist's every release group (ListenBrainz's {@code /1/metadata/artist/}), grouped by
 * kind and ordered by first release date, each track heard or never heard in the artist's listens, with the cache
 * of discographies that lets it open offline. Pure Java over the metrics index.
 */
package starman.atlas;

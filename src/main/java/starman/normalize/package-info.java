/**
 * Canonical keys for listens: {@link starman.normalize.Normalizer} picks a recording key and an album
 * (release group) key by the first rule that applies, and says which ({@link starman.normalize.KeyRule}):
 * <ol>
 *   <li>ListenBrainz's {@code mbid_mapping};</li>
 *   <li>MBIDs the player submitted, a release resolved to its release group by a
 *       {@link starman.normalize.ReleaseGroupResolver};</li>
 *   <li>detuned text ({@link starman.normalize.TextKeys}): cut at brackets, " - " and featured credits,
 *       accents folded, punctuation dropped, lower-cased; live/acoustic/demo/instrumental/remix... kept as a
 *       qualifier so they never merge with the studio version. Abbreviated album titles meet the full one
 *       of the same artist through {@link starman.normalize.AlbumClusters}.</li>
 * </ol>
 * Listens are filtered to one artist by {@link starman.normalize.ArtistFilter}: MBID when known, else name.
 */
package starman.normalize;

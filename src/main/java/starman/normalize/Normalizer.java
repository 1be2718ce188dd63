package starman.normalize;

import starman.model.AdditionalInfo;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;

/**
 * Gives every listen a canonical recording key and album (release group) key, by the first rule that
 * applies: the person's own mapping from the fix-list, then ListenBrainz's mapping (its release resolved to its release group when the mapping names none),
 * then MBIDs the player submitted (a release resolved to its release
 * group through the {@link ReleaseGroupResolver}), then detuned text. Stateless apart from the resolver:
 * re-normalising a listen whose mapping arrived later gives its new keys.
 *
 * <p>Text album keys are per-listen; grouping an abbreviated album title with the full one
 * ("Ziggy Stardust" with "The Rise and Fall of Ziggy Stardust and the Spiders from Mars"), and an unmapped
 * listen with the release group of mapped listens of the same album, needs the other listens: that is
 * {@link AlbumClusters}' job.
 */
public final class Normalizer {
    private final ReleaseGroupResolver resolver;
    private final OwnMappings own;

    public Normalizer(ReleaseGroupResolver resolver) {
        this(resolver, OwnMappings.NONE);
    }

    /** @param own the person's own mappings, read at every judgement (they change when the person confirms one) */
    public Normalizer(ReleaseGroupResolver resolver, OwnMappings own) {
        this.resolver = resolver;
        this.own = own;
    }

    /** Whether ListenBrainz's mapping or the player gave the track a recording MBID. */
    public static boolean namesRecording(TrackMetadata t) {
        return t.mbidMapping() != null && present(t.mbidMapping().recordingMbid())
                || present(t.additionalInfo().recordingMbid());
    }

    /** The person's own mapping of this track's submitted text, or null. */
    public OwnMappings.Mapping ownMapping(TrackMetadata t) {
        return own.isEmpty() ? null : own.of(OwnMappings.key(t));
    }

    /** The keys of a track; the person's own mapping applies when neither ListenBrainz nor the player named a recording. */
    public CanonicalKeys keys(TrackMetadata t) {
        return keys(t, false);
    }

    /**
     * @param ownFirst the person's own mapping applies even over ListenBrainz's (a listen it mapped to another artist,
     *                 which the person mapped to ours)
     */
    public CanonicalKeys keys(TrackMetadata t, boolean ownFirst) {
        MbidMapping m = t.mbidMapping();
        AdditionalInfo info = t.additionalInfo();
        String artist = TextKeys.primaryArtist(t.artistName());
        String titleKey = TextKeys.title(t.trackName());
        String releaseKey = TextKeys.title(t.releaseName());
        String releaseTextKey = releaseKey.isEmpty() ? null : CanonicalKeys.textKey(artist, releaseKey);
        OwnMappings.Mapping chosen = ownFirst || !namesRecording(t) ? ownMapping(t) : null;
        if (chosen != null) {
            return new CanonicalKeys(CanonicalKeys.mbidKey(chosen.recordingMbid()), KeyRule.OWN,
                    CanonicalKeys.mbidKey(chosen.releaseGroupMbid()), KeyRule.OWN, titleKey, releaseTextKey);
        }

        String recording;
        KeyRule recordingRule;
        if (m != null && present(m.recordingMbid())) {
            recording = CanonicalKeys.mbidKey(m.recordingMbid());
            recordingRule = KeyRule.MAPPING;
        } else if (present(info.recordingMbid())) {
            recording = CanonicalKeys.mbidKey(info.recordingMbid());
            recordingRule = KeyRule.SUBMITTED;
        } else {
            recording = CanonicalKeys.textKey(artist, titleKey);
            recordingRule = KeyRule.TEXT;
        }

        String album = null;
        KeyRule albumRule = KeyRule.NONE;
        String mappedRelease = m == null || present(m.releaseGroupMbid()) ? null : resolve(m.releaseMbid());
        String resolved = m != null && present(m.releaseGroupMbid()) || present(mappedRelease)
                || present(info.releaseGroupMbid()) ? null : resolve(info.releaseMbid());
        if (m != null && present(m.releaseGroupMbid())) {
            album = CanonicalKeys.mbidKey(m.releaseGroupMbid());
            albumRule = KeyRule.MAPPING;
        } else if (present(mappedRelease)) {
            album = CanonicalKeys.mbidKey(mappedRelease);
            albumRule = KeyRule.MAPPED_RELEASE;
        } else if (present(info.releaseGroupMbid())) {
            album = CanonicalKeys.mbidKey(info.releaseGroupMbid());
            albumRule = KeyRule.SUBMITTED;
        } else if (present(resolved)) {
            album = CanonicalKeys.mbidKey(resolved);
            albumRule = KeyRule.RESOLVED;
        } else if (releaseTextKey != null) {
            album = releaseTextKey;
            albumRule = KeyRule.TEXT;
        }
        return new CanonicalKeys(recording, recordingRule, album, albumRule, titleKey, releaseTextKey);
    }

    /** The release group of a release MBID, when the resolver knows it. */
    private String resolve(String releaseMbid) {
        return present(releaseMbid) ? resolver.releaseGroupOf(releaseMbid) : null;
    }

    /**
     * The release MBID whose release group would decide this listen's album key, or null when the mapping or
     * the player gave a release group directly: the mapping's release (real mappings may carry no
     * {@code release_group_mbid}), else the submitted {@code release_mbid}.
     */
    public static String releaseToResolve(TrackMetadata t) {
        MbidMapping m = t.mbidMapping();
        if (m != null && present(m.releaseGroupMbid())) {
            return null;
        }
        if (m != null && present(m.releaseMbid())) {
            return m.releaseMbid();
        }
        AdditionalInfo info = t.additionalInfo();
        return present(info.releaseGroupMbid()) || !present(info.releaseMbid()) ? null : info.releaseMbid();
    }

    private static boolean present(String s) {
        return s != null && !s.isEmpty();
    }
}

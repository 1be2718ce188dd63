package starman.normalize;

/**
 * Port: the release group of a release MBID, as {@code /1/metadata/recording/?inc=release} reports it.
 * Implementations are caches (the HTTP-backed one fills itself in the background); the normaliser
 * never waits on the network, it only asks what is known now.
 */
public interface ReleaseGroupResolver {
    /** The release group MBID of {@code releaseMbid}, or null when not (yet) known. */
    String releaseGroupOf(String releaseMbid);

    ReleaseGroupResolver NONE = releaseMbid -> null;
}

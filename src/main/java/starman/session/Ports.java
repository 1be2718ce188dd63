package starman.session;

import starman.time.Clock;

/** Everything a session does to the world, besides the stored data ({@link Storage}). */
public record Ports(SyncLock lock, TabChannel channel, Timer timer, Clock clock, Network network, StorageQuota quota,
                    Tab tab) {
}

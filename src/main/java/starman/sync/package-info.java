/**
 * The two sync lanes over one polite client. Wiring, the same in the browser and on the JVM:
 *
 * <pre>{@code
 * PoliteClient polite = PoliteClient.create(transport, clock, PoliteClient.Options.defaults(clock.nowMillis()));
 * ListenBrainzClient api = new ListenBrainzClient(polite.http(), ListenBrainzClient.DEFAULT_API_ROOT).withToken(token);
 * HistorySync history = new HistorySync(api, store, clock,
 *         requests -> polite.budget().millisFor(requests, clock.nowMillis()), HistorySync.Options.DEFAULT);
 * history.addListener(progress -> ...);                        // pages, listens left, ETA
 * NowPlayingLane nowPlaying = new NowPlayingLane(api, user, clock, pageVisible, () -> history.run(user));
 * nowPlaying.addListener(...);                                  // track started / ended
 * history.run(user);                                            // backfill or catch up, resumable
 * nowPlaying.run(keepGoing);                                    // or call tick() from a timer
 * }</pre>
 */
package starman.sync;

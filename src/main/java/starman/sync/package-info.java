/**
 * The sync lanes over one polite client. Wiring, the same in the browser and on the JVM:
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
 * long next = nowPlaying.tick();                                // one poll; call it again at next (epoch ms)
 *
 * MetadataCache cache = saved == null ? new MetadataCache() : MetadataCache.fromJson(saved); // "cache" store
 * ListenIndex index = new ListenIndex(new Normalizer(cache), artist, periods, cache); // the same cache
 * MetadataSync metadata = new MetadataSync(api, cache, artist::matches, clock);
 * for (Listen l : metadata.run(store.all())) {                  // after each history run, and when asked
 *     index.add(l);                                             // keys and durations are recomputed on add
 * }
 * // a DayBlockStore numbers its distinct tracks, so a pass needs no listen objects and only the new tracks:
 * store.listensOf(metadata.runOnTracks(store.tracksFrom(judged))).forEach(index::add);
 * save(cache.toJson());                                         // whole, a few tens of bytes an MBID
 * }</pre>
 */
package starman.sync;

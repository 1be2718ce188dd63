package starman.exporter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import starman.archive.ByteSource;
import starman.importer.ImportFile;
import starman.importer.ImportResult;
import starman.importer.ListenImport;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.store.DayBlockStore;
import starman.store.PageWrite;
import starman.store.SyncCheckpoint;

/** Export the store as JSONL, wipe it, import the file: the same store, whatever the listens hold. */
class RoundTripPropertyTest {
    private static final String USER = "rob";

    @Property(tries = 150)
    void exportWipeImportGivesTheSameStore(@ForAll("histories") List<Listen> history) throws Exception {
        DayBlockStore before = DayBlockStore.empty(changes -> { });
        before.apply(new PageWrite(history, 1, 0, SyncCheckpoint.IDLE));
        StringBuilder file = new StringBuilder();
        List<String> parts = new ArrayList<>();
        JsonlExport export = new JsonlExport(parts::add, 2_000);
        before.forEach(export::add);
        export.finish();
        parts.forEach(file::append);

        DayBlockStore after = DayBlockStore.empty(changes -> { });
        ImportResult result = ImportFile.run(ByteSource.of(file.toString().getBytes(StandardCharsets.UTF_8)),
                "starman-listens.jsonl", new ListenImport(after, USER, 37));

        assertThat(result.skipped()).isZero();
        assertThat(result.added()).isEqualTo(before.count());
        assertThat(after.all()).isEqualTo(before.all());
    }

    @Provide
    Arbitrary<List<Listen>> histories() {
        return listens().list().ofMinSize(1).ofMaxSize(120);
    }

    /** Text people and players send: any letters, emoji, quotes, backslashes, line breaks, markup, NULs. */
    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(16),
                Arbitraries.of("Heroes, \"live\"", "a\nb\r\nc", "\\u0041 \\", "<script>alert(1)</script>",
                        "=HYPERLINK(\"x\")", "David Bowie 🎸", "Ⅻ\u2028\u2029", "\u0000", ""));
    }

    private static Arbitrary<String> optionalText() {
        return Arbitraries.oneOf(text(), Arbitraries.just(null));
    }

    private static Arbitrary<Listen> listens() {
        Arbitrary<Long> times = Arbitraries.longs().between(1_000_000_000L, 1_000_000_000L + 40 * 86_400);
        Arbitrary<Long> inserted = Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(1, 3_600));
        Arbitrary<String> msids = Arbitraries.of("m1", "m2", "m3").injectDuplicates(0.3)
                .flatMap(m -> Arbitraries.oneOf(Arbitraries.just(m), text().filter(s -> !s.isEmpty())));
        return Combinators.combine(times, inserted, msids, track())
                .as((t, lag, msid, track) -> new Listen(t, lag == 0 ? 0 : t + lag, msid, USER, track));
    }

    private static Arbitrary<TrackMetadata> track() {
        Arbitrary<Map<String, Object>> other = Combinators.combine(text(), text(), Arbitraries.longs())
                .as((k, v, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("music_service", v);
                    m.put("x-" + k, n);
                    m.put("artist_names", List.of(v, k));
                    return m;
                });
        Arbitrary<AdditionalInfo> info = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.longs().between(1, 3_600_000)),
                Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.longs().between(1, 3_600)),
                optionalText(), optionalText(), other,
                Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.integers().between(1, 40)))
                .as((ms, s, rec, client, rest, number) -> new AdditionalInfo(ms, s, rec, null, null,
                        rec == null ? List.of() : List.of(rec), number, client, rest));
        Arbitrary<MbidMapping> mapping = Arbitraries.oneOf(Arbitraries.just(null),
                Combinators.combine(text(), text(), Arbitraries.longs().between(1, 1L << 40))
                        .as((mbid, name, caa) -> new MbidMapping("rec-" + mbid, name, "rel-" + mbid, "rg-" + mbid,
                                List.of("a-" + mbid), List.of(new MbidMapping.MappedArtist("a-" + mbid, name, " & ")),
                                caa, null)));
        return Combinators.combine(text(), text(), optionalText(), info, mapping).as(TrackMetadata::new);
    }
}

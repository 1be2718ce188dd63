package starman.bench;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import starman.archive.ByteSource;
import starman.importer.ImportFile;
import starman.importer.ListenImport;
import starman.store.DayBlockStore;
import starman.store.MemoryPersistence;

public final class StoreSizes {
    public static void main(String[] args) throws Exception {
        BenchHistory history = BenchHistory.chosen(BenchHistory.REALISTIC);
        Path zip = history.exportZip(Integer.parseInt(args[0]));
        MemoryPersistence saved = new MemoryPersistence();
        DayBlockStore store = DayBlockStore.empty(saved);
        try (RandomAccessFile f = new RandomAccessFile(zip.toFile(), "r")) {
            ByteSource s = new ByteSource() {
                public long size() { try { return f.length(); } catch (Exception e) { throw new RuntimeException(e); } }
                public int read(long p, byte[] b, int o, int n) throws java.io.IOException { f.seek(p); int k = (int) Math.min(n, f.length() - p); f.readFully(b, o, k); return k; }
            };
            ImportFile.run(s, "x.zip", new ListenImport(store, null, ListenImport.DEFAULT_BATCH));
        }
        long blocks = saved.blocks.values().stream().mapToLong(b -> b.length).sum();
        long strings = saved.strings.values().stream().mapToLong(b -> b.length).sum();
        long tracks = saved.tracks.values().stream().mapToLong(b -> b.length).sum();
        starman.store.ListenDictionary d = starman.store.ListenDictionary.fromChunks(
                saved.strings.keySet().stream().mapToInt(Integer::intValue).toArray(),
                new java.util.ArrayList<>(saved.strings.values()));
        long uuids = 0, records = 0, recordBytes = 0, texts = 0, textBytes = 0;
        java.util.Map<String, long[]> byPrefix = new java.util.TreeMap<>();
        for (int i = 0; i < d.size(); i++) {
            String kind;
            int len;
            try {
                String str = d.string(i);
                len = str.length();
                if (str.length() == 36 && str.charAt(8) == '-') { uuids++; continue; }
                texts++; textBytes += len;
                kind = str.startsWith("http") ? str.substring(0, Math.min(24, str.length())) : "text";
            } catch (IllegalArgumentException rec) {
                byte[] r = d.record(i);
                records++; recordBytes += r.length;
                kind = "record";
                len = r.length;
            }
            byPrefix.computeIfAbsent(kind, k -> new long[2])[0]++;
            byPrefix.get(kind)[1] += len;
        }
        System.out.printf("uuids %,d; records %,d (%,d B); texts %,d (%,d B)%n", uuids, records, recordBytes, texts, textBytes);
        byPrefix.forEach((k, v) -> System.out.printf("  %-32s %,9d entries %,12d B%n", k, v[0], v[1]));
        System.out.printf("blocks %d records %,d B; strings %d chunks %,d B; tracks %d chunks %,d B; tracks %,d%n",
                saved.blocks.size(), blocks, saved.strings.size(), strings, saved.tracks.size(), tracks, store.trackCount());
    }
}

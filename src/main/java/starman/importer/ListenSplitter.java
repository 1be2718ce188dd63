package starman.importer;

/**
 * One part's listens one at a time, whether the part holds JSON lines or a JSON array: each with its line (and, in an
 * array, its place), and in a sentence what keeps a piece from being a listen.
 */
public final class ListenSplitter {
    /** Hears the listens and the problems, in file order. */
    public interface Handler {
        /** @param line the listen's (first) line; {@code place} its place in an array, 0 in lines */
        void listen(byte[] bytes, int offset, int length, long line, long place);

        void problem(long line, long place, String sentence);
    }

    private final LineSplitter lines;
    private final ArraySplitter elements;

    /** @param array whether the part is one JSON array ({@link ImportPart.Content#ARRAY}), else JSON lines */
    public ListenSplitter(boolean array, int maxBytes, Handler handler) {
        lines = array ? null : new LineSplitter(maxBytes, new LineSplitter.Handler() {
            @Override
            public void line(byte[] bytes, int offset, int length, long number) {
                handler.listen(bytes, offset, length, number, 0);
            }

            @Override
            public void tooLong(long number) {
                handler.problem(number, 0, "the line is longer than 1 MB, so it is not a listen");
            }
        });
        elements = !array ? null : new ArraySplitter(maxBytes, new ArraySplitter.Handler() {
            @Override
            public void element(byte[] bytes, int offset, int length, long number, long line) {
                handler.listen(bytes, offset, length, line, number);
            }

            @Override
            public void tooLong(long number, long line) {
                handler.problem(line, number, "it is longer than 1 MB, so it is not a listen");
            }

            @Override
            public void notAnArray(String found, long line) {
                handler.problem(line, 0, "the file " + found + ", so it is not a JSON array of listens");
            }
        });
    }

    public void accept(byte[] bytes, int offset, int length) {
        if (lines != null) {
            lines.accept(bytes, offset, length);
        } else {
            elements.accept(bytes, offset, length);
        }
    }

    /** More bytes with their line ends found already (see {@link LineSplitter#accept}); an array reads them itself. */
    public void accept(byte[] bytes, int offset, int length, int[] newlines, int count) {
        if (lines != null) {
            lines.accept(bytes, offset, length, newlines, count);
        } else {
            elements.accept(bytes, offset, length);
        }
    }

    /** The part is complete. */
    public void end() {
        if (lines != null) {
            lines.end();
        } else {
            elements.end();
        }
    }

    /** The lines seen so far, in a part of lines (0 in an array). */
    public long lines() {
        return lines == null ? 0 : lines.lines();
    }
}

package starman.importer;

import java.util.Arrays;

/**
 * Cuts a stream of bytes, arriving in chunks of any size, into lines: a line wholly inside a chunk is handed on
 * where it lies, one that spans chunks is put together first. Blank lines and a leading byte order mark are
 * dropped; lines are numbered from 1 as an editor would. A line longer than the limit is reported, not held.
 */
public final class LineSplitter {
    /** Hears each line. */
    public interface Handler {
        /** A line's bytes (without its end of line), valid only during the call. */
        void line(byte[] bytes, int offset, int length, long number);

        /** Line {@code number} was longer than the limit and was passed over. */
        void tooLong(long number);
    }

    private final int maxLine;
    private final Handler handler;
    private byte[] line = new byte[4096];
    private int lineLength;
    private boolean tooLong;
    private long number;

    public LineSplitter(int maxLine, Handler handler) {
        this.maxLine = maxLine;
        this.handler = handler;
    }

    /** More bytes of the stream. */
    public void accept(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int start = offset;
        while (true) {
            int newline = start;
            while (newline < end && bytes[newline] != '\n') {
                newline++;
            }
            if (newline == end) {
                break;
            }
            start = cut(bytes, start, newline);
        }
        append(bytes, start, end - start);
    }

    /**
     * More bytes of the stream, whose line ends someone already found: {@code newlines[0, count)}, ascending
     * offsets into {@code bytes} (the browser finds them natively, faster than a loop in the page's wasm).
     */
    public void accept(byte[] bytes, int offset, int length, int[] newlines, int count) {
        int start = offset;
        for (int i = 0; i < count; i++) {
            start = cut(bytes, start, newlines[i]);
        }
        append(bytes, start, offset + length - start);
    }

    /** The line ending at {@code newline}; returns where the next begins. */
    private int cut(byte[] bytes, int start, int newline) {
        if (lineLength == 0 && !tooLong) {
            line(bytes, start, newline - start);
        } else {
            append(bytes, start, newline - start);
            line(line, 0, lineLength);
            lineLength = 0;
        }
        return newline + 1;
    }

    /** The stream ended: its last line, if it had no end of line. */
    public void end() {
        if (lineLength > 0 || tooLong) {
            line(line, 0, lineLength);
        }
        lineLength = 0;
        tooLong = false;
    }

    /** How many lines the stream had so far, blank ones too. */
    public long lines() {
        return number;
    }

    private void append(byte[] bytes, int offset, int length) {
        if (tooLong || length <= 0) {
            return;
        }
        if (lineLength + length > maxLine) {
            tooLong = true;
            lineLength = 0;
            return;
        }
        if (lineLength + length > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
        }
        System.arraycopy(bytes, offset, line, lineLength, length);
        lineLength += length;
    }

    private void line(byte[] bytes, int offset, int length) {
        number++;
        if (tooLong || length > maxLine) {
            tooLong = false;
            handler.tooLong(number);
            return;
        }
        if (number == 1 && length >= 3 && bytes[offset] == (byte) 0xEF && bytes[offset + 1] == (byte) 0xBB
                && bytes[offset + 2] == (byte) 0xBF) {
            offset += 3;
            length -= 3;
        }
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                handler.line(bytes, offset, length, number);
                return;
            }
        }
    }
}

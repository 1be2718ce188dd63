package starman.importer;

import java.util.Arrays;
import starman.text.Format;

/**
 * Cuts a JSON array, arriving in chunks of any size, into its elements: the export listenbrainz.org gave before
 * August 2024 is one array of listens ({@code [{...},{...}]}, on one line or pretty-printed across many). Only
 * strings and nesting are followed, so a bracket or brace inside a string is text, and line breaks anywhere are
 * blank space. An element wholly inside a chunk is handed on where it lies, one that spans chunks is put together
 * first; one longer than the limit is reported, not held. Elements are numbered from 1 and know the line they
 * start on.
 */
public final class ArraySplitter {
    /** Hears each element, and what is wrong with the array around them. */
    public interface Handler {
        /** An element's bytes, valid only during the call. */
        void element(byte[] bytes, int offset, int length, long number, long line);

        /** Element {@code number} was longer than the limit and was passed over. */
        void tooLong(long number, long line);

        /** The bytes around the elements are not one JSON array: what was found instead. Nothing more is read. */
        void notAnArray(String found, long line);
    }

    private static final int BEFORE = 0;
    private static final int BETWEEN = 1;
    private static final int AFTER = 2;
    private static final int BROKEN = 3;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final int maxElement;
    private final Handler handler;
    private int state = BEFORE;
    /** Nesting within the current element: 0 between elements. */
    private int depth;
    private boolean inString;
    private boolean escaped;
    /** Whether the current element is a bare number, true, false or null (it ends at a comma, bracket or space). */
    private boolean scalar;
    private boolean started;
    private byte[] element = new byte[4096];
    private int elementLength;
    private boolean tooLong;
    private long number;
    private long line = 1;
    private long elementLine;
    /** Bytes of the stream before this chunk. */
    private long streamed;

    public ArraySplitter(int maxElement, Handler handler) {
        this.maxElement = maxElement;
        this.handler = handler;
    }

    /** More bytes of the stream. */
    public void accept(byte[] bytes, int offset, int length) {
        int end = offset + length;
        // where the current element's bytes in this chunk start (it may have begun in an earlier one)
        int start = offset;
        for (int i = offset; i < end && state != BROKEN; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                line++;
            }
            if (started) {
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (b == '\\') {
                        escaped = true;
                    } else if (b == '"') {
                        inString = false;
                        if (depth == 0) {
                            close(bytes, start, i + 1);
                        }
                    }
                } else if (scalar) {
                    if (b == ',' || b == ']' || b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                        close(bytes, start, i);
                        i--; // the byte that ended it is read again between elements
                        if (b == '\n') {
                            line--;
                        }
                    }
                } else if (b == '"') {
                    inString = true;
                } else if (b == '{' || b == '[') {
                    depth++;
                } else if ((b == '}' || b == ']') && --depth == 0) {
                    close(bytes, start, i + 1);
                }
                continue;
            }
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                continue;
            }
            if (state == BEFORE) {
                long at = streamed + i - offset;
                if (at < BOM.length && b == BOM[(int) at]) {
                    continue; // a byte order mark
                }
                if (b == '[') {
                    state = BETWEEN;
                } else if (b == ']') {
                    state = AFTER; // what listenbrainz.org wrote for a history without listens
                } else {
                    broken("does not start with '['", b);
                }
            } else if (state == BETWEEN) {
                if (b == ']') {
                    state = AFTER;
                } else if (b != ',') {
                    started = true;
                    start = i;
                    number++;
                    elementLine = line;
                    inString = b == '"';
                    scalar = !inString && b != '{' && b != '[';
                    depth = inString || scalar ? 0 : 1;
                }
            } else {
                broken("goes on after its closing ']'", b);
            }
        }
        if (started && state != BROKEN) {
            append(bytes, start, end);
        }
        streamed += length;
    }

    /** The stream ended. */
    public void end() {
        if (state == BEFORE) {
            handler.notAnArray("is empty", line);
        } else if (state == BETWEEN || started) {
            handler.notAnArray("ends before its closing ']' (is it cut short?)", line);
        }
        state = BROKEN;
    }

    /** The element ending just before {@code until}, its bytes in this chunk from {@code start}: handed on. */
    private void close(byte[] bytes, int start, int until) {
        started = false;
        scalar = false;
        if (!tooLong && elementLength == 0) { // wholly in this chunk
            if (until - start > maxElement) {
                handler.tooLong(number, elementLine);
            } else {
                handler.element(bytes, start, until - start, number, elementLine);
            }
        } else {
            append(bytes, start, until);
            if (tooLong) {
                handler.tooLong(number, elementLine);
            } else {
                handler.element(element, 0, elementLength, number, elementLine);
            }
        }
        elementLength = 0;
        tooLong = false;
    }

    private void append(byte[] bytes, int from, int to) {
        int length = to - from;
        if (tooLong || length <= 0) {
            return;
        }
        if (elementLength + length > maxElement) {
            tooLong = true;
            elementLength = 0;
            return;
        }
        if (elementLength + length > element.length) {
            element = Arrays.copyOf(element, Math.max(element.length * 2, elementLength + length));
        }
        System.arraycopy(bytes, from, element, elementLength, length);
        elementLength += length;
    }

    private void broken(String what, byte found) {
        state = BROKEN;
        handler.notAnArray(what + " (found " + shown(found) + ")", line);
    }

    private static String shown(byte b) {
        return b >= 0x20 && b < 0x7f ? "'" + (char) b + "'" : "byte 0x" + Format.hex(b, 2);
    }
}

package starman.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import starman.archive.ByteSource;

/** A file on disk as a {@link ByteSource}: positional reads (which threads may share), nothing held. */
final class FileBytes implements ByteSource, Closeable {
    private final FileChannel channel;
    private final long size;

    private FileBytes(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    static FileBytes open(Path file) throws IOException {
        return new FileBytes(FileChannel.open(file, StandardOpenOption.READ));
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int read(long position, byte[] into, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(into, offset, length);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position() - offset) > 0) {
            // until the buffer is full or the file ends
        }
        return buffer.position() - offset;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}

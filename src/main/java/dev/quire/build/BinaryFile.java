package dev.quire.build;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * Reading and writing the build's cache files: ints, longs and UTF-8 strings through a large buffer,
 * checksummed with CRC32C. {@code DataInputStream} over a {@code BufferedInputStream} takes a lock per
 * byte, which for the millions of numbers of a large site's page cache costs more than the disk.
 */
final class BinaryFile {

    private static final int BUFFER = 1 << 20;

    private BinaryFile() {
    }

    /** Reads a file written by {@link Writer}; {@link #end} checks its checksum. */
    static final class Reader implements AutoCloseable {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        private final CRC32C crc = new CRC32C();
        /** The buffer's bytes before this index are in the checksum (taken a buffer at a time, not a number at a time). */
        private int summed;

        Reader(Path file) throws IOException {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            buffer.limit(0);
        }

        private void need(int n) throws IOException {
            if (buffer.remaining() >= n) return;
            if (n > BUFFER) throw new IOException("record too large: " + n);
            sumRead();
            buffer.compact();
            summed = 0;
            while (buffer.position() < n) {
                if (channel.read(buffer) < 0) throw new EOFException("cache file ends early");
            }
            buffer.flip();
        }

        private void sumRead() {
            crc.update(buffer.array(), summed, buffer.position() - summed);
            summed = buffer.position();
        }

        int readInt() throws IOException {
            need(4);
            return buffer.getInt();
        }

        /** {@code n} ints, as {@link Writer#writeInts} wrote them. */
        int[] readInts(int n) throws IOException {
            if (n < 0 || 4L * n > channel.size()) throw new IOException("bad length: " + n);
            int[] out = new int[n];
            int done = 0;
            while (done < n) {
                int take = Math.min(n - done, BUFFER / 4);
                need(take * 4);
                buffer.asIntBuffer().get(out, done, take);
                buffer.position(buffer.position() + take * 4);
                done += take;
            }
            return out;
        }

        long readLong() throws IOException {
            need(8);
            return buffer.getLong();
        }

        boolean readBoolean() throws IOException {
            need(1);
            return buffer.get() != 0;
        }

        int readByte() throws IOException {
            need(1);
            return buffer.get() & 0xff;
        }

        byte[] readBytes(int n) throws IOException {
            if (n < 0) throw new IOException("negative length");
            byte[] out = new byte[n];
            int done = 0;
            while (done < n) {
                need(Math.min(n - done, BUFFER));
                int take = Math.min(n - done, buffer.remaining());
                buffer.get(out, done, take);
                done += take;
            }
            return out;
        }

        String readText() throws IOException {
            int length = readInt();
            if (length <= BUFFER && length >= 0) {
                need(length);
                int at = buffer.position();
                buffer.position(at + length);
                return new String(buffer.array(), at, length, StandardCharsets.UTF_8);
            }
            return new String(readBytes(length), StandardCharsets.UTF_8);
        }

        /** True when the stored checksum matches what was read and nothing follows it. */
        boolean end() throws IOException {
            need(8);
            sumRead();
            long expected = crc.getValue();
            long stored = buffer.getLong();
            return stored == expected && buffer.remaining() == 0 && channel.position() == channel.size();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** Writes a file; {@link #finish} appends the checksum. */
    static final class Writer implements AutoCloseable {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        private final CRC32C crc = new CRC32C();

        Writer(Path file) throws IOException {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        }

        private void room(int n) throws IOException {
            if (buffer.remaining() >= n) return;
            flush();
        }

        private void flush() throws IOException {
            buffer.flip();
            crc.update(buffer.array(), 0, buffer.limit());
            while (buffer.hasRemaining()) channel.write(buffer);
            buffer.clear();
        }

        void writeInt(int v) throws IOException {
            room(4);
            buffer.putInt(v);
        }

        /** {@code values[from..to)}, read back by {@link Reader#readInts}. */
        void writeInts(int[] values, int from, int to) throws IOException {
            int done = from;
            while (done < to) {
                room(4);
                int take = Math.min(to - done, buffer.remaining() / 4);
                buffer.asIntBuffer().put(values, done, take);
                buffer.position(buffer.position() + take * 4);
                done += take;
            }
        }

        void writeLong(long v) throws IOException {
            room(8);
            buffer.putLong(v);
        }

        void writeBoolean(boolean v) throws IOException {
            room(1);
            buffer.put((byte) (v ? 1 : 0));
        }

        void writeByte(int v) throws IOException {
            room(1);
            buffer.put((byte) v);
        }

        void writeBytes(byte[] bytes) throws IOException {
            int done = 0;
            while (done < bytes.length) {
                room(1);
                int take = Math.min(bytes.length - done, buffer.remaining());
                buffer.put(bytes, done, take);
                done += take;
            }
        }

        void writeText(String s) throws IOException {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            writeInt(bytes.length);
            writeBytes(bytes);
        }

        /** Writes the checksum of everything written. */
        void finish() throws IOException {
            flush();
            ByteBuffer sum = ByteBuffer.allocate(8).putLong(0, crc.getValue());
            while (sum.hasRemaining()) channel.write(sum);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}

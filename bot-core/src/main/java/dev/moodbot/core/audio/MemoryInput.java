package dev.moodbot.core.audio;

import static org.bytedeco.ffmpeg.global.avformat.avio_alloc_context;
import static org.bytedeco.ffmpeg.global.avformat.avio_context_free;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EXIT;
import static org.bytedeco.ffmpeg.global.avutil.av_free;
import static org.bytedeco.ffmpeg.global.avutil.av_malloc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.Read_packet_Pointer_BytePointer_int;
import org.bytedeco.ffmpeg.avformat.Seek_Pointer_long_int;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;

/**
 * Lets FFmpeg read a byte array through its custom-I/O callbacks, so voice notes never touch the disk.
 *
 * <p>JavaCPP can only allocate a few native thunks per callback class, so one reader and one seeker serve every
 * open input and find its bytes by the opaque pointer FFmpeg hands back (as JavaCV's grabber does).
 */
final class MemoryInput implements AutoCloseable {
    private static final int BUFFER_SIZE = 32 * 1024;
    private static final int AVSEEK_SIZE = 0x10000;
    private static final int AVSEEK_FORCE = 0x20000;

    private final Map<Long, Cursor> cursors = new ConcurrentHashMap<>();
    private final Reader reader = new Reader();
    private final Seeker seeker = new Seeker();

    /** An I/O context over {@code bytes}, keyed by {@code owner}; reads fail once {@code expired} says so. */
    AVIOContext open(Pointer owner, byte[] bytes, BooleanSupplier expired) {
        cursors.put(owner.address(), new Cursor(bytes, expired));
        BytePointer buffer = new BytePointer(av_malloc(BUFFER_SIZE)).capacity(BUFFER_SIZE);
        return avio_alloc_context(buffer, BUFFER_SIZE, 0, owner, reader, null, seeker);
    }

    /**
     * Frees the context and its buffer (FFmpeg may have replaced the buffer we gave it). Takes the owner's address
     * as it was at {@link #open}, because closing or failing to open a format context nulls the Java pointer.
     */
    void release(long ownerAddress, AVIOContext io) {
        cursors.remove(ownerAddress);
        if (io != null && !io.isNull()) {
            av_free(io.buffer());
            avio_context_free(io);
        }
    }

    /** Inputs still open; 0 when every decode released its bytes. */
    int openCount() {
        return cursors.size();
    }

    @Override
    public void close() {
        reader.close();
        seeker.close();
    }

    private static final class Cursor {
        final byte[] bytes;
        final BooleanSupplier expired;
        int position;

        Cursor(byte[] bytes, BooleanSupplier expired) {
            this.bytes = bytes;
            this.expired = expired;
        }
    }

    private final class Reader extends Read_packet_Pointer_BytePointer_int {
        @Override
        public int call(Pointer opaque, BytePointer buf, int size) {
            Cursor cursor = cursors.get(opaque.address());
            if (cursor == null || cursor.expired.getAsBoolean()) {
                return AVERROR_EXIT;
            }
            int n = Math.min(size, cursor.bytes.length - cursor.position);
            if (n <= 0) {
                return AVERROR_EOF;
            }
            buf.position(0).put(cursor.bytes, cursor.position, n);
            cursor.position += n;
            return n;
        }
    }

    private final class Seeker extends Seek_Pointer_long_int {
        @Override
        public long call(Pointer opaque, long offset, int whence) {
            Cursor cursor = cursors.get(opaque.address());
            if (cursor == null) {
                return -1;
            }
            if (whence == AVSEEK_SIZE) {
                return cursor.bytes.length;
            }
            long target = switch (whence & ~AVSEEK_FORCE) {
                case 0 -> offset;
                case 1 -> cursor.position + offset;
                case 2 -> cursor.bytes.length + offset;
                default -> -1;
            };
            if (target < 0 || target > cursor.bytes.length) {
                return -1;
            }
            cursor.position = (int) target;
            return target;
        }
    }
}

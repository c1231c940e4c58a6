package dev.moodbot.core.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Builds small PCM WAV files in memory for inputs the shared data does not cover (e.g. silence). */
final class TestWavs {
    private TestWavs() {}

    /** A 16-bit mono WAV with a canonical 44-byte header. */
    static byte[] mono16(short[] samples, int sampleRate) {
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * samples.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * samples.length).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(sampleRate)
                .putInt(2 * sampleRate).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(2 * samples.length);
        for (short s : samples) {
            b.putShort(s);
        }
        return b.array();
    }
}

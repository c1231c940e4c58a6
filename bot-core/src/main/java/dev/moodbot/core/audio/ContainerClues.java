package dev.moodbot.core.audio;

import java.nio.charset.StandardCharsets;

/**
 * The few container facts FFmpeg does not tell us: whether unreadable bytes at least start like an audio file (so
 * the user hears "damaged" rather than "not audio"), and whether an Ogg file stops before its last page.
 */
final class ContainerClues {
    private static final int OGG_HEADER = 27;

    private ContainerClues() {}

    /** Starts with the signature of Ogg, RIFF/WAVE, FLAC, MP3 (ID3), Matroska/WebM or MP4. */
    static boolean startsLikeAudio(byte[] b) {
        return startsWith(b, 0, "OggS") || startsWith(b, 0, "RIFF") || startsWith(b, 0, "fLaC")
                || startsWith(b, 0, "ID3") || startsWith(b, 4, "ftyp")
                || (b.length >= 4 && (b[0] & 0xff) == 0x1a && (b[1] & 0xff) == 0x45 && (b[2] & 0xff) == 0xdf
                        && (b[3] & 0xff) == 0xa3);
    }

    /**
     * An Ogg stream whose last page is incomplete was cut off in transfer; FFmpeg just reports the end of file
     * there. A missing end-of-stream flag alone is not counted: some recorders never write it.
     */
    static boolean oggCutOff(byte[] b) {
        if (!startsWith(b, 0, "OggS")) {
            return false;
        }
        int last = lastPageStart(b);
        if (last < 0 || last + OGG_HEADER > b.length) {
            return true;
        }
        int segments = b[last + 26] & 0xff;
        int bodyStart = last + OGG_HEADER + segments;
        if (bodyStart > b.length) {
            return true;
        }
        int body = 0;
        for (int i = last + OGG_HEADER; i < bodyStart; i++) {
            body += b[i] & 0xff;
        }
        return bodyStart + body != b.length;
    }

    private static int lastPageStart(byte[] b) {
        for (int i = b.length - 4; i >= 0; i--) {
            if (b[i] == 'O' && b[i + 1] == 'g' && b[i + 2] == 'g' && b[i + 3] == 'S') {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int offset, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        if (b.length < offset + m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (b[offset + i] != m[i]) {
                return false;
            }
        }
        return true;
    }
}

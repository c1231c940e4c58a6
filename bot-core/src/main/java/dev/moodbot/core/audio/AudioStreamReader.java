package dev.moodbot.core.audio;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;

import dev.moodbot.core.RejectReason;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;

/**
 * Decodes one audio stream packet by packet into mono float samples, up to the duration cap. Past the cap it only
 * adds up packet durations, so a long note still reports its full length without being decoded.
 */
final class AudioStreamReader implements AutoCloseable {

    private final AVCodecContext context;
    private final AVFrame frame;
    private final int targetRate;
    private final SampleSink sink;
    private Resampler resampler;
    private double decodedSeconds;
    private double skippedSeconds;
    private int badPackets;

    AudioStreamReader(AVCodecContext context, AVFrame frame, int targetRate, double maxSeconds) {
        this.context = context;
        this.frame = frame;
        this.targetRate = targetRate;
        this.sink = new SampleSink((int) Math.min(Integer.MAX_VALUE - 8, Math.ceil(maxSeconds * targetRate)));
    }

    void accept(AVPacket packet, AVRational timeBase) {
        if (sink.full()) {
            skippedSeconds += Math.max(0, packet.duration()) * timeBase.num() / (double) timeBase.den();
            return;
        }
        if (avcodec_send_packet(context, packet) < 0) {
            badPackets++; // a damaged packet is skipped, as players do
            return;
        }
        drain();
    }

    /** Flushes the decoder and the resampler; {@code brokenOff} when the demuxer stopped on an error. */
    DecodeOutcome finish(boolean brokenOff) {
        if (!sink.full()) {
            avcodec_send_packet(context, null);
            drain();
        }
        if (resampler != null && !sink.full()) {
            sink.add(resampler.output(), Math.max(0, resampler.convert(null)));
        }
        float[] samples = sink.toArray();
        if (samples.length == 0) {
            return FfmpegDecoder.refused(RejectReason.AUDIO_CORRUPT,
                    "no audio could be decoded (" + badPackets + " bad packets)");
        }
        double duration = Math.max(decodedSeconds + skippedSeconds, samples.length / (double) targetRate);
        return new DecodeOutcome.Decoded(new AudioClip(samples, targetRate, duration, brokenOff || badPackets > 0));
    }

    private void drain() {
        while (avcodec_receive_frame(context, frame) >= 0) {
            if (frame.sample_rate() > 0) {
                decodedSeconds += frame.nb_samples() / (double) frame.sample_rate();
            }
            if (!sink.full()) {
                if (resampler == null) {
                    resampler = new Resampler(frame, targetRate);
                }
                int n = resampler.convert(frame);
                if (n > 0) {
                    sink.add(resampler.output(), n);
                }
            }
        }
    }

    @Override
    public void close() {
        if (resampler != null) {
            resampler.close();
        }
    }
}

package dev.moodbot.core.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_CHANNEL_ORDER_UNSPEC;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_uninit;
import static org.bytedeco.ffmpeg.global.swresample.swr_alloc_set_opts2;
import static org.bytedeco.ffmpeg.global.swresample.swr_convert;
import static org.bytedeco.ffmpeg.global.swresample.swr_free;
import static org.bytedeco.ffmpeg.global.swresample.swr_get_out_samples;
import static org.bytedeco.ffmpeg.global.swresample.swr_init;

import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * swresample from whatever the decoder gives (any layout, format, rate) to mono float at the target rate; its
 * polyphase filter does the anti-aliasing, and a stereo note is mixed down to the mean of its channels.
 */
final class Resampler implements AutoCloseable {
    private final SwrContext swr = new SwrContext();
    private final AVChannelLayout mono = new AVChannelLayout();
    private final AVChannelLayout input = new AVChannelLayout();
    private final PointerPointer<FloatPointer> out = new PointerPointer<>(1);
    private FloatPointer buffer = new FloatPointer(0);

    Resampler(AVFrame first, int targetRate) {
        av_channel_layout_default(mono, 1);
        AVChannelLayout in = first.ch_layout();
        if (in.order() == AV_CHANNEL_ORDER_UNSPEC) {
            // Some WAV/FLAC files give only a channel count; swresample needs a real layout to mix down.
            av_channel_layout_default(input, in.nb_channels());
            in = input;
        }
        int r = swr_alloc_set_opts2(swr, mono, AV_SAMPLE_FMT_FLT, targetRate, in, first.format(),
                first.sample_rate(), 0, null);
        if (r < 0 || swr_init(swr) < 0) {
            close();
            throw new IllegalStateException("swresample could not be set up: " + r);
        }
    }

    /** Converts one frame; {@code frame == null} drains what the filter still holds. Returns the sample count. */
    int convert(AVFrame frame) {
        int inCount = frame == null ? 0 : frame.nb_samples();
        int capacity = swr_get_out_samples(swr, inCount) + 16;
        if (buffer.capacity() < capacity) {
            buffer.close();
            buffer = new FloatPointer(capacity);
        }
        out.put(0, buffer);
        return frame == null
                ? swr_convert(swr, out, capacity, null, 0)
                : swr_convert(swr, out, capacity, frame.extended_data(), inCount);
    }

    FloatPointer output() {
        return buffer;
    }

    @Override
    public void close() {
        swr_free(swr);
        av_channel_layout_uninit(mono);
        av_channel_layout_uninit(input);
        mono.close();
        input.close();
        out.close();
        buffer.close();
    }
}

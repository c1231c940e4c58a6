package dev.moodbot.core.audio;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EXIT;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

import dev.moodbot.core.RejectReason;
import java.util.function.BooleanSupplier;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.PointerPointer;

/** Opens a byte array with libavformat and hands the best audio stream to {@link AudioStreamReader}. */
final class FfmpegDecoder implements AutoCloseable {
    private final MemoryInput input = new MemoryInput();

    DecodeOutcome decode(byte[] bytes, int targetRate, double maxSeconds, BooleanSupplier expired) {
        AVFormatContext format = avformat_alloc_context();
        long key = format.address();
        AVIOContext io = input.open(format, bytes, expired);
        format.pb(io);
        boolean opened = false;
        try {
            if (avformat_open_input(format, (String) null, null, null) < 0) {
                // On failure FFmpeg has already freed the format context it was given.
                if (expired.getAsBoolean()) {
                    return timeout();
                }
                return ContainerClues.startsLikeAudio(bytes)
                        ? refused(RejectReason.AUDIO_CORRUPT, "audio signature, but the header is unreadable")
                        : refused(RejectReason.AUDIO_UNSUPPORTED, "no container format recognised");
            }
            opened = true;
            if (avformat_find_stream_info(format, (PointerPointer<?>) null) < 0) {
                return expired.getAsBoolean() ? timeout() : refused(RejectReason.AUDIO_CORRUPT, "no stream info");
            }
            int index = av_find_best_stream(format, AVMEDIA_TYPE_AUDIO, -1, -1, (AVCodec) null, 0);
            if (index < 0) {
                return format.nb_streams() > 0
                        ? refused(RejectReason.AUDIO_NO_SOUND_TRACK, format.nb_streams() + " streams, none audio")
                        : refused(RejectReason.AUDIO_UNSUPPORTED, "no streams");
            }
            DecodeOutcome outcome = decodeStream(format, format.streams(index), index, targetRate, maxSeconds, expired);
            if (outcome instanceof DecodeOutcome.Decoded(AudioClip clip) && !clip.endedEarly()
                    && ContainerClues.oggCutOff(bytes)) {
                return new DecodeOutcome.Decoded(new AudioClip(clip.samples(), clip.sampleRate(),
                        clip.durationSeconds(), true));
            }
            return outcome;
        } finally {
            if (opened) {
                avformat_close_input(format);
            }
            input.release(key, io);
        }
    }

    private static DecodeOutcome decodeStream(AVFormatContext format, AVStream stream, int index, int targetRate,
            double maxSeconds, BooleanSupplier expired) {
        AVCodec codec = avcodec_find_decoder(stream.codecpar().codec_id());
        if (codec == null || codec.isNull()) {
            return refused(RejectReason.AUDIO_UNSUPPORTED, "no decoder for codec " + stream.codecpar().codec_id());
        }
        AVCodecContext context = avcodec_alloc_context3(codec);
        AVPacket packet = av_packet_alloc();
        AVFrame frame = av_frame_alloc();
        try {
            if (avcodec_parameters_to_context(context, stream.codecpar()) < 0
                    || avcodec_open2(context, codec, (AVDictionary) null) < 0) {
                return refused(RejectReason.AUDIO_CORRUPT, "decoder would not open");
            }
            try (AudioStreamReader reader = new AudioStreamReader(context, frame, targetRate, maxSeconds)) {
                int r;
                while ((r = av_read_frame(format, packet)) >= 0) {
                    if (packet.stream_index() == index) {
                        reader.accept(packet, stream.time_base());
                    }
                    av_packet_unref(packet);
                    if (expired.getAsBoolean()) {
                        return timeout();
                    }
                }
                if (r == AVERROR_EXIT) {
                    return timeout();
                }
                return reader.finish(r != AVERROR_EOF);
            }
        } finally {
            av_frame_free(frame);
            av_packet_free(packet);
            avcodec_free_context(context);
        }
    }

    private static DecodeOutcome timeout() {
        return refused(RejectReason.AUDIO_DECODE_TIMEOUT, "decode took longer than allowed");
    }

    static DecodeOutcome refused(RejectReason reason, String detail) {
        return new DecodeOutcome.Refused(reason, detail);
    }

    int openInputs() {
        return input.openCount();
    }

    @Override
    public void close() {
        input.close();
    }
}

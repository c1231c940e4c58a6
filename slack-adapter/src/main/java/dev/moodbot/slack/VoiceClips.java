package dev.moodbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.files.FilesInfoResponse;
import com.slack.api.model.File;
import dev.moodbot.core.MoodBot;
import dev.moodbot.core.MoodReply;
import dev.moodbot.core.VoiceFetch;
import dev.moodbot.core.audio.VoiceNote;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the audio clip among a message's files and fetches it as a {@link VoiceNote}, within the size cap. */
final class VoiceClips {
    private static final Logger log = LoggerFactory.getLogger(VoiceClips.class);

    private final MoodBot bot;
    private final MethodsClient methods;
    private final WebApiRetry retry;
    private final FileFetcher fetcher;

    VoiceClips(MoodBot bot, MethodsClient methods, WebApiRetry retry, FileFetcher fetcher) {
        this.bot = bot;
        this.methods = methods;
        this.retry = retry;
        this.fetcher = fetcher;
    }

    /** File types Slack gives audio uploads, for files whose MIME type says nothing (octet-stream). */
    private static final Set<String> AUDIO_FILETYPES = Set.of("m4a", "mp3", "ogg", "oga", "opus", "webm", "wav",
            "flac", "aac", "mp4");

    /** Slack's own clips say so in {@code subtype}; uploaded files through their MIME type or file type. */
    static Optional<File> audioAmong(List<File> files) {
        if (files == null) {
            return Optional.empty();
        }
        return files.stream().filter(VoiceClips::isAudio).findFirst();
    }

    private static boolean isAudio(File file) {
        String mime = file.getMimetype() == null ? "" : file.getMimetype().toLowerCase(Locale.ROOT);
        return "slack_audio".equals(file.getSubtype()) || mime.startsWith("audio/") || mime.equals("video/mp4")
                || (mime.isEmpty() || mime.equals("application/octet-stream"))
                        && file.getFiletype() != null && AUDIO_FILETYPES.contains(file.getFiletype());
    }

    /**
     * The clip with the text Slack already made of it (else {@code caption}), or core's friendly refusal. Blocking:
     * core calls it, through {@link #fetchOf}, on the delivery worker that asked.
     */
    VoiceFetch.Fetched fetch(File shared, Optional<String> caption) throws InterruptedException {
        Optional<File> complete = complete(shared);
        if (complete.isEmpty()) {
            return new VoiceFetch.Fetched.Refused(bot.refuseUnavailable());
        }
        File file = complete.get();
        Optional<MoodReply> tooLarge = bot.refuseDeclaredSize(file.getSize() == null ? 0 : file.getSize());
        if (tooLarge.isPresent()) {
            log.info("clip {} declares {} bytes, over voice.maxBytes; not downloaded", file.getId(), file.getSize());
            return new VoiceFetch.Fetched.Refused(tooLarge.get());
        }
        URI url;
        try {
            url = URI.create(file.getUrlPrivateDownload());
        } catch (IllegalArgumentException e) {
            log.warn("clip {} has an unusable download URL", file.getId());
            return new VoiceFetch.Fetched.Refused(bot.refuseUnavailable());
        }
        return switch (fetcher.fetch(url, bot.voiceLimits().maxBytes())) {
            case FileFetcher.Fetched.Bytes bytes -> new VoiceFetch.Fetched.Note(note(file, bytes.bytes()),
                    transcript(file).or(() -> caption));
            case FileFetcher.Fetched.TooLarge over -> new VoiceFetch.Fetched.Refused(bot.refuseDeclaredSize(over.seenBytes())
                    .orElseGet(bot::refuseUnavailable));
            case FileFetcher.Fetched.Unavailable unavailable -> new VoiceFetch.Fetched.Refused(bot.refuseUnavailable());
        };
    }

    /** The clip's fetch for core, which runs it once the sender is let through. */
    VoiceFetch fetchOf(File shared, Optional<String> caption) {
        return () -> {
            try {
                return CompletableFuture.completedFuture(fetch(shared, caption));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CompletableFuture.failedFuture(e);
            }
        };
    }

    /** Events may carry only a stub of the file ({@code file_access: check_file_info}); files.info has the rest. */
    private Optional<File> complete(File file) throws InterruptedException {
        if (file.getUrlPrivateDownload() != null && !"check_file_info".equals(file.getFileAccess())) {
            return Optional.of(file);
        }
        try {
            FilesInfoResponse info = retry.call("files.info", () -> methods.filesInfo(r -> r.file(file.getId())));
            if (info.isOk() && info.getFile() != null && info.getFile().getUrlPrivateDownload() != null) {
                return Optional.of(info.getFile());
            }
            log.warn("files.info for clip {} failed: {}", file.getId(), info.getError());
        } catch (IOException | SlackApiException e) {
            log.warn("files.info for clip {} failed: {}", file.getId(), e.toString());
        }
        return Optional.empty();
    }

    private static VoiceNote note(File file, byte[] bytes) {
        String name = file.getName() != null ? file.getName() : file.getId() == null ? "clip" : file.getId();
        OptionalDouble duration = file.getDurationMs() == null
                ? OptionalDouble.empty() : OptionalDouble.of(file.getDurationMs() / 1000.0);
        return new VoiceNote(bytes, name, Optional.ofNullable(file.getMimetype()), duration);
    }

    /** Slack's own transcription, once it has finished; a clip still being transcribed has none yet. */
    private static Optional<String> transcript(File file) {
        File.Transcription transcription = file.getTranscription();
        if (transcription == null || !"complete".equals(transcription.getStatus())
                || transcription.getPreview() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(transcription.getPreview().getContent()).filter(text -> !text.isBlank());
    }
}

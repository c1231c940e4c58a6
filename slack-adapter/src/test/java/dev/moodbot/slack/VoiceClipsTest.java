package dev.moodbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.File;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoiceClipsTest {
    private static File file(String id, String mimetype, String filetype, String subtype) {
        File file = new File();
        file.setId(id);
        file.setMimetype(mimetype);
        file.setFiletype(filetype);
        file.setSubtype(subtype);
        return file;
    }

    @Test
    void audioAmong_slackClipOrAudioMime_found() {
        assertEquals("F1", VoiceClips.audioAmong(List.of(file("F1", "audio/webm", "webm", "slack_audio")))
                .orElseThrow().getId());
        assertEquals("F2", VoiceClips.audioAmong(List.of(file("F2", "audio/x-m4a", "m4a", null))).orElseThrow().getId());
        assertEquals("F3", VoiceClips.audioAmong(List.of(file("F3", "video/mp4", "mp4", null))).orElseThrow().getId());
        assertEquals("F4", VoiceClips.audioAmong(List.of(file("F4", "application/octet-stream", "ogg", null)))
                .orElseThrow().getId());
    }

    @Test
    void audioAmong_imageFirstThenClip_theClip() {
        assertEquals("F6", VoiceClips.audioAmong(List.of(file("F5", "image/png", "png", null),
                file("F6", "audio/mp4", "m4a", "slack_audio"))).orElseThrow().getId());
    }

    @Test
    void audioAmong_noAudio_empty() {
        assertTrue(VoiceClips.audioAmong(List.of(file("F7", "image/png", "png", null),
                file("F8", "application/pdf", "pdf", null))).isEmpty());
        assertTrue(VoiceClips.audioAmong(null).isEmpty());
    }
}

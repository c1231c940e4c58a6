/**
 * Voice notes: FFmpeg decoding from memory into mono PCM ({@link dev.moodbot.core.audio.VoiceNoteDecoder}),
 * librosa-exact MFCCs ({@link dev.moodbot.core.audio.MfccExtractor}), ONNX audio emotion models described by a
 * {@code moodbot-model.yaml}, and the model-free energy reading ({@link dev.moodbot.core.audio.VoiceMeter}).
 * {@link dev.moodbot.core.audio.VoiceMoodReader} is the one entry point MoodBot calls.
 */
package dev.moodbot.core.audio;

/**
 * Speech to text for voice notes: {@link dev.moodbot.core.speech.Transcriber} turns 16 kHz mono PCM into a
 * {@link dev.moodbot.core.speech.Transcript} with per-word confidence. The one implementation runs an offline Vosk
 * (Kaldi) model; the embedded default is the small English model, unpacked once from the classpath by
 * {@link dev.moodbot.core.speech.SpeechModels}. Nothing here knows about moods: the transcript goes through the text
 * path like any message.
 */
package dev.moodbot.core.speech;

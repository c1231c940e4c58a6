/**
 * Training the text models moodbot ships: an emotion head over the embedded sentence encoder (features come from
 * the same {@link dev.moodbot.core.inference.SentenceEncoder} the bot runs, settings chosen on a dev split), and the
 * Korean character n-gram model ({@link dev.moodbot.models.train.NgramTraining}: features from the same
 * {@link dev.moodbot.core.ngram.NgramFeatures} the bot runs, settings chosen by cross-validation on the training
 * split).
 */
package dev.moodbot.models.train;

/**
 * Labelled datasets for training and evaluation, each read into {@link dev.moodbot.models.LabelledText} rows by a
 * {@link dev.moodbot.models.data.DatasetReader}: GoEmotions in its Ekman view, KOTE through
 * {@link dev.moodbot.models.data.KoteMapping} (see {@code models/kote-mapping.md}), and plain {@code text<TAB>mood}
 * files.
 */
package dev.moodbot.models.data;

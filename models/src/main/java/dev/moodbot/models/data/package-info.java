/**
 * Labelled datasets for training and evaluation, each read into {@link dev.moodbot.models.LabelledText} rows by a
 * {@link dev.moodbot.models.data.DatasetReader}; new formats (e.g. a Korean corpus) plug in as another reader.
 */
package dev.moodbot.models.data;

/** Scoring a model on a labelled dataset: accuracy, macro-F1, per-mood precision/recall/F1, confusion matrix. */
package dev.moodbot.models.eval;

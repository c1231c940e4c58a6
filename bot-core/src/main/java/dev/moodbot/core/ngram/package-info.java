/**
 * A compact emotion model that reads characters instead of tokens: hashed syllable and jamo n-grams plus named
 * expressive marks (ㅋㅋ, ㅠㅠ, ^^) into a linear softmax layer. It needs no tokenizer, no encoder and no download,
 * which is why the Korean default ({@code builtin:korean-ngram}) is one. {@link dev.moodbot.core.ngram.NgramModel}
 * is the stored model and its folder format, {@link dev.moodbot.core.ngram.NgramFeatures} the feature extractor the
 * training tools share with the runtime, {@link dev.moodbot.core.ngram.NgramEmotionModel} the runtime model.
 */
package dev.moodbot.core.ngram;

package dev.moodbot.core.inference;

/** What to read from a graph's output. */
enum OutputKind {
    /** A classifier's logits, {@code [batch, labels]}. */
    LOGITS,
    /** An encoder's token states {@code [batch, tokens, hidden]}, pooled to mean then max over real tokens. */
    MEAN_MAX_POOLED
}

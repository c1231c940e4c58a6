package dev.moodbot.core.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenCacheTest {
    private static final java.nio.file.Path TOKENIZER = Fixtures.tinyModel().resolve("tokenizer.json");

    @Test
    void encode_repeatedText_servedFromCache() {
        try (TokenCache cache = new TokenCache(TOKENIZER, 64, 10)) {
            TokenizedText first = cache.encode("so happy today");
            TokenizedText second = cache.encode("so happy today");

            assertSame(first, second);
            assertEquals(1, cache.stats().hitCount());
            assertEquals(1, cache.stats().missCount());
            // [CLS] so happy today [SEP], no padding added.
            assertEquals(5, first.length());
            assertFalse(first.truncated());
        }
    }

    @Test
    void encode_moreTextsThanSize_staysBounded() {
        try (TokenCache cache = new TokenCache(TOKENIZER, 64, 2)) {
            for (String text : new String[] {"one", "two", "three", "four", "five"}) {
                cache.encode(text);
            }
            assertTrue(cache.size() <= 2, "size " + cache.size());
            assertEquals(3, cache.stats().evictionCount());
            assertArrayEquals(cache.encode("five").ids(), cache.encode("five").ids());
        }
    }

    @Test
    void encode_tooManyTokens_cutToMaxAndFlagged() {
        try (TokenCache cache = new TokenCache(TOKENIZER, 8, 10)) {
            TokenizedText text = cache.encode("one two three four five six seven eight nine ten");

            assertEquals(8, text.length());
            assertTrue(text.truncated());
        }
    }
}

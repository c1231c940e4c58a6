package dev.moodbot.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatMessagesTest {

    @Test
    void generate_sameSeed_sameMessages() {
        assertEquals(ChatMessages.generate(500, 42), ChatMessages.generate(500, 42));
        assertNotEquals(ChatMessages.generate(500, 42), ChatMessages.generate(500, 43));
    }

    @Test
    void generate_twoThousand_mostlyDistinctWithSomeStockReplies() {
        List<String> messages = ChatMessages.generate(2000, 42);
        int distinct = new HashSet<>(messages).size();
        assertTrue(distinct > 1900 && distinct < 2000, "distinct: " + distinct);
        assertTrue(messages.stream().noneMatch(String::isBlank));
    }
}

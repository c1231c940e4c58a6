package dev.moodbot.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UserRefTest {
    @Test
    void parse_platformIds_roundTripThroughToString() {
        assertEquals(new UserRef("discord", "123"), UserRef.parse("discord:123"));
        assertEquals(new UserRef("slack", "T1:U2"), UserRef.parse("slack:T1:U2"));
        assertEquals("slack:T1:U2", UserRef.parse("slack:T1:U2").toString());
    }

    @Test
    void parse_console_isTheConsoleUser() {
        assertSame(UserRef.CONSOLE, UserRef.parse("console"));
        assertEquals("console", UserRef.CONSOLE.toString());
    }

    @Test
    void parse_noIdOrNoPlatform_throwsNamingText() {
        for (String bad : new String[] {"discord", "discord:", ":123", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UserRef.parse(bad));
            assertEquals(true, e.getMessage().contains("PLATFORM:ID"), e.getMessage());
        }
    }
}

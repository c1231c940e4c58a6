package dev.moodbot.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every way a face can start is found: the scan first checks a hand-kept list of the characters faces start with,
 * so a form whose first character that list misses would silently stop being read.
 */
class ExpressiveMarkTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ㅋㅋ|😆", "ㅎㅎ|😆", "xD|😆", "XD|😆",
        "ㅠㅠ|😭", "ㅜㅜ|😭", "T_T|😭", "T.T|😭", ":'(|😭", ";'-(|😭",
        "^^|😊", "^_^|😊", ":)|😊", ":-)|😊", ":D|😊", ";)|😊", "(:|😊",
        ":(|☹️", ":-(|☹️", "):|☹️",
        "ㅡㅡ|😑", "-_-|😑", "-.-|😑",
        ";;|😅",
        "ㄷㄷ|😨", "ㅎㄷㄷ|😨",
        "ㅉㅉ|😒",
        "ㅅㅂ|🤬", "ㅆㅂ|🤬", "ㅂㅅ|🤬", "ㅈㄹ|🤬", "ㅁㅊ|🤬", "ㅈㄴ|🤬",
        "<3|❤️", "♡|❤️", "♥|❤️", "❤|❤️"})
    void facesAsEmoji_everyFormOfEveryFace_itsEmoji(String face, String emoji) {
        assertEquals("so " + emoji + " ok", ExpressiveMark.facesAsEmoji("so " + face + " ok")
                .replaceAll("\\s+", " ").strip());
    }
}

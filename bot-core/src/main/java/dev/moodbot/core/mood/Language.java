package dev.moodbot.core.mood;

/** The language of a message, as far as moodbot tells them apart: by script. */
public enum Language {
    EN("en"),
    KO("ko"),
    OTHER("other");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

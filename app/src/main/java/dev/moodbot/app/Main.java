package dev.moodbot.app;

/** Placeholder until the launcher lands. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("moodbot");
    }
}

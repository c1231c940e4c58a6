/** Text before a model sees it: markup removed, length capped, script and language told apart. */
package dev.moodbot.core.text;

/** Wording shared by every adapter, in English and Korean. */
package dev.moodbot.core.reply;

/** Hand-written test doubles shared by core's tests (no mocking library). */
package dev.moodbot.core.testing;

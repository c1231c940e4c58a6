/** Training and evaluation tools for the model folders under {@code models/}. */
package dev.moodbot.models;

package dev.moodbot.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's resident memory (VmRSS from {@code /proc/self/status}: heap, native ONNX Runtime buffers, code) and
 * the Java heap in use after a full collection.
 *
 * @param rssBytes resident set size; -1 where {@code /proc} is missing
 * @param heapUsedBytes heap in use after {@code System.gc()}
 * @param heapCommittedBytes heap the JVM holds from the OS
 */
public record ProcessMemory(long rssBytes, long heapUsedBytes, long heapCommittedBytes) {

    public static ProcessMemory now() {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new ProcessMemory(rss(), heap.getUsed(), heap.getCommitted());
    }

    private static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    public static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}

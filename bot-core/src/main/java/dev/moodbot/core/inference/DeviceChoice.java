package dev.moodbot.core.inference;

import ai.djl.engine.Engine;
import ai.djl.engine.StandardCapabilities;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.config.InferenceConfig.Device;
import java.util.Objects;

/**
 * Where models run, decided once at start-up from {@code inference.device}, and why. {@code auto} takes CUDA only
 * when this build carries the GPU runtime ({@code -Pgpu}), its CUDA provider loads, and a device is there; otherwise
 * the CPU, with the first missing piece as the reason.
 *
 * @param device {@link Device#CPU} or {@link Device#GPU}, never {@code AUTO}
 * @param reason one line for the start-up log
 */
public record DeviceChoice(Device device, String reason) {
    public DeviceChoice {
        Objects.requireNonNull(reason, "reason");
        if (device != Device.CPU && device != Device.GPU) {
            throw new IllegalArgumentException("a chosen device is cpu or gpu: " + device);
        }
    }

    /** Probes this machine: the ONNX Runtime build's providers, whether CUDA loads, and DJL's GPU count. */
    public static DeviceChoice choose(Device wanted) {
        if (wanted == Device.CPU) {
            return new DeviceChoice(Device.CPU, "inference.device=cpu");
        }
        // DJL must own the ONNX Runtime environment: start its engine before anything touches OrtEnvironment.
        Engine engine = Engine.getEngine(OrtDevice.ENGINE);
        boolean inBuild = OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
        boolean loads = inBuild && engine.hasCapability(StandardCapabilities.CUDA);
        return decide(wanted, inBuild, loads, loads ? engine.getGpuCount() : 0);
    }

    /** The decision alone, from what {@link #choose} found, so that every branch can be tested on any machine. */
    static DeviceChoice decide(Device wanted, boolean cudaInBuild, boolean cudaLoads, int gpus) {
        String missing = !cudaInBuild
                ? "this build's ONNX Runtime has no CUDA provider (build with ./mvnw -Pgpu for onnxruntime_gpu)"
                : !cudaLoads ? "the CUDA provider did not load (are CUDA 12 and cuDNN 9 installed?)"
                : gpus < 1 ? "no CUDA device found"
                : null;
        if (missing == null) {
            return new DeviceChoice(Device.GPU, "inference.device=" + name(wanted) + ": CUDA on " + gpus
                    + " GPU(s)");
        }
        if (wanted == Device.GPU) {
            throw new ConfigException("inference.device", "gpu", missing + "; use auto or cpu");
        }
        return new DeviceChoice(Device.CPU, "inference.device=auto: running on the CPU because " + missing);
    }

    private static String name(Device device) {
        return device.name().toLowerCase(java.util.Locale.ROOT);
    }
}

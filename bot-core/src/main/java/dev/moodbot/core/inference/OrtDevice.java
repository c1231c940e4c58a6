package dev.moodbot.core.inference;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.config.InferenceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts DJL's ONNX Runtime engine and turns {@code inference.device} into the device models load on. */
final class OrtDevice {
    static final String ENGINE = "OnnxRuntime";
    private static final Logger LOG = LoggerFactory.getLogger(OrtDevice.class);

    private OrtDevice() {}

    static Device resolve(InferenceConfig.Device wanted) {
        // DJL must own the ONNX Runtime environment: start its engine before anything touches OrtEnvironment.
        Engine.getEngine(ENGINE);
        return switch (wanted) {
            case CPU -> Device.cpu();
            case AUTO -> {
                // GPU selection proper comes with the speed work; until then auto means the CPU, said once.
                LOG.info("inference.device=auto: running on the CPU");
                yield Device.cpu();
            }
            case GPU -> {
                if (!hasCuda()) {
                    throw new ConfigException("inference.device", "gpu",
                            "this build's ONNX Runtime has no CUDA provider (build with the GPU runtime or use cpu)");
                }
                yield Device.gpu();
            }
        };
    }

    private static boolean hasCuda() {
        return OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
    }
}

package dev.moodbot.core.inference;

import ai.djl.Device;
import ai.djl.engine.Engine;
import dev.moodbot.core.config.InferenceConfig;

/** DJL's ONNX Runtime engine, and the DJL device a model loads on for a (resolved) {@code inference.device}. */
final class OrtDevice {
    static final String ENGINE = "OnnxRuntime";

    private OrtDevice() {}

    /** {@code auto} left unresolved (tools that load a model on their own) is decided here, without the log line. */
    static Device of(InferenceConfig.Device device) {
        // DJL must own the ONNX Runtime environment: start its engine before anything touches OrtEnvironment.
        Engine.getEngine(ENGINE);
        InferenceConfig.Device resolved = device == InferenceConfig.Device.AUTO
                ? DeviceChoice.choose(device).device() : device;
        return resolved == InferenceConfig.Device.GPU ? Device.gpu() : Device.cpu();
    }
}

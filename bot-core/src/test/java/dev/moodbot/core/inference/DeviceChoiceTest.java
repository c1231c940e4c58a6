package dev.moodbot.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moodbot.core.config.ConfigException;
import dev.moodbot.core.config.InferenceConfig.Device;
import org.junit.jupiter.api.Test;

class DeviceChoiceTest {

    @Test
    void choose_autoOnThisMachine_fallsBackToCpuSayingWhy() {
        // The build machines have no GPU: whichever runtime this build carries, auto must land on the CPU.
        DeviceChoice choice = DeviceChoice.choose(Device.AUTO);
        assertEquals(Device.CPU, choice.device());
        assertTrue(choice.reason().startsWith("inference.device=auto: running on the CPU because "),
                choice.reason());
    }

    @Test
    void choose_gpuOnThisMachine_isAConfigErrorNamingTheKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> DeviceChoice.choose(Device.GPU));
        assertEquals("inference.device", e.key());
    }

    @Test
    void decide_autoWithoutGpuRuntime_cpuBecauseOfTheBuild() {
        DeviceChoice choice = DeviceChoice.decide(Device.AUTO, false, false, 0);
        assertEquals(Device.CPU, choice.device());
        assertTrue(choice.reason().contains("-Pgpu"), choice.reason());
    }

    @Test
    void decide_autoProviderDoesNotLoad_cpuBecauseOfCudaLibraries() {
        DeviceChoice choice = DeviceChoice.decide(Device.AUTO, true, false, 0);
        assertEquals(Device.CPU, choice.device());
        assertTrue(choice.reason().contains("CUDA provider did not load"), choice.reason());
    }

    @Test
    void decide_autoNoDevice_cpuBecauseNoDevice() {
        DeviceChoice choice = DeviceChoice.decide(Device.AUTO, true, true, 0);
        assertEquals(Device.CPU, choice.device());
        assertTrue(choice.reason().contains("no CUDA device"), choice.reason());
    }

    @Test
    void decide_autoWithRuntimeAndDevice_takesTheGpu() {
        assertEquals(Device.GPU, DeviceChoice.decide(Device.AUTO, true, true, 1).device());
        assertEquals(Device.GPU, DeviceChoice.decide(Device.GPU, true, true, 2).device());
    }

    @Test
    void choose_cpu_isCpuWithoutProbing() {
        assertEquals(Device.CPU, DeviceChoice.choose(Device.CPU).device());
    }
}

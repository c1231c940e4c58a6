package dev.moodbot.core.audio;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;

/**
 * DJL translator for MFCC-input emotion models: lays the fixed-length matrix out as the model wants (the batch
 * axis is added by the default stacking batchifier) and turns the output row into probabilities.
 */
final class MfccTranslator implements Translator<MfccFrames, float[]> {
    private final InputLayout layout;
    private final boolean logits;

    MfccTranslator(InputLayout layout, boolean logits) {
        this.layout = layout;
        this.logits = logits;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, MfccFrames input) {
        Shape shape = new Shape(layout.shape(input.count(), input.frames()));
        return new NDList(ctx.getNDManager().create(layout.flatten(input.coefficients()), shape));
    }

    @Override
    public float[] processOutput(TranslatorContext ctx, NDList list) {
        float[] out = list.singletonOrThrow().toFloatArray();
        return logits ? softmax(out) : out;
    }

    /** In Java because ONNX Runtime's NDArray has no softmax of its own. */
    static float[] softmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : logits) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] e = new double[logits.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = Math.exp(logits[i] - max);
            sum += e[i];
        }
        float[] p = new float[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (e[i] / sum);
        }
        return p;
    }
}

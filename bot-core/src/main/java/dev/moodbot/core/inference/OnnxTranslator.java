package dev.moodbot.core.inference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import java.util.List;

/**
 * Turns a group of tokenised texts into one padded ONNX call and its output back into one float vector per text.
 * The graph's input names are read in {@link #prepare}, so an export that takes, say, only ids and a mask works.
 */
final class OnnxTranslator implements Translator<TokenizedText, float[]> {
    private static final String LENGTHS = "lengths";

    private final OutputKind output;
    private List<String> inputNames;
    private List<InputRole> roles;

    OnnxTranslator(OutputKind output) {
        this.output = output;
    }

    @Override
    public void prepare(TranslatorContext ctx) {
        inputNames = ctx.getModel().getBlock().describeInput().keys();
        roles = InputRole.ofAll(inputNames);
    }

    @Override
    public NDList processInput(TranslatorContext ctx, TokenizedText input) {
        return batchProcessInput(ctx, List.of(input));
    }

    @Override
    public NDList batchProcessInput(TranslatorContext ctx, List<TokenizedText> inputs) {
        int rows = inputs.size();
        int width = inputs.stream().mapToInt(TokenizedText::length).max().orElse(1);
        long[] ids = new long[rows * width];
        long[] mask = new long[rows * width];
        long[] types = new long[rows * width];
        int[] lengths = new int[rows];
        for (int r = 0; r < rows; r++) {
            TokenizedText text = inputs.get(r);
            lengths[r] = text.length();
            System.arraycopy(text.ids(), 0, ids, r * width, text.length());
            System.arraycopy(text.typeIds(), 0, types, r * width, text.length());
            java.util.Arrays.fill(mask, r * width, r * width + text.length(), 1L);
        }
        ctx.setAttachment(LENGTHS, lengths);
        NDManager manager = ctx.getNDManager();
        Shape shape = new Shape(rows, width);
        NDList list = new NDList(roles.size());
        for (int i = 0; i < roles.size(); i++) {
            long[] data = switch (roles.get(i)) {
                case IDS -> ids;
                case MASK -> mask;
                case TYPE_IDS -> types;
            };
            NDArray array = manager.create(data, shape);
            array.setName(inputNames.get(i));
            list.add(array);
        }
        return list;
    }

    @Override
    public float[] processOutput(TranslatorContext ctx, NDList list) {
        return batchProcessOutput(ctx, list).get(0);
    }

    @Override
    public List<float[]> batchProcessOutput(TranslatorContext ctx, NDList list) {
        int[] lengths = (int[]) ctx.getAttachment(LENGTHS);
        NDArray out = list.get(0);
        long[] shape = out.getShape().getShape();
        float[] data = out.toFloatArray();
        return switch (output) {
            case LOGITS -> Pooling.rows(data, lengths.length, (int) shape[shape.length - 1]);
            case MEAN_MAX_POOLED -> Pooling.meanMax(data, lengths, (int) shape[1], (int) shape[2]);
        };
    }
}

package dev.moodbot.core.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What an ONNX graph input carries, told from its name, so exports with other input names or sets still load. */
enum InputRole {
    IDS,
    MASK,
    TYPE_IDS;

    static InputRole of(String inputName) {
        String name = inputName.toLowerCase(Locale.ROOT);
        if (name.contains("mask")) {
            return MASK;
        }
        if (name.contains("type") || name.contains("segment")) {
            return TYPE_IDS;
        }
        if (name.contains("id") || name.equals("input") || name.contains("token")) {
            return IDS;
        }
        throw new IllegalArgumentException("the ONNX graph takes an input moodbot cannot fill: '" + inputName
                + "' (known: input_ids, attention_mask, token_type_ids and names like them)");
    }

    /** The roles of a graph's inputs in graph order; a graph must at least take token ids. */
    static List<InputRole> ofAll(List<String> inputNames) {
        List<InputRole> roles = new ArrayList<>();
        for (String name : inputNames) {
            roles.add(inputNames.size() == 1 ? IDS : of(name));
        }
        if (!roles.contains(IDS)) {
            throw new IllegalArgumentException("the ONNX graph takes no token ids; its inputs are " + inputNames);
        }
        return roles;
    }
}

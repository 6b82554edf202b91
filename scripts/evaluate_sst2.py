"""Accuracy of a classifier on the 872 GLUE SST-2 dev sentences.

    python scripts/evaluate_sst2.py                        # lit-ext's shipped classifier
    python scripts/evaluate_sst2.py --model PATH_OR_HUB_ID --labels negative positive

Runs through the same LIT wrapper the server uses, so the number is what LIT's metrics show.
"""

from __future__ import annotations

import argparse
import json
import os
import time

import numpy as np
import torch

from lit_ext.datasets.sst2 import DEFAULT_DIR, LABELS, SST2Data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=DEFAULT_DIR, help="GLUE SST-2 directory, or 'hf'")
    parser.add_argument("--model", default="sst2_minilm",
                        help="'sst2_minilm' (shipped) or a classifier hub id / directory")
    parser.add_argument("--labels", nargs="+", default=list(LABELS))
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    if args.model == "sst2_minilm":
        from safetensors import safe_open

        from lit_ext.models.sst2_minilm import delta_path, sst2_classifier
        with safe_open(str(delta_path()), "pt") as delta:
            training = delta.metadata()
        model = sst2_classifier(batch_size=args.batch_size)
    else:
        from lit_ext.models.classifier import ClassifierModel
        training = None
        model = ClassifierModel.from_pretrained(args.model, labels=args.labels,
                                                batch_size=args.batch_size)
    data = SST2Data(args.data, "validation")
    started = time.perf_counter()
    outputs = list(model.predict(data.examples))
    seconds = time.perf_counter() - started
    predicted = [model.labels[int(np.argmax(out["probas"]))] for out in outputs]
    correct = sum(p == ex["label"] for p, ex in zip(predicted, data.examples))
    print(json.dumps({
        "model": args.model, "examples": len(data.examples),
        "accuracy": round(correct / len(data.examples), 4),
        "predict_seconds": round(seconds, 1), "threads": args.threads,
        "training": training,
    }, indent=2))


if __name__ == "__main__":
    main()

"""Precompute throughput against plain batched Hugging Face inference, on the same cores.

    python scripts/precompute_scaling.py --data ../shared/data/sst2 --sizes 10000,67349,200000

For each corpus size: (1) the baseline, plain transformers inference over the corpus in order
(AutoTokenizer + AutoModelForSequenceClassification, batches of 64, padded to the longest,
`torch.inference_mode`, softmax) with every core as torch threads; (2) `lit-ext precompute`
end to end into a new store (Ray started locally, shards written, manifest); throughput in
sentences/s, their ratio, and the peak RSS summed over the precompute's processes (driver, Ray
and its workers; shared pages counted in each). Corpora above SST-2 train's 67,349 sentences are
made from it: copy 2 has each sentence's words reversed, copy 3 rotated by half (the same
lengths and vocabulary, different texts). Writes a Markdown table to stdout (and --report).
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

import psutil
import torch


def corpus(sst2_dir: str, size: int) -> list[dict]:
    from lit_ext.datasets.sst2 import SST2Data

    train = SST2Data(sst2_dir, "train").examples

    def rotated(words: list[str]) -> str:
        return " ".join(words[len(words) // 2:] + words[:len(words) // 2])

    copies = [train,
              [ex | {"sentence": " ".join(ex["sentence"].split()[::-1])} for ex in train],
              [ex | {"sentence": rotated(ex["sentence"].split())} for ex in train]]
    examples = [ex for copy in copies for ex in copy]
    if size > len(examples):
        raise SystemExit(f"at most {len(examples)} sentences can be made from SST-2 train")
    return examples[:size]


def baseline(examples: list[dict], threads: int) -> float:
    """Sentences per second of plain batched transformers inference."""
    from transformers import AutoTokenizer

    from lit_ext.models.sst2_minilm import base_model_path, load_sst2_minilm

    torch.set_num_threads(threads)
    tokenizer = AutoTokenizer.from_pretrained(base_model_path())
    model = load_sst2_minilm().eval()
    texts = [ex["sentence"] for ex in examples]
    started = time.perf_counter()
    with torch.inference_mode():
        for start in range(0, len(texts), 64):
            batch = tokenizer(texts[start:start + 64], padding=True, truncation=True,
                              max_length=128, return_tensors="pt")
            torch.softmax(model(**batch).logits, dim=-1).numpy()
    return len(texts) / (time.perf_counter() - started)


class PeakRSS:
    """Peak RSS of this process and all its descendants, sampled every 0.2 s."""

    def __init__(self):
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self):
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for process in [me, *me.children(recursive=True)]:
                try:
                    total += process.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            time.sleep(0.2)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/sst2")
    parser.add_argument("--sizes", default="10000,67349,200000")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--keep", help="keep the store of the largest size here")
    parser.add_argument("--report", help="also write the table to this file")
    args = parser.parse_args()

    from lit_ext.config import ModelConfig
    from lit_ext.store.precompute import precompute

    model = ModelConfig(name="sst2-minilm", kind="sst2_minilm", max_length=128)
    lines = ["| sentences | baseline (plain HF) sentences/s | precompute sentences/s | ratio | "
             "precompute wall s | peak RSS, all processes | load average (1 min) before |",
             "|---|---|---|---|---|---|---|"]
    for size in [int(s) for s in args.sizes.split(",")]:
        examples = corpus(args.data, size)
        load = os.getloadavg()[0]
        reference = baseline(examples, args.threads)
        out = Path(tempfile.mkdtemp(prefix="lit-ext-store-"))
        started = time.perf_counter()
        with PeakRSS() as rss:
            precompute(model, examples, out, example_fields=["sentence", "label"],
                       description=f"SST-2 train-derived corpus ({size} sentences)")
        wall = time.perf_counter() - started
        rate = size / wall
        lines.append(f"| {size:,} | {reference:,.0f} | {rate:,.0f} | {rate / reference:.2f}x | "
                     f"{wall:,.1f} | {rss.peak / 2**30:.2f} GiB | {load:.1f} |")
        print(lines[-1], flush=True)
        if args.keep and size == max(int(s) for s in args.sizes.split(",")):
            shutil.rmtree(args.keep, ignore_errors=True)
            shutil.move(str(out), args.keep)
        else:
            shutil.rmtree(out)
    table = "\n".join(lines)
    print(table)
    if args.report:
        Path(args.report).write_text(table + "\n")


if __name__ == "__main__":
    main()

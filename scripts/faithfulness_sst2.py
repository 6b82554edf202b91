"""Which explanation of lit-ext's SST-2 classifier to trust: the `faithfulness` table over SST-2 dev.

    .venv/bin/python scripts/faithfulness_sst2.py                      # all 872 dev sentences
    .venv/bin/python scripts/faithfulness_sst2.py --sample 200 --seed 0 --without LIME

Runs the server's own `faithfulness` interpreter (`build_interpreters`, so every salience method
the server has, LIT's and lit-ext's) on the shipped classifier and prints, per method, the mean
over the examples of ERASER's comprehensiveness and sufficiency (AOPC over the top 10/20/50% of
words) and Kendall's τ against leave-one-out; best first (highest comprehensiveness). A method's
mean is over the examples it explained (`n`): attention_flow refuses inputs over 64 tokens, and
one-word sentences have no scores.
"""

from __future__ import annotations

import argparse
import os
import random
import time

import numpy as np
import torch
from tqdm.auto import tqdm

from lit_ext.datasets.sst2 import DEFAULT_DIR, SST2Data
from lit_ext.interpreters.faithfulness import RANDOM
from lit_ext.interpreters.salience_methods import salience_methods
from lit_ext.models.sst2_minilm import sst2_classifier
from lit_ext.server import build_interpreters

SCORES = ("comprehensiveness", "sufficiency", "kendall_tau")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=DEFAULT_DIR, help="GLUE SST-2 directory (dev.tsv)")
    parser.add_argument("--sample", type=int, help="score a random sample of this many sentences "
                                                   "(default: all)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the sample")
    parser.add_argument("--without", default="", help="comma-separated methods to leave out")
    parser.add_argument("--fractions", default="0.1,0.2,0.5")
    parser.add_argument("--chunk", type=int, default=16, help="examples per interpreter call")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    return parser.parse_args()


def table(rows: list[dict], methods: list[str]) -> list[str]:
    """Markdown lines: per method the mean of each score over the examples that have it."""
    means = {}
    for name in methods:
        values = {key: [row[key] for result in rows for row in result["methods"]
                        if row["name"] == name and row[key] is not None] for key in SCORES}
        means[name] = {key: float(np.mean(found)) if found else float("nan")
                       for key, found in values.items()} | {"n": len(values["comprehensiveness"])}
    lines = ["| method | comprehensiveness ↑ | sufficiency ↓ | Kendall τ vs leave-one-out ↑ | n |",
             "|---|---|---|---|---|"]
    for name in sorted(methods, key=lambda name: -means[name]["comprehensiveness"]):
        cells = [f"{means[name][key]:.3f}" if np.isfinite(means[name][key]) else "—"
                 for key in SCORES]
        lines.append(f"| {name} | {' | '.join(cells)} | {means[name]['n']} |")
    return lines


def main() -> None:
    args = parse_args()
    torch.set_num_threads(args.threads)
    examples = SST2Data(args.data, "validation").examples
    if args.sample:
        examples = random.Random(args.seed).sample(examples, args.sample)
    model = sst2_classifier()
    interpreters = build_interpreters(None, {"sst2": model})
    faithfulness = interpreters["faithfulness"]
    left_out = {name.strip() for name in args.without.split(",") if name.strip()}
    methods = [name for name in salience_methods(interpreters, model, None) if name not in left_out]
    config = {"methods": ",".join(methods), "fractions": args.fractions}

    started = time.perf_counter()
    results = []
    for start in tqdm(range(0, len(examples), args.chunk), desc="faithfulness", unit="chunk"):
        results += faithfulness.run(examples[start:start + args.chunk], model, None,
                                    config=dict(config))
    seconds = time.perf_counter() - started
    errors = sum("error" in row for result in results for row in result["methods"])
    print(f"\nSST-2 dev, {len(examples)} sentences"
          f"{f' (random sample, seed {args.seed})' if args.sample else ''}; fractions "
          f"{args.fractions}; {seconds / 60:.1f} min on {args.threads} threads "
          f"({seconds / len(examples):.2f} s per sentence); {errors} refusals\n")
    print("\n".join(table(results, [*methods, RANDOM])))


if __name__ == "__main__":
    main()

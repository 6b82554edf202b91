"""Fit corpus NMF factors on a sample of sentences, save them, and time the fit and transform.

    nice -n 10 python scripts/corpus_nmf_fit.py --data ../shared/data/sst2/train.tsv \
        --examples 10000 --out corpus_nmf/sst2_train10k_k8.safetensors

Prints the fit's wall and CPU time, the process's RSS before the fit and its peak during the fit
(model included) and afterwards,
the transform time per example (one at a time and in batches; the model's own predict() for
scale) on the next sentences of the shuffled file, and the relative reconstruction error of
those held-out sentences' token rows with the fixed factors.
The saved file is what a config's `corpus_nmf.path` loads.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time

import numpy as np

from lit_ext.corpus.fitting import fit_corpus_factors
from lit_ext.corpus.storage import describe_model, save_factors
from lit_ext.corpus.token_rows import iter_token_rows
from lit_ext.datasets.text_classification import TextClassificationData
from lit_ext.models.sst2_minilm import sst2_classifier


def rss_mib(field: str) -> float:
    """VmRSS (now) or VmHWM (peak since start or since `reset_peak_rss`), in MiB."""
    key = {"now": "VmRSS:", "peak": "VmHWM:"}[field]
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith(key))
    return int(line.split()[1]) / 1024


def reset_peak_rss() -> None:
    # Linux resets VmHWM to the current RSS on "5" (proc(5), clear_refs): the fit's own peak.
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, help="CSV/TSV/JSONL with a sentence column")
    parser.add_argument("--examples", type=int, default=10_000, help="sentences sampled (seeded)")
    parser.add_argument("--held-out", type=int, default=200, help="sentences timed for transform")
    parser.add_argument("--layers", type=int, nargs="*", default=None, help="default: all")
    parser.add_argument("--k", type=int, default=8)
    parser.add_argument("--sample-fraction", type=float, default=0.25)
    parser.add_argument("--batch-rows", type=int, default=1024)
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    wrapper = sst2_classifier(max_length=128, batch_size=64)
    examples = [dict(example) for example in TextClassificationData(args.data).examples]
    order = np.random.default_rng(args.seed).permutation(len(examples))
    fit_examples = [examples[i] for i in order[:args.examples]]
    held_out = [examples[i] for i in order[args.examples:args.examples + args.held_out]]
    rss_before = rss_mib("now")
    reset_peak_rss()

    start, cpu_start = time.perf_counter(), cpu_s()
    factors = fit_corpus_factors(wrapper, fit_examples, layers=args.layers, n_components=args.k,
                                 sample_fraction=args.sample_fraction, batch_rows=args.batch_rows,
                                 n_epochs=args.epochs, seed=args.seed)
    fit_s, fit_cpu_s = time.perf_counter() - start, cpu_s() - cpu_start
    fit_peak = rss_mib("peak")
    save_factors(factors, args.out, describe_model(wrapper, "sst2-minilm", "sst2_minilm"),
                 {"name": args.data, "n_examples": len(fit_examples),
                  "selection": f"seeded permutation (seed {args.seed}), first {args.examples}"})

    start = time.perf_counter()
    for example in held_out:
        factors.transform(wrapper, [example])
    single_ms = (time.perf_counter() - start) / len(held_out) * 1e3
    start = time.perf_counter()
    factors.transform(wrapper, held_out)
    batched_ms = (time.perf_counter() - start) / len(held_out) * 1e3
    start = time.perf_counter()
    list(wrapper.predict(held_out))
    predict_ms = (time.perf_counter() - start) / len(held_out) * 1e3

    squared_error = squared_norm = 0.0
    for item in iter_token_rows(wrapper, held_out, factors.layers):
        fitted = factors.nmf.transform(item.rows) @ factors.nmf.components_
        squared_error += float(((item.rows - fitted) ** 2).sum())
        squared_norm += float((item.rows ** 2).sum())
    print(json.dumps({
        "fit_s": round(fit_s, 1), "fit_cpu_s": round(fit_cpu_s, 1),
        "rss_before_fit_mib": round(rss_before), "peak_rss_during_fit_mib": round(fit_peak),
        "peak_rss_after_fit_mib": round(rss_mib("peak")),
        "transform_ms_per_example_single": round(single_ms, 2),
        "transform_ms_per_example_batched": round(batched_ms, 2),
        "predict_ms_per_example_batched": round(predict_ms, 2),
        "load_average": os.getloadavg(),
        "held_out_relative_error": round(float(np.sqrt(squared_error / squared_norm)), 4),
        "sample": factors.metadata["sample"], "layers": factors.layers, "k": args.k,
    }, indent=1))


if __name__ == "__main__":
    main()

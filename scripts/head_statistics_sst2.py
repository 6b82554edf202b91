"""Clark et al.'s (2019) head statistics of the shipped SST-2 classifier over the SST-2 dev sentences.

    nice -n 10 python scripts/head_statistics_sst2.py --threads 1
    python scripts/head_statistics_sst2.py --weighting example --json stats.json

Prints, per statistic, a layer × head grid (attention in %, entropy in nats) averaged over every
token of every sentence (`--weighting token`, as the paper) and the heads that stand out.
Definitions: `lit_ext.interpreters.head_statistics`.
"""

from __future__ import annotations

import argparse
import json
import os
import time

import numpy as np
import torch

from lit_ext.datasets.sst2 import DEFAULT_DIR, SST2Data
from lit_ext.interpreters.head_statistics import (
    STATISTICS,
    WEIGHTINGS,
    aggregate_statistics,
    as_fields,
    example_statistics,
    uniform_entropy,
)
from lit_ext.models.sst2_minilm import sst2_classifier

# A head "attends to" a token type when more than half of its attention goes there on average
# (the cut Clark et al. use for previous/next-token heads).
MOST = 0.5


def grid(values: np.ndarray, name: str) -> list[str]:
    """One statistic's (layers, heads) as text rows, with each layer's mean."""
    entropy = name == "entropy"
    heads = values.shape[1]
    lines = [f"{name + (' (nats)' if entropy else ' (%)'):<18}"
             + "".join(f"{h:>5}" for h in range(heads)) + "   mean"]
    for layer, row in enumerate(values):
        cells = [f"{v:5.2f}" if entropy else f"{100 * v:5.0f}" for v in row]
        mean = f"{row.mean():7.2f}" if entropy else f"{100 * row.mean():7.0f}"
        lines.append(f"  layer {layer:<10}" + "".join(cells) + mean)
    return lines


def heads_where(values: np.ndarray, condition) -> str:
    picked = [f"{layer}:{head} ({100 * values[layer, head]:.0f}%)"
              for layer, head in zip(*np.nonzero(condition(values)))]
    return ", ".join(picked) or "none"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=DEFAULT_DIR, help="GLUE SST-2 directory")
    parser.add_argument("--weighting", choices=WEIGHTINGS, default="token")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--json", help="also write the statistics (layers × heads) here")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    model = sst2_classifier(batch_size=args.batch_size)
    examples = SST2Data(args.data, "validation").examples
    started = time.perf_counter()
    values, num_queries = [], []
    for start in range(0, len(examples), args.batch_size):
        for item in model.introspect(examples[start:start + args.batch_size], what=["attention"]):
            values.append(example_statistics(item.attention, item.special_tokens,
                                             item.display_tokens))
            num_queries.append(len(item.tokens))
    seconds = time.perf_counter() - started
    aggregate = aggregate_statistics(np.stack(values), num_queries, args.weighting)
    stats = dict(zip(STATISTICS, aggregate))
    counts = np.asarray(num_queries)

    print(f"SST-2 dev: {len(examples)} sentences, {int(counts.sum())} tokens "
          f"({counts.min():.0f}-{counts.max():.0f} per sentence), weighting: {args.weighting}; "
          f"{seconds:.1f} s on {args.threads} thread(s)\n")
    for name in STATISTICS:
        print("\n".join(grid(stats[name], name)) + "\n")
    entropy = stats["entropy"]
    order = np.argsort(entropy, axis=None)
    names = [f"{layer}:{head} ({entropy[layer, head]:.2f})"
             for layer, head in zip(*np.unravel_index(order, entropy.shape))]
    print(f"uniform attention's entropy: {uniform_entropy(num_queries, args.weighting):.2f} nats")
    for name in ("cls", "sep", "punctuation", "previous", "next", "self"):
        print(f"more than {MOST:.0%} to {name}: "
              f"{heads_where(stats[name], lambda v: v > MOST)}")
    print(f"most focused (lowest entropy): {', '.join(names[:6])}")
    print(f"broadest (highest entropy): {', '.join(reversed(names[-6:]))}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"weighting": args.weighting, "examples": len(examples),
                       "tokens": int(counts.sum()), "seconds": round(seconds, 1),
                       "values": as_fields(aggregate)}, handle, indent=1)


if __name__ == "__main__":
    main()

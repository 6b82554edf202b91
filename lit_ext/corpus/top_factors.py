"""Which examples and which tokens each corpus factor picks out."""

from __future__ import annotations

import collections
from collections.abc import Sequence

import numpy as np

from lit_ext.corpus.factors import ExampleFactors


def top_examples(max_activations: np.ndarray, count: int = 10) -> list[list[tuple[int, float]]]:
    """Per factor, the `count` examples with the highest max activation, as (example index,
    max activation), highest first; ties keep dataset order.

    Args:
      max_activations: (n_examples, k), e.g. the `nmf_f{j}_max` columns side by side.
    """
    max_activations = np.asarray(max_activations)
    result = []
    for factor in range(max_activations.shape[1]):
        values = max_activations[:, factor]
        order = np.argsort(-values, kind="stable")[:count]
        result.append([(int(i), float(values[i])) for i in order])
    return result


def top_tokens(examples: Sequence[ExampleFactors], count: int = 10) -> list[list[dict]]:
    """Per factor, the `count` tokens that carry most of its activation over `examples`.

    A token (the tokenizer's string, e.g. "##s" and "s" apart) scores the factor's activation
    summed over all its kept occurrences: the factor's total mass on that token, which favours
    tokens that are both strong and frequent. Each entry: token, display text, total, count
    (occurrences) and max (the largest single activation); highest total first, ties by token.
    """
    if not examples:
        return []
    n_components = examples[0].activations.shape[1]
    totals = collections.defaultdict(lambda: np.zeros(n_components, np.float64))
    peaks = collections.defaultdict(lambda: np.zeros(n_components, np.float64))
    counts: collections.Counter = collections.Counter()
    display = {}
    for example in examples:
        for position in np.flatnonzero(example.mask):
            token = example.tokens[position]
            values = example.activations[position]
            totals[token] += values
            np.maximum(peaks[token], values, out=peaks[token])
            counts[token] += 1
            display.setdefault(token, example.display_tokens[position])
    tokens = sorted(totals)
    table = np.array([totals[token] for token in tokens])
    result = []
    for factor in range(n_components):
        order = np.argsort(-table[:, factor], kind="stable")[:count]
        result.append([{"token": tokens[i], "display": display[tokens[i]],
                        "total": float(table[i, factor]), "count": counts[tokens[i]],
                        "max": float(peaks[tokens[i]][factor])} for i in order])
    return result

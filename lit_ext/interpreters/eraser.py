"""ERASER's faithfulness scores of a word-salience explanation, for one example.

DeYoung et al. 2020, "ERASER: A Benchmark to Evaluate Rationalized NLP Models" (ACL), §4.2:
with y the model's predicted class for the full input x and r_k the top k% of x's words by
salience,

    comprehensiveness = p(y | x) − p(y | x without r_k)     (high: the rationale was needed)
    sufficiency       = p(y | x) − p(y | r_k alone)         (low: the rationale suffices)

each averaged over the bins k (their "area over the perturbation curve", AOPC). Words are
deleted from the text, as in the paper, not masked in embedding space.

Conventions the paper leaves open, fixed here:
- **k% of n words** is ⌈k · n⌉ words, at least 1 and at most n − 1: deleting every word leaves
  no text (our wrappers refuse empty input), and a rationale of no words is nothing to score.
  An input of one word therefore has no scores (None).
- **Ranking** is by the score as the method gives it, highest first: for signed methods that is
  the signed score toward the predicted class (evidence against it ranks last), not its
  magnitude. **Ties** are broken by position, the earlier word first (a stable sort), so a
  constant explanation removes words left to right.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from scipy import stats

# Products such as 0.7 · 10 = 7.000000000000001 must round up to 7 words, not 8.
_CEIL_TOLERANCE = 1e-9


def rationale_size(fraction: float, words: int) -> int:
    """How many of `words` words the top `fraction` is: ⌈fraction · words⌉ in [1, words − 1]."""
    if words < 2:
        raise ValueError(f"An input of {words} word(s) has no rationale to remove.")
    return min(max(math.ceil(fraction * words - _CEIL_TOLERANCE), 1), words - 1)


def ranking(scores: np.ndarray) -> np.ndarray:
    """Word indices, most salient first; ties in order of position."""
    return np.argsort(-np.asarray(scores, dtype=float), kind="stable")


def top_words(scores: np.ndarray, fraction: float) -> np.ndarray:
    """Indices of the top `fraction` of words by `scores` (words,)."""
    return ranking(scores)[:rationale_size(fraction, len(scores))]


def aopc(probability: float, perturbed: Sequence[float]) -> float:
    """Mean drop of p(y) from the full input to each perturbed input (one per bin)."""
    return float(np.mean(probability - np.asarray(perturbed, dtype=float)))


def kendall_tau(scores: np.ndarray, importance: np.ndarray) -> float | None:
    """Kendall's τ-b (ties corrected, `scipy.stats.kendalltau`) between a method's word scores
    and the words' leave-one-out importance; None where it is undefined (fewer than two words,
    or either side constant)."""
    if len(scores) < 2:
        return None
    tau = stats.kendalltau(scores, importance).statistic
    return None if math.isnan(tau) else float(tau)

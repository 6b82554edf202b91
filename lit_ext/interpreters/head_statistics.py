"""Per-head attention statistics over a dataset (Clark et al. 2019, "What Does BERT Look At? An
Analysis of BERT's Attention", BlackboxNLP, §3): where each head's attention goes, on average.

Pure numpy first, so that the LIT interpreter, a batch job (one call per example of a batch) and a
client colouring the model view read the same numbers:

- `example_statistics(attention, special_tokens, display_tokens)`: one example's attention
  `(layers, heads, n, n)` → `(len(STATISTICS), layers, heads)`, each statistic averaged over the
  example's n query tokens;
- `aggregate_statistics(values, num_queries, weighting)`: many examples → one value per head.

Statistics, in the order of `STATISTICS`, for query token i of an example of n tokens and a head's
attention a (rows are queries, columns keys, each row sums to 1):

- `cls`: Σ a[i, j] over the special token at position 0 ([CLS] for BERT, `<s>` for RoBERTa);
- `sep`: Σ a[i, j] over every other special token ([SEP], `</s>`, both separators of a pair);
  special tokens are the server's `special_token_masks` (lit_ext.models.tokenization): the
  tokenizer's special ids except [UNK], which stands for text;
- `punctuation`: Σ a[i, j] over tokens whose display text (without `##`, `Ġ`, `▁`) is made only of
  Unicode punctuation (categories P*: . , ! ? ' " - ( ) ; : ...). Clark et al. count "." and ","
  only;
- `previous`: a[i, i−1], 0 for i = 0; `next`: a[i, i+1], 0 for i = n−1; `self`: a[i, i];
- `entropy`: −Σ_j a[i, j] ln a[i, j] in **nats** (0 ln 0 = 0; Clark et al.'s Figure 4 is in nats
  too, after smoothing a by 1e-4, which we do not do). Uniform attention over n keys gives ln n.

Every query token counts, special tokens included, and the first and last token count with 0
for `previous` and `next`: as in Clark et al.'s released analysis, which divides by n.

Across examples, `weighting="token"` (default) averages over the query tokens of all examples
together, the paper's "average over tokens": an example of 40 tokens weighs 10 times one of 4.
`weighting="example"` averages the per-example means, each example once (what the paper's code
does; its 128-token segments make the two nearly equal, SST-2's 4-60 token sentences do not).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import numpy as np
import scipy.special
from lit_nlp.api import types as lit_types

from lit_ext.finite import require_finite
from lit_ext.interpreters.introspection_interpreter import IntrospectionInterpreter

STATISTICS: tuple[str, ...] = ("cls", "sep", "punctuation", "previous", "next", "self", "entropy")
UNITS: dict[str, str] = {name: "fraction of attention" for name in STATISTICS} | {"entropy": "nats"}
WEIGHTINGS: tuple[str, ...] = ("token", "example")
# Rows of float16/bfloat16 softmax probabilities sum to 1 within ~1e-2; a transposed or
# unnormalised array is off by far more.
_ROW_SUM_TOLERANCE = 0.05


def is_punctuation(display_token: str) -> bool:
    """Whether a token's display text is non-empty and only Unicode punctuation (category P*)."""
    return bool(display_token) and all(unicodedata.category(c).startswith("P")
                                       for c in display_token)


def key_masks(special_tokens: Sequence[bool], display_tokens: Sequence[str],
              ) -> dict[str, np.ndarray]:
    """Boolean masks `(n,)` of the keys that `cls`, `sep` and `punctuation` sum over."""
    special = np.asarray(special_tokens, dtype=bool)
    cls = np.zeros_like(special)
    cls[:1] = special[:1]
    punctuation = np.array([not is_special and is_punctuation(token)
                            for token, is_special in zip(display_tokens, special)], dtype=bool)
    return {"cls": cls, "sep": special & ~cls, "punctuation": punctuation}


def check_attention(attention: np.ndarray, num_tokens: int) -> np.ndarray:
    """`attention` as a float array `(layers, heads, n, n)` of softmax rows over the keys."""
    attention = np.asarray(attention)
    if attention.ndim != 4 or attention.shape[-1] != attention.shape[-2]:
        raise ValueError(f"Attention must have shape (layers, heads, n, n); got {attention.shape}.")
    if attention.shape[-1] != num_tokens:
        raise ValueError(f"Attention has {attention.shape[-1]} positions but there are "
                         f"{num_tokens} tokens; pass one example's unpadded attention.")
    require_finite(attention, "Attention")
    sums = attention.sum(axis=-1, dtype=np.float64)
    if not np.all(np.abs(sums - 1) <= _ROW_SUM_TOLERANCE):
        raise ValueError(
            f"Attention rows must sum to 1 (softmax probabilities, indexed [query, key]); got row "
            f"sums from {sums.min():.3g} to {sums.max():.3g}. Pass the model's attention "
            "probabilities, not scores, for one example without padding.")
    return attention


def example_statistics(attention: np.ndarray, special_tokens: Sequence[bool],
                       display_tokens: Sequence[str]) -> np.ndarray:
    """One example's statistics, each averaged over its n query tokens (see the module docstring).

    Args:
      attention: `(layers, heads, n, n)` probabilities of one unpadded example, `[query, key]`.
      special_tokens: `(n,)` bool, the server's special-token mask.
      display_tokens: `(n,)` token texts without word markers (`Internals.display_tokens`).

    Returns:
      float64 `(len(STATISTICS), layers, heads)`: fractions of attention, entropy in nats.

    Raises:
      ValueError: wrong shape, token count, or rows that do not sum to 1; `NonFiniteError` (a
        ValueError) for NaN or infinity (a float16 overflow).
    """
    if len(special_tokens) != len(display_tokens):
        raise ValueError(f"{len(special_tokens)} special-token flags for {len(display_tokens)} "
                         "display tokens; pass one of each per token.")
    # Read in the model's float32 and summed in float64: a float64 copy of all heads would take
    # 150 MB at 512 tokens.
    attention = check_attention(attention, len(display_tokens))
    n = attention.shape[-1]
    masks = key_masks(special_tokens, display_tokens)

    def to_keys(mask: np.ndarray) -> np.ndarray:
        return attention[..., mask].sum(axis=-1, dtype=np.float64).mean(axis=-1)

    def diagonal_mean(offset: int) -> np.ndarray:
        # Only n − |offset| rows have that neighbour; the others add 0 but still count.
        diagonal = np.diagonal(attention, offset=offset, axis1=-2, axis2=-1)
        return diagonal.sum(axis=-1, dtype=np.float64) / n

    values = {
        "cls": to_keys(masks["cls"]),
        "sep": to_keys(masks["sep"]),
        "punctuation": to_keys(masks["punctuation"]),
        "previous": diagonal_mean(-1),
        "next": diagonal_mean(1),
        "self": diagonal_mean(0),
        "entropy": scipy.special.entr(attention).sum(axis=-1, dtype=np.float64).mean(axis=-1),
    }
    return np.stack([values[name] for name in STATISTICS])


def aggregate_statistics(values: np.ndarray, num_queries: Sequence[int],
                         weighting: str = "token") -> np.ndarray:
    """Per-example statistics → one value per statistic and head.

    Args:
      values: `(examples, len(STATISTICS), layers, heads)` from `example_statistics`.
      num_queries: `(examples,)` the query tokens each example averaged over (its token count).
      weighting: "token": mean over all query tokens of all examples (each example weighted by
        its token count); "example": mean of the per-example means.

    Returns:
      float64 `(len(STATISTICS), layers, heads)`. Aggregates of disjoint sets of examples merge
      exactly: weight each by its total `num_queries` ("token") or its number of examples.
    """
    if weighting not in WEIGHTINGS:
        raise ValueError(f"Unknown weighting {weighting!r}; choose from {list(WEIGHTINGS)}.")
    values = np.asarray(values, dtype=np.float64)
    counts = np.asarray(num_queries, dtype=np.float64)
    if values.ndim != 4 or values.shape[0] != counts.shape[0]:
        raise ValueError(f"values must be (examples, statistics, layers, heads) with one count "
                         f"per example; got {values.shape} and {counts.shape[0]} counts.")
    if values.shape[0] == 0:
        raise ValueError("No examples to aggregate; pass at least one.")
    weights = counts if weighting == "token" else np.ones_like(counts)
    return np.tensordot(weights / weights.sum(), values, axes=1)


def uniform_entropy(num_queries: Sequence[int], weighting: str = "token") -> float:
    """The `entropy` that attention spread evenly over every token would have, averaged as
    `aggregate_statistics` averages (ln n per query row of an n-token example), in nats: the top
    of a scale for colouring heads by entropy."""
    counts = np.asarray(num_queries, dtype=np.float64)
    weights = counts if weighting == "token" else np.ones_like(counts)
    return float(np.average(np.log(counts), weights=weights))


def as_fields(values: np.ndarray) -> dict[str, list[list[float]]]:
    """`(len(STATISTICS), layers, heads)` → {statistic: [[value per head] per layer]} for JSON."""
    return {name: values[s].tolist() for s, name in enumerate(STATISTICS)}


class HeadStatisticsInterpreter(IntrospectionInterpreter):
    """Clark et al.'s head statistics for the examples sent, per example and aggregated.

    Config: `weighting` ("token" or "example", see `aggregate_statistics`).

    Returns one dict for the whole request (not one per example): `statistics` (names in order),
    `units`, `num_layers`, `num_heads`, `num_examples`; `examples`: per example `id` (LIT's `_id`,
    else its position in the request), `num_queries` (its token count) and `values`
    {statistic: (layers, heads)}; `aggregate`: `weighting`, `num_queries` (total),
    `uniform_entropy` (nats, see `uniform_entropy`) and `values` {statistic: (layers, heads)}
    over the examples sent. A client that sends a dataset in several
    requests merges the aggregates weighted by `num_queries` ("token") or `num_examples`.
    """

    def config_spec(self) -> lit_types.Spec:
        return {"weighting": lit_types.CategoryLabel(vocab=list(WEIGHTINGS), default="token",
                                                     required=False)}

    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        del dataset, model_outputs
        weighting = (config or {}).get("weighting") or "token"
        if weighting not in WEIGHTINGS:
            raise ValueError(f"Unknown weighting {weighting!r}; choose from {list(WEIGHTINGS)}.")
        wrapper = self.wrapper(model)
        if not inputs:
            raise ValueError("No examples sent; head statistics need at least one.")
        items = wrapper.introspect(inputs, what=["attention"])
        values = np.stack([example_statistics(item.attention, item.special_tokens,
                                              item.display_tokens) for item in items])
        num_queries = [len(item.tokens) for item in items]
        return {
            "statistics": list(STATISTICS),
            "units": UNITS,
            "num_layers": int(values.shape[2]),
            "num_heads": int(values.shape[3]),
            "num_examples": len(items),
            "examples": [{"id": example.get("_id", i), "num_queries": count,
                          "values": as_fields(example_values)}
                         for i, (example, count, example_values)
                         in enumerate(zip(inputs, num_queries, values))],
            "aggregate": {"weighting": weighting, "num_queries": sum(num_queries),
                          "uniform_entropy": uniform_entropy(num_queries, weighting),
                          "values": as_fields(aggregate_statistics(values, num_queries,
                                                                   weighting))},
        }

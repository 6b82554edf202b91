"""The rows of a precomputed store, computed with one gradient-free forward pass per batch.

A row holds the example (its fields), `row` (its position in the corpus) and:

- `predictions`: the outputs of the model's `predict()` that do not need gradients: `tokens`,
  `cls_emb` and `mean_emb` (hidden size, float32), `dropped_tokens` and, for classifiers,
  `probas` (one per class, float32) and `predicted` (the class name). Gradients and token
  embeddings are not stored: they are per token (about 60 kB an example) and LIT asks for them
  one example at a time.
- `head_statistics`: for each of Clark et al.'s statistics (`head_statistics.STATISTICS`), a
  column `head_<statistic>` of layers × heads float32 values (layer-major: layer l, head h at
  l · heads + h), the example's mean over its query tokens.
- `corpus_nmf`: with corpus-fitted factors (`lit_ext.corpus`), `nmf_f<j>_max` and
  `nmf_f<j>_mean` per factor j (float32): the example's factor activations, transformed with
  the fixed factors, summarised over its tokens as the data table's columns are.
- `attention_edges`: what attention-pattern search needs over every row without a forward
  pass: `display_tokens` and `special_tokens` (as `Internals` has them) and, per head, a column
  `edges_l<layer>_h<head>` listing the example's attention edges of weight ≥ the store's
  `edge_min_weight` as {query, key (token positions, int16), weight (float32)}, in row-major
  (query, key) order. A search with a threshold ≥ that minimum finds exactly what
  `attention_search` finds over the same rows: the strongest matching pair of a matching example
  weighs at least the threshold, so it is stored, and so is every pair tied with it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyarrow as pa
import torch

from lit_ext.corpus.factors import CorpusFactors, ExampleFactors, factor_columns
from lit_ext.corpus.token_rows import token_rows
from lit_ext.interpreters.head_statistics import STATISTICS, example_statistics
from lit_ext.models import tokenization
from lit_ext.models.classifier import ClassifierModel
from lit_ext.models.introspection import ATTENTION, FFN, Internals, capture_internals
from lit_ext.models.transformer_wrapper import TransformerWrapper

PREDICTIONS = "predictions"
HEAD_STATISTICS = "head_statistics"
CORPUS_NMF = "corpus_nmf"
ATTENTION_EDGES = "attention_edges"
COLUMN_GROUPS = (PREDICTIONS, HEAD_STATISTICS, CORPUS_NMF, ATTENTION_EDGES)
# Within 10 % of the search's default threshold (0.5) and below it; about 700 edges a
# MiniLM SST-2 sentence (13 tokens, 72 heads) against 410 at 0.5 and 2,000 at 0.1.
DEFAULT_EDGE_MIN_WEIGHT = 0.3
EDGE_TYPE = pa.list_(pa.struct([("query", pa.int16()), ("key", pa.int16()),
                                ("weight", pa.float32())]))
_EDGE_DTYPE = np.dtype([("query", np.int16), ("key", np.int16), ("weight", np.float32)])


def head_statistic_column(statistic: str) -> str:
    return f"head_{statistic}"


_EDGE_PREFIX = "edges_"


def edge_column(layer: int, head: int) -> str:
    return f"{_EDGE_PREFIX}l{layer}_h{head}"


def _float_lists(values: np.ndarray) -> pa.FixedSizeListArray:
    """(rows, width) float32 as a Parquet fixed-size list column (one array, no Python lists)."""
    values = np.ascontiguousarray(values, dtype=np.float32)
    return pa.FixedSizeListArray.from_arrays(pa.array(values.reshape(-1)), values.shape[1])


def predict_rows(wrapper: TransformerWrapper, examples: Sequence[dict],
                 groups: Sequence[str] = (PREDICTIONS, HEAD_STATISTICS),
                 factors: CorpusFactors | None = None,
                 edge_min_weight: float = DEFAULT_EDGE_MIN_WEIGHT,
                 ) -> dict[str, list | np.ndarray]:
    """The columns of `groups` for one batch, from one forward pass (`factors` for
    `corpus_nmf`, `edge_min_weight` for `attention_edges`).

    Returns: "tokens" (lists of str), "dropped_tokens" (int), "cls_emb" and "mean_emb"
    `(batch, hidden)` float32, and for classifiers "probas" `(batch, classes)` float32 and
    "predicted" (class names): equal to `predict()`'s fields up to float round-off (no gradient
    tape, same tokenisation and pooling). With `head_statistics`, `head_<statistic>`
    `(batch, layers · heads)` float32; with `corpus_nmf`, `nmf_f<j>_max`/`_mean` `(batch,)`;
    with `attention_edges`, `display_tokens`, `special_tokens` (lists) and per head
    `edges_l<l>_h<h>` (one structured array of query, key, weight per example).
    """
    encoding, dropped = wrapper.tokenize(examples)
    needs_attention = HEAD_STATISTICS in groups or ATTENTION_EDGES in groups
    what = ((ATTENTION,) if needs_attention else ()) + \
        ((FFN,) if CORPUS_NMF in groups else ())
    with wrapper.forward_lock:
        captured = capture_internals(wrapper.model, wrapper._model_inputs(encoding), what=what,
                                     keep_outputs=True)
    outputs = captured["outputs"]
    hidden = outputs.hidden_states[-1] if getattr(outputs, "hidden_states", None) else \
        outputs.last_hidden_state
    per_example = wrapper._encoder_outputs(encoding, hidden, None, dropped)
    columns: dict[str, list | np.ndarray] = {
        "tokens": [output["tokens"] for output in per_example],
        "dropped_tokens": [int(output["dropped_tokens"]) for output in per_example],
        "cls_emb": np.stack([output["cls_emb"] for output in per_example]),
        "mean_emb": np.stack([output["mean_emb"] for output in per_example]),
    }
    if isinstance(wrapper, ClassifierModel):
        # As predict(): softmax in float32 whatever the model's dtype.
        probas = torch.softmax(outputs.logits.detach().float(), dim=-1).numpy()
        columns["probas"] = probas
        columns["predicted"] = [wrapper.labels[i] for i in probas.argmax(axis=1)]
    if HEAD_STATISTICS in groups:
        columns.update(_head_statistics(wrapper, encoding, captured["attention"],
                                        columns["tokens"]))
    if CORPUS_NMF in groups:
        if factors is None:
            raise ValueError("The corpus_nmf columns need the corpus factors (a fit).")
        columns.update(_factor_columns(wrapper, encoding, captured["ffn"], columns["tokens"],
                                       factors))
    if ATTENTION_EDGES in groups:
        columns.update(_edge_columns(wrapper, encoding, captured["attention"], columns["tokens"],
                                     edge_min_weight))
    return columns


def _edge_columns(wrapper: TransformerWrapper, encoding, attention: list,
                  tokens: list[list[str]], min_weight: float) -> dict[str, list]:
    special = tokenization.special_token_masks(wrapper.tokenizer, encoding)
    columns: dict[str, list] = {
        "display_tokens": [tokenization.display_tokens(wrapper.tokenizer, example, special[i])
                           for i, example in enumerate(tokens)],
        "special_tokens": [[bool(flag) for flag in special[i]] for i in range(len(tokens))],
    }
    lengths = np.array([len(example) for example in tokens])
    width = int(lengths.max())
    # Padded queries attend too (padded keys get 0): only real (query, key) pairs count.
    real = np.arange(width)[None, :] < lengths[:, None]
    real_pairs = (real[:, :, None] & real[:, None, :])[:, None]  # (batch, 1, query, key)
    for layer, weights in enumerate(attention):
        values = weights[:, :, :width, :width].float().numpy()
        heads = values.shape[1]
        # np.nonzero walks in C order: example, head, query, key (row-major per head).
        example, head, query, key = np.nonzero((values >= min_weight) & real_pairs)
        edges = np.empty(len(example), _EDGE_DTYPE)
        edges["query"], edges["key"] = query, key
        edges["weight"] = values[example, head, query, key]
        bounds = np.searchsorted(example * heads + head, np.arange(len(tokens) * heads + 1))
        for h in range(heads):
            columns[edge_column(layer, h)] = [
                edges[bounds[i * heads + h]:bounds[i * heads + h + 1]] for i in range(len(tokens))]
    return columns


def _edge_lists(per_example: Sequence[np.ndarray]) -> pa.ListArray:
    """Per example structured (query, key, weight) arrays as one `EDGE_TYPE` column."""
    offsets = np.zeros(len(per_example) + 1, np.int32)
    np.cumsum([len(edges) for edges in per_example], out=offsets[1:])
    edges = np.concatenate(per_example) if per_example else np.empty(0, _EDGE_DTYPE)
    values = pa.StructArray.from_arrays(
        [pa.array(edges[name]) for name in _EDGE_DTYPE.names], names=list(_EDGE_DTYPE.names))
    return pa.ListArray.from_arrays(pa.array(offsets), values, type=EDGE_TYPE)


def _factor_columns(wrapper: TransformerWrapper, encoding, ffn: torch.Tensor,
                    tokens: list[list[str]], factors: CorpusFactors) -> dict[str, np.ndarray]:
    """Each example's factor activations (`CorpusFactors.transform`'s, from this batch's FFN
    units of the fit's layers), summarised as the data table's columns."""
    special = tokenization.special_token_masks(wrapper.tokenizer, encoding)
    examples = []
    for i, example_tokens in enumerate(tokens):
        n = len(example_tokens)
        display = tokenization.display_tokens(wrapper.tokenizer, example_tokens, special[i])
        item = Internals(tokens=example_tokens, display_tokens=display, segment_ids=[],
                         special_tokens=special[i], layers=factors.layers,
                         ffn=ffn[i, factors.layers, :n].float().numpy())
        rows = token_rows(item, factors.exclude_special_tokens)
        activations = np.zeros((n, factors.n_components), np.float32)
        activations[rows.mask] = factors.nmf.transform(rows.rows)
        examples.append(ExampleFactors(example_tokens, display, special[i], rows.mask,
                                       activations))
    return factor_columns(examples, factors.n_components)


def _head_statistics(wrapper: TransformerWrapper, encoding, attention: list,
                     tokens: list[list[str]]) -> dict[str, np.ndarray]:
    special = tokenization.special_token_masks(wrapper.tokenizer, encoding)
    values = []
    for i, example_tokens in enumerate(tokens):
        n = len(example_tokens)
        example = torch.stack([layer[i, :, :n, :n] for layer in attention]).float().numpy()
        display = tokenization.display_tokens(wrapper.tokenizer, example_tokens, special[i])
        values.append(example_statistics(example, special[i], display))
    stacked = np.stack(values).astype(np.float32)  # (batch, statistics, layers, heads)
    return {head_statistic_column(name): stacked[:, s].reshape(len(tokens), -1)
            for s, name in enumerate(STATISTICS)}


def rows_table(wrapper: TransformerWrapper, examples: Sequence[dict], first_row: int,
               example_fields: Sequence[str], batch_size: int,
               groups: Sequence[str] = (PREDICTIONS, HEAD_STATISTICS),
               factors: CorpusFactors | None = None,
               edge_min_weight: float = DEFAULT_EDGE_MIN_WEIGHT) -> pa.Table:
    """The store rows of `examples` (corpus rows `first_row`, `first_row + 1`, ...).

    Batches are formed from examples of similar length (less padding), in `batch_size` steps;
    the table keeps the corpus order.
    """
    order = sorted(range(len(examples)),
                   key=lambda i: sum(len(str(examples[i].get(f) or "")) for f in example_fields))
    batches = [predict_rows(wrapper, [examples[i] for i in order[start:start + batch_size]],
                            groups, factors, edge_min_weight)
               for start in range(0, len(order), batch_size)]
    position = np.empty(len(order), dtype=np.int64)
    position[np.asarray(order, dtype=np.int64)] = np.arange(len(order))
    columns: dict[str, pa.Array] = {"row": pa.array(np.arange(first_row, first_row + len(examples)))}
    for field in example_fields:
        columns[field] = pa.array([example.get(field) for example in examples], type=pa.string())
    for name in batches[0]:
        values = batches[0][name]
        if isinstance(values, np.ndarray):
            stacked = np.concatenate([batch[name] for batch in batches])[position]
            columns[name] = (_float_lists(stacked) if stacked.ndim == 2 else
                             pa.array(stacked.astype(np.float32)))
        else:
            flat = [value for batch in batches for value in batch[name]]
            ordered = [flat[i] for i in position]
            columns[name] = (_edge_lists(ordered) if name.startswith(_EDGE_PREFIX) else
                             pa.array(ordered))
    return pa.table(columns)

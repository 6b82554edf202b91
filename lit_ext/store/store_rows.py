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
COLUMN_GROUPS = (PREDICTIONS, HEAD_STATISTICS, CORPUS_NMF)


def head_statistic_column(statistic: str) -> str:
    return f"head_{statistic}"


def _float_lists(values: np.ndarray) -> pa.FixedSizeListArray:
    """(rows, width) float32 as a Parquet fixed-size list column (one array, no Python lists)."""
    values = np.ascontiguousarray(values, dtype=np.float32)
    return pa.FixedSizeListArray.from_arrays(pa.array(values.reshape(-1)), values.shape[1])


def predict_rows(wrapper: TransformerWrapper, examples: Sequence[dict],
                 groups: Sequence[str] = (PREDICTIONS, HEAD_STATISTICS),
                 factors: CorpusFactors | None = None) -> dict[str, list | np.ndarray]:
    """The columns of `groups` for one batch, from one forward pass (`factors` for
    `corpus_nmf`).

    Returns: "tokens" (lists of str), "dropped_tokens" (int), "cls_emb" and "mean_emb"
    `(batch, hidden)` float32, and for classifiers "probas" `(batch, classes)` float32 and
    "predicted" (class names): equal to `predict()`'s fields up to float round-off (no gradient
    tape, same tokenisation and pooling). With `head_statistics`, `head_<statistic>`
    `(batch, layers · heads)` float32; with `corpus_nmf`, `nmf_f<j>_max`/`_mean` `(batch,)`.
    """
    encoding, dropped = wrapper.tokenize(examples)
    what = ((ATTENTION,) if HEAD_STATISTICS in groups else ()) + \
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
    return columns


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
               factors: CorpusFactors | None = None) -> pa.Table:
    """The store rows of `examples` (corpus rows `first_row`, `first_row + 1`, ...).

    Batches are formed from examples of similar length (less padding), in `batch_size` steps;
    the table keeps the corpus order.
    """
    order = sorted(range(len(examples)),
                   key=lambda i: sum(len(str(examples[i].get(f) or "")) for f in example_fields))
    batches = [predict_rows(wrapper, [examples[i] for i in order[start:start + batch_size]],
                            groups, factors) for start in range(0, len(order), batch_size)]
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
            columns[name] = pa.array([flat[i] for i in position])
    return pa.table(columns)

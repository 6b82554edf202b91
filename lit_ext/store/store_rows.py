"""The rows of a precomputed store, computed with one gradient-free forward pass per batch.

A row holds the example (its fields), `row` (its position in the corpus) and the outputs of the
model's `predict()` that do not need gradients: `tokens`, `cls_emb` and `mean_emb` (hidden
size, float32), `dropped_tokens` and, for classifiers, `probas` (one per class, float32) and
`predicted` (the class name). Gradients and token embeddings are not stored: they are per token
(about 60 kB an example) and LIT asks for them one example at a time.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyarrow as pa
import torch

from lit_ext.models.classifier import ClassifierModel
from lit_ext.models.introspection import capture_internals
from lit_ext.models.transformer_wrapper import TransformerWrapper

PREDICTIONS = "predictions"


def _float_lists(values: np.ndarray) -> pa.FixedSizeListArray:
    """(rows, width) float32 as a Parquet fixed-size list column (one array, no Python lists)."""
    values = np.ascontiguousarray(values, dtype=np.float32)
    return pa.FixedSizeListArray.from_arrays(pa.array(values.reshape(-1)), values.shape[1])


def predict_rows(wrapper: TransformerWrapper, examples: Sequence[dict]) -> dict[str, list | np.ndarray]:
    """`predict()`'s gradient-free outputs for one batch, as columns.

    Returns: "tokens" (lists of str), "dropped_tokens" (int), "cls_emb" and "mean_emb"
    `(batch, hidden)` float32, and for classifiers "probas" `(batch, classes)` float32 and
    "predicted" (class names). Equal to `predict()`'s fields up to float round-off (no gradient
    tape, same tokenisation and pooling).
    """
    encoding, dropped = wrapper.tokenize(examples)
    with wrapper.forward_lock:
        captured = capture_internals(wrapper.model, wrapper._model_inputs(encoding), what=(),
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
    return columns


def rows_table(wrapper: TransformerWrapper, examples: Sequence[dict], first_row: int,
               example_fields: Sequence[str], batch_size: int) -> pa.Table:
    """The store rows of `examples` (corpus rows `first_row`, `first_row + 1`, ...).

    Batches are formed from examples of similar length (less padding), in `batch_size` steps;
    the table keeps the corpus order.
    """
    order = sorted(range(len(examples)),
                   key=lambda i: sum(len(str(examples[i].get(f) or "")) for f in example_fields))
    batches = [predict_rows(wrapper, [examples[i] for i in order[start:start + batch_size]])
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
            columns[name] = _float_lists(stacked)
        else:
            flat = [value for batch in batches for value in batch[name]]
            columns[name] = pa.array([flat[i] for i in position])
    return pa.table(columns)

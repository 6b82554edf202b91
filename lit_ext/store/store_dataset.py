"""A precomputed store served by LIT: a sample of its rows as the dataset, with the stored
predictions handed to the server's cache instead of being computed again."""

from __future__ import annotations

import os
from collections.abc import Iterator

import numpy as np
import pyarrow as pa
from lit_nlp.api import dataset as lit_dataset
from lit_nlp.api import types as lit_types
from lit_nlp.lib import caching as lit_caching

from lit_ext.store.store_reader import StoreReader

# What LIT's data table carries comfortably; every row stays reachable through store queries.
DEFAULT_SAMPLE_SIZE = 5000
# Stored columns that are `predict()` outputs (or give one: `predicted` is `grad_class`).
_PREDICTION_COLUMNS = ("tokens", "dropped_tokens", "cls_emb", "mean_emb", "probas", "predicted")
_FACTOR_PREFIX = "nmf_f"
_LABEL = "label"


class StoreSample(lit_dataset.Dataset):
    """`size` rows of the store in `directory`, drawn uniformly (seeded) — all rows if fewer.

    Attributes:
      reader: the `StoreReader` (queries over every row).
      rows: the store row number of each example, in order.
    """

    def __init__(self, directory: str | os.PathLike, size: int | None = None, seed: int = 0):
        self.reader = StoreReader(directory)
        manifest = self.reader.manifest
        self.rows = self.reader.sample_rows(size or DEFAULT_SAMPLE_SIZE, seed)
        # Only what the dataset and the cache take: a store's other columns (head statistics:
        # 2 kB a row) would only raise the peak while the sample is read.
        wanted = [*manifest.example_fields, *prediction_columns(self.reader)]
        self._table = self.reader.rows(self.rows, ["row", *wanted])
        fields = manifest.example_fields
        spec: dict[str, lit_types.LitType] = {
            field: lit_types.TextSegment() for field in fields if field != _LABEL}
        if _LABEL in fields:
            spec[_LABEL] = lit_types.CategoryLabel(vocab=manifest.labels or None)
        columns = {field: self._table[field].to_pylist() for field in fields}
        examples = [{field: columns[field][i] for field in fields
                     if columns[field][i] is not None or field == _LABEL}
                    for i in range(len(self.rows))]
        super().__init__(spec=spec, examples=examples, description=(
            f"{len(examples):,} of {manifest.num_rows:,} rows of the store {directory} "
            f"({manifest.data['description']})"))

    @property
    def model_name(self) -> str:
        """The name of the model whose predictions the store holds."""
        return self.reader.manifest.model["name"]

    def stored_predictions(self, output_spec: lit_types.Spec) -> Iterator[dict]:
        """For each example, in order, its stored `predict()` fields (`prediction_rows`). Read
        once: the rows are released afterwards."""
        table, self._table = self._table, None
        if table is None:
            raise RuntimeError("The stored predictions were already handed over.")
        return prediction_rows(table, output_spec)


def prediction_columns(reader: StoreReader) -> list[str]:
    """The stored columns that hold `predict()` outputs (or give one), as `prediction_rows`
    reads them."""
    return [name for name in reader.stored_columns
            if name in _PREDICTION_COLUMNS or name.startswith(_FACTOR_PREFIX)]


def prediction_rows(table: pa.Table, output_spec: lit_types.Spec) -> Iterator[dict]:
    """For each row of `table`, in order, the stored columns that are fields of `predict()`'s
    output (`output_spec`): probabilities, embeddings, tokens, factor columns... (the token-level
    ones are never stored; see `store_rows`)."""
    columns: dict[str, list | np.ndarray] = {}
    for name in table.column_names:
        if name not in output_spec:
            continue
        column = table[name].combine_chunks()
        if pa.types.is_fixed_size_list(column.type) or (pa.types.is_list(column.type) and
                pa.types.is_floating(column.type.value_type)):
            columns[name] = column.flatten().to_numpy().astype(np.float32).reshape(
                table.num_rows, -1)
        else:
            columns[name] = column.to_pylist()
    # The class predict() takes gradients for when none is asked: the argmax.
    if "grad_class" in output_spec and "predicted" in table.column_names:
        columns["grad_class"] = table["predicted"].to_pylist()
    for i in range(table.num_rows):
        # Row views of one array per column: every row stays cached for as long as the
        # server runs, so the column lives that long anyway (copies would double the peak).
        yield {name: values[i] for name, values in columns.items()}


def row_example(record: dict, example_fields: list[str]) -> tuple[dict, str]:
    """A stored row's example (its fields that are set) and the id LIT gives that example, so
    a row of the served sample is found under its own id and any other can be added."""
    data = {field: record[field] for field in example_fields if record[field] is not None}
    return data, lit_caching.input_hash(data)


def is_store_model(model, reader: StoreReader) -> bool:
    """Whether `model` is the store's model as LIT serves it (its `CachingModelWrapper` under the
    name the store's manifest gives)."""
    return (isinstance(model, lit_caching.CachingModelWrapper)
            and getattr(model, "_cache", None) is not None
            and model._name == reader.manifest.model["name"])


def cache_stored_predictions(model, reader: StoreReader, rows: list[dict]) -> None:
    """Hands the stored predictions of `rows` (each with its store `row` and LIT `id`) to
    `model`'s cache when it is the store's model (`is_store_model`) and has none of them yet, so
    that rows added to LIT's dataset are shown without a forward pass."""
    if not rows or not is_store_model(model, reader):
        return
    cache = model._cache
    keys = {row["row"]: model.key_fn({"_id": row["id"]}) for row in rows}
    missing = [number for number, key in keys.items() if cache.get(key) is None]
    if not missing:
        return
    table = reader.rows(missing, ["row", *prediction_columns(reader)])
    for number, prediction in zip(table["row"].to_pylist(),
                                  prediction_rows(table, model.output_spec())):
        cache.put(prediction, keys[number])

"""A precomputed store served by LIT: a sample of its rows as the dataset, with the stored
predictions handed to the server's cache instead of being computed again."""

from __future__ import annotations

import os
from collections.abc import Iterator

import numpy as np
from lit_nlp.api import dataset as lit_dataset
from lit_nlp.api import types as lit_types

from lit_ext.store.store_reader import StoreReader

# What LIT's data table carries comfortably; every row stays reachable through store queries.
DEFAULT_SAMPLE_SIZE = 5000
# Stored fields that are predict() outputs, with their dtype in LIT's cache.
_ARRAYS = ("cls_emb", "mean_emb", "probas")
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
        self._table = self.reader.rows(self.rows)
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
        """For each example, in order, the stored fields of `predict()`'s output that are in
        `output_spec` (the token-level ones are never stored; see `store_rows`). Read once: the
        rows are released afterwards."""
        table, self._table = self._table, None
        if table is None:
            raise RuntimeError("The stored predictions were already handed over.")
        columns: dict[str, list | np.ndarray] = {}
        for name in ("tokens", "dropped_tokens", *_ARRAYS, "predicted"):
            if name not in table.column_names:
                continue
            if name in _ARRAYS:
                flat = table[name].combine_chunks().flatten().to_numpy()
                columns[name] = flat.astype(np.float32).reshape(len(self.rows), -1)
            else:
                columns[name] = table[name].to_pylist()
        for i in range(len(self.rows)):
            prediction = {}
            for name, values in columns.items():
                if name == "predicted":
                    if "grad_class" in output_spec:
                        # The class predict() takes gradients for when none is asked: the argmax.
                        prediction["grad_class"] = values[i]
                elif name in output_spec:
                    # A copy: a row view would keep the whole column alive in LIT's cache.
                    prediction[name] = values[i].copy() if name in _ARRAYS else values[i]
            yield prediction

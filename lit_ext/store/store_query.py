"""`store_query`: filter, sort and search attention patterns over every row of a served store,
not only the data table's sample.

Config: `filters` (a list of {column, operator, value}; see `StoreReader.query`), `order_by`,
`descending`, `limit` (at most `MAX_ROWS`), and optionally `pattern`: {layer, head, threshold,
from_token, to_token, case_sensitive} as the `attention_search` interpreter takes them, which
keeps the rows where that head sends at least `threshold` from a token matching `from_token` to
one matching `to_token` (`StoreReader.search_attention`), strongest first (`order_by` is then
refused). The answer: `total` (rows matching), `columns` (what can be filtered and sorted),
`edge_min_weight` (the lowest threshold a pattern can use; null for a store without attention
edges), `num_layers` and `num_heads` (the model's) and `rows`, each with its store `row`, the
example (`data`), its LIT id (`id`: the hash LIT gives the same example, so rows of the sample
are selected as they are and others can be added to the data table) and the stored prediction
columns (with a pattern also `weight`, `query`, `key`, `query_token`, `key_token`).

The stored predictions of the rows returned go into the model's prediction cache (without their
token-level fields, see `caching`), so rows added to the data table from a search are shown
without a forward pass.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from lit_nlp.api import components as lit_components
from lit_nlp.api import types as lit_types

from lit_ext.interpreters.attention_search import DEFAULT_THRESHOLD, parse_pattern
from lit_ext.interpreters.introspection_interpreter import config_bool, config_int
from lit_ext.store.store_dataset import cache_stored_predictions, row_example
from lit_ext.store.store_reader import Filter, StoreReader

MAX_ROWS = 1000


class StoreQuery(lit_components.Interpreter):
    """Queries the stores of the datasets in `readers` (dataset name → `StoreReader`)."""

    def __init__(self, readers: Mapping[str, StoreReader]):
        self.readers = dict(readers)

    def is_compatible(self, model, dataset) -> bool:
        return True  # the dataset decides; `run` names the fix for one without a store

    def config_spec(self) -> lit_types.Spec:
        return {"limit": lit_types.Scalar(min_val=1, max_val=MAX_ROWS, default=100, step=1,
                                          required=False)}

    def run(self, inputs: Sequence[dict], model, dataset, model_outputs=None,
            config: dict | None = None) -> dict:
        config = config or {}
        reader = self._reader(config.get("dataset_name"))
        filters = [Filter(str(item["column"]), str(item["operator"]), item["value"])
                   for item in config.get("filters") or []]
        limit = int(config.get("limit", 100))
        if not 1 <= limit <= MAX_ROWS:
            raise ValueError(f"limit must be between 1 and {MAX_ROWS}, got {limit}.")
        pattern = config.get("pattern")
        if pattern:
            if config.get("order_by"):
                raise ValueError("A pattern search lists the rows strongest first; leave "
                                 "order_by out (or drop the pattern to sort by a column).")
            case_sensitive = config_bool(pattern, "case_sensitive", False)
            total, table = reader.search_attention(
                config_int(pattern, "layer", 0), config_int(pattern, "head", 0),
                pattern.get("threshold", DEFAULT_THRESHOLD),
                parse_pattern(pattern.get("from_token"), case_sensitive),
                parse_pattern(pattern.get("to_token"), case_sensitive), filters, limit)
        else:
            table = reader.query(filters, config.get("order_by"),
                                 bool(config.get("descending")), limit)
            total = reader.count(filters)
        fields = reader.manifest.example_fields
        rows = []
        for record in table.to_pylist():
            data, example_id = row_example(record, fields)
            rows.append({"row": record["row"], "id": example_id, "data": data,
                         "values": {k: v for k, v in record.items()
                                    if k not in fields and k != "row"}})
        cache_stored_predictions(model, reader, rows)
        return {"total": total, "columns": sorted(reader.columns), "rows": rows,
                "edge_min_weight": reader.manifest.edge_min_weight,
                "num_layers": reader.manifest.num_layers, "num_heads": reader.manifest.num_heads}

    def _reader(self, dataset_name: str | None) -> StoreReader:
        if dataset_name is None and len(self.readers) == 1:
            return next(iter(self.readers.values()))
        if dataset_name not in self.readers:
            raise ValueError(f"Dataset {dataset_name!r} is not a precomputed store; stores served "
                             f"here: {sorted(self.readers)} (serve one with `lit-ext serve "
                             "--data STORE_DIR`).")
        return self.readers[dataset_name]

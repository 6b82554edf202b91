"""`store_query`: filter and sort every row of a served store, not only the data table's sample.

Config: `filters` (a list of {column, operator, value}; see `StoreReader.query`), `order_by`,
`descending`, `limit` (at most `MAX_ROWS`). The answer: `total` (rows matching), `columns` (what
can be filtered and sorted) and `rows`, each with its store `row`, the example (`data`), its LIT
id (`id`: the hash LIT gives the same example, so rows of the sample are selected as they are and
others can be added to the data table) and the stored prediction columns.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from lit_nlp.api import components as lit_components
from lit_nlp.api import types as lit_types
from lit_nlp.lib import caching as lit_caching

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
        table = reader.query(filters, config.get("order_by"), bool(config.get("descending")),
                             limit)
        fields = reader.manifest.example_fields
        rows = []
        for record in table.to_pylist():
            data = {field: record[field] for field in fields if record[field] is not None}
            rows.append({"row": record["row"], "id": lit_caching.input_hash(data), "data": data,
                         "values": {k: v for k, v in record.items()
                                    if k not in fields and k != "row"}})
        return {"total": reader.count(filters), "columns": sorted(reader.columns), "rows": rows}

    def _reader(self, dataset_name: str | None) -> StoreReader:
        if dataset_name is None and len(self.readers) == 1:
            return next(iter(self.readers.values()))
        if dataset_name not in self.readers:
            raise ValueError(f"Dataset {dataset_name!r} is not a precomputed store; stores served "
                             f"here: {sorted(self.readers)} (serve one with `lit-ext serve "
                             "--data STORE_DIR`).")
        return self.readers[dataset_name]

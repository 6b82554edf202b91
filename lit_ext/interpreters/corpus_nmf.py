"""The `corpus_nmf` interpreter: corpus-fitted factors for the selected examples, and each factor's
top examples and top tokens over the served dataset (top examples over every row of a served
store)."""

from __future__ import annotations

import hashlib
import threading

import numpy as np
from lit_nlp.api import dataset as lit_dataset
from lit_nlp.api import model as lit_model
from lit_nlp.api import types as lit_types

from lit_ext.corpus.factors import ExampleFactors, column_name
from lit_ext.corpus.lit_model import CorpusNMFModel
from lit_ext.corpus.top_factors import top_examples, top_tokens
from lit_ext.finite import require_finite
from lit_ext.interpreters.array_codec import encode_array
from lit_ext.interpreters.introspection_interpreter import IntrospectionInterpreter, config_int

DEFAULT_TOP = 10


def corpus_model(model: lit_model.Model) -> CorpusNMFModel | None:
    """The `CorpusNMFModel` inside LIT's wrappers, if any."""
    while isinstance(model, lit_model.ModelWrapper):
        if isinstance(model, CorpusNMFModel):
            return model
        model = model.wrapped
    return None


class CorpusNMFInterpreter(IntrospectionInterpreter):
    """Corpus factors (fitted once, `lit_ext.corpus`) applied to the selected examples.

    Per example: `activations` (k, n) of every token (0 on tokens left out), `max` and `mean` (k,)
    as in the data-table columns, and for the served dataset, per factor, `top_examples` (by max
    activation; see `top_factors.top_examples`) and `top_tokens` (by activation summed over
    occurrences; `top_factors.top_tokens`), what each list was taken over (`top_examples_over`,
    `top_tokens_over`), plus the fit's metadata. The dataset's factors are computed once per
    model and dataset (one forward pass over it) and kept.

    When the dataset is a precomputed store's sample (`store.StoreSample`) of this model with
    the `nmf_f{j}_max` columns, `top_examples` come from every row of the store instead (DuckDB,
    no forward pass; `store_top_examples`), and the stored predictions of those rows go to the
    model's cache; `top_tokens` stay over the sample (the store keeps no token activations).
    Config: top (entries per factor, default 10).
    """

    def __init__(self):
        self._summaries: dict[tuple, dict] = {}
        self._lock = threading.Lock()

    def is_compatible(self, model: lit_model.Model, dataset: lit_dataset.Dataset) -> bool:
        del dataset
        return corpus_model(model) is not None

    def config_spec(self) -> lit_types.Spec:
        return {"top": lit_types.Scalar(default=DEFAULT_TOP, min_val=1, max_val=100, step=1,
                                        required=False)}

    def dataset_summary(self, corpus: CorpusNMFModel, dataset: lit_dataset.Dataset, top: int,
                        reader=None) -> dict:
        """Top examples and tokens per factor over `dataset`, cached per model, data and `top`;
        with a store's `reader`, only the top tokens (see `store_top_examples`)."""
        examples = [dict(example) for example in dataset.examples]
        ids = hashlib.sha256("\n".join(str(ex.get("_id", i)) for i, ex in enumerate(examples))
                            .encode()).hexdigest()
        key = (id(corpus.factors), ids, top, reader is not None)
        with self._lock:
            if key not in self._summaries:
                factors = corpus.factors.transform(corpus.wrapped, examples) if examples else []
                summary = {"top_tokens": top_tokens(factors, top)}
                if reader is None:
                    maxima = (np.stack([example.summary("max") for example in factors]) if factors
                              else np.zeros((0, corpus.factors.n_components)))
                    text = corpus.wrapped.text_a
                    summary["top_examples"] = [
                        [{"index": i, "id": examples[i].get("_id"),
                          "text": examples[i].get(text), "max": value} for i, value in factor]
                        for factor in top_examples(maxima, top)]
                    summary["top_examples_over"] = f"dataset of {len(examples):,} examples"
                    summary["top_tokens_over"] = summary["top_examples_over"]
                else:
                    summary["top_tokens_over"] = f"sample of {len(examples):,} rows"
                self._summaries[key] = summary
            return self._summaries[key]

    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        del model_outputs
        corpus = corpus_model(model)
        if corpus is None:
            raise ValueError("corpus_nmf needs a model with corpus NMF factors: add corpus_nmf "
                             "to the model in the config.")
        top = config_int(config or {}, "top", DEFAULT_TOP)
        if top < 1:
            raise ValueError(f"Config 'top' must be at least 1, got {top}.")
        summary = {}
        if dataset is not None:
            reader = factor_store(model, corpus, dataset)
            summary = self.dataset_summary(corpus, dataset, top, reader)
            if reader is not None:
                summary = summary | store_top_examples(model, corpus, reader, top)
        fit = {key: corpus.factors.metadata.get(key) for key in
               ("model", "data", "sample", "layers", "n_components", "exclude_special_tokens",
                "sklearn_version", "created")}
        results = [_example_payload(example) | summary | {"fit": fit}
                   for example in corpus.factors.transform(corpus.wrapped, list(inputs))]
        require_finite(results, "corpus_nmf")
        return results


def factor_store(model: lit_model.Model, corpus: CorpusNMFModel, dataset: lit_dataset.Dataset):
    """The `StoreReader` of `dataset` when it is a served store's sample whose model is `model`
    and whose rows hold this fit's `nmf_f{j}_max` columns; else None."""
    # LIT hands interpreters its `IndexedDataset`, which keeps the dataset it indexes as `_base`.
    while dataset is not None and not hasattr(dataset, "reader"):
        dataset = getattr(dataset, "_base", None)
    reader = getattr(dataset, "reader", None)
    if reader is None:
        return None
    from lit_ext.store.store_dataset import is_store_model  # pyarrow, DuckDB: only with a store

    columns = [column_name(j, "max") for j in range(corpus.factors.n_components)]
    if not is_store_model(model, reader) or not all(c in reader.columns for c in columns):
        return None
    return reader


def store_top_examples(model: lit_model.Model, corpus: CorpusNMFModel, reader, top: int) -> dict:
    """Per factor, the `top` rows of the whole store with the highest stored max activation
    (`ORDER BY nmf_f{j}_max DESC, row`: ties in row order), each with its store `row`, LIT `id`
    (the hash LIT gives the same example), `data`, `text`, `max` and `source: "store"`; read with
    DuckDB, no forward pass. Their stored predictions go to `model`'s cache, so that a row added
    to LIT's dataset from this list is shown without one either."""
    from lit_ext.store.store_dataset import cache_stored_predictions, row_example

    fields = reader.manifest.example_fields
    text = corpus.wrapped.text_a
    result, rows = [], {}
    for j in range(corpus.factors.n_components):
        column = column_name(j, "max")
        entries = []
        for record in reader.query(order_by=column, descending=True, limit=top).to_pylist():
            data, example_id = row_example(record, fields)
            entry = {"row": record["row"], "id": example_id, "data": data,
                     "text": data.get(text), "max": record[column], "source": "store"}
            entries.append(entry)
            rows[entry["row"]] = entry
        result.append(entries)
    cache_stored_predictions(model, reader, list(rows.values()))
    return {"top_examples": result,
            "top_examples_over": f"store of {reader.manifest.num_rows:,} rows"}


def _example_payload(example: ExampleFactors) -> dict:
    return {
        "tokens": example.tokens,
        "display_tokens": example.display_tokens,
        "special_tokens": example.special_tokens,
        "token_mask": example.mask.tolist(),
        "activations": encode_array(np.ascontiguousarray(example.activations.T), "activations"),
        "max": example.summary("max").tolist(),
        "mean": example.summary("mean").tolist(),
    }

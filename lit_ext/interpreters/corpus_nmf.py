"""The `corpus_nmf` interpreter: corpus-fitted factors for the selected examples, and each factor's
top examples and top tokens over the served dataset."""

from __future__ import annotations

import hashlib
import threading

import numpy as np
from lit_nlp.api import dataset as lit_dataset
from lit_nlp.api import model as lit_model
from lit_nlp.api import types as lit_types

from lit_ext.corpus.factors import ExampleFactors
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
    occurrences; `top_factors.top_tokens`), plus the fit's metadata. The dataset's factors are
    computed once per model and dataset (one forward pass over it) and kept.
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

    def dataset_summary(self, corpus: CorpusNMFModel, dataset: lit_dataset.Dataset, top: int) -> dict:
        """Top examples and tokens per factor over `dataset`, cached per model, data and `top`."""
        examples = [dict(example) for example in dataset.examples]
        ids = hashlib.sha256("\n".join(str(ex.get("_id", i)) for i, ex in enumerate(examples))
                            .encode()).hexdigest()
        key = (id(corpus.factors), ids, top)
        with self._lock:
            if key not in self._summaries:
                factors = corpus.factors.transform(corpus.wrapped, examples) if examples else []
                maxima = (np.stack([example.summary("max") for example in factors]) if factors
                          else np.zeros((0, corpus.factors.n_components)))
                text = corpus.wrapped.text_a
                self._summaries[key] = {
                    "top_examples": [[{"index": i, "id": examples[i].get("_id"),
                                       "text": examples[i].get(text), "max": value}
                                      for i, value in factor]
                                     for factor in top_examples(maxima, top)],
                    "top_tokens": top_tokens(factors, top),
                }
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
        summary = self.dataset_summary(corpus, dataset, top) if dataset is not None else {}
        fit = {key: corpus.factors.metadata.get(key) for key in
               ("model", "data", "sample", "layers", "n_components", "exclude_special_tokens",
                "sklearn_version", "created")}
        results = [_example_payload(example) | summary | {"fit": fit}
                   for example in corpus.factors.transform(corpus.wrapped, list(inputs))]
        require_finite(results, "corpus_nmf")
        return results


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

"""Salience by word instead of by subword, for every salience method (LIT's and lit-ext's).

A subword tokenizer cuts "unbelievably" into `un ##bel ##ie ##va ##bly`; a person asks how much
the *word* mattered. `SubwordMergingSalience` wraps any LIT salience interpreter and adds a
`merge_subwords` option that sums the salience of each word's tokens (signed methods keep their
sign: contributions add up). Special tokens stay words of their own. Fields whose tokens are
not the model's (LIME explains whitespace words already) are left as they are.
"""

from __future__ import annotations

import numpy as np
from lit_nlp.api import components as lit_components
from lit_nlp.api import dtypes
from lit_nlp.api import types as lit_types

from lit_ext.interpreters.introspection_interpreter import config_bool, unwrap_model
from lit_ext.models.transformer_wrapper import TransformerWrapper

MERGE_SUBWORDS = "merge_subwords"


def merge_subwords(salience: np.ndarray, words: list[int]) -> np.ndarray:
    """(n,) token salience -> (number of words,) sums, for word indices 0, 0, 1, 2, 2, ..."""
    return np.bincount(np.asarray(words), weights=np.asarray(salience, np.float64)).astype(np.float32)


class SubwordMergingSalience(lit_components.Interpreter):
    """`base` with a `merge_subwords` config option (default off: exactly `base`)."""

    def __init__(self, base: lit_components.Interpreter):
        self.base = base

    def config_spec(self) -> lit_types.Spec:
        return dict(self.base.config_spec()) | {
            MERGE_SUBWORDS: lit_types.Boolean(default=False, required=False)}

    def meta_spec(self) -> lit_types.Spec:
        return self.base.meta_spec()

    def is_compatible(self, model, dataset) -> bool:
        return self.base.is_compatible(model, dataset)

    def description(self) -> str:
        return self.base.description()

    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        config = dict(config or {})
        merge = config_bool(config, MERGE_SUBWORDS, False)
        config.pop(MERGE_SUBWORDS, None)
        results = self.base.run(inputs, model, dataset, model_outputs, config)
        if not merge or results is None:
            return results
        wrapper = unwrap_model(model)
        if not isinstance(wrapper, TransformerWrapper):
            raise ValueError(f"merge_subwords needs a lit-ext model wrapper to find words; "
                             f"got {type(wrapper).__name__}.")
        for result, (words, texts) in zip(results, wrapper.words(inputs)):
            for field, value in result.items():
                if isinstance(value, dtypes.TokenSalience) and len(value.tokens) == len(words):
                    result[field] = dtypes.TokenSalience(texts, merge_subwords(value.salience, words))
        return results

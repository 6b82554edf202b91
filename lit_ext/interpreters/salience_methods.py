"""The salience methods a LIT server has, found by what they declare, and their maps per word.

A LIT interpreter is a token salience method when its `meta_spec()` declares a `TokenSalience`
output (LIT's Grad L2 Norm, Grad ⋅ Input, Integrated Gradients and LIME do; so do lit-ext's
attention-based ones). No name is hard-coded: a method added to the server is found.

Their maps come in two alignments, both turned into one score per word (`TextWords`):
- over the model's `tokens` (gradient and attention methods): subword scores are summed into
  their word, special tokens dropped;
- over the text's whitespace-separated words (LIME, which splits with `str.split`): each of our
  words takes the score of the whitespace word it lies in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from lit_nlp.api import components as lit_components
from lit_nlp.api import dataset as lit_dataset
from lit_nlp.api import dtypes
from lit_nlp.api import model as lit_model
from lit_nlp.api import types as lit_types

from lit_ext.interpreters.text_words import TextWords


def is_salience_method(interpreter: lit_components.Interpreter) -> bool:
    return any(isinstance(field, lit_types.TokenSalience)
               for field in interpreter.meta_spec().values())


def salience_methods(interpreters: Mapping[str, lit_components.Interpreter],
                     model: lit_model.Model, dataset: lit_dataset.Dataset | None,
                     ) -> dict[str, lit_components.Interpreter]:
    """The token salience methods among `interpreters` that can explain `model`, by name."""
    return {name: interpreter for name, interpreter in interpreters.items()
            if is_salience_method(interpreter) and interpreter.is_compatible(model, dataset)}


def default_config(interpreter: lit_components.Interpreter) -> dict:
    """The config LIT's UI sends for an interpreter whose controls are left alone."""
    return {key: field.default for key, field in interpreter.config_spec().items()}


def explain(interpreter: lit_components.Interpreter, inputs: Sequence[Mapping],
            model: lit_model.Model, dataset: lit_dataset.Dataset | None,
            model_outputs: Sequence[Mapping]) -> list[Mapping | str]:
    """Per example, the interpreter's result with its default config, or the message of the
    `ValueError` with which it refused the example (attention_flow refuses long inputs, for
    one). All examples are asked at once; one by one only after a refusal, so that one long
    example does not cost the others their explanation."""
    try:
        results = interpreter.run(list(inputs), model, dataset, model_outputs=list(model_outputs),
                                  config=default_config(interpreter))
    except ValueError as refusal:
        if len(inputs) == 1:
            return [str(refusal)]
        return [explain(interpreter, [example], model, dataset, [output])[0]
                for example, output in zip(inputs, model_outputs)]
    if results is None:
        return ["It returned no salience map for this model."] * len(inputs)
    return results


def word_scores(result: Mapping, words: TextWords, model_tokens: Sequence[str]) -> np.ndarray:
    """One score per word (words,) from one example's salience result ({field: TokenSalience}).

    The first `TokenSalience` aligned with the model's tokens or with the text's whitespace
    words is used; a result with neither cannot be scored by deleting words.
    """
    maps = [value for value in result.values() if isinstance(value, dtypes.TokenSalience)]
    for salience in maps:
        tokens = list(salience.tokens)
        if tokens == list(model_tokens):
            return words.sum_over_words(salience.salience)
        if tokens == words.text.split():
            return words.from_whitespace_words(salience.salience)
    described = [f"{len(salience.tokens)} tokens {list(salience.tokens)[:4]}..." for salience in maps]
    raise ValueError(f"No salience map aligned with the model's {len(model_tokens)} tokens or the "
                     f"text's words; got {described or 'no TokenSalience'}.")

"""The `faithfulness` interpreter: which salience method's explanation to trust, per example.

For every salience method the server has (found by their `TokenSalience` meta_spec, see
`salience_methods`) and a `random` baseline, ERASER's comprehensiveness and sufficiency
(DeYoung et al. 2020; definitions and conventions in `eraser`) and Kendall's τ between the
method's word scores and leave-one-out importance, p(y|x) − p(y|x without that word).

- Words, not subword tokens: each method's map is merged into the tokenizer's words (subword
  scores summed, special tokens never ranked or removed), and words are deleted from the text
  (`TextWords`), which is then read by the model as a new input.
- Every method runs as LIT serves it: the same interpreter object, its default config, the
  model as given (LIT's caching wrapper on a server), so its explanation is the one the user sees.
- All perturbed texts of all requested examples and methods (deduplicated: methods often agree
  on the top words) go through the model in one batched call, forward passes only
  (`class_probabilities`), sorted by length so that batches pad little.
"""

from __future__ import annotations

import dataclasses
import zlib
from collections.abc import Mapping, Sequence

import numpy as np
from lit_nlp.api import components as lit_components
from lit_nlp.api import dataset as lit_dataset
from lit_nlp.api import model as lit_model
from lit_nlp.api import types as lit_types
from lit_nlp.lib import utils as lit_utils

from lit_ext.finite import require_finite
from lit_ext.interpreters import eraser
from lit_ext.interpreters.introspection_interpreter import unwrap_model
from lit_ext.interpreters.salience_methods import explain, salience_methods, word_scores
from lit_ext.interpreters.text_words import TextWords
from lit_ext.models.class_probabilities import class_probabilities
from lit_ext.models.transformer_wrapper import TransformerWrapper

RANDOM = "random"
# The random baseline's seed, combined with the text's CRC-32: an example always gets the same
# random ranking, different examples independent ones.
RANDOM_SEED = 0
DEFAULT_FRACTIONS = "0.1,0.2,0.5"


@dataclasses.dataclass
class _Example:
    """One example: its words, predicted class, each method's word scores and, once `plan`ned,
    the perturbed texts to predict."""
    words: TextWords
    label: int
    probability: float
    scores: dict[str, np.ndarray]
    # method -> why it has no scores here (it refused the input, or its map fits no words)
    errors: dict[str, str] = dataclasses.field(default_factory=dict)
    leave_one_out: list[str] = dataclasses.field(default_factory=list)
    # method -> one text per fraction
    without_top: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    only_top: dict[str, list[str]] = dataclasses.field(default_factory=dict)

    @property
    def scorable(self) -> bool:
        return len(self.words) >= 2

    def plan(self, fractions: Sequence[float]) -> list[str]:
        """Builds the perturbed texts; returns them all (none for an input of one word)."""
        if not self.scorable:
            return []
        self.leave_one_out = [self.words.text_without([word]) for word in range(len(self.words))]
        for name, scores in self.scores.items():
            tops = [eraser.top_words(scores, fraction) for fraction in fractions]
            self.without_top[name] = [self.words.text_without(top) for top in tops]
            self.only_top[name] = [self.words.text_of(top) for top in tops]
        return [*self.leave_one_out, *(text for texts in self.without_top.values() for text in texts),
                *(text for texts in self.only_top.values() for text in texts)]


def random_scores(words: TextWords) -> np.ndarray:
    """The baseline's word scores (words,): uniform on [0, 1), seeded by RANDOM_SEED and text."""
    rng = np.random.default_rng([RANDOM_SEED, zlib.crc32(words.text.encode("utf-8"))])
    return rng.random(len(words))


def parse_fractions(value) -> list[float]:
    """The `fractions` config: comma-separated (or a list of) numbers strictly between 0 and 1."""
    items = value.split(",") if isinstance(value, str) else list(value)
    fractions = []
    for item in items:
        try:
            fraction = float(item)
        except (TypeError, ValueError):
            raise ValueError(f"Config 'fractions' must be numbers between 0 and 1 separated by "
                             f"commas, such as {DEFAULT_FRACTIONS!r}; got {value!r}.") from None
        if not 0 < fraction < 1:
            raise ValueError(f"Config 'fractions': {item!r} is not strictly between 0 and 1 (a "
                             "fraction of the words to remove, e.g. 0.1 for the top 10%).")
        fractions.append(fraction)
    if not fractions:
        raise ValueError(f"Config 'fractions' is empty; give e.g. {DEFAULT_FRACTIONS!r}.")
    return fractions


def parse_methods(value, available: Sequence[str]) -> list[str]:
    """The `methods` config: comma-separated (or a list of) salience method names; empty for all
    `available`. `random` is always scored and may be named too."""
    items = value.split(",") if isinstance(value, str) else list(value or [])
    names = [str(item).strip() for item in items if str(item).strip()]
    unknown = [name for name in names if name not in available and name != RANDOM]
    if unknown:
        raise ValueError(f"Unknown salience method(s) {unknown} for this model; available: "
                         f"{sorted(available)} (and '{RANDOM}').")
    chosen = [name for name in dict.fromkeys(names) if name != RANDOM]
    return chosen if names else list(available)


class FaithfulnessInterpreter(lit_components.Interpreter):
    """ERASER comprehensiveness / sufficiency (AOPC) and Kendall τ against leave-one-out, per
    salience method and example.

    Args:
      interpreters: the server's interpreters by name, the mapping LIT is given (looked up at
        every run, so it may be filled after this object is built); its token salience methods
        are the ones scored.

    Config: `methods` (comma-separated names; empty: every salience method compatible with the
    model), `fractions` (the top fractions of words removed, default "0.1,0.2,0.5").

    Returns per example: {"label": predicted class, "probability": p(label|x), "fractions": [...],
    "methods": [{"name", "comprehensiveness", "sufficiency", "kendall_tau"}, ...]}, the requested
    methods in order and `random` last. Scores are None where undefined: every score for an input
    of one word, τ for a constant map; and for a method that refused the example (attention_flow
    refuses long inputs), whose row then says why in "error".
    """

    def __init__(self, interpreters: Mapping[str, lit_components.Interpreter]):
        self._interpreters = interpreters

    def is_compatible(self, model: lit_model.Model, dataset: lit_dataset.Dataset) -> bool:
        del dataset
        inner = unwrap_model(model)
        # One text: a pair input could lose every word of one of its texts.
        return (isinstance(inner, TransformerWrapper) and inner.text_b is None
                and inner.tokenizer.is_fast
                and bool(lit_utils.find_spec_keys(inner.output_spec(), lit_types.MulticlassPreds)))

    def config_spec(self) -> lit_types.Spec:
        return {
            "methods": lit_types.TextSegment(default="", required=False),
            "fractions": lit_types.TextSegment(default=DEFAULT_FRACTIONS, required=False),
        }

    def meta_spec(self) -> lit_types.Spec:
        # A table of scores, not a salience map or metric: LIT's generic modules ignore it.
        return {}

    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        if not self.is_compatible(model, dataset):
            raise ValueError("faithfulness needs a lit-ext classifier of one text with a fast "
                             f"tokenizer; got {type(unwrap_model(model)).__name__}.")
        wrapper: TransformerWrapper = unwrap_model(model)
        config = config or {}
        fractions = parse_fractions(config.get("fractions") or DEFAULT_FRACTIONS)
        methods = salience_methods(self._interpreters, model, dataset)
        names = parse_methods(config.get("methods", ""), list(methods))
        if model_outputs is None:
            model_outputs = list(model.predict(inputs))
        preds_key = lit_utils.find_spec_keys(wrapper.output_spec(), lit_types.MulticlassPreds)[0]
        vocab = wrapper.output_spec()[preds_key].vocab
        examples = [self._read(wrapper, example, output[preds_key])
                    for example, output in zip(inputs, model_outputs)]
        for name in names:
            maps = explain(methods[name], inputs, model, dataset, model_outputs)
            for item, output, result in zip(examples, model_outputs, maps):
                self._add_scores(item, name, result, output["tokens"])

        scored = [*names, RANDOM]
        texts = [text for item in examples for text in item.plan(fractions)]
        probabilities = self._predict(wrapper, texts)
        results = [{
            "label": vocab[item.label],
            "probability": item.probability,
            "fractions": fractions,
            "methods": [self._scores(item, name, probabilities) for name in scored],
        } for item in examples]
        require_finite(results, "faithfulness")
        return results

    @staticmethod
    def _read(wrapper: TransformerWrapper, example: dict, probas) -> _Example:
        """The example's words, its predicted class and probability, and the random baseline."""
        probas = np.asarray(probas, dtype=float)
        label = int(probas.argmax())
        words = TextWords.of(wrapper.tokenizer, example[wrapper.text_a], wrapper.max_length)
        return _Example(words, label, float(probas[label]), {RANDOM: random_scores(words)})

    @staticmethod
    def _add_scores(item: _Example, name: str, result: Mapping | str,
                    model_tokens: Sequence[str]) -> None:
        """Method `name`'s word scores from its salience result, or why there are none."""
        if isinstance(result, str):
            item.errors[name] = result
            return
        try:
            scores = word_scores(result, item.words, model_tokens)
        except ValueError as misfit:
            item.errors[name] = str(misfit)
            return
        require_finite(scores, f"the salience of '{name}'")
        item.scores[name] = scores

    @staticmethod
    def _predict(wrapper: TransformerWrapper, texts: list[str]) -> dict[str, np.ndarray]:
        """Class probabilities (classes,) of every distinct text, all in one batched call."""
        unique = list(dict.fromkeys(texts))
        # The wrapper itself, not LIT's caching wrapper: hundreds of one-off perturbed texts
        # would push the user's edited examples out of the bounded prediction cache. Forward
        # passes only: predict() would also take gradients that nothing here reads.
        probabilities = class_probabilities(wrapper, [{wrapper.text_a: text} for text in unique])
        return dict(zip(unique, probabilities))

    @staticmethod
    def _scores(item: _Example, name: str, probabilities: Mapping[str, np.ndarray]) -> dict:
        if name in item.errors or not item.scorable:
            row = {"name": name, "comprehensiveness": None, "sufficiency": None,
                   "kendall_tau": None}
            return row | ({"error": item.errors[name]} if name in item.errors else {})

        def p_label(texts: list[str]) -> np.ndarray:
            return np.array([probabilities[text][item.label] for text in texts])

        importance = item.probability - p_label(item.leave_one_out)
        return {
            "name": name,
            "comprehensiveness": eraser.aopc(item.probability, p_label(item.without_top[name])),
            "sufficiency": eraser.aopc(item.probability, p_label(item.only_top[name])),
            "kendall_tau": eraser.kendall_tau(item.scores[name], importance),
        }

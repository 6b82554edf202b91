"""The `faithfulness` interpreter against a direct computation of ERASER's scores.

The direct computation here knows nothing of lit-ext: it splits the text at spaces, ranks the
words by a fake salience method's known scores, builds the perturbed texts by hand and asks the
plain transformers model (not lit-ext's predict) for their probabilities.
"""

from __future__ import annotations

import json
import math
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest
import torch
from lit_nlp.api import components as lit_components
from lit_nlp.api import dtypes
from lit_nlp.api import types as lit_types
from lit_nlp.components import core
from lit_nlp.lib import serialize
from scipy import stats
from served_app import strict_json
from tiny_app import Api, example, message, serve_tiny_models, tiny_config
from tiny_app import tiny_classifier as tiny_bert
from tiny_checkpoints import LABELS, tiny_classifier

from lit_ext.interpreters.faithfulness import FaithfulnessInterpreter
from lit_ext.interpreters.text_words import TextWords
from lit_ext.models.class_probabilities import class_probabilities
from lit_ext.models.classifier import ClassifierModel
from lit_ext.server import build_interpreters, make_app

# Words of one WordPiece token or several ("unflinchingly" is four), each a word for the
# tokenizer too: punctuation stands apart, so word = whitespace-separated word.
SENTENCE = "the unflinchingly bleak film , sadly not a good one at all"
FRACTIONS = [0.1, 0.2, 0.5]
SPECIAL_SCORE = 100.0  # far above every word: a method that ranked [CLS]/[SEP] would show it


class KnownScores(lit_components.Interpreter):
    """A salience method whose scores the test chooses: a function of the model's tokens."""

    def __init__(self, scores_for, signed: bool = True):
        self.scores_for, self.signed = scores_for, signed

    def meta_spec(self):
        return {"saliency": lit_types.TokenSalience(signed=self.signed, autorun=False)}

    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        return [{"token_grads": dtypes.TokenSalience(output["tokens"],
                                                     self.scores_for(output["tokens"]))}
                for output in model_outputs]


class WhitespaceScores(lit_components.Interpreter):
    """Like LIT's LIME: a map over `text.split()`, keyed by the text field."""

    def __init__(self, scores_for):
        self.scores_for = scores_for

    def meta_spec(self):
        return {"saliency": lit_types.TokenSalience(signed=True, autorun=False)}

    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        return [{"sentence": dtypes.TokenSalience(example["sentence"].split(),
                                                  self.scores_for(example["sentence"].split()))}
                for example in inputs]


class ShortInputsOnly(KnownScores):
    """Refuses inputs of more than `limit` tokens, as attention_flow does."""

    def __init__(self, limit: int):
        super().__init__(mixed_scores)
        self.limit = limit

    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        if any(len(output["tokens"]) > self.limit for output in model_outputs):
            raise ValueError(f"too slow beyond {self.limit} tokens")
        return super().run(inputs, model, dataset, model_outputs, config)


class NotSalience(lit_components.Interpreter):
    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        raise AssertionError("faithfulness ran an interpreter that is no salience method")


def mixed_scores(tokens: list[str]) -> np.ndarray:
    """Distinct signed scores, large negative ones included (ranking by magnitude would differ),
    and [CLS]/[SEP] above everything."""
    scores = np.random.default_rng(len(tokens)).normal(0, 1, len(tokens))
    scores[[0, -1]] = SPECIAL_SCORE
    return scores


@pytest.fixture(scope="module", params=["bert", "roberta"])
def tiny(request):
    """(lit-ext wrapper, plain HF model, tokenizer) of a tiny random 3-class classifier.

    Weights drawn 10x wider than HF's default (initializer_range 0.2): with the default, deleting
    words moves probabilities by ~1e-6, too little to tell a right ranking from a wrong one.
    """
    model, tokenizer = tiny_classifier(request.param, seed=3, initializer_range=0.2)
    return ClassifierModel(model, tokenizer, labels=LABELS), model, tokenizer


def plain_probabilities(model, tokenizer, texts: list[str]) -> np.ndarray:
    """p(class | text) from transformers directly, one text at a time (no padding)."""
    with torch.no_grad():
        return np.stack([torch.softmax(model(**tokenizer(text, return_tensors="pt")).logits[0],
                                       -1).numpy() for text in texts])


def direct_scores(model, tokenizer, text: str, word_scores: np.ndarray, fractions=FRACTIONS):
    """ERASER's scores computed from scratch for a text whose words are separated by spaces."""
    words = text.split()
    full = plain_probabilities(model, tokenizer, [text])[0]
    label = int(full.argmax())

    def p_label(texts):
        return plain_probabilities(model, tokenizer, texts)[:, label]

    order = sorted(range(len(words)), key=lambda i: -word_scores[i])
    without, only = [], []
    for fraction in fractions:
        top = set(order[:math.ceil(fraction * len(words))])
        without.append(" ".join(w for i, w in enumerate(words) if i not in top))
        only.append(" ".join(w for i, w in enumerate(words) if i in top))
    leave_one_out = [" ".join(words[:i] + words[i + 1:]) for i in range(len(words))]
    return {
        "label": LABELS[label],
        "probability": full[label],
        "comprehensiveness": np.mean(full[label] - p_label(without)),
        "sufficiency": np.mean(full[label] - p_label(only)),
        "kendall_tau": stats.kendalltau(word_scores, full[label] - p_label(leave_one_out)).statistic,
    }


def token_scores_by_word(tokenizer, text: str, token_scores: np.ndarray) -> np.ndarray:
    """Sums a token map into the text's space-separated words, special tokens dropped (HF's own
    word_ids; every word of SENTENCE is one word for the tokenizer too)."""
    word_ids = tokenizer(text).word_ids()
    sums = np.zeros(len(text.split()))
    for word, score in zip(word_ids, token_scores):
        if word is not None:
            sums[word] += score
    return sums


def run(wrapper, interpreters, text=SENTENCE, **config):
    faithfulness = FaithfulnessInterpreter(interpreters)
    inputs = [{"sentence": text}]
    return faithfulness.run(inputs, wrapper, None, model_outputs=list(wrapper.predict(inputs)),
                            config=config)[0]


def by_name(result) -> dict:
    return {row["name"]: row for row in result["methods"]}


def assert_matches(row: dict, expected: dict) -> None:
    for key in ("comprehensiveness", "sufficiency", "kendall_tau"):
        assert row[key] == pytest.approx(expected[key], abs=2e-6), key


def test_scores_equal_a_direct_computation(tiny):
    wrapper, model, tokenizer = tiny
    result = run(wrapper, {"known": KnownScores(mixed_scores)})
    tokens = tokenizer.convert_ids_to_tokens(tokenizer(SENTENCE)["input_ids"])
    expected = direct_scores(model, tokenizer, SENTENCE,
                             token_scores_by_word(tokenizer, SENTENCE, mixed_scores(tokens)))
    assert result["label"] == expected["label"]
    assert result["probability"] == pytest.approx(expected["probability"], abs=1e-6)
    assert result["fractions"] == FRACTIONS
    assert [row["name"] for row in result["methods"]] == ["known", "random"]
    assert_matches(by_name(result)["known"], expected)
    # The scores are not all trivially equal: the check above could tell a wrong ranking apart.
    assert abs(expected["comprehensiveness"] - expected["sufficiency"]) > 1e-3


# "film's" is three words for WordPiece ("film", "'", "s"), two for byte-level BPE ("film",
# "'s"). With the pieces of "film's" tied at 0.9, the top 20% is its first two pieces; the top
# 50% adds the next piece (BERT) and "is" (0.5).
WHITESPACE_TEXT = "a film's heart is big"
WHITESPACE_SCORES = [0.1, 0.9, -0.3, 0.5, 0.2]
PERTURBED = {  # only the top 20%, only the top 50%, without the top 20%, without the top 50%
    "bert": ["film'", "film's is", "a s heart is big", "a heart big"],
    "roberta": ["film's", "film's is", "a heart is big", "a heart big"],
}


def test_whitespace_maps_rank_every_piece_of_a_word_with_it(tiny):
    wrapper, model, tokenizer = tiny
    result = run(wrapper, {"lime-like": WhitespaceScores(lambda words: WHITESPACE_SCORES)},
                 text=WHITESPACE_TEXT, fractions="0.2,0.5")
    full = plain_probabilities(model, tokenizer, [WHITESPACE_TEXT])[0]
    label = int(full.argmax())
    p = plain_probabilities(model, tokenizer, PERTURBED[model.config.model_type])[:, label]
    row = by_name(result)["lime-like"]
    assert row["sufficiency"] == pytest.approx(np.mean(full[label] - p[:2]), abs=2e-6)
    assert row["comprehensiveness"] == pytest.approx(np.mean(full[label] - p[2:]), abs=2e-6)


def test_ties_break_by_position_and_constant_maps_have_no_tau(tiny):
    wrapper, model, tokenizer = tiny
    flat = WhitespaceScores(lambda words: np.ones(len(words)))
    row = by_name(run(wrapper, {"flat": flat}))["flat"]
    expected = direct_scores(model, tokenizer, SENTENCE, np.zeros(len(SENTENCE.split())))
    assert row["comprehensiveness"] == pytest.approx(expected["comprehensiveness"], abs=2e-6)
    assert row["sufficiency"] == pytest.approx(expected["sufficiency"], abs=2e-6)
    assert row["kendall_tau"] is None


def test_lit_salience_methods_are_discovered_and_scored_as_lit_serves_them(tiny):
    wrapper, model, tokenizer = tiny
    interpreters = core.default_interpreters({"tiny": wrapper}) | {
        "known": KnownScores(mixed_scores), "not salience": NotSalience()}
    interpreters["LIME"] = type(interpreters["LIME"])(seed=0, num_samples=32)
    result = run(wrapper, interpreters)
    assert [row["name"] for row in result["methods"]] == [
        "Grad L2 Norm", "Grad ⋅ Input", "Integrated Gradients", "LIME", "known", "random"]
    # Grad ⋅ Input's map as LIT computes it, merged into words by the test.
    inputs = [{"sentence": SENTENCE}]
    outputs = list(wrapper.predict(inputs))
    lit_map = interpreters["Grad ⋅ Input"].run(inputs, wrapper, None, outputs)[0]["token_grads"]
    expected = direct_scores(model, tokenizer, SENTENCE,
                             token_scores_by_word(tokenizer, SENTENCE, lit_map.salience))
    assert_matches(by_name(result)["Grad ⋅ Input"], expected)
    # The result is what LIT sends: strict JSON (None for undefined scores, no NaN).
    strict_json(serialize.to_json([result]))


def test_methods_config_chooses_and_orders(tiny):
    wrapper, *_ = tiny
    interpreters = {"a": KnownScores(mixed_scores), "b": KnownScores(lambda t: -mixed_scores(t))}
    result = run(wrapper, interpreters, methods=" b , a,random")
    assert [row["name"] for row in result["methods"]] == ["b", "a", "random"]
    # Without model_outputs (do_predict=0, as lit-ext's modules ask) the model is asked first.
    result = FaithfulnessInterpreter(interpreters).run([{"sentence": SENTENCE}], wrapper, None,
                                                       config={"methods": "a"})[0]
    assert [row["name"] for row in result["methods"]] == ["a", "random"]
    assert result["methods"][0] == by_name(run(wrapper, interpreters))["a"]


def test_random_baseline_is_seeded_by_the_text(tiny):
    wrapper, model, tokenizer = tiny
    first = by_name(run(wrapper, {}))["random"]
    assert first == by_name(run(wrapper, {}))["random"]
    seeded = np.random.default_rng([0, zlib.crc32(SENTENCE.encode())]).random(len(SENTENCE.split()))
    assert_matches(first, direct_scores(model, tokenizer, SENTENCE, seeded))
    other = "the plot is thin but the heart is big and brave"
    assert by_name(run(wrapper, {}, text=other))["random"] != first


def test_a_method_that_refuses_an_example_gets_a_row_saying_why(tiny):
    wrapper, *_ = tiny
    faithfulness = FaithfulnessInterpreter({"short only": ShortInputsOnly(limit=8),
                                            "known": KnownScores(mixed_scores)})
    inputs = [{"sentence": SENTENCE}, {"sentence": "a good film"}]
    long, short = faithfulness.run(inputs, wrapper, None)
    assert by_name(long)["short only"] == {
        "name": "short only", "comprehensiveness": None, "sufficiency": None,
        "kendall_tau": None, "error": "too slow beyond 8 tokens"}
    # The short example is still explained by it, as when asked alone (up to the float noise of
    # padding in another batch); the other method is unharmed.
    [alone] = faithfulness.run(inputs[1:], wrapper, None)
    assert "error" not in by_name(short)["short only"]
    assert_matches(by_name(short)["short only"], by_name(alone)["short only"])
    assert_matches(by_name(long)["known"],
                   by_name(run(wrapper, {"known": KnownScores(mixed_scores)}))["known"])


def test_one_word_has_no_scores(tiny):
    wrapper, *_ = tiny
    result = run(wrapper, {"known": KnownScores(mixed_scores)}, text="good")
    assert result["methods"] == [
        {"name": name, "comprehensiveness": None, "sufficiency": None, "kendall_tau": None}
        for name in ("known", "random")]


@pytest.mark.parametrize("config, message", [
    ({"methods": "known,Grad L3"}, r"Unknown salience method\(s\) \['Grad L3'\].*available: \['known'\]"),
    ({"fractions": "0.1,1"}, "'1' is not strictly between 0 and 1"),
    ({"fractions": "0,0.5"}, "'0' is not strictly between 0 and 1"),
    ({"fractions": "-0.2"}, "not strictly between 0 and 1"),
    ({"fractions": "0.1,,0.5"}, "numbers between 0 and 1 separated by commas"),
    ({"fractions": "ten percent"}, "numbers between 0 and 1 separated by commas"),
])
def test_bad_config_is_refused_with_the_fix(tiny, config, message):
    wrapper, *_ = tiny
    with pytest.raises(ValueError, match=message):
        run(wrapper, {"known": KnownScores(mixed_scores)}, **config)


def test_refuses_models_it_cannot_perturb(tiny):
    wrapper, model, tokenizer = tiny
    pair = ClassifierModel(model, tokenizer, labels=LABELS, text_b="sentence2")
    faithfulness = FaithfulnessInterpreter({})
    assert faithfulness.is_compatible(wrapper, None)
    assert not faithfulness.is_compatible(pair, None)
    with pytest.raises(ValueError, match="classifier of one text"):
        faithfulness.run([{"sentence": "a", "sentence2": "b"}], pair, None)


# "it's  a film" (two spaces): WordPiece words it ' s a film; byte-level BPE words it 's a film
# (its token for the extra space is no word). Kept neighbours keep their original separator;
# where words were deleted between, one space.
REBUILT = {  # without the word after "it", without "a", only the first and last word
    "bert": ["it s  a film", "it's film", "it film"],
    "roberta": ["it a film", "it's film", "it film"],
}


def test_text_words_rebuild_text_without_fusing_neighbours(tiny):
    _, model, tokenizer = tiny
    text = "it's  a film"
    words = TextWords.of(tokenizer, text, 64)
    assert words.text_of(range(len(words))) == text
    assert [words.text_without([1]), words.text_without([len(words) - 2]),
            words.text_of([0, len(words) - 1])] == REBUILT[model.config.model_type]


def test_class_probabilities_equal_predict(tiny):
    wrapper, *_ = tiny
    inputs = [{"sentence": text} for text in (SENTENCE, "good", "a film's heart is big")]
    expected = np.stack([output["probas"] for output in wrapper.predict(inputs)])
    np.testing.assert_allclose(class_probabilities(wrapper, inputs), expected, atol=1e-6)


def test_result_is_json(tiny):
    wrapper, *_ = tiny
    result = run(wrapper, {"known": KnownScores(mixed_scores)}, text="good")
    assert json.loads(serialize.to_json(result))["methods"][0]["kendall_tau"] is None


def test_the_server_scores_the_salience_methods_it_serves():
    model = tiny_bert()
    everything = build_interpreters(None, {"tiny": model})
    result = everything["faithfulness"].run([{"sentence": SENTENCE}], model, None,
                                            config={"methods": ""})[0]
    assert [row["name"] for row in result["methods"]] == [
        "Grad L2 Norm", "Grad ⋅ Input", "Integrated Gradients", "LIME", "attention_rollout",
        "attention_flow", "attention_norm", "random"]
    chosen = build_interpreters(["faithfulness", "Grad ⋅ Input", "attention"], {"tiny": model})
    with pytest.raises(ValueError, match=r"available: \['Grad ⋅ Input'\]"):
        chosen["faithfulness"].run([{"sentence": SENTENCE}], model, None, config={"methods": "LIME"})


def test_faithfulness_over_http(monkeypatch, tmp_path):
    monkeypatch.setenv("LIT_EXT_CACHE_DIR", str(tmp_path))
    serve_tiny_models(monkeypatch, tiny_bert())
    api = Api(make_app(tiny_config()))
    response = api.interpret("faithfulness", [example(SENTENCE), example("good")],
                             {"methods": "Grad L2 Norm,attention_rollout", "fractions": "0.25"})
    assert response.status_code == 200, response.get_data(as_text=True)
    first, one_word = strict_json(response.get_data(as_text=True))
    assert first["label"] in ("negative", "positive") and 0.5 <= first["probability"] <= 1
    assert first["fractions"] == [0.25]
    assert [row["name"] for row in first["methods"]] == ["Grad L2 Norm", "attention_rollout", "random"]
    assert all(isinstance(row["comprehensiveness"], float) for row in first["methods"])
    assert one_word["methods"][0]["kendall_tau"] is None
    refused = api.interpret("faithfulness", [example(SENTENCE)], {"fractions": "0.5,2"})
    assert "'2' is not strictly between 0 and 1" in message(refused)


def test_sst2_script_table_averages_what_exists_best_first():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from faithfulness_sst2 import table

    def row(name, comprehensiveness, sufficiency, tau, **extra):
        return {"name": name, "comprehensiveness": comprehensiveness, "sufficiency": sufficiency,
                "kendall_tau": tau, **extra}

    results = [{"methods": [row("a", 0.2, 0.1, 0.5), row("b", 0.4, 0.3, None)]},
               {"methods": [row("a", 0.4, 0.3, None),
                            row("b", None, None, None, error="too long")]}]
    lines = table(results, ["a", "b"])
    assert lines[2:] == ["| b | 0.400 | 0.300 | — | 1 |", "| a | 0.300 | 0.200 | 0.500 | 2 |"]


@pytest.mark.parametrize("fraction, words, size", [
    (0.1, 2, 1), (0.5, 2, 1), (0.9, 2, 1),       # two words: always one, never both
    (0.1, 3, 1), (0.5, 3, 2), (0.9, 3, 2),       # ⌈0.3⌉ = 1, ⌈1.5⌉ = 2, ⌈2.7⌉ = 3 capped at 2
    (0.1, 10, 1), (0.2, 10, 2), (0.5, 10, 5),    # exact products are not rounded up
    (0.1, 11, 2), (0.5, 40, 20), (0.01, 40, 1),
])
def test_rationale_size_is_the_ceiling_kept_between_one_and_all_but_one(fraction, words, size):
    from lit_ext.interpreters.eraser import rationale_size

    assert rationale_size(fraction, words) == size


def test_a_one_word_input_has_no_rationale():
    from lit_ext.interpreters.eraser import rationale_size

    with pytest.raises(ValueError, match="An input of 1 word"):
        rationale_size(0.5, 1)

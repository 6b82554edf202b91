"""Head statistics (Clark et al. 2019) and attention-pattern search, against values computed here
from plain transformers (eager, `output_attentions=True`, one unpadded example at a time) with
loops written out, on the shipped SST-2 MiniLM and a tiny random RoBERTa (byte-level BPE, `<s>`
and `</s>` instead of [CLS] and [SEP])."""

from __future__ import annotations

import csv
import inspect
import itertools
import math
import re

import numpy as np
import pytest
import torch
from served_app import example, interpret, make_api, strict_json
from tiny_checkpoints import ARCHITECTURES, save_checkpoint, tiny_classifier

from lit_ext.interpreters import lit_ext_interpreters
from lit_ext.interpreters.attention_search import parse_pattern, search_attention
from lit_ext.interpreters.head_statistics import (
    STATISTICS,
    aggregate_statistics,
    example_statistics,
)
from lit_ext.models.classifier import ClassifierModel

# The ASCII characters in Unicode's punctuation categories ($ + < = > ^ ` | ~ are symbols).
PUNCTUATION = set("!\"#%&'()*,-./:;?@[\\]_{}")
HANDWRITTEN = ["it 's a gorgeous , witty , seductive movie !",
               "not bad -- really not bad at all .",
               "a film ( of sorts ) ... that never lets up ?"]
TOLERANCE = 1e-5


# ---- the reference, written independently of lit-ext ------------------------------------------

def plain_attention(model, tokenizer, text: str, text_b: str | None = None):
    """(layers, heads, n, n) float64 attention of one unpadded example, its tokens and ids."""
    encoding = tokenizer(text, text_b, return_tensors="pt")
    accepted = inspect.signature(model.forward).parameters
    with torch.no_grad():
        output = model(**{k: v for k, v in encoding.items() if k in accepted},
                       output_attentions=True)
    attention = torch.stack(output.attentions, dim=1)[0].double().numpy()
    ids = encoding["input_ids"][0].tolist()
    return attention, tokenizer.convert_ids_to_tokens(ids), ids


def special_flags(tokenizer, ids: list[int]) -> list[bool]:
    return [i in tokenizer.all_special_ids and i != tokenizer.unk_token_id for i in ids]


def shown(token: str) -> str:
    """A token's text without WordPiece's `##`, byte-level BPE's `Ġ` or SentencePiece's `▁`
    (ASCII text only)."""
    return token[2:] if token.startswith("##") and len(token) > 2 else token.lstrip("Ġ▁")


def direct_rows(attention: np.ndarray, special: list[bool], texts: list[str]) -> np.ndarray:
    """Clark et al.'s quantities per query row, with loops: (rows, statistics, layers, heads)."""
    layers, heads, n, _ = attention.shape
    rows = np.zeros((n, len(STATISTICS), layers, heads))
    # A lone byte-level `Ġ` (a space before "!") shows as nothing: not punctuation.
    punctuation = [not s and t != "" and all(c in PUNCTUATION for c in t)
                   for s, t in zip(special, texts)]
    for layer, head, i in itertools.product(range(layers), range(heads), range(n)):
        a = attention[layer, head, i]
        values = {
            "cls": a[0] if special[0] else 0.0,
            "sep": sum(a[j] for j in range(1, n) if special[j]),
            "punctuation": sum(a[j] for j in range(n) if punctuation[j]),
            "previous": a[i - 1] if i > 0 else 0.0,
            "next": a[i + 1] if i + 1 < n else 0.0,
            "self": a[i],
            "entropy": -sum(p * math.log(p) for p in a if p > 0),
        }
        for s, name in enumerate(STATISTICS):
            rows[i, s, layer, head] = values[name]
    return rows


def brute_force_search(attentions, tokens, specials, layer, head, threshold, from_token, to_token):
    """[(index, weight)] of the examples with a matching pair ≥ threshold, largest weight first."""
    def matches(pattern, token, special):
        if pattern == "*":
            return not special
        if pattern.startswith("/"):
            return not special and re.search(pattern[1:-1], token, re.IGNORECASE) is not None
        return token.lower() == pattern.lower()

    found = []
    for index, (attention, example_tokens, special) in enumerate(zip(attentions, tokens, specials)):
        senders = [matches(from_token, t, s) for t, s in zip(example_tokens, special)]
        receivers = [matches(to_token, t, s) for t, s in zip(example_tokens, special)]
        best = None
        for i, j in itertools.product(range(len(example_tokens)), repeat=2):
            if (senders[i] and receivers[j] and attention[layer, head, i, j] >= threshold
                    and (best is None or attention[layer, head, i, j] > best)):
                best = attention[layer, head, i, j]
        if best is not None:
            found.append((index, best))
    return sorted(found, key=lambda pair: pair[1], reverse=True)


# ---- fixtures ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sst2_sentences(sst2_dir):
    with open(sst2_dir / "dev.tsv", encoding="utf-8") as handle:
        rows = [row["sentence"] for row in csv.DictReader(handle, delimiter="\t",
                                                          quoting=csv.QUOTE_NONE)]
    sentences = [s for s in rows[:24] if s.isascii()] + HANDWRITTEN
    assert len(sentences) >= 20
    return sentences


@pytest.fixture(scope="module")
def sst2_examples(sst2_sentences):
    return [{"sentence": s, "_id": f"dev-{i}"} for i, s in enumerate(sst2_sentences)]


@pytest.fixture(scope="module")
def sst2_references(sst2_model, sst2_examples):
    return references(sst2_model, sst2_examples)


@pytest.fixture(scope="module")
def roberta():
    model, tokenizer = tiny_classifier("roberta")
    return ClassifierModel(model, tokenizer, text_b="sentence2")


def references(wrapper, examples, text_b=None):
    """Per example: plain attention, display texts (as written above), special flags."""
    result = []
    for inputs in examples:
        attention, tokens, ids = plain_attention(wrapper.model, wrapper.tokenizer,
                                                 inputs["sentence"],
                                                 inputs.get(text_b) if text_b else None)
        special = special_flags(wrapper.tokenizer, ids)
        result.append((attention, [t if s else shown(t) for t, s in zip(tokens, special)], special))
    return result


# ---- statistics -------------------------------------------------------------------------------

def check_statistics_against_direct(wrapper, examples, refs):
    rows = [direct_rows(attention, special, texts) for attention, texts, special in refs]
    result = lit_ext_interpreters()["head_statistics"].run(examples, wrapper, None, config={})
    assert result["statistics"] == list(STATISTICS) and result["num_examples"] == len(examples)
    for returned, example_rows, (_, texts, _) in zip(result["examples"], rows, refs):
        assert returned["num_queries"] == len(texts)
        for s, name in enumerate(STATISTICS):
            np.testing.assert_allclose(returned["values"][name], example_rows[:, s].mean(axis=0),
                                       atol=TOLERANCE, err_msg=name)
    # Clark et al.'s average over tokens: every query row of every example counts once.
    pooled = np.concatenate(rows).mean(axis=0)
    uniform_rows = [math.log(len(texts)) for _, texts, _ in refs for _ in texts]
    assert result["aggregate"]["uniform_entropy"] == pytest.approx(np.mean(uniform_rows))
    for s, name in enumerate(STATISTICS):
        np.testing.assert_allclose(result["aggregate"]["values"][name], pooled[s],
                                   atol=TOLERANCE, err_msg=name)
    by_example = lit_ext_interpreters()["head_statistics"].run(
        examples, wrapper, None, config={"weighting": "example"})
    means = np.mean([example_rows.mean(axis=0) for example_rows in rows], axis=0)
    for s, name in enumerate(STATISTICS):
        np.testing.assert_allclose(by_example["aggregate"]["values"][name], means[s],
                                   atol=TOLERANCE, err_msg=name)
    return pooled


def test_sst2_minilm_statistics_equal_a_direct_computation(sst2_model, sst2_sentences,
                                                           sst2_examples, sst2_references):
    pooled = check_statistics_against_direct(sst2_model, sst2_examples, sst2_references)
    # The sentences differ in length, so the two weightings must differ somewhere.
    lengths = {len(sst2_model.tokenizer(s)["input_ids"]) for s in sst2_sentences}
    assert len(lengths) > 5
    # Every token type occurs: a statistic that is 0 everywhere would test nothing.
    assert (pooled[:, :, :] > 0.01).any(axis=(1, 2)).all()


def test_roberta_pairs_statistics_equal_a_direct_computation(roberta):
    """<s> is `cls`; every </s> (two between the texts, one at the end) is `sep`."""
    examples = [{"sentence": "a good film , not a bad one", "sentence2": "the plot is thin !"},
                {"sentence": "really not at all good", "sentence2": "witty"},
                {"sentence": "an utterly brilliant piece of filmmaking .", "sentence2": "yes"}]
    _, tokens, _ = plain_attention(roberta.model, roberta.tokenizer, "a", "b")
    assert tokens[0] == "<s>" and tokens.count("</s>") == 3
    check_statistics_against_direct(roberta, examples,
                                    references(roberta, examples, text_b="sentence2"))


@pytest.mark.parametrize("architecture", ARCHITECTURES)
def test_every_architecture_statistics_equal_a_direct_computation(architecture):
    """ModernBERT's local layers, DeBERTa's relative terms, ALBERT's shared layer: whatever made
    the attention, the statistics read it the same way."""
    wrapper = ClassifierModel(*tiny_classifier(architecture))
    examples = [{"sentence": "a gorgeous , witty , seductive movie !"},
                {"sentence": "the plot is thin ( but the heart is big ) ."}]
    check_statistics_against_direct(wrapper, examples, references(wrapper, examples))


def test_definitions_on_hand_made_attention():
    """Known answers: identity, a shift to the previous token, uniform attention."""
    n = 5
    identity = np.eye(n)
    previous = np.eye(n, k=-1)
    previous[0, 0] = 1.0  # row 0 has no previous token; it keeps its weight on itself
    uniform = np.full((n, n), 1.0 / n)
    attention = np.stack([identity, previous, uniform])[None]  # (1 layer, 3 heads, n, n)
    special = [True, False, False, False, True]
    texts = ["[CLS]", "good", ",", "film", "[SEP]"]
    values = dict(zip(STATISTICS, example_statistics(attention, special, texts)[:, 0]))
    np.testing.assert_allclose(values["self"], [1, 1 / n, 1 / n])
    np.testing.assert_allclose(values["previous"], [0, (n - 1) / n, (n - 1) / n / n])
    np.testing.assert_allclose(values["next"], [0, 0, (n - 1) / n / n])
    np.testing.assert_allclose(values["cls"], [1 / n, 2 / n, 1 / n])
    np.testing.assert_allclose(values["sep"], [1 / n, 0, 1 / n])  # nothing looks at the last token
    np.testing.assert_allclose(values["punctuation"], [1 / n, 1 / n, 1 / n])
    np.testing.assert_allclose(values["entropy"], [0, 0, math.log(n)])  # nats


def test_aggregates_of_parts_merge_into_the_whole():
    rng = np.random.default_rng(0)
    values = rng.random((6, len(STATISTICS), 2, 3))
    counts = [4, 9, 17, 5, 30, 12]
    whole = aggregate_statistics(values, counts)
    parts = [(aggregate_statistics(values[:2], counts[:2]), sum(counts[:2])),
             (aggregate_statistics(values[2:], counts[2:]), sum(counts[2:]))]
    merged = sum(part * weight for part, weight in parts) / sum(counts)
    np.testing.assert_allclose(merged, whole)
    np.testing.assert_allclose(aggregate_statistics(values, counts, "example"), values.mean(axis=0))


def test_bad_inputs_are_refused_with_the_fix():
    attention = np.full((1, 1, 3, 3), 1 / 3)
    with pytest.raises(ValueError, match="3 positions but there are 2 tokens"):
        example_statistics(attention, [True, True], ["[CLS]", "[SEP]"])
    with pytest.raises(ValueError, match="rows must sum to 1"):
        example_statistics(attention * 2, [True, False, True], ["[CLS]", "a", "[SEP]"])
    with pytest.raises(ValueError, match=r"shape \(layers, heads, n, n\)"):
        example_statistics(attention[0], [True, False, True], ["[CLS]", "a", "[SEP]"])
    with pytest.raises(ValueError, match="choose from"):
        aggregate_statistics(np.zeros((1, 7, 1, 1)), [3], weighting="tokens")
    with pytest.raises(ValueError, match="No examples"):
        aggregate_statistics(np.zeros((0, 7, 1, 1)), [])


# ---- pattern search ---------------------------------------------------------------------------

SEARCHES = [  # (layer, head, threshold, from, to)
    (0, 0, 0.3, "*", "*"),
    (2, 3, 0.2, "/^[a-z]+$/", ","),
    (1, 5, 0.05, "*", "[SEP]"),
    (5, 11, 0.1, "[CLS]", "/ing$/"),
    (3, 7, 0.0, "not", "*"),
]


@pytest.mark.parametrize("layer,head,threshold,from_token,to_token", SEARCHES)
def test_search_returns_exactly_what_brute_force_finds(sst2_model, sst2_examples, sst2_references,
                                                       layer, head, threshold, from_token,
                                                       to_token):
    examples, refs = sst2_examples, sst2_references
    expected = brute_force_search(*zip(*refs), layer, head, threshold, from_token, to_token)
    result = lit_ext_interpreters()["attention_search"].run(
        examples, sst2_model, None, config={"layer": layer, "head": head, "threshold": threshold,
                                             "from_token": from_token, "to_token": to_token})
    assert 0 < len(expected) < len(examples) or (from_token, to_token) == ("*", "*")
    assert [m["id"] for m in result["matches"]] == [f"dev-{i}" for i, _ in expected]
    assert [m["index"] for m in result["matches"]] == [i for i, _ in expected]
    np.testing.assert_allclose([m["weight"] for m in result["matches"]],
                               [w for _, w in expected], atol=TOLERANCE)
    for match in result["matches"]:
        attention, texts, _ = refs[match["index"]]
        assert attention[layer, head, match["query"], match["key"]] == pytest.approx(
            match["weight"], abs=TOLERANCE)
        assert (match["query_token"], match["key_token"]) == (texts[match["query"]],
                                                              texts[match["key"]])


def test_threshold_is_inclusive_and_results_are_sorted_by_weight(sst2_model, sst2_sentences):
    examples = [{"sentence": s} for s in sst2_sentences]
    search = lit_ext_interpreters()["attention_search"]
    everything = search.run(examples, sst2_model, None,
                            config={"layer": 4, "head": 2, "threshold": 0})["matches"]
    weights = [m["weight"] for m in everything]
    assert len(everything) == len(examples) and weights == sorted(weights, reverse=True)
    assert len(set(weights)) > 1
    # No `_id` (a Python caller): ids are positions in the request.
    assert sorted(m["id"] for m in everything) == list(range(len(examples)))
    middle = weights[len(weights) // 2]
    at_middle = search.run(examples, sst2_model, None,
                           config={"layer": 4, "head": 2, "threshold": middle})["matches"]
    assert [m["weight"] for m in at_middle] == [w for w in weights if w >= middle]
    assert at_middle[-1]["weight"] == middle


def test_roberta_search_matches_display_tokens_and_special_tokens_by_name(roberta):
    examples = [{"sentence": "a good film , not a bad one", "sentence2": "the plot is thin"},
                {"sentence": "really not at all good", "sentence2": "witty"}]
    refs = references(roberta, examples, text_b="sentence2")
    search = lit_ext_interpreters()["attention_search"]
    for layer, head, from_token, to_token in [(0, 1, "good", "*"), (1, 2, "</s>", "<s>"),
                                              (1, 3, "/^[bg]/", "/o/"), (0, 0, "*", "*")]:
        expected = brute_force_search(*zip(*refs), layer, head, 0.0, from_token, to_token)
        result = search.run(examples, roberta, None, config={
            "layer": layer, "head": head, "threshold": 0, "from_token": from_token,
            "to_token": to_token})
        assert [m["index"] for m in result["matches"]] == [i for i, _ in expected]
        np.testing.assert_allclose([m["weight"] for m in result["matches"]],
                                   [w for _, w in expected], atol=TOLERANCE)
    # "good" is the display text of the byte-level token "Ġgood".
    assert "Ġgood" in roberta.tokenizer.tokenize("a good film")


def test_search_edge_cases():
    attention = np.array([[0.1, 0.6, 0.3], [0.2, 0.2, 0.6], [0.5, 0.25, 0.25]])
    texts, special = ["[CLS]", "Good", "[SEP]"], [True, False, True]
    example = [("x", attention, texts, special)]

    def search(from_token, to_token, threshold=0.0, case_sensitive=False):
        return search_attention(example, parse_pattern(from_token, case_sensitive),
                                parse_pattern(to_token, case_sensitive), threshold)

    assert search("nothing", "*") == []                        # no token matches
    assert search("*", "*", threshold=0.21) == []               # the only text pair is 0.2
    [any_any] = search("*", "*")                                # text tokens only
    assert (any_any.query, any_any.key, any_any.weight) == (1, 1, 0.2)
    [to_sep] = search("good", "[sep]")                          # case-insensitive by default
    assert (to_sep.query, to_sep.key, to_sep.weight) == (1, 2, 0.6)
    assert search("good", "*", case_sensitive=True) == []
    assert search("/^g/", "*") and not search("/^g/", "*", case_sensitive=True)
    assert search("/S/", "*") == []                             # a regex never matches [SEP]
    with pytest.raises(ValueError, match=r"'/\(/' is not a valid regular expression.*"
                                         r"write a word, /regex/, or \*"):
        parse_pattern("/(/")
    with pytest.raises(ValueError, match="several words"):
        parse_pattern("not bad")
    with pytest.raises(ValueError, match="between 0 and 1"):
        search("*", "*", threshold=1.5)


def test_interpreter_refuses_bad_configs_before_running_the_model(sst2_model):
    search = lit_ext_interpreters()["attention_search"]
    example = [{"sentence": "fine"}]
    with pytest.raises(ValueError, match="not a valid regular expression"):
        search.run(example, sst2_model, None, config={"from_token": "/[a-/"})
    with pytest.raises(ValueError, match="Head 12 is invalid: this model has heads 0..11"):
        search.run(example, sst2_model, None, config={"head": 12})
    with pytest.raises(ValueError, match="layers 0..5"):
        search.run(example, sst2_model, None, config={"layer": 6})
    with pytest.raises(ValueError, match="between 0 and 1"):
        search.run(example, sst2_model, None, config={"threshold": "high"})
    with pytest.raises(ValueError, match="choose from"):
        lit_ext_interpreters()["head_statistics"].run(example, sst2_model, None,
                                                      config={"weighting": "word"})


# ---- over HTTP, as a client sends a dataset in batches -----------------------------------------

def test_http_batches_merge_into_the_whole_and_ids_are_lit_ids(tmp_path):
    app = make_api({"bert": str(save_checkpoint("bert", tmp_path))})
    sentences = ["a good film , not a bad one", "really not at all good", "witty !",
                 "the plot is thin but the heart is big", "an utterly brilliant piece"]
    examples = [example(text, f"ex-{i}") for i, text in enumerate(sentences)]

    def request(name, batch, config):
        status, body = interpret(app, "bert", name, batch, config)
        assert status == 200, body[:300]
        return strict_json(body)

    whole = request("head_statistics", examples, {})
    parts = [request("head_statistics", examples[:2], {}), request("head_statistics", examples[2:], {})]
    assert [e["id"] for e in whole["examples"]] == [f"ex-{i}" for i in range(5)]
    for name in STATISTICS:  # merged by num_queries, the documented rule
        merged = sum(np.array(p["aggregate"]["values"][name]) * p["aggregate"]["num_queries"]
                     for p in parts) / whole["aggregate"]["num_queries"]
        np.testing.assert_allclose(merged, whole["aggregate"]["values"][name], atol=1e-6)

    config = {"layer": 1, "head": 2, "threshold": 0, "from_token": "*", "to_token": "*"}
    everything = request("attention_search", examples, config)["matches"]
    batches = [request("attention_search", examples[:3], config)["matches"],
               request("attention_search", examples[3:], config)["matches"]]
    merged = sorted(batches[0] + batches[1], key=lambda match: -match["weight"])
    assert [m["id"] for m in merged] == [m["id"] for m in everything]
    assert sorted(m["id"] for m in everything) == [f"ex-{i}" for i in range(5)]

    too_many = [example(f"sentence {i}", f"many-{i}") for i in range(33)]
    status, body = interpret(app, "bert", "head_statistics", too_many, {})
    assert status == 500 and "at most 32 examples" in body

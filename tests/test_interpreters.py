"""lit-ext's interpreters: parity with HF attention, q/k reproduce attention, NMF = Ecco's."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from lit_nlp.lib import caching
from sklearn.decomposition import NMF

from lit_ext.interpreters.activation_nmf import ECCO_SETTINGS, ActivationNMF
from lit_ext.interpreters.array_codec import (
    PROBABILITY_SCALE,
    decode_array,
    encode_array,
    encode_probabilities,
)
from lit_ext.interpreters.attention import AttentionInterpreter
from lit_ext.interpreters.hals import hals, nndsvda
from lit_ext.interpreters.neuron_view import NeuronViewInterpreter
from lit_ext.interpreters.nmf import NMFInterpreter
from lit_ext.models.classifier import ClassifierModel
from lit_ext.models.encoder import EncoderModel
from lit_ext.models.sst2_minilm import base_model_path

PAIR = {"sentence": "the story is thin , but the heart is enormous .",
        "sentence2": "i was not bored for a second ."}


@pytest.fixture(scope="module")
def minilm():
    return EncoderModel.from_pretrained(str(base_model_path()), text_b="sentence2")


def hf_attentions(wrapper, example):
    encoding, _ = wrapper.tokenize([example])
    with torch.no_grad():
        outputs = wrapper.model(**wrapper._model_inputs(encoding), output_attentions=True)
    return torch.stack(outputs.attentions, dim=1)[0].numpy()


@pytest.mark.parametrize("shape", [(6, 12, 64, 64), (3, 5, 7), (3,), (2, 1 << 20)])
def test_probability_codec_round_trip(shape):
    rng = np.random.default_rng(0)
    probs = rng.random(shape, dtype=np.float32)
    probs.reshape(-1)[:3] = [0.0, 1.0, 0.5 / PROBABILITY_SCALE]
    packed = encode_probabilities(probs)
    assert packed["dtype"] == "uint10"
    assert len(packed["data"]) == 4 * -(-(probs.size + -(-probs.size // 4)) // 3)
    decoded = decode_array(packed)
    assert decoded.shape == probs.shape
    assert np.abs(decoded - probs).max() <= 0.5 / PROBABILITY_SCALE + 1e-6
    assert decoded.reshape(-1)[0] == 0.0 and decoded.reshape(-1)[1] == 1.0


def test_probability_codec_clips_out_of_range_values():
    decoded = decode_array(encode_probabilities(np.array([-0.2, 1.7, 0.25], dtype=np.float32)))
    np.testing.assert_allclose(decoded, [0.0, 1.0, 0.25], atol=0.5 / PROBABILITY_SCALE)


def test_float_codec_is_exact():
    floats = np.random.default_rng(1).normal(size=(5, 7)).astype(np.float32)
    np.testing.assert_array_equal(decode_array(encode_array(floats)), floats)


def test_attention_matches_hf_output_attentions(minilm):
    result = AttentionInterpreter().run([PAIR], minilm, None)[0]
    decoded = decode_array(result["attention"])
    expected = hf_attentions(minilm, PAIR)
    assert decoded.shape == expected.shape == (6, 12, len(result["tokens"]), len(result["tokens"]))
    assert np.abs(decoded - expected).max() < 1e-3
    assert result["num_heads"] == 12 and result["layers"] == list(range(6))
    assert 1 in result["segment_ids"]


def test_attention_through_lits_caching_wrapper_and_layer_subset(minilm):
    cached = caching.CachingModelWrapper(minilm, "minilm")
    interpreter = AttentionInterpreter()
    assert interpreter.is_compatible(cached, None)
    result = interpreter.run([PAIR], cached, None, config={"layers": "5,0"})[0]
    assert result["layers"] == [0, 5]
    decoded = decode_array(result["attention"])
    assert np.abs(decoded[1] - hf_attentions(minilm, PAIR)[5]).max() < 1e-3


@pytest.mark.parametrize("layers, expected", [(3, [3]), ("3", [3]), ("5,0", [0, 5]), ([2], [2])])
def test_attention_layer_config_forms(minilm, layers, expected):
    result = AttentionInterpreter().run([PAIR], minilm, None, config={"layers": layers})[0]
    assert result["layers"] == expected


def test_unknown_tokens_are_not_special(minilm):
    example = {"sentence": "漢字 is fine", "sentence2": "ok"}
    item = minilm.introspect([example], what=["ffn"], layers=[0])[0]
    assert "[UNK]" in item.tokens
    assert [special for token, special in zip(item.tokens, item.special_tokens)
            if token == "[UNK]"] == [False] * item.tokens.count("[UNK]")
    assert item.special_tokens[0] and item.special_tokens[-1] and item.tokens[0] == "[CLS]"


def test_attention_payload_is_compact_at_64_tokens(minilm):
    words = "an engaging , often very funny film that never quite finds its footing".split()
    sentence = " ".join((words * 8)[:62])
    result = AttentionInterpreter().run([{"sentence": sentence, "sentence2": "ok"}], minilm, None)[0]
    n = len(result["tokens"])
    assert n >= 64
    wire = len(json.dumps(result))
    as_json_floats = len(json.dumps(decode_array(result["attention"]).tolist()))
    assert wire <= 0.6e6 * (n / 64) ** 2 and wire < as_json_floats / 10


def test_neuron_view_softmax_reproduces_attention(minilm):
    result = NeuronViewInterpreter().run([PAIR], minilm, None, config={"layer": 3, "head": 7})[0]
    query, key = decode_array(result["query"]), decode_array(result["key"])
    n = len(result["tokens"])
    assert query.shape == key.shape == (n, 32)
    scores = query @ key.T / np.sqrt(query.shape[1])
    np.testing.assert_allclose(torch.softmax(torch.from_numpy(scores), -1).numpy(),
                               hf_attentions(minilm, PAIR)[3, 7], atol=1e-5)
    np.testing.assert_allclose(decode_array(result["attention"]), hf_attentions(minilm, PAIR)[3, 7],
                               atol=1e-6)


@pytest.mark.parametrize("config, message", [
    ({"layer": 6, "head": 0}, "layers 0..5"), ({"layer": 0, "head": 12}, "heads 0..11"),
    ({"layer": -1, "head": 0}, "layers 0..5"), ({"layer": "x", "head": 0}, "must be an integer"),
])
def test_neuron_view_rejects_bad_indices(minilm, config, message):
    with pytest.raises(ValueError, match=message):
        NeuronViewInterpreter().run([PAIR], minilm, None, config=config)


def _ecco_reference(ffn: np.ndarray, k: int) -> tuple[NMF, np.ndarray, np.ndarray]:
    """sklearn with Ecco's settings on (tokens, neurons), as Ecco builds it; also the matrix."""
    matrix = np.maximum(ffn.transpose(1, 0, 2).reshape(ffn.shape[1], -1), 0)
    reference = NMF(n_components=k, init="random", random_state=0, max_iter=500)
    return reference, reference.fit_transform(matrix), matrix


def test_activation_nmf_with_eccos_settings_equals_sklearn(minilm):
    ffn = minilm.introspect([PAIR], what=["ffn"], layers=[1, 2, 3])[0].ffn
    reference, token_factors, matrix = _ecco_reference(ffn, 4)
    nmf = ActivationNMF(4, **ECCO_SETTINGS).fit(ffn)
    np.testing.assert_allclose(nmf.factors_, token_factors.T, rtol=1e-4, atol=1e-4)
    assert nmf.relative_error_ == pytest.approx(reference.reconstruction_err_ / np.linalg.norm(matrix),
                                                rel=1e-4)
    best = int(np.argmax(reference.components_[0]))
    assert nmf.top_neurons(1)[0][0][:2] == (best // ffn.shape[2], best % ffn.shape[2])


def test_nmf_interpreter_is_as_good_as_eccos(minilm):
    config = {"n_components": 4, "from_layer": 1, "to_layer": 4, "exclude_special_tokens": False}
    result = NMFInterpreter().run([PAIR], minilm, None, config=config)[0]
    ffn = minilm.introspect([PAIR], what=["ffn"], layers=[1, 2, 3])[0].ffn
    reference, _, matrix = _ecco_reference(ffn, 4)
    ecco_error = reference.reconstruction_err_ / np.linalg.norm(matrix)
    assert result["reconstruction_error"] <= ecco_error + 0.01
    factors = decode_array(result["factors"])
    assert factors.shape == (4, len(result["tokens"])) and factors.min() >= 0
    assert result["layers"] == [1, 2, 3] and all(result["token_mask"])
    assert {neuron["layer"] for factor in result["top_neurons"] for neuron in factor} <= {1, 2, 3}
    np.testing.assert_allclose(np.sum(result["layer_share"], axis=1), 1.0, atol=1e-6)


def test_hals_recovers_a_nonnegative_low_rank_matrix():
    rng = np.random.default_rng(0)
    matrix = rng.random((40, 3)).astype(np.float32) @ rng.random((3, 500)).astype(np.float32)
    matrix[:, :50] = 0  # silent neurons
    w, h, iterations = hals(matrix, 3, max_iter=500, tol=1e-7)
    assert w.min() >= 0 and h.min() >= 0 and 1 < iterations <= 500
    assert np.linalg.norm(matrix - w @ h) / np.linalg.norm(matrix) < 1e-2
    assert not h[:, :50].any()


@pytest.mark.parametrize("rows", [30, 300])  # the exact (Gram) SVD path and the randomized one
def test_nndsvda_start_equals_sklearns(rows):
    """Our NNDSVDa start is sklearn's (`_initialize_nmf(init="nndsvda")`, Boutsidis & Gallopoulos
    2008) on a nonnegative matrix with silent neurons. It has rank 6 > k, so every sign choice
    and zero fill is exercised, but no more, so that the one-iteration randomized SVD used
    above 128 rows is exact too (with noise it is an approximation by design: 14 % off here)."""
    from sklearn.decomposition._nmf import _initialize_nmf

    rng = np.random.default_rng(1)
    matrix = (rng.random((rows, 6)) @ rng.random((6, 200))).astype(np.float32)
    matrix[:, :20] = 0
    w, h = nndsvda(matrix, 4)
    w_ref, h_ref = _initialize_nmf(matrix.astype(np.float64), 4, init="nndsvda", random_state=0)
    assert w.dtype == h.dtype == np.float32
    np.testing.assert_allclose(w, w_ref, rtol=2e-3, atol=2e-4)
    np.testing.assert_allclose(h, h_ref, rtol=2e-3, atol=2e-4)


def test_nmf_excludes_special_tokens_and_reduces_k(minilm):
    example = {"sentence": "not bad", "sentence2": "fine"}
    result = NMFInterpreter().run([example], minilm, None, config={"n_components": 8})[0]
    assert result["tokens"][0] == "[CLS]" and not result["token_mask"][0]
    assert result["n_components"] == sum(result["token_mask"]) == 3
    factors = decode_array(result["factors"])
    assert factors.shape == (3, len(result["tokens"]))
    assert not factors[:, ~np.asarray(result["token_mask"])].any()


@pytest.mark.parametrize("config, message", [
    ({"from_layer": 4, "to_layer": 2}, "from_layer=4, to_layer=2 is invalid"),
    ({"to_layer": 7}, "to_layer <= 6"), ({"n_components": 0}, "at least 1"),
])
def test_nmf_rejects_bad_config(minilm, config, message):
    with pytest.raises(ValueError, match=message):
        NMFInterpreter().run([PAIR], minilm, None, config=config)


def test_interpreters_refuse_models_without_introspection(tiny_models):
    from lit_nlp.api import model as lit_model

    class Plain(lit_model.Model):
        def input_spec(self):
            return {}

        def output_spec(self):
            return {}

        def predict(self, inputs, **kw):
            return []

    assert not AttentionInterpreter().is_compatible(Plain(), None)
    model, tokenizer = tiny_models["bert"]
    assert NMFInterpreter().is_compatible(ClassifierModel(model, tokenizer, labels="abc"), None)


@pytest.mark.parametrize("shape", [(6, 12, 64, 64), (3, 12, 400, 400), (2, 3, 5, 7)])
def test_probabilities_given_per_layer_encode_exactly_as_stacked(shape):
    """The attention interpreter hands the codec one array per layer instead of a stacked copy;
    the bytes must be those of the stacked array (second shape: the threaded path; third: parts
    of 105 values, not a multiple of 4)."""
    layers = list(np.random.default_rng(1).random(shape, dtype=np.float32))
    assert encode_probabilities(layers) == encode_probabilities(np.stack(layers))

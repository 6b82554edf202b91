"""What lit-ext reports, against values computed here without lit-ext's code path.

- predict() of a padded batch (attention when `attention_outputs` is on, probabilities,
  embeddings, gradients) against plain transformers on each example alone (`reference`), for
  every supported architecture: the wrapper's own `introspect()` would share its bugs.
- The notebook API's neuron-view scores (q·k/√d) against the query/key projections' outputs
  captured on a plain forward pass.
- NMF's reported relative error against ‖X − WH‖ / ‖X‖ computed from the activations, the
  factors and the loadings, for both solvers, the notebook API and the interpreter; its top
  neurons and layer shares against the loadings.
- Every lit-ext interpreter refuses a model it cannot introspect, not just one of them.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from lit_nlp.api import model as lit_model
from lit_nlp.api import types as lit_types
from lit_nlp.lib import caching
from reference import reference, softmax, split_heads
from tiny_checkpoints import ARCHITECTURES, tiny_classifier

from lit_ext import api
from lit_ext.interpreters import lit_ext_interpreters
from lit_ext.interpreters.activation_nmf import ECCO_SETTINGS, ActivationNMF
from lit_ext.interpreters.array_codec import decode_array
from lit_ext.interpreters.nmf import NMFInterpreter
from lit_ext.models.classifier import ClassifierModel

# Different lengths, so that every batch is padded, and in an order that length-sorting changes.
TEXTS = ["the plot is thin but the heart is big", "bad",
         "a gorgeous , witty , seductive movie that never lets up", "not bad at all"]


@pytest.fixture(scope="module", params=ARCHITECTURES)
def predicted(request):
    model, tokenizer = tiny_classifier(request.param)
    wrapper = ClassifierModel(model, tokenizer, attention_outputs=True, batch_size=4)
    outputs = list(wrapper.predict([{"sentence": text} for text in TEXTS]))
    refs = [reference(model, tokenizer, text) for text in TEXTS]
    return wrapper, outputs, refs


def test_predicted_attention_of_a_padded_batch_equals_plain_transformers(predicted):
    wrapper, outputs, refs = predicted
    for output, ref in zip(outputs, refs):
        assert output["tokens"] == ref.tokens
        n = len(ref.tokens)
        for layer in range(wrapper.num_layers):
            # LIT's AttentionHeads convention: 1-based names, [heads, key, query].
            got = output[f"layer_{layer + 1}/attention"].transpose(0, 2, 1)
            assert got.shape == (wrapper.num_heads, n, n)
            np.testing.assert_allclose(got, ref.attention[layer], atol=1e-5)


def test_predicted_probabilities_embeddings_and_gradients_equal_plain_transformers(predicted):
    _, outputs, refs = predicted
    for output, ref in zip(outputs, refs):
        np.testing.assert_allclose(output["probas"], ref.probas, atol=1e-5)
        np.testing.assert_allclose(output["cls_emb"], ref.cls_emb, atol=1e-5)
        np.testing.assert_allclose(output["mean_emb"], ref.mean_emb, atol=1e-5)
        np.testing.assert_allclose(output["input_embs"], ref.input_embs, atol=1e-5)
        np.testing.assert_allclose(output["token_grads"], ref.token_grads, atol=1e-5)


# Query/key projections of layer {} in plain BERT-style models (scores = q·k/√d, no extra terms).
PROJECTIONS = {
    "bert": ("bert.encoder.layer.{}.attention.self.query", "bert.encoder.layer.{}.attention.self.key"),
    "roberta": ("roberta.encoder.layer.{}.attention.self.query",
                "roberta.encoder.layer.{}.attention.self.key"),
    "distilbert": ("distilbert.transformer.layer.{}.attention.q_lin",
                   "distilbert.transformer.layer.{}.attention.k_lin"),
}


@pytest.mark.parametrize("architecture", sorted(PROJECTIONS))
def test_notebook_neuron_scores_are_q_dot_k_over_sqrt_d_of_the_plain_projections(architecture):
    model, tokenizer = tiny_classifier(architecture)
    wrapper = ClassifierModel(model, tokenizer)
    layer, head = wrapper.num_layers - 1, 2
    paths = tuple(path.format(layer) for path in PROJECTIONS[architecture])
    ref = reference(model, tokenizer, TEXTS[2], capture_outputs=paths)
    query = split_heads(ref.outputs[paths[0]][0], wrapper.num_heads)[head]
    key = split_heads(ref.outputs[paths[1]][0], wrapper.num_heads)[head]
    expected = query @ key.T / math.sqrt(query.shape[1])
    np.testing.assert_allclose(softmax(expected), ref.attention[layer, head], atol=1e-5)

    result = api.neurons(wrapper, TEXTS[2], layer=layer, head=head)
    np.testing.assert_allclose(result.query, query, atol=1e-5)
    np.testing.assert_allclose(result.key, key, atol=1e-5)
    np.testing.assert_allclose(result.scores, expected, atol=1e-4)
    np.testing.assert_allclose(result.attention, ref.attention[layer, head], atol=1e-5)


# ---- NMF -------------------------------------------------------------------------------------


def tokens_by_neurons(activations: np.ndarray, mask) -> np.ndarray:
    """X as Ecco builds it, written out: one row per kept token, its clipped units layer by layer."""
    rows = [np.concatenate([np.maximum(activations[layer, t], 0) for layer in range(len(activations))])
            for t in range(activations.shape[1]) if mask[t]]
    return np.array(rows, dtype=np.float64)


def relative_error(x: np.ndarray, w: np.ndarray, h: np.ndarray) -> float:
    return float(np.linalg.norm(x - w @ h) / np.linalg.norm(x))


@pytest.fixture(scope="module")
def bert():
    model, tokenizer = tiny_classifier("bert")
    return ClassifierModel(model, tokenizer)


@pytest.mark.parametrize("settings", [{}, ECCO_SETTINGS], ids=["hals", "ecco"])
def test_nmf_relative_error_is_the_norm_of_the_residual_over_the_norm(bert, settings):
    activations = bert.introspect([{"sentence": TEXTS[2]}], what=["ffn"])[0].ffn
    mask = np.ones(activations.shape[1], bool)
    mask[0] = mask[-1] = False
    nmf = ActivationNMF(3, **settings).fit(activations, mask)
    x = tokens_by_neurons(activations, mask)
    w, h = nmf.factors_[:, mask].T.astype(np.float64), nmf.components_.astype(np.float64)
    expected = relative_error(x, w, h)
    assert 0.01 < expected < 1
    assert nmf.relative_error_ == pytest.approx(expected, rel=1e-4)
    assert not nmf.factors_[:, ~mask].any()


def test_nmf_top_neurons_and_layer_shares_follow_the_loadings(bert):
    activations = bert.introspect([{"sentence": TEXTS[0]}], what=["ffn"])[0].ffn
    nmf = ActivationNMF(3).fit(activations)
    width = activations.shape[2]
    loadings = nmf.components_.reshape(3, activations.shape[0], width)
    for factor, neurons in enumerate(nmf.top_neurons(4)):
        order = np.argsort(-nmf.components_[factor], kind="stable")[:4]
        assert [(layer, index) for layer, index, _ in neurons] == \
            [(int(j // width), int(j % width)) for j in order]
        assert [loading for _, _, loading in neurons] == pytest.approx(
            [loadings[factor, j // width, j % width] for j in order])
    shares = loadings.sum(axis=2) / loadings.sum(axis=(1, 2))[:, None]
    np.testing.assert_allclose(nmf.layer_share(), shares, rtol=1e-5)


def test_notebook_and_interpreter_report_the_same_relative_error(bert):
    result = api.nmf(bert, TEXTS[0], n_components=3, from_layer=1, to_layer=2)
    activations = bert.introspect([{"sentence": TEXTS[0]}], what=["ffn"], layers=[1])[0].ffn
    mask = np.asarray(result.token_mask)
    x = tokens_by_neurons(activations, mask)
    expected = relative_error(x, result.factors[:, mask].T.astype(np.float64),
                              result.components.astype(np.float64))
    assert result.relative_error == pytest.approx(expected, rel=1e-4)
    served = NMFInterpreter().run([{"sentence": TEXTS[0]}], bert, None,
                                  config={"n_components": 3, "from_layer": 1, "to_layer": 2})[0]
    assert served["reconstruction_error"] == pytest.approx(expected, rel=1e-4)
    np.testing.assert_allclose(decode_array(served["factors"]), result.factors, rtol=1e-6)


# ---- interpreters and models without introspection --------------------------------------------


class PlainModel(lit_model.Model):
    """A LIT model that is not a lit-ext wrapper."""

    def input_spec(self):
        return {"sentence": lit_types.TextSegment()}

    def output_spec(self):
        return {"score": lit_types.Scalar()}

    def predict(self, inputs, **kw):
        return [{"score": 0.0} for _ in inputs]


def gpt2_classifier() -> ClassifierModel:
    """A lit-ext wrapper around an architecture without an introspection row (a decoder)."""
    import torch
    import transformers

    from lit_ext.models.sst2_minilm import base_model_path

    tokenizer = transformers.AutoTokenizer.from_pretrained(base_model_path())
    torch.manual_seed(0)
    config = transformers.GPT2Config(vocab_size=tokenizer.vocab_size, n_embd=16, n_layer=1, n_head=2,
                                     n_positions=32, num_labels=2, pad_token_id=0,
                                     attn_implementation="eager")
    model = transformers.GPT2ForSequenceClassification(config).eval()
    return ClassifierModel(model, tokenizer, labels=["negative", "positive"])


@pytest.mark.parametrize("name", sorted(lit_ext_interpreters()))
@pytest.mark.parametrize("model_kind", ["plain", "gpt2", "cached_gpt2"])
def test_every_interpreter_refuses_models_without_introspection(name, model_kind):
    model = PlainModel() if model_kind == "plain" else gpt2_classifier()
    if model_kind == "cached_gpt2":
        model = caching.CachingModelWrapper(model, "gpt2")
    interpreter = lit_ext_interpreters()[name]
    assert not interpreter.is_compatible(model, None)
    with pytest.raises(ValueError, match="needs a lit-ext model wrapper with introspection"):
        interpreter.run([{"sentence": "fine"}], model, None, config={})


@pytest.mark.parametrize("name", sorted(lit_ext_interpreters()))
def test_every_interpreter_accepts_introspectable_wrappers(name, bert):
    interpreter = lit_ext_interpreters()[name]
    assert interpreter.is_compatible(bert, None)
    assert interpreter.is_compatible(caching.CachingModelWrapper(bert, "bert"), None)
    result = interpreter.run([{"sentence": "fine"}], bert, None, config={"n_components": 2})
    # One result per example, or one for the request (head statistics, attention search).
    assert (result["num_examples"] if isinstance(result, dict) else len(result)) == 1

"""Introspection on tiny random BERT, DistilBERT and RoBERTa models: attention, q/k, FFN units."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from lit_ext.models.classifier import ClassifierModel

ARCHS = ["bert", "distilbert", "roberta"]
PAIR = {"sentence": "a good film , not a bad one", "sentence2": "really not at all good"}
SINGLES = [{"sentence": "the plot is thin but the heart is big"},
           {"sentence": "an utterly brilliant piece"}]


@pytest.fixture(params=ARCHS)
def wrapper(request, tiny_models):
    model, tokenizer = tiny_models[request.param]
    return ClassifierModel(model, tokenizer, labels=["a", "b", "c"])


@pytest.fixture(params=ARCHS)
def pair_wrapper(request, tiny_models):
    model, tokenizer = tiny_models[request.param]
    return ClassifierModel(model, tokenizer, labels=["a", "b", "c"], text_b="sentence2")


def test_shapes_are_trimmed_to_each_examples_tokens(wrapper):
    results = wrapper.introspect(SINGLES)
    config = wrapper.model.config
    head_dim = config.hidden_size // config.num_attention_heads
    assert len(results[0].tokens) != len(results[1].tokens)  # padding happened in the batch
    for item in results:
        n = len(item.tokens)
        assert item.attention.shape == (2, 4, n, n)
        assert item.query.shape == item.key.shape == (2, 4, n, head_dim)
        assert item.ffn.shape == (2, n, 48)
        assert item.layers == [0, 1]


def test_attention_rows_sum_to_one_over_real_tokens(wrapper):
    for item in wrapper.introspect(SINGLES):
        np.testing.assert_allclose(item.attention.sum(-1), 1.0, atol=1e-5)


def test_padding_does_not_change_internals(wrapper):
    batched = wrapper.introspect(SINGLES)[1]
    alone = wrapper.introspect(SINGLES[1:])[0]
    np.testing.assert_allclose(batched.attention, alone.attention, atol=1e-5)
    np.testing.assert_allclose(batched.ffn, alone.ffn, atol=1e-4)


def test_query_key_softmax_reproduces_attention(wrapper):
    for item in wrapper.introspect(SINGLES):
        scores = item.query @ item.key.transpose(0, 1, 3, 2) / np.sqrt(item.query.shape[-1])
        probs = torch.softmax(torch.from_numpy(scores), dim=-1).numpy()
        np.testing.assert_allclose(probs, item.attention, atol=1e-5)


def test_layer_subset_in_numeric_order(wrapper):
    item = wrapper.introspect(SINGLES[:1], layers=[1, 0])[0]
    full = wrapper.introspect(SINGLES[:1])[0]
    assert item.layers == [0, 1]
    only_last = wrapper.introspect(SINGLES[:1], what=["attention"], layers=[1])[0]
    np.testing.assert_allclose(only_last.attention[0], full.attention[1], atol=1e-6)
    assert only_last.query is None and only_last.ffn is None
    np.testing.assert_allclose(item.ffn, full.ffn, atol=1e-6)


@pytest.mark.parametrize("layers", [[2], [-1], []])
def test_bad_layers_are_rejected(wrapper, layers):
    with pytest.raises(ValueError, match="layers 0..1"):
        wrapper.introspect(SINGLES[:1], layers=layers)


def test_unknown_internal_is_rejected(wrapper):
    with pytest.raises(ValueError, match="Unknown internals"):
        wrapper.introspect(SINGLES[:1], what=["values"])


def _hand_run_ffn_units(model, encoding):
    """FFN post-activation units computed without hooks, layer by layer from hidden states."""
    with torch.no_grad():
        hidden = model(**encoding, output_hidden_states=True).hidden_states
        units = []
        if model.config.model_type == "distilbert":
            for block, x in zip(model.distilbert.transformer.layer, hidden):
                attended = block.sa_layer_norm(block.attention(x)[0] + x)
                units.append(block.ffn.activation(block.ffn.lin1(attended)))
        else:
            for layer, x in zip(model.base_model.encoder.layer, hidden):
                attended = layer.attention(x)[0]
                units.append(layer.intermediate(attended))
    return torch.stack(units, dim=1)[0].numpy()


def test_ffn_units_match_a_hand_run_forward(wrapper):
    example = SINGLES[0]
    encoding, _ = wrapper.tokenize([example])
    expected = _hand_run_ffn_units(wrapper.model, wrapper._model_inputs(encoding))
    captured = wrapper.introspect([example], what=["ffn"])[0].ffn
    np.testing.assert_allclose(captured, expected, atol=1e-5)


def test_sentence_pair_segments(pair_wrapper):
    item = pair_wrapper.introspect([PAIR])[0]
    first_b = item.segment_ids.index(1)
    assert 0 < first_b < len(item.tokens) - 1
    assert set(item.segment_ids[:first_b]) == {0} and set(item.segment_ids[first_b:]) == {1}
    np.testing.assert_allclose(item.attention.sum(-1), 1.0, atol=1e-5)


def test_introspection_is_not_mixed_up_by_concurrent_predictions(wrapper):
    """Hooks see every forward pass; predictions running alongside must not leak into results."""
    from concurrent.futures import ThreadPoolExecutor

    reference = wrapper.introspect(SINGLES[:1])[0]
    with ThreadPoolExecutor(4) as pool:
        jobs = [pool.submit(wrapper.introspect, SINGLES[:1]) if i % 2 else
                pool.submit(lambda: list(wrapper.predict(SINGLES[1:] * 3))) for i in range(12)]
        results = [job.result() for job in jobs]
    for i, result in enumerate(results):
        if i % 2:
            np.testing.assert_allclose(result[0].ffn, reference.ffn, atol=1e-5)

"""The notebook API: lit_ext.attention / neurons / nmf, by wrapper or by name."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import lit_ext
from lit_ext.models.sst2_minilm import base_model_path

ENCODER = f"encoder:{base_model_path()}"
TEXT = "the story is thin , but the heart is enormous ."


def test_attention_by_name_equals_hf():
    result = lit_ext.attention(ENCODER, TEXT)
    wrapper = lit_ext.api.resolve_model(ENCODER)
    encoding = wrapper.tokenizer(TEXT, return_tensors="pt")
    with torch.no_grad():
        expected = torch.stack(wrapper.model(**encoding, output_attentions=True).attentions, 1)[0]
    np.testing.assert_allclose(result.weights, expected.numpy(), atol=1e-6)
    bertviz = result.to_bertviz()
    assert len(bertviz) == 6 and tuple(bertviz[0].shape) == (1, 12, len(result.tokens), len(result.tokens))
    assert "6 layers × 12 heads" in result._repr_html_()


def test_models_by_name_are_loaded_once():
    assert lit_ext.api.resolve_model(ENCODER) is lit_ext.api.resolve_model(ENCODER)


def test_neurons_scores_softmax_to_attention(sst2_model):
    result = lit_ext.neurons(sst2_model, TEXT, layer=4, head=11)
    np.testing.assert_allclose(torch.softmax(torch.from_numpy(result.scores), -1).numpy(),
                               result.attention, atol=1e-5)
    with pytest.raises(ValueError, match="heads 0..11"):
        lit_ext.neurons(sst2_model, TEXT, layer=0, head=12)
    with pytest.raises(ValueError, match="layers 0..5"):
        lit_ext.neurons(sst2_model, TEXT, layer=6, head=0)


def test_nmf_layer_range_and_html(sst2_model):
    result = lit_ext.nmf(sst2_model, TEXT, n_components=5, from_layer=2, to_layer=5)
    assert result.layers == [2, 3, 4] and result.factors.shape == (5, len(result.tokens))
    assert all(2 <= layer <= 4 for factor in result.top_neurons for layer, _, _ in factor)
    assert "relative reconstruction error" in result._repr_html_()
    with pytest.raises(ValueError, match="must be below"):
        lit_ext.nmf(sst2_model, TEXT, from_layer=3, to_layer=3)


def test_html_escapes_text(sst2_model):
    html = lit_ext.nmf(sst2_model, "<img src=x onerror=alert(1)> fine", n_components=2)._repr_html_()
    assert ">&lt;</span>" in html and "><</span>" not in html


def test_pairs_need_a_pair_model(sst2_model):
    with pytest.raises(ValueError, match="single text"):
        lit_ext.attention(sst2_model, "a", text_b="b")

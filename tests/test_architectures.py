"""Every supported architecture against plain transformers (issue 10): attention, the score
decomposition the neuron view shows, and the FFN units NMF factorises, in Python and over HTTP.

Module paths are written out here, not taken from lit-ext's architecture table, so a wrong table
row fails. Right values come from `reference` (one example, no padding, eager attention).
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from reference import reference, softmax, split_heads
from served_app import example, interpret, make_api, strict_json
from tiny_checkpoints import ARCHITECTURES, save_checkpoint, tiny_classifier

from lit_ext import api
from lit_ext.interpreters.array_codec import decode_array
from lit_ext.models.classifier import ClassifierModel

TEXTS = ["a gorgeous , witty , seductive movie that never lets up", "bad",
         "the plot is thin but the heart is big"]
FFN_INPUT = {
    "bert": "bert.encoder.layer.{}.output.dense",
    "roberta": "roberta.encoder.layer.{}.output.dense",
    "distilbert": "distilbert.transformer.layer.{}.ffn.lin2",
    "modernbert": "model.layers.{}.mlp.Wo",
    "deberta-v2": "deberta.encoder.layer.{}.output.dense",
    "mpnet": "mpnet.encoder.layer.{}.output.dense",
    # One shared layer, applied num_hidden_layers times: the l-th call is layer l.
    "albert": "albert.encoder.albert_layer_groups.0.albert_layers.0.ffn_output",
}


@pytest.fixture(scope="module", params=ARCHITECTURES)
def architecture(request):
    model, tokenizer = tiny_classifier(request.param)
    wrapper = ClassifierModel(model, tokenizer)
    items = wrapper.introspect([{"sentence": text} for text in TEXTS])
    paths = tuple(FFN_INPUT[request.param].format(layer) for layer in range(wrapper.num_layers))
    refs = [reference(model, tokenizer, text, capture_inputs=tuple(dict.fromkeys(paths)))
            for text in TEXTS]
    return request.param, wrapper, items, refs


def decomposed_softmax(item, layer: int) -> np.ndarray:
    scores = item.score_scale * np.einsum("hid,hjd->hij", item.query[layer], item.key[layer])
    scores = scores + sum(term.values[layer] for term in item.score_terms)
    allowed = None if item.key_allowed is None else item.key_allowed[layer]
    return softmax(scores, allowed)


def test_attention_of_a_padded_batch_equals_each_example_alone(architecture):
    _, _, items, refs = architecture
    for item, ref in zip(items, refs):
        assert item.tokens == ref.tokens
        np.testing.assert_allclose(item.attention, ref.attention, atol=1e-5)


def test_score_decomposition_reproduces_the_attention_of_every_head(architecture):
    _, wrapper, items, refs = architecture
    for item, ref in zip(items, refs):
        for layer in range(wrapper.num_layers):
            np.testing.assert_allclose(decomposed_softmax(item, layer), ref.attention[layer],
                                       atol=1e-5)


def test_ffn_units_are_the_input_of_the_down_projection(architecture):
    name, wrapper, items, refs = architecture
    for item, ref in zip(items, refs):
        for layer in range(wrapper.num_layers):
            calls = ref.inputs[FFN_INPUT[name].format(layer)]
            expected = calls[layer] if name == "albert" else calls[0]
            np.testing.assert_allclose(item.ffn[layer], expected[0], atol=1e-5)


def test_notebook_api_agrees(architecture):
    _, wrapper, _, refs = architecture
    result = api.neurons(wrapper, TEXTS[0], layer=wrapper.num_layers - 1, head=1)
    np.testing.assert_allclose(result.softmax(), refs[0].attention[-1, 1], atol=1e-5)
    nmf = api.nmf(wrapper, TEXTS[0], n_components=3)
    assert np.isfinite(nmf.factors).all() and nmf.factors.shape == (3, len(refs[0].tokens))


# ---- what each new architecture adds ---------------------------------------------------------

def test_modernbert_units_are_the_gated_mlp_product():
    model, tokenizer = tiny_classifier("modernbert")
    wrapper = ClassifierModel(model, tokenizer)
    item = wrapper.introspect([{"sentence": TEXTS[0]}], what=["ffn"])[0]
    ref = reference(model, tokenizer, TEXTS[0],
                    capture_outputs=tuple(f"model.layers.{i}.mlp.Wi" for i in range(3)))
    for layer in range(3):
        projected, gate = ref.outputs[f"model.layers.{layer}.mlp.Wi"][0][0].chunk(2, dim=-1)
        units = torch.nn.functional.gelu(projected) * gate
        assert item.ffn[layer].shape[-1] == model.config.intermediate_size
        np.testing.assert_allclose(item.ffn[layer], units.numpy(), atol=1e-5)


def test_modernbert_query_and_key_are_rotated_and_local_layers_mask_far_keys():
    from transformers.models.modernbert import modeling_modernbert

    model, tokenizer = tiny_classifier("modernbert")
    wrapper = ClassifierModel(model, tokenizer)
    item = wrapper.introspect([{"sentence": TEXTS[0]}])[0]
    assert item.position_transform == "rotary"
    ref = reference(model, tokenizer, TEXTS[0],
                    capture_outputs=tuple(f"model.layers.{i}.attn.Wqkv" for i in range(3)))
    n, heads = len(ref.tokens), model.config.num_attention_heads
    head_dim = model.config.hidden_size // heads
    positions = torch.arange(n)[None]
    for layer, layer_type in enumerate(model.config.layer_types):
        qkv = ref.outputs[f"model.layers.{layer}.attn.Wqkv"][0].view(1, n, 3, heads, head_dim)
        raw_query, raw_key = qkv[:, :, 0].transpose(1, 2), qkv[:, :, 1].transpose(1, 2)
        cos, sin = model.model.rotary_emb(raw_query, positions, layer_type)
        query, key = modeling_modernbert.apply_rotary_pos_emb(raw_query, raw_key, cos, sin)
        np.testing.assert_allclose(item.query[layer], query[0].numpy(), atol=1e-5)
        np.testing.assert_allclose(item.key[layer], key[0].numpy(), atol=1e-5)
        assert not np.allclose(item.query[layer], raw_query[0].numpy(), atol=1e-3)
        # Where lit-ext says a key is masked, HF's attention is exactly zero, and only there.
        allowed = (np.ones((heads, n, n), bool) if item.key_allowed is None
                   else item.key_allowed[layer])
        np.testing.assert_array_equal(allowed, ref.attention[layer] > 0)
        assert allowed.all() == (layer_type == "full_attention")


def test_deberta_terms_are_content_to_position_and_position_to_content():
    """c2p and p2c by their definitions (He et al. 2021, eq. 4) from the layer's own weights."""
    from transformers.models.deberta_v2.modeling_deberta_v2 import build_relative_position

    model, tokenizer = tiny_classifier("deberta-v2")
    wrapper = ClassifierModel(model, tokenizer)
    item = wrapper.introspect([{"sentence": TEXTS[0]}])[0]
    assert [term.name for term in item.score_terms] == ["c2p", "p2c"]
    layer = 1
    path = f"deberta.encoder.layer.{layer}.attention.self"
    ref = reference(model, tokenizer, TEXTS[0],
                    capture_outputs=(f"{path}.query_proj", f"{path}.key_proj"),
                    capture_inputs=(path,))
    module = model.get_submodule(path)
    heads, head_dim = model.config.num_attention_heads, model.config.hidden_size // 4
    query = split_heads(ref.outputs[f"{path}.query_proj"][0], heads)
    key = split_heads(ref.outputs[f"{path}.key_proj"][0], heads)
    span = module.pos_ebd_size
    hidden = ref.inputs[path][0]
    delta = build_relative_position(hidden, hidden, bucket_size=module.position_buckets,
                                    max_position=module.max_relative_positions)[0].numpy()
    with torch.no_grad():
        relative = model.deberta.encoder.get_rel_embedding()[:2 * span]
        position_keys = split_heads(module.pos_key_proj(relative)[None], heads)
        position_queries = split_heads(module.pos_query_proj(relative)[None], heads)
    scale = 1 / math.sqrt(3 * head_dim)
    c2p_index = np.clip(delta + span, 0, 2 * span - 1)
    p2c_index = np.clip(-delta.T + span, 0, 2 * span - 1)  # delta(j, i)
    # c2p[i, j] = q_i · K_r[δ(i, j)] and p2c[i, j] = k_j · Q_r[-δ(j, i)], both scaled.
    c2p = np.einsum("hid,hijd->hij", query, position_keys[:, c2p_index]) * scale
    p2c = np.einsum("hjd,hijd->hij", key, position_queries[:, p2c_index]) * scale
    terms = {term.name: term.values[layer] for term in item.score_terms}
    assert item.score_scale == pytest.approx(scale) and item.score_scale_label == "1/√(3d)"
    np.testing.assert_allclose(terms["c2p"], c2p, atol=1e-5)
    np.testing.assert_allclose(terms["p2c"], p2c, atol=1e-5)


def test_mpnet_term_is_the_relative_position_bias():
    from transformers.models.mpnet.modeling_mpnet import MPNetEncoder

    model, tokenizer = tiny_classifier("mpnet")
    item = ClassifierModel(model, tokenizer).introspect([{"sentence": TEXTS[0]}])[0]
    n = len(item.tokens)
    distance = torch.arange(n)[None, :] - torch.arange(n)[:, None]
    buckets = MPNetEncoder.relative_position_bucket(distance, num_buckets=32)
    with torch.no_grad():
        bias = model.mpnet.encoder.relative_attention_bias(buckets).permute(2, 0, 1).numpy()
    [term] = item.score_terms
    assert term.name == "position_bias"
    for layer in range(2):
        np.testing.assert_allclose(term.values[layer], bias, atol=1e-6)


def test_albert_captures_every_application_of_its_shared_layer():
    model, tokenizer = tiny_classifier("albert")
    item = ClassifierModel(model, tokenizer).introspect([{"sentence": TEXTS[0]}])[0]
    path = "albert.encoder.albert_layer_groups.0.albert_layers.0.attention"
    ref = reference(model, tokenizer, TEXTS[0],
                    capture_outputs=(f"{path}.query", f"{path}.key"))
    assert len(ref.outputs[f"{path}.query"]) == model.config.num_hidden_layers == 3
    for layer in range(3):
        np.testing.assert_allclose(item.query[layer],
                                   split_heads(ref.outputs[f"{path}.query"][layer], 4), atol=1e-5)
        np.testing.assert_allclose(item.key[layer],
                                   split_heads(ref.outputs[f"{path}.key"][layer], 4), atol=1e-5)
    assert not np.allclose(item.query[0], item.query[1], atol=1e-3)


# ---- over HTTP -----------------------------------------------------------------------------

NEW = ("modernbert", "deberta-v2", "albert", "mpnet")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    directories = {name: str(save_checkpoint(name, tmp_path_factory.mktemp(name))) for name in NEW}
    return make_api(directories)


@pytest.mark.parametrize("name", NEW)
def test_attention_and_neuron_view_over_http_equal_plain_transformers(served, name):
    model, tokenizer = tiny_classifier(name)
    refs = [reference(model, tokenizer, text) for text in TEXTS]
    inputs = [example(text, f"text-{i}") for i, text in enumerate(TEXTS)]
    status, body = interpret(served, name, "attention", inputs)
    assert status == 200, body[:500]
    for payload, ref in zip(strict_json(body), refs):
        assert payload["tokens"] == ref.tokens
        np.testing.assert_allclose(decode_array(payload["attention"]), ref.attention, atol=5e-4)
    layer = model.config.num_hidden_layers - 1 if name != "modernbert" else 1
    status, body = interpret(served, name, "neuron_view", inputs, {"layer": layer, "head": 2})
    assert status == 200, body[:500]
    payloads = strict_json(body)
    expected_terms = {"modernbert": [], "albert": [], "mpnet": [("position_bias", "position bias")],
                      "deberta-v2": [("c2p", "content→position"), ("p2c", "position→content")]}
    for payload in payloads:
        assert (payload["layer"], payload["head"]) == (layer, 2)
        assert payload["scale_label"] == ("1/√(3d)" if name == "deberta-v2" else "1/√d")
        assert payload["position_transform"] == ("rotary" if name == "modernbert" else None)
        assert [(t["name"], t["label"]) for t in payload["terms"]] == expected_terms[name]
        assert all(t["description"] for t in payload["terms"])
    for payload, ref in zip(payloads, refs):
        query, key = decode_array(payload["query"]), decode_array(payload["key"])
        scores = payload["scale"] * query @ key.T
        scores += sum(decode_array(term["values"]) for term in payload["terms"])
        allowed = (None if payload["key_allowed"] is None
                   else decode_array(payload["key_allowed"]) > 0.5)
        np.testing.assert_allclose(softmax(scores, allowed), ref.attention[layer, 2], atol=1e-3)
    status, body = interpret(served, name, "nmf", inputs[:1], {"n_components": 3})
    assert status == 200, body[:500]
    assert strict_json(body)[0]["n_components"] == 3


# ---- variants and contracts of the score functions ------------------------------------------

@pytest.mark.parametrize("overrides, label, terms", [
    ({"pos_att_type": ["c2p"]}, "1/√(2d)", ["c2p"]),
    ({"pos_att_type": ["p2c"]}, "1/√(2d)", ["p2c"]),
    # DeBERTa-v2 without relative attention: no terms, but HF still scales by the listed terms.
    ({"relative_attention": False}, "1/√(3d)", []),
    ({"pos_att_type": [], "relative_attention": False}, "1/√d", []),
])
def test_deberta_variants_decompose_exactly(overrides, label, terms):
    model, tokenizer = tiny_classifier("deberta-v2", **overrides)
    item = ClassifierModel(model, tokenizer).introspect([{"sentence": TEXTS[0]}])[0]
    ref = reference(model, tokenizer, TEXTS[0])
    assert item.score_scale_label == label
    assert [term.name for term in item.score_terms] == terms
    for layer in range(2):
        np.testing.assert_allclose(decomposed_softmax(item, layer), ref.attention[layer], atol=1e-5)


def test_deberta_query_states_are_the_queries_when_given():
    """DeBERTa's enhanced mask decoder passes separate query states to an attention layer."""
    from lit_ext.models.attention_scores import disentangled_scores

    model, tokenizer = tiny_classifier("deberta-v2", initializer_range=0.3)
    module = model.deberta.encoder.layer[0].attention.self
    torch.manual_seed(1)
    hidden, queries = torch.randn(1, 7, 32), torch.randn(1, 7, 32)
    mask = torch.ones(1, 1, 7, 7, dtype=torch.long)
    relative = model.deberta.encoder.get_rel_embedding()
    positions = model.deberta.encoder.get_rel_pos(hidden)
    arguments = dict(hidden_states=hidden, attention_mask=mask, query_states=queries,
                     relative_pos=positions, rel_embeddings=relative)
    with torch.no_grad():
        _, expected = module(**arguments, output_attentions=True)
        scores = disentangled_scores(module, arguments)
    logits = scores.scale * scores.query @ scores.key.transpose(-1, -2)
    logits = logits + sum(term.values for term in scores.terms)
    np.testing.assert_allclose(torch.softmax(logits, -1).numpy(), expected.numpy(), atol=1e-5)


def test_every_term_and_scale_has_its_label_for_people():
    labels = {}
    for name in ("deberta-v2", "mpnet", "modernbert", "bert"):
        model, tokenizer = tiny_classifier(name)
        item = ClassifierModel(model, tokenizer).introspect([{"sentence": TEXTS[2]}])[0]
        labels[name] = (item.score_scale_label, [(t.name, t.label, t.description) for t in item.score_terms],
                        item.position_transform)
    assert labels["bert"] == ("1/√d", [], None)
    assert labels["modernbert"] == ("1/√d", [], "rotary")
    assert labels["mpnet"][1] == [("position_bias", "position bias",
                                   "learned bias per head and relative distance bucket (MPNet)")]
    assert [(name, label) for name, label, _ in labels["deberta-v2"][1]] == [
        ("c2p", "content→position"), ("p2c", "position→content")]
    assert all("DeBERTa" in description for _, _, description in labels["deberta-v2"][1])


def test_structured_additive_masks_mark_the_forbidden_keys():
    """A BERT-style layer given a (batch, 1, n, n) additive mask (0 / dtype min): `allowed` is
    where the mask is 0. Padding-only masks never reach the real tokens, so only this direct
    call shows that the projection families read masks at all."""
    from lit_ext.models.attention_scores import projected_scores

    model, _ = tiny_classifier("bert")
    module = model.bert.encoder.layer[0].attention.self
    mask = torch.zeros(1, 1, 5, 5)
    mask[..., 0, 3:] = torch.finfo(torch.float32).min
    with torch.no_grad():
        scores = projected_scores("query", "key", "value")(
            module, {"hidden_states": torch.randn(1, 5, 32), "attention_mask": mask})
    expected = np.ones((1, 1, 5, 5), bool)
    expected[..., 0, 3:] = False
    np.testing.assert_array_equal(scores.allowed.numpy(), expected)


def test_modernbert_without_rotary_embeddings_in_its_arguments_says_what_to_do():
    from lit_ext.models.attention_scores import rotary_scores

    model, _ = tiny_classifier("modernbert")
    with pytest.raises(NotImplementedError, match="upgrade transformers"):
        rotary_scores(model.model.layers[0].attn, {"hidden_states": torch.randn(1, 4, 32)})


@pytest.mark.parametrize("architecture, longest", [
    ("bert", 64), ("distilbert", 64), ("albert", 64), ("deberta-v2", 64), ("modernbert", 64),
    # Position ids start after the padding index: two of the 64 positions are never used.
    ("roberta", 62), ("mpnet", 62)])
def test_longest_input_is_what_the_position_embeddings_allow(architecture, longest):
    wrapper = ClassifierModel(*tiny_classifier(architecture))
    assert wrapper.max_length == longest
    text = " ".join(["good"] * 200)
    prediction = next(wrapper.predict([{"sentence": text}]))
    assert len(prediction["tokens"]) == longest and prediction["dropped_tokens"] > 100

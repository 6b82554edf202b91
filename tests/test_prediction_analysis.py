"""Analysing predictions with internals (issue 11): attention rollout, flow and norms as salience,
merging subwords, head ablation and gradient importance, pruned variants, the layer lens.

Right values are computed here from plain transformers (`reference`, hooks on module paths
written out in this file) and numpy or networkx, never from lit-ext's own code.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
import torch
from lit_nlp.api import dtypes
from lit_nlp.components import gradient_maps
from reference import reference, split_heads
from served_app import example, interpret, make_api, strict_json
from tiny_checkpoints import ARCHITECTURES, save_checkpoint, tiny_classifier

from lit_ext.config import parse_config
from lit_ext.interpreters import attention_graph, lit_ext_interpreters, with_subword_merging
from lit_ext.models.classifier import ClassifierModel
from lit_ext.models.head_ablation import (
    _ablation_by_full_passes,
    ablation_probabilities,
    gradient_importance,
)
from lit_ext.server import build_model

TEXT = "an unbelievably gorgeous , witty movie"
# The module whose input is the heads' concatenated context, per architecture, written out.
CONTEXT_INPUT = {
    "bert": "bert.encoder.layer.{}.attention.output.dense",
    "roberta": "roberta.encoder.layer.{}.attention.output.dense",
    "distilbert": "distilbert.transformer.layer.{}.attention.out_lin",
    "modernbert": "model.layers.{}.attn.Wo",
    "deberta-v2": "deberta.encoder.layer.{}.attention.output.dense",
    "mpnet": "mpnet.encoder.layer.{}.attention.attn.o",
    "albert": "albert.encoder.albert_layer_groups.0.albert_layers.0.attention.dense",
}
INTERPRETERS = with_subword_merging(lit_ext_interpreters() | {"grad_norm": gradient_maps.GradientNorm()})


def wrapped(architecture: str, **overrides) -> ClassifierModel:
    model, tokenizer = tiny_classifier(architecture, initializer_range=0.3, **overrides)
    return ClassifierModel(model, tokenizer)


def salience(name: str, wrapper, text: str = TEXT, **config) -> dtypes.TokenSalience:
    [result] = INTERPRETERS[name].run([{"sentence": text}], wrapper, None, config=config)
    return next(iter(result.values()))


def hand_rollout(attention: np.ndarray, pooling: np.ndarray) -> np.ndarray:
    """Abnar & Zuidema's rollout written out: rownorm(mean_h A + I), multiplied first layer up."""
    n = attention.shape[-1]
    rolled = np.eye(n)
    for layer in attention.astype(np.float64):
        adjusted = layer.mean(axis=0) + np.eye(n)
        rolled = (adjusted / adjusted.sum(axis=1, keepdims=True)) @ rolled
    return pooling @ rolled


# ---- attention rollout, flow and norms --------------------------------------------------------

@pytest.mark.parametrize("architecture", ARCHITECTURES)
def test_rollout_equals_the_direct_computation(architecture):
    wrapper = wrapped(architecture)
    ref = reference(wrapper.model, wrapper.tokenizer, TEXT)
    pooling = np.eye(len(ref.tokens))[0]
    result = salience("attention_rollout", wrapper)
    assert result.tokens == ref.tokens
    np.testing.assert_allclose(result.salience, hand_rollout(ref.attention, pooling), atol=1e-5)


def test_rollout_reads_every_position_for_mean_pooling():
    wrapper = wrapped("modernbert", classifier_pooling="mean")
    ref = reference(wrapper.model, wrapper.tokenizer, TEXT)
    n = len(ref.tokens)
    np.testing.assert_allclose(salience("attention_rollout", wrapper).salience,
                               hand_rollout(ref.attention, np.full(n, 1 / n)), atol=1e-5)


def networkx_flow(matrices: list[np.ndarray], sink_token: int = 0) -> np.ndarray:
    """Max flow with networkx on float capacities (an independent solver)."""
    graph = nx.DiGraph()
    n = matrices[0].shape[0]
    for layer, matrix in enumerate(matrices):
        adjusted = matrix + np.eye(n)
        adjusted /= adjusted.sum(axis=1, keepdims=True)
        for i in range(n):
            for j in range(n):
                graph.add_edge((layer, j), (layer + 1, i), capacity=float(adjusted[i, j]))
    top = (len(matrices), sink_token)
    flows = np.array([nx.maximum_flow_value(graph, (0, j), top) for j in range(n)])
    return flows / flows.sum()


def test_flow_on_a_hand_made_graph():
    """Two tokens, one layer. Token 0 -> top token 0: direct edge 0.5 (after the residual) and
    nothing else reaches it, so its flow is 0.5 + ... computed by hand below."""
    attention = np.array([[0.0, 1.0], [0.5, 0.5]])
    # rownorm(A + I) = [[0.5, 0.5], [0.25, 0.75]]: into top token 0 come 0.5 from token 0 and
    # 0.5 from token 1, each limited by that single edge.
    np.testing.assert_allclose(attention_graph.attention_flow([attention], np.array([1.0, 0.0])),
                               [0.5, 0.5], atol=1e-6)
    # Into top token 1 come Â[1, 0] = 0.25 from token 0 and Â[1, 1] = 0.75 from token 1.
    np.testing.assert_allclose(attention_graph.attention_flow([attention], np.array([0.0, 1.0])),
                               [0.25, 0.75], atol=1e-6)
    # Two layers: flows are limited by the narrowest cut, not by products as in rollout.
    two = [attention, np.array([[1.0, 0.0], [0.0, 1.0]])]
    np.testing.assert_allclose(attention_graph.attention_flow(two, np.array([1.0, 0.0])),
                               networkx_flow(two), atol=1e-6)


@pytest.mark.parametrize("architecture", ["bert", "deberta-v2"])
def test_flow_equals_networkx_on_the_model(architecture):
    wrapper = wrapped(architecture)
    ref = reference(wrapper.model, wrapper.tokenizer, TEXT)
    expected = networkx_flow(list(ref.attention.mean(axis=1)))
    np.testing.assert_allclose(salience("attention_flow", wrapper).salience, expected, atol=1e-5)


def test_flow_refuses_long_inputs_and_names_rollout():
    wrapper = wrapped("bert", max_position_embeddings=128)
    with pytest.raises(ValueError, match="attention_rollout"):
        salience("attention_flow", wrapper, " ".join(["good"] * 63))
    assert len(salience("attention_flow", wrapper, " ".join(["good"] * 62)).tokens) == 64


def test_flow_to_every_position_for_mean_pooling():
    """A super-sink fed by each top token with its pooling weight (networkx, written out)."""
    attention = [np.array([[0.2, 0.8, 0.0], [0.5, 0.25, 0.25], [0.1, 0.1, 0.8]])]
    graph = nx.DiGraph()
    adjusted = attention[0] + np.eye(3)
    adjusted /= adjusted.sum(axis=1, keepdims=True)
    for i in range(3):
        graph.add_edge((1, i), "sink", capacity=1 / 3)
        for j in range(3):
            graph.add_edge((0, j), (1, i), capacity=float(adjusted[i, j]))
    flows = np.array([nx.maximum_flow_value(graph, (0, j), "sink") for j in range(3)])
    np.testing.assert_allclose(attention_graph.attention_flow(attention, np.full(3, 1 / 3)),
                               flows / flows.sum(), atol=1e-6)


@pytest.mark.parametrize("architecture", ["bert", "distilbert"])
def test_attention_norms_equal_the_direct_computation(architecture):
    """Kobayashi et al.: N[i, j] = ‖Σ_h α_h[i, j] W_O^h v_h[j]‖, rows normalised, rolled out."""
    wrapper = wrapped(architecture)
    prefix = {"bert": "bert.encoder.layer.{}.attention.",
              "distilbert": "distilbert.transformer.layer.{}.attention."}[architecture]
    value, output = {"bert": ("self.value", "output.dense"),
                     "distilbert": ("v_lin", "out_lin")}[architecture]
    layers = range(2)
    ref = reference(wrapper.model, wrapper.tokenizer, TEXT,
                    capture_outputs=tuple(prefix.format(layer) + value for layer in layers))
    n, rolled = len(ref.tokens), np.eye(len(ref.tokens))
    for layer in layers:
        values = split_heads(ref.outputs[prefix.format(layer) + value][0], 4)  # (h, n, d)
        weight = wrapper.model.get_submodule(prefix.format(layer) + output).weight.detach().numpy()
        transformed = np.stack([values[h] @ weight[:, h * 8:(h + 1) * 8].T for h in range(4)])
        norms = np.array([[np.linalg.norm(sum(ref.attention[layer, h, i, j] * transformed[h, j]
                                              for h in range(4))) for j in range(n)]
                          for i in range(n)])
        norms /= norms.sum(axis=1, keepdims=True)
        adjusted = norms + np.eye(n)
        rolled = (adjusted / adjusted.sum(axis=1, keepdims=True)) @ rolled
    np.testing.assert_allclose(salience("attention_norm", wrapper).salience, rolled[0], atol=1e-5)


# ---- merging subwords into words --------------------------------------------------------------

@pytest.mark.parametrize("name", ["attention_rollout", "grad_norm"])
def test_merge_subwords_sums_each_words_tokens(name):
    wrapper = wrapped("bert")
    tokens = salience(name, wrapper)
    words = salience(name, wrapper, merge_subwords=True)
    assert tokens.tokens[:8] == ["[CLS]", "an", "un", "##bel", "##ie", "##va", "##bly", "gorgeous"]
    assert words.tokens == ["[CLS]", "an", "unbelievably", "gorgeous", ",", "witty", "movie", "[SEP]"]
    expected = np.concatenate([tokens.salience[:2], [tokens.salience[2:7].sum()], tokens.salience[7:]])
    np.testing.assert_allclose(words.salience, expected, rtol=1e-5)


def test_merge_subwords_for_byte_level_words():
    wrapper = wrapped("roberta")
    words = salience("attention_rollout", wrapper, "a gorgeous 😊 movie", merge_subwords=True)
    assert words.tokens == ["<s>", "a", "gorgeous", "😊", "movie", "</s>"]


# ---- head ablation, gradient importance, pruned variants -------------------------------------

def zeroed(context: torch.Tensor, heads: list[int], width: int) -> torch.Tensor:
    context = context.clone()
    for head in heads:
        context[..., head * width:(head + 1) * width] = 0
    return context


def by_hand(wrapper, text: str, switched_off: list[tuple[int, int]], architecture: str) -> np.ndarray:
    """Probabilities with the given heads' context zeroed by a plain hook on the module path."""
    model = wrapper.model
    width = model.config.hidden_size // model.config.num_attention_heads
    handles = []
    if architecture == "albert":  # one shared module: the l-th call is layer l
        calls = []

        def zero_shared(_module, args):
            calls.append(None)
            off = [head for layer, head in switched_off if layer == len(calls) - 1]
            return (zeroed(args[0], off, width),) + args[1:]
        handles.append(model.get_submodule(CONTEXT_INPUT["albert"]).register_forward_pre_hook(zero_shared))
    else:
        for layer in {layer for layer, _ in switched_off}:
            off = [head for off_layer, head in switched_off if off_layer == layer]
            handles.append(model.get_submodule(CONTEXT_INPUT[architecture].format(layer))
                           .register_forward_pre_hook(
                               lambda _m, args, off=off: (zeroed(args[0], off, width),) + args[1:]))
    try:
        return reference(model, wrapper.tokenizer, text).probas
    finally:
        for handle in handles:
            handle.remove()


@pytest.mark.parametrize("architecture", ARCHITECTURES)
def test_ablation_of_every_head_equals_zeroing_its_context_by_hand(architecture):
    wrapper = wrapped(architecture)
    base, ablated = ablation_probabilities(wrapper, {"sentence": TEXT})
    np.testing.assert_allclose(base, reference(wrapper.model, wrapper.tokenizer, TEXT).probas, atol=1e-6)
    for layer in range(wrapper.num_layers):
        for head in range(4):
            np.testing.assert_allclose(ablated[layer, head],
                                       by_hand(wrapper, TEXT, [(layer, head)], architecture),
                                       atol=1e-5)


def test_ablation_by_full_passes_agrees_with_replay():
    """The path for encoders with something between layers (DeBERTa's conv)."""
    wrapper = wrapped("deberta-v2")
    _, replayed = ablation_probabilities(wrapper, {"sentence": TEXT})
    encoding, _ = wrapper.tokenize([{"sentence": TEXT}])
    full = _ablation_by_full_passes(wrapper, wrapper._model_inputs(encoding))
    np.testing.assert_allclose(full, replayed, atol=1e-5)


def test_deberta_with_a_convolution_after_layer_one_falls_back_and_is_right():
    wrapper = wrapped("deberta-v2", conv_kernel_size=3)
    assert wrapper.model.deberta.encoder.conv is not None
    _, ablated = ablation_probabilities(wrapper, {"sentence": TEXT})
    np.testing.assert_allclose(ablated[0, 1], by_hand(wrapper, TEXT, [(0, 1)], "deberta-v2"),
                               atol=1e-5)


def test_gradient_importance_is_the_derivative_of_the_loss_wrt_each_heads_gate():
    """Against central finite differences of −log p(predicted class), with the head's context
    scaled by hand."""
    wrapper = wrapped("bert")
    [(probas, importance)] = gradient_importance(wrapper, [{"sentence": TEXT}])
    predicted = int(probas.argmax())
    width = 8
    for layer, head in [(0, 1), (1, 3)]:
        losses = []
        for scale in (1 + 1e-3, 1 - 1e-3):
            def scaled(module, args, head=head, scale=scale):
                context = args[0].clone()
                context[..., head * width:(head + 1) * width] *= scale
                return (context,) + args[1:]
            handle = wrapper.model.get_submodule(
                CONTEXT_INPUT["bert"].format(layer)).register_forward_pre_hook(scaled)
            try:
                losses.append(-np.log(reference(wrapper.model, wrapper.tokenizer, TEXT).probas[predicted]))
            finally:
                handle.remove()
        derivative = (losses[0] - losses[1]) / 2e-3
        assert importance[layer, head] == pytest.approx(abs(derivative), rel=2e-2, abs=1e-5)


def test_ablated_prediction_interpreter_and_pruned_variant_from_a_config(tmp_path):
    save_checkpoint("bert", tmp_path, initializer_range=0.3)
    heads = [(0, 1), (1, 3)]
    config = parse_config({"models": [{"name": "pruned", "kind": "classifier", "path": str(tmp_path),
                                       "ablated_heads": [list(pair) for pair in heads]}],
                           "datasets": [{"name": "d", "kind": "sample"}]}).models[0]
    pruned = build_model(config)
    full = ClassifierModel.from_pretrained(str(tmp_path))
    expected = by_hand(full, TEXT, heads, "bert")
    np.testing.assert_allclose(next(pruned.predict([{"sentence": TEXT}]))["probas"], expected, atol=1e-6)
    assert "0:1, 1:3 switched off" in pruned.description()
    [result] = INTERPRETERS["ablated_prediction"].run([{"sentence": TEXT}], full, None,
                                                     config={"heads": "0:1,1:3"})
    np.testing.assert_allclose(result["probas_ablated"], expected, atol=1e-6)
    np.testing.assert_allclose(result["probas"], reference(full.model, full.tokenizer, TEXT).probas,
                               atol=1e-6)
    with pytest.raises(ValueError, match="does not exist"):
        INTERPRETERS["ablated_prediction"].run([{"sentence": TEXT}], full, None, config={"heads": "2:0"})
    with pytest.raises(ValueError, match="layer:head"):
        INTERPRETERS["ablated_prediction"].run([{"sentence": TEXT}], full, None, config={"heads": "2-0"})


def test_head_importance_interpreter_by_both_methods():
    wrapper = wrapped("bert")
    [ablation] = INTERPRETERS["head_importance"].run([{"sentence": TEXT}], wrapper, None, config={})
    base, ablated = ablation_probabilities(wrapper, {"sentence": TEXT})
    predicted = int(base.argmax())
    np.testing.assert_allclose(ablation["importance"], base[predicted] - ablated[..., predicted], atol=1e-6)
    assert (ablation["num_layers"], ablation["num_heads"], ablation["label"]) == (2, 4, "abc"[predicted])
    [gradient] = INTERPRETERS["head_importance"].run([{"sentence": TEXT}], wrapper, None,
                                                    config={"method": "gradient"})
    assert gradient["method"] == "gradient" and np.shape(gradient["importance"]) == (2, 4)
    with pytest.raises(ValueError, match="ablation"):
        INTERPRETERS["head_importance"].run([{"sentence": TEXT}], wrapper, None, config={"method": "x"})


# ---- layer by layer ----------------------------------------------------------------------------

@pytest.mark.parametrize("architecture", ARCHITECTURES)
def test_last_layer_prediction_is_the_models_prediction(architecture):
    wrapper = wrapped(architecture)
    texts = [TEXT, "bad"]
    results = INTERPRETERS["layer_predictions"].run([{"sentence": t} for t in texts], wrapper, None)
    for text, result in zip(texts, results):
        assert len(result["probas"]) == wrapper.num_layers + 1 == len(result["layers"])
        np.testing.assert_allclose(result["probas"][-1],
                                   reference(wrapper.model, wrapper.tokenizer, text).probas, atol=1e-5)


def test_layer_predictions_of_bert_are_its_pooler_and_classifier_on_each_layer():
    wrapper = wrapped("bert")
    encoding = wrapper.tokenizer(TEXT, return_tensors="pt")
    with torch.no_grad():
        hidden = wrapper.model.bert(**encoding, output_hidden_states=True).hidden_states
        expected = [torch.softmax(wrapper.model.classifier(wrapper.model.bert.pooler(h)), -1)[0].numpy()
                    for h in hidden]
    [result] = INTERPRETERS["layer_predictions"].run([{"sentence": TEXT}], wrapper, None)
    np.testing.assert_allclose(result["probas"], expected, atol=1e-5)


def test_new_interpreters_over_http(tmp_path):
    save_checkpoint("modernbert", tmp_path, initializer_range=0.3)
    app = make_api({"m": str(tmp_path)})
    inputs = [example(TEXT, "t")]
    for name, config in (("attention_rollout", {"merge_subwords": True}), ("attention_flow", {}),
                         ("attention_norm", {}), ("head_importance", {}),
                         ("ablated_prediction", {"heads": "0:1"}), ("layer_predictions", {})):
        status, body = interpret(app, "m", name, inputs, config)
        assert status == 200, (name, body[:300])
        strict_json(body)


@pytest.mark.parametrize("name", ["attention", "neuron_view", "nmf", "attention_rollout",
                                  "attention_norm", "head_importance", "ablated_prediction",
                                  "layer_predictions"])
def test_the_defaults_a_config_spec_declares_are_what_run_uses(name):
    """LIT's UI (and `faithfulness`) send an interpreter its declared defaults: they must give
    what an empty config gives."""
    wrapper = wrapped("bert")
    interpreter = INTERPRETERS[name]
    declared = {key: field.default for key, field in interpreter.config_spec().items()}
    examples = [{"sentence": TEXT}]
    with_defaults = interpreter.run(examples, wrapper, None, config=declared)
    without = interpreter.run(examples, wrapper, None, config={})
    assert repr(with_defaults) == repr(without)


def test_head_gates_accept_every_head_and_refuse_the_next_one():
    """Gates (1, layers, heads): 0 exactly at the switched-off heads, the corners included;
    one past the last layer or head is refused with the valid ranges."""
    from lit_ext.models.head_gating import head_gates

    model, _ = tiny_classifier("bert")
    layers, heads = model.config.num_hidden_layers, model.config.num_attention_heads
    corners = [(0, 0), (layers - 1, heads - 1)]
    gates = head_gates(model, corners)
    expected = torch.ones(1, layers, heads)
    for layer, head in corners:
        expected[0, layer, head] = 0
    assert torch.equal(gates, expected)
    for layer, head in ((layers, 0), (0, heads), (-1, 0), (0, -1)):
        with pytest.raises(ValueError, match=f"this model has layers 0..{layers - 1} and heads "
                                              f"0..{heads - 1}"):
            head_gates(model, [(layer, head)])

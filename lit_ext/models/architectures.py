"""Where each supported encoder architecture keeps the modules lit-ext hooks.

The only place that knows module names. A new architecture is one new table row:
- `layers`: the encoder's layers from the base model, in the order they run. ALBERT runs one
  shared layer `num_hidden_layers` times, so the same module appears once per application and
  every capture is per application, not per module;
- `attention`: inside a layer, the module whose forward computes the attention probabilities
  (its inputs are captured to decompose the scores, see `attention_scores`);
- `attention_output`: inside a layer, the attention's output projection W_O, whose input is the
  heads' context vectors side by side (batch, n, heads·head_dim): zeroing head h's slice switches
  the head off (transformers 5 dropped `head_mask`), and W_O's columns for h map its values into
  the residual stream (attention norms);
- `ffn_output`: inside a layer, the FFN down-projection, whose *input* is the post-activation FFN
  units that Ecco factorises (for ModernBERT's gated MLP, act(input) * gate);
- `scores`: how that attention module builds its scores (`attention_scores`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import torch

from lit_ext.models.attention_scores import (
    ScoreFunction,
    disentangled_scores,
    mpnet_scores,
    projected_scores,
    rotary_scores,
)

LayerList = Callable[[torch.nn.Module], list[torch.nn.Module]]


def _layer_path(path: str) -> LayerList:
    return lambda base_model: list(base_model.get_submodule(path))


def _albert_layers(base_model: torch.nn.Module) -> list[torch.nn.Module]:
    """ALBERT's layer groups in the order `AlbertTransformer.forward` applies them."""
    config = base_model.config
    groups = base_model.encoder.albert_layer_groups
    layers_per_group = config.num_hidden_layers / config.num_hidden_groups
    return [layer
            for i in range(config.num_hidden_layers)
            for layer in groups[int(i / layers_per_group)].albert_layers]


@dataclasses.dataclass(frozen=True)
class Architecture:
    layers: LayerList
    attention: str
    attention_output: str
    ffn_output: str
    scores: ScoreFunction


_BERT_LIKE = Architecture(
    layers=_layer_path("encoder.layer"),
    attention="attention.self",
    attention_output="attention.output.dense",
    ffn_output="output.dense",
    scores=projected_scores("query", "key", "value"),
)

ARCHITECTURES: dict[str, Architecture] = {
    # MiniLM checkpoints (all-MiniLM-L6-v2 included) are `bert` models.
    "bert": _BERT_LIKE,
    "roberta": _BERT_LIKE,
    "xlm-roberta": _BERT_LIKE,
    "camembert": _BERT_LIKE,
    "electra": _BERT_LIKE,
    "distilbert": Architecture(
        layers=_layer_path("transformer.layer"),
        attention="attention",
        attention_output="attention.out_lin",
        ffn_output="ffn.lin2",
        scores=projected_scores("q_lin", "k_lin", "v_lin"),
    ),
    "albert": Architecture(
        layers=_albert_layers,
        attention="attention",
        attention_output="attention.dense",
        ffn_output="ffn_output",
        scores=projected_scores("query", "key", "value"),
    ),
    "mpnet": Architecture(
        layers=_layer_path("encoder.layer"),
        attention="attention.attn",
        attention_output="attention.attn.o",
        ffn_output="output.dense",
        scores=mpnet_scores,
    ),
    "modernbert": Architecture(
        layers=_layer_path("layers"),
        attention="attn",
        attention_output="attn.Wo",
        ffn_output="mlp.Wo",
        scores=rotary_scores,
    ),
    "deberta-v2": Architecture(
        layers=_layer_path("encoder.layer"),
        attention="attention.self",
        attention_output="attention.output.dense",
        ffn_output="output.dense",
        scores=disentangled_scores,
    ),
}


@dataclasses.dataclass(frozen=True)
class LayerModules:
    """One layer application's hookable modules (shared between applications in ALBERT)."""

    layer: torch.nn.Module
    attention: torch.nn.Module
    attention_output: torch.nn.Linear
    ffn_output: torch.nn.Linear


def architecture(model: torch.nn.Module) -> Architecture:
    model_type = model.config.model_type
    spec = ARCHITECTURES.get(model_type)
    if spec is None:
        raise NotImplementedError(
            f"lit-ext cannot capture internals of '{model_type}' models yet; supported: "
            f"{', '.join(sorted(ARCHITECTURES))}. Add a row to lit_ext.models.architectures."
        )
    return spec


def find_layer_modules(model: torch.nn.Module) -> list[LayerModules]:
    """The hookable modules of every layer application of a HF encoder, bare or with a head."""
    spec = architecture(model)
    return [LayerModules(layer=layer, attention=layer.get_submodule(spec.attention),
                         attention_output=layer.get_submodule(spec.attention_output),
                         ffn_output=layer.get_submodule(spec.ffn_output))
            for layer in spec.layers(model.base_model)]


def supports_introspection(model: torch.nn.Module) -> bool:
    return model.config.model_type in ARCHITECTURES

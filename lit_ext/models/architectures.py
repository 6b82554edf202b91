"""Where each supported encoder architecture keeps the modules lit-ext hooks.

The only place that knows module names. A new architecture is one new table row: the path from
the base model to its list of layers, and, inside a layer, the query projection, the key
projection and the FFN down-projection (whose *input* is the post-activation FFN units that
Ecco factorises).
"""

from __future__ import annotations

import dataclasses

import torch


@dataclasses.dataclass(frozen=True)
class ArchitectureModules:
    layers: str
    query: str
    key: str
    ffn_output: str


_BERT_LIKE = ArchitectureModules(
    layers="encoder.layer",
    query="attention.self.query",
    key="attention.self.key",
    ffn_output="output.dense",
)

ARCHITECTURES: dict[str, ArchitectureModules] = {
    # MiniLM checkpoints (all-MiniLM-L6-v2 included) are `bert` models.
    "bert": _BERT_LIKE,
    "roberta": _BERT_LIKE,
    "xlm-roberta": _BERT_LIKE,
    "camembert": _BERT_LIKE,
    "electra": _BERT_LIKE,
    "distilbert": ArchitectureModules(
        layers="transformer.layer",
        query="attention.q_lin",
        key="attention.k_lin",
        ffn_output="ffn.lin2",
    ),
}


@dataclasses.dataclass(frozen=True)
class LayerModules:
    query: torch.nn.Linear
    key: torch.nn.Linear
    ffn_output: torch.nn.Linear


def find_layer_modules(model: torch.nn.Module) -> list[LayerModules]:
    """The hookable modules of every layer of a HF encoder, bare or with a task head."""
    model_type = model.config.model_type
    spec = ARCHITECTURES.get(model_type)
    if spec is None:
        raise NotImplementedError(
            f"lit-ext cannot capture internals of '{model_type}' models yet; supported: "
            f"{', '.join(sorted(ARCHITECTURES))}. Add a row to lit_ext.models.architectures."
        )
    layers = model.base_model.get_submodule(spec.layers)
    return [
        LayerModules(
            query=layer.get_submodule(spec.query),
            key=layer.get_submodule(spec.key),
            ffn_output=layer.get_submodule(spec.ffn_output),
        )
        for layer in layers
    ]


def supports_introspection(model: torch.nn.Module) -> bool:
    return model.config.model_type in ARCHITECTURES

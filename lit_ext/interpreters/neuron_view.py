"""The `neuron_view` interpreter: how one head's attention is computed (BERTviz's neuron view).

BERTviz shows softmax(q·k/√d) for BERT-style models only. Here every architecture lit-ext
supports returns its score decomposition (see `lit_ext.models.attention_scores`): q and k after
the model's own position transform (rotary for ModernBERT), the scale it applies (1/√(3d) for
DeBERTa), and every term it adds before the softmax (DeBERTa's c2p and p2c, MPNet's relative
position bias), so that softmax over allowed keys of (scale·q·k + Σ terms) is the attention.
"""

from __future__ import annotations

from lit_nlp.api import types as lit_types

from lit_ext.interpreters.array_codec import encode_array, encode_probabilities
from lit_ext.interpreters.introspection_interpreter import (
    IntrospectionInterpreter,
    config_int,
    token_fields,
)
from lit_ext.models.introspection import Internals


def check_head(head: int, num_heads: int) -> None:
    if not 0 <= head < num_heads:
        raise ValueError(f"Head {head} is invalid: this model has heads 0..{num_heads - 1}.")


def neuron_payload(item: Internals, layer: int, head: int) -> dict:
    """One example's neuron-view payload for the (only) layer in `item`.

    query/key: (n, head_dim) float32; attention: (n, n) float32; scale (float) multiplies q·k
    and scale_label writes it ("1/√d"); terms: [{name, label, description, values (n, n)}]
    added to scale·q·k; key_allowed: (n, n) 0/1 (uint10) where some keys are masked, else None;
    position_transform: what was applied to q and k ("rotary") or None.
    """
    return token_fields(item) | {
        "layer": layer,
        "head": head,
        "query": encode_array(item.query[0, head], "query"),
        "key": encode_array(item.key[0, head], "key"),
        "attention": encode_array(item.attention[0, head], "attention"),
        "scale": item.score_scale,
        "scale_label": item.score_scale_label,
        "position_transform": item.position_transform,
        "terms": [{"name": term.name, "label": term.label, "description": term.description,
                   "values": encode_array(term.values[0, head], term.name)}
                  for term in item.score_terms],
        "key_allowed": (None if item.key_allowed is None else
                        encode_probabilities(item.key_allowed[0, head], "key_allowed")),
    }


class NeuronViewInterpreter(IntrospectionInterpreter):
    """Query and key vectors of one layer/head, the rest of its score decomposition, its attention.

    See `neuron_payload` for the fields.
    """

    def config_spec(self) -> lit_types.Spec:
        return {"layer": lit_types.Scalar(default=0, required=False),
                "head": lit_types.Scalar(default=0, required=False)}

    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        del dataset, model_outputs
        wrapper = self.wrapper(model)
        config = config or {}
        layer = config_int(config, "layer", 0)
        head = config_int(config, "head", 0)
        check_head(head, wrapper.num_heads)
        return [neuron_payload(item, layer, head)
                for item in wrapper.introspect(inputs, what=["attention", "query_key"],
                                               layers=[layer])]

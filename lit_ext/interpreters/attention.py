"""The `attention` interpreter: every layer's and head's attention for the selected examples."""

from __future__ import annotations

from lit_nlp.api import types as lit_types

from lit_ext.interpreters.array_codec import encode_probabilities
from lit_ext.interpreters.introspection_interpreter import (
    IntrospectionInterpreter,
    config_int,
    token_fields,
)


def parse_layers(value) -> list[int] | None:
    """Layer indices from a list or a comma-separated string; None/empty means all layers."""
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, str):
        items = value.split(",")
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        items = [value]
    return [config_int({"layers": item}, "layers") for item in items]


class AttentionInterpreter(IntrospectionInterpreter):
    """Attention probabilities of every layer and head, quantised to 10 bits for the wire.

    Returns per example: tokens (raw), display_tokens (without word markers such as `Ġ`),
    special_tokens (bool per token: [CLS], <s>, ...; [UNK] is text), segment_ids (0 = first text,
    1 = second), layers (those sent), num_layers (of the model), num_heads and `attention`, an
    encoded array (layers, heads, n, n) (see `array_codec`).
    """

    def config_spec(self) -> lit_types.Spec:
        return {"layers": lit_types.TextSegment(
            default="", required=False)}  # comma-separated layer indices; empty: all

    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        del dataset, model_outputs
        wrapper = self.wrapper(model)
        layers = parse_layers((config or {}).get("layers"))
        results = []
        for item in wrapper.introspect(inputs, what=["attention"], layers=layers):
            results.append(token_fields(item) | {
                "layers": item.layers,
                "num_layers": wrapper.num_layers,
                "num_heads": int(item.attention_layers[0].shape[0]),
                "attention": encode_probabilities(item.attention_layers, "attention"),
            })
        return results

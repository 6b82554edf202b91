"""The `nmf` interpreter: Ecco-style NMF factors of FFN activations for the selected example."""

from __future__ import annotations

import numpy as np
from lit_nlp.api import types as lit_types

from lit_ext.finite import require_finite
from lit_ext.interpreters.activation_nmf import ActivationNMF
from lit_ext.interpreters.array_codec import encode_array
from lit_ext.interpreters.introspection_interpreter import (
    IntrospectionInterpreter,
    config_bool,
    config_int,
    token_fields,
)
from lit_ext.models.introspection import Internals
from lit_ext.models.transformer_wrapper import TransformerWrapper

TOP_NEURONS = 10


def layer_range(config: dict, num_layers: int) -> list[int]:
    """Layers from_layer <= l < to_layer in numeric order (Ecco sorted them as strings)."""
    start = config_int(config, "from_layer", 0)
    stop = config_int(config, "to_layer", num_layers)
    if not 0 <= start < stop <= num_layers:
        raise ValueError(f"Layer range from_layer={start}, to_layer={stop} is invalid: need "
                         f"0 <= from_layer < to_layer <= {num_layers}.")
    return list(range(start, stop))


def factorise(wrapper: TransformerWrapper, inputs: list[dict], n_components: int, layers: list[int],
              exclude_special_tokens: bool = True) -> list[tuple[Internals, ActivationNMF]]:
    """Fits an `ActivationNMF` per example on its FFN units in `layers`."""
    fitted = []
    for item in wrapper.introspect(inputs, what=["ffn"], layers=layers):
        mask = np.ones(len(item.tokens), bool)
        if exclude_special_tokens:
            mask &= ~np.asarray(item.special_tokens, bool)
        fitted.append((item, ActivationNMF(n_components).fit(item.ffn, mask)))
    return fitted


class NMFInterpreter(IntrospectionInterpreter):
    """Factors of co-activating FFN neurons per token, with each factor's top neurons and layers.

    Config: n_components (k, default 8), from_layer / to_layer (to_layer exclusive, default all
    layers), exclude_special_tokens (default true: [CLS]/[SEP] dominate otherwise).
    """

    def config_spec(self) -> lit_types.Spec:
        return {
            "n_components": lit_types.Scalar(default=8, required=False),
            "from_layer": lit_types.Scalar(default=0, required=False),
            # Empty: up to the model's last layer, whatever the model.
            "to_layer": lit_types.TextSegment(default="", required=False),
            "exclude_special_tokens": lit_types.Boolean(default=True, required=False),
        }

    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        del dataset, model_outputs
        wrapper = self.wrapper(model)
        config = config or {}
        layers = layer_range(config, wrapper.num_layers)
        n_components = config_int(config, "n_components", 8)
        exclude_special = config_bool(config, "exclude_special_tokens", True)
        results = []
        for item, nmf in factorise(wrapper, inputs, n_components, layers, exclude_special):
            results.append(token_fields(item) | {
                "token_mask": nmf.token_mask_.tolist(),
                "layers": layers,
                "n_components": nmf.n_components_,
                "factors": encode_array(nmf.factors_, "factors"),
                "top_neurons": [[{"layer": layers[pos], "index": index, "loading": loading}
                                 for pos, index, loading in factor]
                                for factor in nmf.top_neurons(TOP_NEURONS)],
                "layer_share": nmf.layer_share().tolist(),
                "reconstruction_error": nmf.relative_error_,
            })
        require_finite(results, "nmf")
        return results

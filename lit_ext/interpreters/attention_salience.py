"""Attention rollout, attention flow and attention norms as LIT salience maps.

They appear in LIT's own Salience Maps module next to Grad L2 Norm, Grad · Input, Integrated
Gradients and LIME, over the model's `tokens`, so that users can compare attention-based and
gradient-based explanations of the same prediction (and measure which is more faithful with
the `faithfulness` interpreter). The maths is in `attention_graph`.
"""

from __future__ import annotations

import numpy as np
import torch
from lit_nlp.api import dtypes
from lit_nlp.api import types as lit_types

from lit_ext.finite import require_finite
from lit_ext.interpreters import attention_graph
from lit_ext.interpreters.introspection_interpreter import IntrospectionInterpreter
from lit_ext.models.architectures import find_layer_modules
from lit_ext.models.classification_heads import pooling_weights
from lit_ext.models.introspection import Internals
from lit_ext.models.transformer_wrapper import TransformerWrapper


class AttentionSalience(IntrospectionInterpreter):
    """Base: per-layer token matrices from a model's internals, reduced to token importance."""

    internals: tuple[str, ...] = ("attention",)

    def meta_spec(self) -> lit_types.Spec:
        return {"saliency": lit_types.TokenSalience(autorun=False, signed=False)}

    def layer_matrices(self, item: Internals, wrapper: TransformerWrapper) -> list[np.ndarray]:
        """(n, n) per layer: the head-averaged attention."""
        return list(item.attention.mean(axis=1))

    def reduce(self, matrices: list[np.ndarray], pooling: np.ndarray) -> np.ndarray:
        return attention_graph.rollout(matrices, pooling)

    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        del dataset, model_outputs, config
        wrapper = self.wrapper(model)
        results = []
        for item in wrapper.introspect(inputs, what=self.internals):
            mask = torch.ones(1, len(item.tokens), dtype=torch.long)
            pooling = pooling_weights(wrapper.model, mask)[0].numpy()
            # Check what goes in, not only what comes out: max flow turns a NaN capacity into 0,
            # and the norms' row normalisation turns a NaN row into zeros.
            for position, layer in enumerate(item.layers):
                require_finite(item.attention[position], f"Layer {layer}'s attention")
                if item.value is not None:
                    require_finite(item.value[position], f"Layer {layer}'s value vectors")
            salience = self.reduce(self.layer_matrices(item, wrapper), pooling)
            results.append({"tokens": dtypes.TokenSalience(item.tokens, salience)})
        return results


class AttentionRollout(AttentionSalience):
    """Abnar & Zuidema (2020): head-averaged attention plus identity, multiplied over layers;
    the salience is the pooling position's row."""

    def description(self) -> str:
        return ("Attention rollout (Abnar & Zuidema 2020): head-averaged attention plus the "
                "residual, multiplied from the first layer up; the row of the position the "
                "classifier reads.")


class AttentionFlow(AttentionSalience):
    """Abnar & Zuidema (2020): max flow from each input token to the pooling position through
    the layered attention graph (refused beyond `MAX_FLOW_TOKENS` tokens)."""

    def reduce(self, matrices, pooling):
        return attention_graph.attention_flow(matrices, pooling)

    def description(self) -> str:
        return (f"Attention flow (Abnar & Zuidema 2020): maximum flow from each input token to "
                f"the position the classifier reads, through the attention graph with residual "
                f"edges. Up to {attention_graph.MAX_FLOW_TOKENS} tokens.")


class AttentionNorm(AttentionSalience):
    """Kobayashi et al. (2020): ‖Σ_h α f_h(x_j)‖ per layer instead of α, rolled out."""

    internals = ("attention", "query_key")

    def layer_matrices(self, item, wrapper):
        projections = [find_layer_modules(wrapper.model)[layer].attention_output.weight
                       for layer in item.layers]
        return [attention_graph.attention_norms(item.attention[i], item.value[i],
                                                projection.detach().float().numpy())
                for i, projection in enumerate(projections)]

    def description(self) -> str:
        return ("Attention norms (Kobayashi et al. 2020): attention weight times the norm of the "
                "value vector after the output projection, per layer, rolled out like attention "
                "rollout.")

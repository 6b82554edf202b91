"""How each encoder family turns a layer's input into attention scores, term by term.

The neuron view (BERTviz's, and ours) explains attention as softmax(q·k/√d). That holds for BERT,
RoBERTa, DistilBERT, ELECTRA and ALBERT, but not for every encoder people fine-tune today:

- ModernBERT rotates q and k by their positions (rotary embeddings, Su et al. 2021) before the
  product, so q and k are shown *after* the rotation;
- DeBERTa-v2/v3 adds two disentangled relative-position terms, content→position (c2p) and
  position→content (p2c), and scales every term by 1/√(3d) (He et al. 2021, eq. 4);
- MPNet adds a learned relative position bias per head and distance bucket (Song et al. 2020);
- masks (padding, ModernBERT's sliding window on its local layers) forbid some keys.

A score function receives a layer's attention module and the arguments its forward was called
with (captured by a pre-hook), recomputes q and k with the module's own projections and position
code, and returns them with every additive term, so that for each query i

    attention[i] = softmax over allowed keys j of (scale · q_i·k_j + Σ_terms term[i, j])

which the tests and the neuron view check against the model's own attention.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import math
import sys
from collections.abc import Callable

import torch


@dataclasses.dataclass
class ScoreTerm:
    """A term added to the scaled q·k before the softmax: `values` (batch, heads, n, n)."""

    name: str
    label: str
    description: str
    values: torch.Tensor


@dataclasses.dataclass
class AttentionScores:
    """One layer's attention scores, decomposed; tensors are batched and padded.

    query/key: (batch, heads, n, head_dim), after any position transform; value likewise
    (what each head mixes; no position transform).
    scale: multiplies q·k; `scale_label` writes it for people ("1/√d", "1/√(3d)").
    terms: added to scale·q·k, in this order.
    allowed: (batch, 1 or heads, n, n) bool, the keys each query may attend to; None: all.
    position_transform: what was applied to q and k ("rotary"), or None.
    """

    query: torch.Tensor
    key: torch.Tensor
    value: torch.Tensor
    scale: float
    scale_label: str
    terms: list[ScoreTerm] = dataclasses.field(default_factory=list)
    allowed: torch.Tensor | None = None
    position_transform: str | None = None


# (attention module, its forward's arguments by name) -> AttentionScores
ScoreFunction = Callable[[torch.nn.Module, dict], AttentionScores]


def bound_arguments(module: torch.nn.Module, args: tuple, kwargs: dict) -> dict:
    """A module forward's arguments by parameter name, however the caller passed them."""
    bound = inspect.signature(module.forward).bind_partial(*args, **kwargs)
    return dict(bound.arguments)


def _first_argument(arguments: dict) -> torch.Tensor:
    return next(iter(arguments.values()))


def _split_heads(projected: torch.Tensor, head_dim: int) -> torch.Tensor:
    """(batch, n, heads·head_dim) -> (batch, heads, n, head_dim)."""
    batch, n, width = projected.shape
    return projected.view(batch, n, width // head_dim, head_dim).transpose(1, 2)


def _additive_mask_allowed(mask: torch.Tensor | None) -> torch.Tensor | None:
    """Allowed keys from an additive mask (0 = attend, very negative = not) or a boolean one.

    Masks of any other shape than (batch, 1|heads, n|1, n) only mark padding, which lit-ext cuts
    off anyway, so they carry nothing for the real tokens.
    """
    if mask is None or mask.dim() != 4:
        return None
    if mask.dtype == torch.bool:
        return mask
    # transformers uses the dtype's minimum (or -10000 in older versions) for masked keys.
    return mask > -1e3


def projected_scores(query: str, key: str, value: str) -> ScoreFunction:
    """q·k/√d with q, k (and v) the outputs of the named projections (BERT, DistilBERT, ALBERT...)."""

    def scores(module: torch.nn.Module, arguments: dict) -> AttentionScores:
        hidden = _first_argument(arguments)
        head_dim = module.attention_head_size
        return AttentionScores(
            query=_split_heads(module.get_submodule(query)(hidden), head_dim),
            key=_split_heads(module.get_submodule(key)(hidden), head_dim),
            value=_split_heads(module.get_submodule(value)(hidden), head_dim),
            scale=1 / math.sqrt(head_dim), scale_label="1/√d",
            allowed=_additive_mask_allowed(arguments.get("attention_mask")))

    return scores


def mpnet_scores(module: torch.nn.Module, arguments: dict) -> AttentionScores:
    """MPNet: q·k/√d plus the relative position bias the encoder computed for every layer."""
    result = projected_scores("q", "k", "v")(module, arguments)
    bias = arguments.get("position_bias")
    if bias is not None:
        result.terms.append(ScoreTerm(
            "position_bias", "position bias",
            "learned bias per head and relative distance bucket (MPNet)",
            bias.expand(result.query.shape[0], -1, -1, -1)))
    return result


def rotary_scores(module: torch.nn.Module, arguments: dict) -> AttentionScores:
    """ModernBERT: q and k from the fused Wqkv, rotated by the layer's rotary embedding."""
    hidden = arguments["hidden_states"]
    position_embeddings = arguments.get("position_embeddings")
    if position_embeddings is None:
        raise NotImplementedError(
            "This ModernBERT implementation does not pass rotary position embeddings to its "
            "attention layers (transformers < 5); upgrade transformers to inspect q and k.")
    batch, n, _ = hidden.shape
    qkv = module.Wqkv(hidden).view(batch, n, 3, -1, module.head_dim)
    query, key, value = (part.transpose(1, 2) for part in qkv.unbind(dim=2))
    # The model's own rotary code, so any variant transformers ships is applied as the model does.
    rotate = sys.modules[type(module).__module__].apply_rotary_pos_emb
    cos, sin = position_embeddings
    query, key = rotate(query, key, cos, sin, unsqueeze_dim=1)
    return AttentionScores(
        query=query, key=key, value=value, scale=module.head_dim ** -0.5, scale_label="1/√d",
        allowed=_additive_mask_allowed(arguments.get("attention_mask")),
        position_transform="rotary")


_DISENTANGLED_TERMS = {
    "c2p": ("content→position",
            "the query's content against the key's relative position (DeBERTa)"),
    "p2c": ("position→content",
            "the key's content against the query's relative position (DeBERTa)"),
}


def disentangled_scores(module: torch.nn.Module, arguments: dict) -> AttentionScores:
    """DeBERTa-v2/v3: content·content plus c2p and p2c, each scaled by 1/√(d·(1 + #terms))."""
    hidden = arguments["hidden_states"]
    query_states = arguments.get("query_states")
    heads = module.num_attention_heads
    # DeBERTa folds heads into the batch: (batch·heads, n, d).
    query = module.transpose_for_scores(
        module.query_proj(hidden if query_states is None else query_states), heads)
    key = module.transpose_for_scores(module.key_proj(hidden), heads)
    value = module.transpose_for_scores(module.value_proj(hidden), heads)
    kinds = [kind for kind in ("c2p", "p2c") if kind in module.pos_att_type]
    scale_factor = 1 + len(kinds)
    terms = []
    if module.relative_attention and kinds:
        rel_embeddings = module.pos_dropout(arguments["rel_embeddings"])
        for kind in kinds:
            # The module's own bias code, restricted to one term: a shallow copy shares the
            # weights and leaves the model untouched.
            single = copy.copy(module)
            single.pos_att_type = [kind]
            values = single.disentangled_attention_bias(
                query, key, arguments.get("relative_pos"), rel_embeddings, scale_factor)
            label, description = _DISENTANGLED_TERMS[kind]
            terms.append(ScoreTerm(kind, label, description, _unfold_heads(values, heads)))
    mask = arguments.get("attention_mask")
    allowed = mask.bool() if mask is not None and mask.dim() == 4 else None
    return AttentionScores(
        query=_unfold_heads(query, heads), key=_unfold_heads(key, heads),
        value=_unfold_heads(value, heads),
        scale=1 / math.sqrt(query.shape[-1] * scale_factor),
        scale_label="1/√d" if scale_factor == 1 else f"1/√({scale_factor}d)",
        terms=terms, allowed=allowed)


def _unfold_heads(folded: torch.Tensor, heads: int) -> torch.Tensor:
    """(batch·heads, n, m) -> (batch, heads, n, m)."""
    return folded.view(-1, heads, *folded.shape[1:])

"""Switching attention heads off, or scaling them by a gate, in any supported encoder.

transformers 5 dropped `head_mask`. A head's whole contribution to the residual stream passes
through the attention output projection W_O, whose input is the heads' context vectors side by
side, (batch, n, heads·head_dim): multiplying head h's slice by a gate ξ_h scales the head, and
ξ_h = 0 removes it (Michel et al. 2019, "Are Sixteen Heads Really Better than One?", §2; the
gate is their ξ_h). The module is found through the architecture table's `attention_output`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

import torch
from torch.utils.hooks import RemovableHandle

from lit_ext.models.architectures import find_layer_modules
from lit_ext.models.layer_hooks import install_per_layer_hooks, per_layer_hooks


def gate_context(context: torch.Tensor, gates: torch.Tensor) -> torch.Tensor:
    """context (batch, n, heads·head_dim) with head h of row b scaled by gates (batch, heads)."""
    batch, n, width = context.shape
    heads = gates.shape[-1]
    gated = context.view(batch, n, heads, width // heads) * gates.to(context.dtype)[:, None, :, None]
    return gated.view(batch, n, width)


@contextlib.contextmanager
def gated_heads(model: torch.nn.Module, gates: torch.Tensor) -> Iterator[None]:
    """Forward passes of `model` inside the block scale head h of layer l in row b by
    gates[b, l, h] (gates: (batch, layers, heads), broadcastable over the batch)."""
    with per_layer_hooks(model, _output_projections(model), _gate_hook(gates)):
        yield


def head_gates(model: torch.nn.Module, switched_off: Iterable[tuple[int, int]]) -> torch.Tensor:
    """(1, layers, heads) gates: 0 for the given (layer, head) pairs, 1 elsewhere."""
    num_layers = len(find_layer_modules(model))
    num_heads = model.config.num_attention_heads
    gates = torch.ones(1, num_layers, num_heads)
    for layer, head in switched_off:
        if not (0 <= layer < num_layers and 0 <= head < num_heads):
            raise ValueError(f"Head ({layer}, {head}) does not exist: this model has layers "
                             f"0..{num_layers - 1} and heads 0..{num_heads - 1}.")
        gates[0, layer, head] = 0
    return gates


def switch_off_heads(model: torch.nn.Module,
                     heads: Iterable[tuple[int, int]]) -> list[RemovableHandle]:
    """Removes the given (layer, head) pairs from every later forward pass of `model` (a pruned
    variant); returns the hook handles."""
    return install_per_layer_hooks(model, _output_projections(model),
                                   _gate_hook(head_gates(model, heads)))


def _output_projections(model: torch.nn.Module) -> list[torch.nn.Module]:
    return [m.attention_output for m in find_layer_modules(model)]


def _gate_hook(gates: torch.Tensor):
    """A per-layer pre-hook scaling the heads of the output projection's input by `gates`."""
    def gate(layer, _module, args, kwargs):
        return (gate_context(args[0], gates[:, layer]),) + args[1:], kwargs
    return gate

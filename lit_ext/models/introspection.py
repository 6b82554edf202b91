"""Capturing a HF encoder's internals in one forward pass.

Attention probabilities come from the model itself (`output_attentions=True`, which needs the
eager attention implementation). Query/key vectors and FFN units come from forward hooks on the
modules `architectures` names, so the same code serves every architecture in its table:
- query/key: the output of each layer's query/key projection, split into heads, before the
  1/sqrt(d) scaling (what BERTviz's neuron view shows);
- FFN units: the input of each layer's FFN down-projection, i.e. the post-activation hidden units
  (what Ecco factorises with NMF).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Collection, Iterator, Sequence

import numpy as np
import torch

from lit_ext.models.architectures import find_layer_modules

ATTENTION = "attention"
QUERY_KEY = "query_key"
FFN = "ffn"
INTERNALS = (ATTENTION, QUERY_KEY, FFN)


@dataclasses.dataclass
class Internals:
    """One example's internals, trimmed to its real (unpadded) tokens.

    Arrays are float32, indexed by position in `layers`:
    attention `(layers, heads, n, n)`, query/key `(layers, heads, n, head_dim)`,
    ffn `(layers, n, d_ff)`. Fields not requested are None.
    """

    tokens: list[str]
    segment_ids: list[int]
    special_tokens: list[bool]
    layers: list[int]
    attention: np.ndarray | None = None
    query: np.ndarray | None = None
    key: np.ndarray | None = None
    ffn: np.ndarray | None = None


def check_layers(layers: Sequence[int] | None, num_layers: int) -> list[int]:
    """Validated layer indices in numeric order; None means all layers."""
    if layers is None:
        return list(range(num_layers))
    chosen = sorted(set(int(layer) for layer in layers))
    bad = [layer for layer in chosen if not 0 <= layer < num_layers]
    if bad or not chosen:
        raise ValueError(
            f"Layer indices {bad or 'none'} are invalid: this model has layers 0..{num_layers - 1}."
        )
    return chosen


def check_internals(what: Collection[str]) -> set[str]:
    unknown = set(what) - set(INTERNALS)
    if unknown:
        raise ValueError(f"Unknown internals {sorted(unknown)}; choose from {list(INTERNALS)}.")
    return set(what)


@contextlib.contextmanager
def _hooks(model: torch.nn.Module, layers: list[int], what: set[str],
           store: dict[str, dict[int, torch.Tensor]]) -> Iterator[None]:
    modules = find_layer_modules(model)
    handles = []

    def keep_output(kind: str, layer: int):
        def hook(_module, _inputs, output):
            store[kind][layer] = output.detach()
        return hook

    def keep_input(kind: str, layer: int):
        def hook(_module, inputs):
            store[kind][layer] = inputs[0].detach()
        return hook

    try:
        for layer in layers:
            if QUERY_KEY in what:
                handles.append(modules[layer].query.register_forward_hook(keep_output("query", layer)))
                handles.append(modules[layer].key.register_forward_hook(keep_output("key", layer)))
            if FFN in what:
                handles.append(
                    modules[layer].ffn_output.register_forward_pre_hook(keep_input("ffn", layer)))
        yield
    finally:
        for handle in handles:
            handle.remove()


def _split_heads(projected: torch.Tensor, num_heads: int) -> torch.Tensor:
    """(batch, n, heads*head_dim) -> (batch, heads, n, head_dim)."""
    batch, n, width = projected.shape
    return projected.view(batch, n, num_heads, width // num_heads).transpose(1, 2)


def capture_internals(
    model: torch.nn.Module,
    encoding: dict[str, torch.Tensor],
    what: Collection[str] = INTERNALS,
    layers: Sequence[int] | None = None,
) -> dict[str, torch.Tensor]:
    """Runs `model` once on a padded batch and returns the requested internals, batched.

    Keys: "attention" `(batch, layers, heads, n, n)`, "query"/"key"
    `(batch, layers, heads, n, head_dim)`, "ffn" `(batch, layers, n, d_ff)`.
    The caller must serialise calls on one model: hooks see every concurrent forward pass.
    """
    what = check_internals(what)
    config = model.config
    layers = check_layers(layers, config.num_hidden_layers)
    if ATTENTION in what and getattr(config, "_attn_implementation", "eager") != "eager":
        raise ValueError(
            "Attention weights need the eager attention implementation; load the model with "
            "attn_implementation='eager'."
        )
    store: dict[str, dict[int, torch.Tensor]] = {"query": {}, "key": {}, "ffn": {}}
    with torch.inference_mode(), _hooks(model, layers, what, store):
        outputs = model(**encoding, output_attentions=ATTENTION in what)

    captured = {}
    if ATTENTION in what:
        captured["attention"] = torch.stack([outputs.attentions[i] for i in layers], dim=1)
    if QUERY_KEY in what:
        for kind in ("query", "key"):
            captured[kind] = torch.stack(
                [_split_heads(store[kind][i], config.num_attention_heads) for i in layers], dim=1)
    if FFN in what:
        captured["ffn"] = torch.stack([store["ffn"][i] for i in layers], dim=1)
    return captured


def split_examples(
    captured: dict[str, torch.Tensor],
    tokens: list[list[str]],
    segment_ids: list[list[int]],
    special_tokens: list[list[bool]],
    layers: list[int],
) -> list[Internals]:
    """Cuts batched internals into per-example `Internals` without padding (right-padded)."""
    results = []
    for i, example_tokens in enumerate(tokens):
        n = len(example_tokens)
        item = Internals(tokens=example_tokens, segment_ids=segment_ids[i],
                         special_tokens=special_tokens[i], layers=layers)
        if "attention" in captured:
            item.attention = captured["attention"][i, :, :, :n, :n].float().numpy()
        if "query" in captured:
            item.query = captured["query"][i, :, :, :n].float().numpy()
            item.key = captured["key"][i, :, :, :n].float().numpy()
        if "ffn" in captured:
            item.ffn = captured["ffn"][i, :, :n].float().numpy()
        results.append(item)
    return results

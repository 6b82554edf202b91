"""Capturing a HF encoder's internals in one forward pass.

Attention probabilities come from the model itself (`output_attentions=True`, which needs the
eager attention implementation). The rest comes from forward pre-hooks on the modules
`architectures` names, so the same code serves every architecture in its table:
- attention scores: the arguments of each layer's attention module, from which its family's score
  function (`attention_scores`) recomputes q and k (after any position transform, before the
  scaling) and every extra term, as the neuron view shows them;
- FFN units: the input of each layer's FFN down-projection, i.e. the post-activation hidden units
  (what Ecco factorises with NMF).

Hooks count module *applications*, not modules: ALBERT runs one shared layer N times.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
from collections.abc import Collection, Iterator, Sequence

import numpy as np
import torch

from lit_ext.models.architectures import architecture, find_layer_modules
from lit_ext.models.attention_scores import AttentionScores, bound_arguments
from lit_ext.models.layer_hooks import per_layer_hooks

ATTENTION = "attention"
QUERY_KEY = "query_key"
FFN = "ffn"
INTERNALS = (ATTENTION, QUERY_KEY, FFN)


@dataclasses.dataclass
class ScoreTermArrays:
    """One additive score term of an example: `values` (layers, heads, n, n)."""

    name: str
    label: str
    description: str
    values: np.ndarray


@dataclasses.dataclass
class Internals:
    """One example's internals, trimmed to its real (unpadded) tokens.

    Arrays are float32, indexed by position in `layers`:
    attention `(layers, heads, n, n)`, query/key `(layers, heads, n, head_dim)`,
    value `(layers, heads, n, head_dim)`, ffn `(layers, n, d_ff)`. Fields not requested are None.

    With query/key come the rest of the score decomposition (see `attention_scores`):
    `score_scale` (multiplies q·k; `score_scale_label` for people), `score_terms` added to it,
    `key_allowed` (layers, heads, n, n) bool where some keys are masked (None: all allowed) and
    `position_transform` ("rotary") applied to q and k.

    `attention_layers` holds each layer's (heads, n, n) array as the model returned it (no copy
    for an unpadded example); `attention` stacks them on first use.
    """

    tokens: list[str]
    display_tokens: list[str]
    segment_ids: list[int]
    special_tokens: list[bool]
    layers: list[int]
    attention_layers: list[np.ndarray] | None = None
    query: np.ndarray | None = None
    key: np.ndarray | None = None
    value: np.ndarray | None = None
    score_scale: float | None = None
    score_scale_label: str | None = None
    score_terms: list[ScoreTermArrays] = dataclasses.field(default_factory=list)
    key_allowed: np.ndarray | None = None
    position_transform: str | None = None
    ffn: np.ndarray | None = None

    @functools.cached_property
    def attention(self) -> np.ndarray | None:
        return None if self.attention_layers is None else np.stack(self.attention_layers)


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


def num_layer_applications(model: torch.nn.Module) -> int:
    """How many attention layers a forward pass runs (ALBERT: applications of shared layers)."""
    return len(find_layer_modules(model))


@dataclasses.dataclass
class _Store:
    """What the hooks of one forward pass keep, by layer application."""

    attention_arguments: dict[int, tuple[torch.nn.Module, dict]] = dataclasses.field(
        default_factory=dict)
    ffn: dict[int, torch.Tensor] = dataclasses.field(default_factory=dict)


@contextlib.contextmanager
def _hooks(model: torch.nn.Module, layers: list[int], what: set[str], store: _Store,
           ) -> Iterator[None]:
    modules = find_layer_modules(model)
    wanted = set(layers)

    def keep_attention_arguments(layer, module, args, kwargs):
        if layer in wanted:
            store.attention_arguments[layer] = (module, bound_arguments(module, args, kwargs))

    def keep_ffn_input(layer, _module, args, _kwargs):
        if layer in wanted:
            store.ffn[layer] = args[0].detach()

    with contextlib.ExitStack() as stack:
        if QUERY_KEY in what:
            stack.enter_context(per_layer_hooks(model, [m.attention for m in modules],
                                                keep_attention_arguments))
        if FFN in what:
            stack.enter_context(per_layer_hooks(model, [m.ffn_output for m in modules],
                                                keep_ffn_input))
        yield


def capture_internals(
    model: torch.nn.Module,
    encoding: dict[str, torch.Tensor],
    what: Collection[str] = INTERNALS,
    layers: Sequence[int] | None = None,
    keep_outputs: bool = False,
) -> dict:
    """Runs `model` once on a right-padded batch and returns the requested internals, batched.

    Keys: "attention" (a list over `layers` of `(batch, heads, n, n)`), "scores" (a list of
    `AttentionScores`, one per layer in `layers`), "ffn" `(batch, layers, n, d_ff)`; with
    `keep_outputs`, "outputs": the model's own output (hidden states included), so that a caller
    needing predictions and internals pays for one forward pass.
    The caller must serialise calls on one model: hooks see every concurrent forward pass.
    """
    what = check_internals(what)
    config = model.config
    layers = check_layers(layers, num_layer_applications(model))
    if ATTENTION in what and getattr(config, "_attn_implementation", "eager") != "eager":
        raise ValueError(
            "Attention weights need the eager attention implementation; load the model with "
            "attn_implementation='eager' (lit-ext's wrappers switch it themselves)."
        )
    store = _Store()
    spec = architecture(model)
    with torch.inference_mode(), _hooks(model, layers, what, store):
        outputs = model(**encoding, output_attentions=ATTENTION in what,
                        output_hidden_states=keep_outputs)
        captured: dict = {"outputs": outputs} if keep_outputs else {}
        if QUERY_KEY in what:
            captured["scores"] = [spec.scores(*store.attention_arguments[layer]) for layer in layers]
    if ATTENTION in what:
        if len(outputs.attentions) != num_layer_applications(model):
            raise RuntimeError(
                f"The model returned attention for {len(outputs.attentions)} layers but runs "
                f"{num_layer_applications(model)}; lit-ext's architecture table is out of date "
                f"for '{config.model_type}'.")
        # Not stacked: at 512 tokens that copies 75 MB the wire encoding can read in place.
        captured["attention"] = [outputs.attentions[i] for i in layers]
    if FFN in what:
        captured["ffn"] = torch.stack([store.ffn[i] for i in layers], dim=1)
    return captured


def _numpy(tensor: torch.Tensor) -> np.ndarray:
    # float() first: numpy has no bfloat16, and float16 values are widened exactly.
    return tensor.detach().float().numpy()


def _example_scores(item: Internals, scores: list[AttentionScores], i: int, n: int) -> None:
    item.query = np.stack([_numpy(s.query[i, :, :n]) for s in scores])
    item.key = np.stack([_numpy(s.key[i, :, :n]) for s in scores])
    item.value = np.stack([_numpy(s.value[i, :, :n]) for s in scores])
    first = scores[0]
    item.score_scale, item.score_scale_label = first.scale, first.scale_label
    item.position_transform = first.position_transform
    item.score_terms = [
        ScoreTermArrays(term.name, term.label, term.description,
                        np.stack([_numpy(s.terms[t].values[i, :, :n, :n]) for s in scores]))
        for t, term in enumerate(first.terms)]
    heads = item.query.shape[1]
    allowed = [torch.ones(heads, n, n, dtype=torch.bool) if s.allowed is None else
               s.allowed[i, :, :n, :n].expand(heads, n, n) for s in scores]
    stacked = torch.stack(allowed).numpy()
    item.key_allowed = None if stacked.all() else stacked


def split_examples(
    captured: dict,
    tokens: list[list[str]],
    display_tokens: list[list[str]],
    segment_ids: list[list[int]],
    special_tokens: list[list[bool]],
    layers: list[int],
) -> list[Internals]:
    """Cuts batched internals into per-example `Internals` without padding (right-padded)."""
    results = []
    for i, example_tokens in enumerate(tokens):
        n = len(example_tokens)
        item = Internals(tokens=example_tokens, display_tokens=display_tokens[i],
                         segment_ids=segment_ids[i], special_tokens=special_tokens[i],
                         layers=layers)
        if "attention" in captured:
            item.attention_layers = [_numpy(layer[i, :, :n, :n]) for layer in captured["attention"]]
        if "scores" in captured:
            _example_scores(item, captured["scores"], i, n)
        if "ffn" in captured:
            item.ffn = _numpy(captured["ffn"][i, :, :n])
        results.append(item)
    return results

"""Ship a fine-tuned model as a compact difference from its base checkpoint.

The fine-tuned classifier differs from all-MiniLM-L6-v2 in every trained tensor, but the
differences are small, so they survive float16 storage with negligible error while halving the
size. Tensors that the base checkpoint does not have (the classification head) are stored whole.
Frozen tensors (the word embeddings) are left out entirely.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

import torch
from safetensors.torch import load_file, save_file

_DIFF = "diff/"
_NEW = "new/"


def save_weight_delta(
    base_state: Mapping[str, torch.Tensor],
    tuned_state: Mapping[str, torch.Tensor],
    path: str | os.PathLike,
    metadata: Mapping[str, str] | None = None,
) -> dict[str, int]:
    """Writes `tuned_state - base_state` to a safetensors file.

    Returns counts of tensors stored as differences, stored whole and skipped as unchanged.
    """
    tensors: dict[str, torch.Tensor] = {}
    counts = {"diff": 0, "new": 0, "unchanged": 0}
    for name, tuned in tuned_state.items():
        base = base_state.get(name)
        if base is None:
            tensors[_NEW + name] = tuned.detach().float().contiguous()
            counts["new"] += 1
        elif torch.equal(base, tuned):
            counts["unchanged"] += 1
        else:
            diff = tuned.detach().float() - base.detach().float()
            tensors[_DIFF + name] = diff.half().contiguous()
            counts["diff"] += 1
    save_file(tensors, os.fspath(path), metadata=dict(metadata or {}))
    return counts


def apply_weight_delta(model: torch.nn.Module, path: str | os.PathLike) -> None:
    """Adds a delta written by `save_weight_delta` to `model`'s weights in place."""
    delta = load_file(os.fspath(path))
    state = model.state_dict()
    expected = {key.split("/", 1)[1] for key in delta}
    missing = sorted(expected - set(state))
    if missing:
        raise ValueError(
            f"Weight delta {path} does not fit this model: it has no parameters {missing[:5]}."
        )
    with torch.no_grad():
        for key, tensor in delta.items():
            kind, name = key.split("/", 1)
            target = state[name]
            if tensor.shape != target.shape:
                raise ValueError(
                    f"Weight delta {path}: {name} has shape {tuple(tensor.shape)}, "
                    f"the model has {tuple(target.shape)}."
                )
            if kind + "/" == _NEW:
                target.copy_(tensor.to(target.dtype))
            else:
                target.add_(tensor.to(target.dtype))

"""Examples to token rows: FFN units of chosen layers, one row per (non-special) token."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence

import numpy as np
from lit_nlp.api import types as lit_types

from lit_ext.models.introspection import Internals
from lit_ext.models.transformer_wrapper import TransformerWrapper


@dataclasses.dataclass
class TokenRows:
    """One example's rows: `rows` (kept tokens, layers·d_ff) float32 clipped at 0, layer-major
    columns as in `ActivationNMF`; `mask` (n,) marks the kept tokens among all n."""

    tokens: list[str]
    display_tokens: list[str]
    special_tokens: list[bool]
    mask: np.ndarray
    rows: np.ndarray


def token_rows(item: Internals, exclude_special_tokens: bool = True) -> TokenRows:
    """The rows of one introspected example (`item.ffn` (layers, n, d_ff)).

    Special tokens are those the wrapper's tokenizer marks ([CLS], [SEP], <s>, padding: the
    server-side definition every view uses); negative units (GELU) are clipped at 0 as in Ecco.
    """
    mask = np.ones(len(item.tokens), bool)
    if exclude_special_tokens:
        mask &= ~np.asarray(item.special_tokens, bool)
    kept = np.maximum(item.ffn[:, mask], 0).transpose(1, 0, 2)
    return TokenRows(item.tokens, item.display_tokens, item.special_tokens, mask,
                     np.ascontiguousarray(kept.reshape(int(mask.sum()), -1)))


def iter_token_rows(wrapper: TransformerWrapper, inputs: Sequence[lit_types.JsonDict],
                    layers: Sequence[int], exclude_special_tokens: bool = True,
                    ) -> Iterator[TokenRows]:
    """Token rows of `inputs` in order, one forward pass per `wrapper.batch_size` examples, so
    that only one batch of activations is held at a time."""
    for start in range(0, len(inputs), wrapper.batch_size):
        chunk = list(inputs[start:start + wrapper.batch_size])
        for item in wrapper.introspect(chunk, what=["ffn"], layers=layers):
            yield token_rows(item, exclude_special_tokens)

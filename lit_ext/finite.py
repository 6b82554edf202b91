"""No NaN or infinity leaves lit-ext: a check for everything we hand to LIT or the browser.

Python's `json` writes NaN and Infinity as bare words that are not JSON, so one of them in a
response breaks the browser's parser and the whole module with it. They come from a model that
overflows (float16 activations beyond 65504), or from arithmetic on degenerate inputs. Failing
with a message that names the field and the likely fix beats a blank view.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import attr
import numpy as np
import torch


class NonFiniteError(ValueError):
    """A value about to be returned is NaN or infinite; the message names where."""


_ADVICE = ("The model produced non-finite numbers; in float16 this is usually an overflow: "
           "load the model in float32 or bfloat16 (config key `dtype`).")


def require_finite(value, what: str) -> None:
    """Raises `NonFiniteError` if `value` (array, tensor, number, or lists/dicts of them) has a
    NaN or infinity anywhere; `what` names it in the message."""
    if isinstance(value, torch.Tensor):
        if value.is_floating_point() and not bool(torch.isfinite(value).all()):
            raise NonFiniteError(f"{what} contains NaN or infinite values. {_ADVICE}")
    elif isinstance(value, np.ndarray):
        if value.dtype.kind in "fc" and not np.isfinite(value).all():
            raise NonFiniteError(f"{what} contains NaN or infinite values. {_ADVICE}")
    elif isinstance(value, float | np.floating):
        if not math.isfinite(value):
            raise NonFiniteError(f"{what} is {value}. {_ADVICE}")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            require_finite(item, f"{what}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            require_finite(item, f"{what}[{index}]")
    elif attr.has(type(value)):
        # LIT's structured outputs (dtypes.TokenSalience, FeatureSalience, ...) are attrs classes.
        require_finite(attr.asdict(value, recurse=False), what)

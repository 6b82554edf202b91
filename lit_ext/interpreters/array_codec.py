"""Compact JSON encoding of numeric arrays for the wire.

LIT's API is JSON; nested float lists cost ~22 bytes per number (108 MB for all attention heads
of a 256-token input). Arrays travel instead as base64 of their bytes, in one of two layouts:

- `float32`: little-endian float32, for vectors whose values have no fixed range (query, key,
  NMF factors).
- `uint10`: probabilities in [0, 1] quantised to round(p * 1023), which keeps every value within
  4.9e-4. The low 8 bits of all values come first, one byte each, then their top 2 bits packed
  four to a byte (value i in bits 7-6, 5-4, 3-2, 1-0 of byte i // 4 for i % 4 = 0..3). That is
  1.25 bytes per value, 1/13 of JSON after base64, with no compression step: zlib made the
  attention interpreter 3-5x slower than the forward pass at 256-512 tokens (BENCHMARKS.md).
"""

from __future__ import annotations

import binascii
import os
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

import numpy as np

from lit_ext.finite import require_finite

PROBABILITY_SCALE = 1023

# Work in chunks that stay in cache: three passes over a chunk cost less than one over a 75 MB
# array. A multiple of 4 so that each chunk fills whole bytes of the packed top bits.
_CHUNK = 1 << 18
# Below this many values a thread pool costs more than it saves.
_THREADED_MIN_SIZE = 1 << 20
# Adding 2**23 to x in [0, 1023] leaves round(x) (half to even) in the low mantissa bits of the
# float32 sum, so the bytes of the sum *are* the quantised value: no float->int conversion pass.
_ROUNDING_OFFSET = np.float32(2 ** 23)


def encode_array(array: np.ndarray, what: str = "array") -> dict:
    """`{"dtype": "float32", "shape", "data"}` for any numeric array.

    Raises `NonFiniteError` (naming `what`) if the array holds NaN or infinity.
    """
    array = np.asarray(array)
    require_finite(array, what)
    return {
        "dtype": "float32",
        "shape": list(array.shape),
        "data": binascii.b2a_base64(array.astype("<f4").tobytes(), newline=False).decode("ascii"),
    }


def encode_probabilities(array: np.ndarray | Sequence[np.ndarray],
                         what: str = "probabilities") -> dict:
    """`{"dtype": "uint10", "shape", "scale", "data"}` for an array of values in [0, 1].

    `array` may be a list of equally shaped arrays, encoded as if stacked along a new first axis
    without copying them together (the attention interpreter passes one array per layer).
    Values outside [0, 1] are clipped. Large arrays are encoded by two threads (numpy releases
    the GIL), which halves the cost at 512 tokens. Raises `NonFiniteError` (naming `what`) if
    the array holds NaN or infinity, which no clipping could make right.
    """
    if sys.byteorder != "little":
        raise RuntimeError("encode_probabilities reads float32 bytes and needs a little-endian host.")
    parts = ([np.asarray(array)] if isinstance(array, np.ndarray) else
             [np.asarray(part) for part in array])
    shape = list(np.shape(array)) if isinstance(array, np.ndarray) else [len(parts), *parts[0].shape]
    flats = [np.ascontiguousarray(part, dtype=np.float32).reshape(-1) for part in parts]
    if len(flats) > 1 and flats[0].size % 4:
        # Packed top bits fill whole bytes per chunk: parts must start at a multiple of 4 values.
        flats = [np.concatenate(flats)]
    size = sum(flat.size for flat in flats)
    out = np.empty(size + (size + 3) // 4, dtype=np.uint8)
    tasks, offset = [], 0
    for flat in flats:
        tasks += [(flat, offset, start) for start in range(0, flat.size, _CHUNK)]
        offset += flat.size
    def encode(task: tuple[np.ndarray, int, int]) -> bool:
        flat, offset, start = task
        return _encode_chunk(flat, out, start, offset, size)

    if size >= _THREADED_MIN_SIZE:
        finite = all(_pool().map(encode, tasks))
    else:
        finite = all([encode(task) for task in tasks])
    if not finite:
        for flat in flats:
            require_finite(flat, what)
    return {
        "dtype": "uint10",
        "shape": shape,
        "scale": PROBABILITY_SCALE,
        "data": binascii.b2a_base64(out, newline=False).decode("ascii"),
    }


def _encode_chunk(flat: np.ndarray, out: np.ndarray, start: int, offset: int, size: int) -> bool:
    """Encodes flat[start:start + _CHUNK] as values offset + start... of an encoding of `size`
    values into `out`; False if the chunk holds a NaN or infinity."""
    stop = min(start + _CHUNK, flat.size)
    padded = -(-(stop - start) // 4) * 4
    buffer = np.zeros(padded, dtype=np.float32)
    values = buffer[:stop - start]
    # The sum is finite exactly when every value is (values in [0, 1] cannot overflow it), and
    # costs less than isfinite() while the chunk is in cache.
    finite = bool(np.isfinite(np.sum(flat[start:stop])))
    np.clip(flat[start:stop], 0.0, 1.0, out=values)
    values *= np.float32(PROBABILITY_SCALE)
    buffer += _ROUNDING_OFFSET
    groups = buffer.view(np.uint8).reshape(-1, 16)  # 4 values x 4 bytes each
    out[offset + start:offset + stop] = groups[:, 0::4].reshape(-1)[:stop - start]
    top = groups[:, 1] << 6
    top |= groups[:, 5] << 4
    top |= groups[:, 9] << 2
    top |= groups[:, 13]
    packed = size + (offset + start) // 4
    out[packed:packed + padded // 4] = top
    return finite


@lru_cache(maxsize=1)
def _pool() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=min(2, os.cpu_count() or 1),
                              thread_name_prefix="lit-ext-encode")


def decode_array(encoded: dict) -> np.ndarray:
    """The inverse of `encode_array` and `encode_probabilities` (up to quantisation)."""
    data = np.frombuffer(binascii.a2b_base64(encoded["data"]), dtype=np.uint8)
    shape = tuple(encoded["shape"])
    size = int(np.prod(shape, dtype=np.int64))
    if encoded["dtype"] == "float32":
        return data.view("<f4").reshape(shape).astype(np.float32)
    if encoded["dtype"] == "uint10":
        if data.size != size + (size + 3) // 4:
            raise ValueError(f"uint10 array of shape {shape} needs {size + (size + 3) // 4} bytes, "
                             f"got {data.size}.")
        top = np.unpackbits(data[size:]).reshape(-1, 2)[:size]
        values = data[:size].astype(np.int32) | ((top[:, 0].astype(np.int32) << 9)
                                                 | (top[:, 1].astype(np.int32) << 8))
        return (values / np.float32(encoded["scale"])).astype(np.float32).reshape(shape)
    raise ValueError(f"Unknown encoded dtype {encoded['dtype']!r}.")

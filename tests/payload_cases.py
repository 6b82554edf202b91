"""Encoded arrays that exercise every bit of the wire formats, with their true values.

The uint10 cases are built from the quantised integers q themselves, so the expected decoded
value q / 1023 and the expected bytes (`reference_uint10_bytes`, written from the format's
description, not from lit-ext's encoder) are known independently of the code under test: a
change of bit order in both the Python encoder and decoder still fails.
"""

from __future__ import annotations

import base64
import dataclasses

import numpy as np

from lit_ext.interpreters.array_codec import PROBABILITY_SCALE, encode_probabilities


@dataclasses.dataclass
class Case:
    name: str
    payload: dict
    expected: np.ndarray  # float32, the values the payload stands for


def reference_uint10_bytes(q: np.ndarray) -> bytes:
    """The documented layout: low 8 bits of every value, then the top 2 bits four to a byte,
    value i in bits 7-6, 5-4, 3-2, 1-0 of byte i // 4 for i % 4 = 0, 1, 2, 3."""
    flat = [int(v) for v in q.reshape(-1)]
    top = bytearray((len(flat) + 3) // 4)
    for i, value in enumerate(flat):
        top[i // 4] |= (value >> 8) << (6 - 2 * (i % 4))
    return bytes(value & 0xFF for value in flat) + bytes(top)


def _uint10(name: str, q: np.ndarray) -> Case:
    q = np.asarray(q, dtype=np.int64)
    expected = (q / PROBABILITY_SCALE).astype(np.float32)
    return Case(name, encode_probabilities(expected), expected)


def uint10_cases() -> list[Case]:
    cases = []
    # A walking bit: over the ten shifts every bit of q sits at every slot i % 4, in whole
    # groups of four and in the 1-3 values of a partial last group.
    for size in (1, 2, 3, 4, 5, 6, 7, 8, 11):
        for shift in range(10):
            q = np.array([1 << ((i + shift) % 10) for i in range(size)])
            cases.append(_uint10(f"walking-bit size={size} shift={shift}", q))
    # Each top-bit pattern alone in each slot, the other values all ones in their low byte.
    for slot in range(4):
        for top in (1, 2, 3):
            q = np.full(8, 0xFF)
            q[slot] |= top << 8
            q[4 + slot] = top << 8
            cases.append(_uint10(f"top={top} slot={slot}", q))
    rng = np.random.default_rng(0)
    cases.append(_uint10("all 1024 values", rng.permutation(1024)))
    for shape in [(0,), (1,), (3, 5, 7), (2, 3, 4, 5), (1, 4, 9, 9), (6, 12, 13, 13), (2, 0, 3)]:
        cases.append(_uint10(f"random {shape}", rng.integers(0, 1024, size=shape)))
    return cases


def float32_cases() -> list[Case]:
    rng = np.random.default_rng(1)
    special = np.array([0.0, -0.0, 1.0, -1.5, np.inf, -np.inf, np.nan, 1e-45, -1e-45, 3.4028235e38,
                        1.1754944e-38, 0.1, 65504.0, 2 ** -24], dtype=np.float32)
    arrays = {"special values": special, "one": np.array([7.25], np.float32),
              "empty": np.zeros((0,), np.float32)}
    for shape in [(5, 7), (2, 3, 4), (13, 32), (1, 1, 1)]:
        arrays[f"random {shape}"] = rng.normal(scale=10, size=shape).astype(np.float32)
    return [Case(name, reference_float32_payload(values), values) for name, values in arrays.items()]


def reference_float32_payload(values: np.ndarray) -> dict:
    """The documented float32 layout, written here (lit-ext's encoder refuses NaN and inf, which
    a decoder must still read exactly)."""
    data = base64.b64encode(values.astype("<f4").tobytes()).decode("ascii")
    return {"dtype": "float32", "shape": list(values.shape), "data": data}


def all_cases() -> list[Case]:
    return uint10_cases() + float32_cases()


def decoded_bytes(result: dict) -> np.ndarray:
    """A decoder's output {shape, data: base64 float32 LE} as an array."""
    values = np.frombuffer(base64.b64decode(result["data"]), dtype="<f4")
    return values.reshape(result["shape"])


def assert_same_values(got: np.ndarray, case: Case) -> None:
    """Bit for bit (NaN and -0.0 included)."""
    assert tuple(got.shape) == case.expected.shape, (case.name, got.shape)
    expected_bits = case.expected.astype("<f4").view("<u4")
    mismatch = np.flatnonzero(got.astype("<f4").view("<u4").reshape(-1) != expected_bits.reshape(-1))
    assert mismatch.size == 0, (
        f"{case.name}: {mismatch.size} values differ, first at {mismatch[0]}: got "
        f"{got.reshape(-1)[mismatch[0]]!r}, expected {case.expected.reshape(-1)[mismatch[0]]!r}")

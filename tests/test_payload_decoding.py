"""The wire format of encoded arrays, checked from both ends against its description.

Python's encoder must write the documented bytes and Python's decoder must read them; the
TypeScript decoder the browser runs (`lit_ext/client/src/encoded_array.ts`, here under Node,
`tests/browser/test_payload_decoding.py` in Chromium) must read the same bytes to the same
values. A bit-order change on one side only, or on both Python sides together, fails here.
"""

from __future__ import annotations

import base64
import json
import subprocess
from pathlib import Path

import numpy as np
import pytest
from payload_cases import (
    all_cases,
    assert_same_values,
    decoded_bytes,
    float32_cases,
    reference_uint10_bytes,
    uint10_cases,
)

from lit_ext.interpreters.array_codec import decode_array, encode_array

CLIENT = Path(__file__).resolve().parents[1] / "lit_ext" / "client"
CASES = all_cases()


@pytest.mark.parametrize("case", uint10_cases(), ids=lambda case: case.name)
def test_python_writes_the_documented_uint10_bytes(case):
    q = np.rint(case.expected.astype(np.float64) * case.payload["scale"]).astype(np.int64)
    assert base64.b64decode(case.payload["data"]) == reference_uint10_bytes(q)


@pytest.mark.parametrize("case", [c for c in float32_cases() if np.isfinite(c.expected).all()],
                         ids=lambda case: case.name)
def test_python_writes_the_documented_float32_bytes(case):
    assert encode_array(case.expected) == case.payload


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_python_reads_the_documented_bytes(case):
    assert_same_values(decode_array(case.payload), case)


def node_decode(payloads: list[dict], tmp_path: Path) -> list[dict]:
    source, target = tmp_path / "in.json", tmp_path / "out.json"
    source.write_text(json.dumps(payloads))
    run = subprocess.run(["node", "test/decoder_harness.mjs", "decode", str(source), str(target)],
                         cwd=CLIENT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return json.loads(target.read_text())


def test_the_typescript_decoder_reads_every_case_like_python(tmp_path):
    results = node_decode([case.payload for case in CASES], tmp_path)
    for case, result in zip(CASES, results):
        assert "error" not in result, (case.name, result)
        assert_same_values(decoded_bytes(result), case)


def test_the_typescript_decoder_refuses_payloads_of_the_wrong_size(tmp_path):
    good = uint10_cases()[-3].payload
    short = dict(good, data=base64.b64encode(base64.b64decode(good["data"])[:-1]).decode())
    floats = dict(CASES[-1].payload, shape=[99])
    no_scale = dict(good, scale=0)
    results = node_decode([short, floats, no_scale], tmp_path)
    assert "encoded uint10 array has" in results[0]["error"]
    assert "encoded float32 array has" in results[1]["error"]
    assert "positive scale" in results[2]["error"]

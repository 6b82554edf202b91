"""The client's payload decoder in Chromium, on the bytes Python writes: every bit at every
packed slot, partial groups, many shapes, NaN/-0.0/denormals (see tests/payload_cases.py).

Chromium decodes base64 natively (`Uint8Array.fromBase64`); the page is also run with that
removed, so the `atob` fallback older browsers take is checked too. Node runs the same cases in
tests/test_payload_decoding.py; the views' drawn values are in test_drawn_values.py.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from payload_cases import all_cases, assert_same_values, decoded_bytes

CLIENT = Path(__file__).resolve().parents[2] / "lit_ext" / "client"
DECODE_ALL = """payloads => payloads.map(p => {
  try {
    const {shape, values} = litExtDecodeArray(p);
    const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return {shape, data: btoa(binary)};
  } catch (err) {
    return {error: String(err)};
  }
})"""


@pytest.fixture(scope="module")
def decoder_script(tmp_path_factory):
    path = tmp_path_factory.mktemp("decoder") / "decoder.js"
    subprocess.run(["node", "test/decoder_harness.mjs", "browser-script", str(path)], cwd=CLIENT,
                   check=True, timeout=120)
    return path.read_text()


@pytest.mark.parametrize("base64", ["native", "atob"])
def test_chromium_decodes_every_case_like_python(browser, decoder_script, base64):
    page = browser.new_page()
    try:
        native = page.evaluate("() => typeof Uint8Array.fromBase64 === 'function'")
        if base64 == "atob":
            page.evaluate("() => { delete Uint8Array.fromBase64; }")
        else:
            assert native, "this Chromium has no Uint8Array.fromBase64; the native path is untested"
        page.add_script_tag(content=decoder_script)
        cases = all_cases()
        results = page.evaluate(DECODE_ALL, [case.payload for case in cases])
    finally:
        page.close()
    for case, result in zip(cases, results):
        assert "error" not in result, (case.name, result)
        assert_same_values(decoded_bytes(result), case)

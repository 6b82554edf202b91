"""What the views draw, checked value by value against the numbers the server sent.

The expected values come from the HTTP API called from Python and decoded by Python; the page
decodes the same bytes with the TypeScript decoder and draws them. So a line drawn from key to
query, an opacity that does not follow the weight, a transposed thumbnail or a heatmap cell of
the wrong factor fails here, whatever the modules report about themselves.

- Head view: a recorder installed before the page loads wraps the canvas API (`Path2D.moveTo /
  lineTo`, `stroke`), so the test reads every line actually stroked: its two ends, colour and
  opacity. Token rows are located with the module's `tokenPosition()`.
- Model view: thumbnail pixels at every cell centre.
- NMF: the heatmap cells' background colours.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
import requests

from lit_ext.interpreters.array_codec import decode_array

HEAD, MODEL_VIEW, NMF = "head-view-module", "model-view-module", "nmf-module"
MODEL, DATASET = "sst2-minilm", "sample_reviews"
ROW = 2  # "i laughed from the opening scene to the closing credits ." (13 tokens)
ALPHA_LEVELS = 64

# Records every line stroked on a canvas since its last full clear: [x1, y1, x2, y2, style].
CANVAS_RECORDER = """
(() => {
  const segments = new WeakMap();
  const moveTo = Path2D.prototype.moveTo, lineTo = Path2D.prototype.lineTo;
  Path2D.prototype.moveTo = function (x, y) {
    this.__at = [x, y];
    return moveTo.call(this, x, y);
  };
  Path2D.prototype.lineTo = function (x, y) {
    if (!segments.has(this)) segments.set(this, []);
    segments.get(this).push([...this.__at, x, y]);
    this.__at = [x, y];
    return lineTo.call(this, x, y);
  };
  const ctx = CanvasRenderingContext2D.prototype;
  const stroke = ctx.stroke, clearRect = ctx.clearRect;
  ctx.clearRect = function (x, y, w, h) {
    if (x <= 0 && y <= 0 && w >= this.canvas.width && h >= this.canvas.height) {
      this.canvas.__strokes = [];
    }
    return clearRect.call(this, x, y, w, h);
  };
  ctx.stroke = function (path) {
    if (path instanceof Path2D) {
      const list = this.canvas.__strokes || (this.canvas.__strokes = []);
      for (const s of segments.get(path) || []) list.push([...s, String(this.strokeStyle)]);
    }
    return path === undefined ? stroke.call(this) : stroke.call(this, path);
  };
})();
"""


def api(url: str, endpoint: str, body=None, **params):
    response = requests.post(f"{url}/{endpoint}", params=params, json=body, timeout=120)
    assert response.ok, response.text[:300]
    return response.json()


@pytest.fixture
def row_example(lit_server):
    """The example in data-table row ROW, as the page will send it."""
    return api(lit_server.url, "get_dataset", dataset_name=DATASET)[ROW]


def interpretation(url: str, example: dict, interpreter: str, config: dict) -> dict:
    return api(url, "get_interpretations", {"inputs": [example], "config": config}, model=MODEL,
               dataset_name=DATASET, interpreter=interpreter)[0]


def parse_color(text: str) -> tuple[tuple[int, int, int], float]:
    """(rgb, alpha) of a CSS 'rgb(...)', 'rgba(...)' or '#rrggbb' colour."""
    if text.startswith("#"):
        value = int(text[1:7], 16)
        return ((value >> 16) & 255, (value >> 8) & 255, value & 255), 1.0
    numbers = [float(v) for v in re.findall(r"[\d.]+", text.split("(", 1)[-1])]
    return tuple(int(v) for v in numbers[:3]), numbers[3] if len(numbers) > 3 else 1.0


def head_colors(page, tag: str, chip: str) -> dict[int, tuple[int, int, int]]:
    """index -> rgb of each head (or factor) chip's colour variable."""
    styles = page.page.locator(f"{tag} {chip}").evaluate_all(
        "chips => chips.map(c => [c.dataset.head ?? c.dataset.factor, c.style.cssText])")
    colors = {}
    for index, css in styles:
        if index is None:
            continue
        colors[int(index)] = parse_color(re.search(r"#[0-9a-fA-F]{6}|hsl\([^)]*\)", css).group(0))[0]
    return colors


def js_round(values: np.ndarray) -> np.ndarray:
    """JavaScript's Math.round (half up), on the float64 value of each float32."""
    return np.floor(values.astype(np.float64) + 0.5)


def test_head_view_lines_go_from_query_to_key_with_opacity_equal_to_the_weight(
        browser, lit_server, row_example):
    from lit_browser import VIEWPORT, LitPage

    context = browser.new_context(viewport=VIEWPORT)
    context.add_init_script(CANVAS_RECORDER)
    page = LitPage(context.new_page(), lit_server.url).install_helpers().open()
    try:
        page.open_tab("Attention")
        page.select_row(ROW)
        page.wait_module(HEAD, "m.dataset.state === 'ready' && m.dataset.layer === '0' && "
                               "Number(m.dataset.lines) > 0")
        module = page.module(HEAD)
        drawn = module.evaluate("m => m.shadowRoot.querySelector('canvas.lines').__strokes")
        n = int(module.evaluate("m => m.dataset.tokens"))
        rows = module.evaluate(f"m => Array.from({{length: {n}}}, (_, i) => "
                               "[m.tokenPosition('left', i), m.tokenPosition('right', i)])")
        colors = head_colors(page, HEAD, ".head-chip")
        page.screenshot("drawn_values_head_view")
    finally:
        context.close()

    result = interpretation(lit_server.url, row_example, "attention", {"layers": [0]})
    weights = decode_array(result["attention"])[0]  # heads x n x n, row = query
    assert weights.shape[1:] == (n, n) and len(colors) == weights.shape[0]
    left_y = {round(left["y"], 3): i for i, (left, _) in enumerate(rows)}
    right_y = {round(right["y"], 3): i for i, (_, right) in enumerate(rows)}
    left_x = max(left["x"] for left, _ in rows)
    right_x = min(right["x"] for _, right in rows)

    # What the page stroked: (head, query, key, opacity level) for every line.
    color_to_head = {rgb: head for head, rgb in colors.items()}
    got = []
    for x1, y1, x2, y2, style in drawn:
        rgb, alpha = parse_color(style)
        assert left_x < x1 < x2 < right_x, "lines must start at the left (query) column"
        got.append((color_to_head[rgb], left_y[round(y1, 3)], right_y[round(y2, 3)],
                    int(round(alpha * ALPHA_LEVELS))))

    # What the weights say: every weight >= the default threshold 0.01, at its opacity level.
    levels = np.clip(js_round(weights * ALPHA_LEVELS), 1, ALPHA_LEVELS).astype(int)
    expected = [(h, i, j, int(levels[h, i, j])) for h, i, j in zip(*np.nonzero(weights >= 0.01))]
    assert len(got) == len(expected)
    assert sorted(got) == sorted(expected)


def test_model_view_thumbnails_show_each_heads_matrix(lit_page, lit_server, row_example):
    page = lit_page.open()
    page.open_tab("Attention")
    page.select_row(ROW)
    page.wait_module(MODEL_VIEW, "m.dataset.state === 'ready'")
    # The smallest thumbnails, so that every head of the first layers is in view (and drawn).
    page.page.locator(f"{MODEL_VIEW} select.size-select").select_option("48")
    page.wait_module(MODEL_VIEW, "m.dataset.state === 'ready' && Number(m.dataset.drawn) >= 24")
    thumbs = page.module(MODEL_VIEW).evaluate("""m => {
      const out = [];
      for (const c of m.shadowRoot.querySelectorAll('canvas.thumb')) {
        if (Number(c.dataset.layer) > 1) continue;
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        out.push({layer: Number(c.dataset.layer), head: Number(c.dataset.head), width: c.width,
                  pixels: Array.from(d)});
      }
      return out;
    }""")
    colors = head_colors(page, HEAD, ".head-chip")
    weights = decode_array(interpretation(lit_server.url, row_example, "attention", {})["attention"])
    n = weights.shape[-1]
    assert len(thumbs) == 2 * weights.shape[1]
    # Thumbnails scrolled out of view are not drawn yet; those in view must all be right.
    thumbs = [t for t in thumbs if any(t["pixels"][3::4])]
    assert len(thumbs) >= 12
    centres = ((np.arange(n) + 0.5) * thumbs[0]["width"] / n).astype(int)
    for thumb in thumbs:
        size = thumb["width"]
        pixels = np.array(thumb["pixels"], dtype=np.int64).reshape(size, size, 4)
        cells = pixels[np.ix_(centres, centres)]  # (query row, key column, rgba)
        assert (cells[..., 3] == 255).all(), f"thumbnail {thumb['layer']}/{thumb['head']} not drawn"
        t = np.sqrt(np.minimum(1, weights[thumb["layer"], thumb["head"]].astype(np.float64)))
        color = np.array(colors[thumb["head"]], dtype=np.float64)
        expected = js_round(255 + (color - 255) * t[..., None])
        assert np.abs(cells[..., :3] - expected).max() <= 1, (thumb["layer"], thumb["head"])


def test_nmf_heatmap_cells_show_each_factors_activation(lit_page):
    page = lit_page.open()
    # The factorisation the page receives (HALS in float32 may differ in the last digits from
    # one fit to the next), decoded by Python from the same bytes.
    answers = []
    page.page.on("response", lambda r: "interpreter=nmf" in r.url and answers.append(r))
    page.open_tab("NMF")
    page.select_row(ROW)
    page.wait_module(NMF, "m.dataset.state === 'ready'")
    cells = page.page.locator(f"{NMF} .heatmap .cell").evaluate_all(
        "cells => cells.map(c => c.getAttribute('style'))")  # as written, not 8-bit alpha
    colors = head_colors(page, NMF, ".factor-chip[data-factor]")
    assert len(answers) == 1
    result = answers[0].json()[0]
    factors = decode_array(result["factors"])  # k x n
    k, n = factors.shape
    assert k == 8 and len(cells) == k * n and len(colors) == k
    maxima = factors.max(axis=1, keepdims=True)
    expected_alpha = np.divide(factors, maxima, out=np.zeros_like(factors), where=maxima > 0)
    for index, css in enumerate(cells):
        factor, token = divmod(index, n)
        rgb, alpha = parse_color(css)
        assert rgb == colors[factor], (factor, token, css)
        # The module writes the alpha with 3 decimals.
        assert abs(alpha - expected_alpha[factor, token]) <= 0.0005 + 1e-6, (factor, token, css)

"""Exported HTML (`result.save("x.html")`, `_repr_html_`) in Chromium with the network off.

Every request is routed to abort and recorded: the page may load nothing but its own file. The
drawn values are read from what the page drew (canvas strokes recorded by wrapping the canvas
API, table cells, heatmap cells in DOM order) and compared with the result's own arrays, so a
transposed matrix, a wrong head colour or a decoder bug fails here.
"""

from __future__ import annotations

import numpy as np
import pytest
from lit_browser import ARTIFACTS, VIEWPORT
from test_drawn_values import ALPHA_LEVELS, CANVAS_RECORDER, parse_color
from tiny_checkpoints import tiny_classifier

import lit_ext
from lit_ext.figures import categorical_color, hex_rgb
from lit_ext.models.classifier import ClassifierModel

TEXT = "i laughed from the opening scene to the closing credits ."
ROOT = ".lit-ext-export"
# The page's attention is quantised to 10 bits (array_codec: within 4.9e-4 of the weight).
QUANTISED = 4.9e-4


@pytest.fixture(scope="module")
def results(sst2_model):
    return {"attention": lit_ext.attention(sst2_model, TEXT),
            "neuron": lit_ext.neurons(sst2_model, TEXT, layer=2, head=5),
            "nmf": lit_ext.nmf(sst2_model, TEXT, n_components=6)}


class OfflinePage:
    """A Chromium page that may load its own file and nothing else."""

    def __init__(self, browser, path):
        self.url = path.as_uri()
        self.context = browser.new_context(viewport=VIEWPORT, offline=True)
        self.context.add_init_script(CANVAS_RECORDER)
        self.requests, self.errors = [], []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))

    def _route(self, route):
        if route.request.url == self.url:
            route.continue_()
        else:
            route.abort()

    def open(self):
        self.page.goto(self.url)
        self.page.wait_for_function(
            f"document.querySelector('{ROOT}')?.dataset.view !== undefined")
        return self

    def root(self):
        return self.page.locator(ROOT)

    def close(self, name: str):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        self.context.close()
        assert self.requests == [self.url], f"requests besides the file: {self.requests}"
        assert not self.errors, self.errors


def drawn_lines(page: OfflinePage) -> list[tuple[int, int, int, float]]:
    """(head, query, key, opacity) of every line stroked on the head view's lines canvas."""
    root = page.root()
    strokes = root.evaluate("r => r.querySelector('canvas.lines').__strokes || []")
    n = int(root.evaluate("r => r.dataset.tokens"))
    rows = root.evaluate(f"r => Array.from({{length: {n}}}, (_, i) => "
                         "[r.tokenPosition('left', i), r.tokenPosition('right', i)])")
    left_y = {round(left["y"], 3): i for i, (left, _) in enumerate(rows)}
    right_y = {round(right["y"], 3): i for i, (_, right) in enumerate(rows)}
    left_x = max(left["x"] for left, _ in rows)
    right_x = min(right["x"] for _, right in rows)
    head_of = {hex_rgb(categorical_color(h)): h for h in range(16)}
    lines = []
    for x1, y1, x2, y2, style in strokes:
        rgb, alpha = parse_color(style)
        assert left_x < x1 < x2 < right_x, "lines start at the left (query) column"
        lines.append((head_of[rgb], left_y[round(y1, 3)], right_y[round(y2, 3)], alpha))
    return lines


def check_lines(lines, weights: np.ndarray, heads: list[int], threshold: float = 0.01):
    """`lines` are exactly the weights ≥ threshold of `heads`, each at its weight's opacity
    (64 levels, plus the 10-bit quantisation of the page's data)."""
    drawn = {(h, i, j): alpha for h, i, j, alpha in lines}
    assert len(drawn) == len(lines), "a line drawn twice"
    for h in heads:
        w = weights[h]
        sure = {(h, i, j) for i, j in zip(*np.nonzero(w >= threshold + QUANTISED))}
        maybe = {(h, i, j) for i, j in zip(*np.nonzero(w >= threshold - QUANTISED))}
        mine = {key for key in drawn if key[0] == h}
        assert sure <= mine <= maybe, f"head {h}: lines differ from the weights"
    assert {key[0] for key in drawn} <= set(heads)
    for (h, i, j), alpha in drawn.items():
        # Chromium reads the style back with its alpha in 8 bits: compare opacity levels.
        level = int(round(alpha * ALPHA_LEVELS))
        assert abs(level - weights[h, i, j] * ALPHA_LEVELS) <= 0.5 + ALPHA_LEVELS * QUANTISED, \
            (h, i, j, level, weights[h, i, j])


def test_attention_html_draws_the_head_view_offline(browser, results, tmp_path):
    result = results["attention"]
    path = result.save(tmp_path / "attention.html", layer=1)
    page = OfflinePage(browser, path).open()
    try:
        page.page.wait_for_function(f"Number(document.querySelector('{ROOT}').dataset.lines) > 0")
        root = page.root()
        assert root.evaluate("r => r.dataset.layer") == "1"
        check_lines(drawn_lines(page), result.weights[1], list(range(result.weights.shape[1])))
        # The chips carry the same colours as the figures.
        chips = root.evaluate("r => [...r.querySelectorAll('.head-chip')].map("
                              "c => c.style.getPropertyValue('--head-color'))")
        assert chips == [categorical_color(h) for h in range(result.weights.shape[1])]
        # Hovering a query token isolates its lines.
        box = root.locator("canvas.labels").bounding_box()
        at = root.evaluate("r => r.tokenPosition('left', 3)")
        page.page.mouse.move(box["x"] + at["x"], box["y"] + at["y"])
        page.page.wait_for_function(f"document.querySelector('{ROOT}').dataset.active === 'left:3'")
        isolated = drawn_lines(page)
        assert isolated and {query for _, query, _, _ in isolated} == {3}
        heads = list(range(result.weights.shape[1]))
        expected = [(h, 3, j) for h in heads for j in np.nonzero(result.weights[1, h, 3] >= 0.011)[0]]
        assert set(expected) <= {(h, i, j) for h, i, j, _ in isolated}
        page.page.mouse.move(1, box["y"] + box["height"] + 200)
        page.page.wait_for_function(f"document.querySelector('{ROOT}').dataset.active === ''")
        # Clicking a thumbnail shows that layer and head alone.
        root.locator("canvas.thumb[data-layer='4'][data-head='7']").click()
        page.page.wait_for_function(f"document.querySelector('{ROOT}').dataset.heads === '7'")
        assert root.evaluate("r => r.dataset.layer") == "4"
        check_lines(drawn_lines(page), result.weights[4], [7])
        # Thumbnail pixels: white-to-colour by sqrt(weight), row = query (a transposed
        # matrix fails on any asymmetric cell).
        n = len(result.tokens)
        pixels = np.array(root.evaluate(
            "r => Array.from(r.querySelector(\"canvas.thumb[data-layer='3'][data-head='2']\")"
            ".getContext('2d').getImageData(0, 0, 48, 48).data)")).reshape(48, 48, 4)
        centres = ((np.arange(n) + 0.5) * 48 / n).astype(int)
        cells = pixels[np.ix_(centres, centres)][..., :3].astype(float)
        # sqrt magnifies the 10-bit quantisation near 0: the pixel lies between the colours of
        # the weight's lowest and highest quantised values (±1 for rounding).
        w = result.weights[3, 2].astype(np.float64)[..., None]
        color = np.array(hex_rgb(categorical_color(2)), dtype=float)
        bounds = [255 + (color - 255) * np.sqrt(np.clip(w + d, 0, 1)) for d in (-QUANTISED, QUANTISED)]
        low, high = np.minimum(*bounds) - 1, np.maximum(*bounds) + 1
        assert ((low <= cells) & (cells <= high)).all()
    finally:
        page.close("export_attention_offline")


def test_neuron_html_shows_each_keys_attention_offline(browser, results, tmp_path):
    result = results["neuron"]
    path = result.save(tmp_path / "neuron.html", query=3)
    page = OfflinePage(browser, path).open()
    try:
        root = page.root()
        for query in (3, 6):
            if query != 3:
                root.locator("button.token").nth(query).click()
                page.page.wait_for_function(
                    f"document.querySelector('{ROOT}').dataset.query === '{query}'")
            rows = root.evaluate("""r => [...r.querySelectorAll('tr.key-row')].map(row => [
                row.querySelector('th').textContent, row.querySelector('td.attention').textContent,
                row.querySelector('td.attention').getAttribute('style')])""")
            assert [key for key, _, _ in rows] == result.display_tokens
            for j, (_, text, background) in enumerate(rows):
                weight = result.attention[query, j]
                assert abs(float(text) - weight) <= 5e-5 + 1e-7, (query, j)
                rgb, alpha = parse_color(background)
                assert rgb == hex_rgb(categorical_color(result.head))
                assert abs(alpha - weight) <= 5e-4 + 1e-6, (query, j)
            # The page recomputes the softmax from q, k and the terms: it equals the model's.
            assert float(root.evaluate("r => r.dataset.maxDiff")) < 1e-4
    finally:
        page.close("export_neuron_offline")


@pytest.mark.parametrize("architecture", ["deberta-v2", "modernbert"])
def test_neuron_html_recomputes_the_attention_with_terms_and_masks(browser, tmp_path,
                                                                   architecture):
    """The page's softmax of scale·q·k + c2p + p2c (DeBERTa) or over the sliding window
    (ModernBERT) reproduces the model's attention for every query."""
    model, tokenizer = tiny_classifier(architecture)
    result = lit_ext.neurons(ClassifierModel(model, tokenizer), TEXT, layer=1, head=1)
    page = OfflinePage(browser, result.save(tmp_path / "neuron.html")).open()
    try:
        root = page.root()
        for query in range(len(result.tokens)):
            root.locator("button.token").nth(query).click()
            page.page.wait_for_function(
                f"document.querySelector('{ROOT}').dataset.query === '{query}'")
            assert float(root.evaluate("r => r.dataset.maxDiff")) < 1e-4, query
        masked = root.evaluate("r => [...r.querySelectorAll('tr.key-row')].filter("
                               "row => row.textContent.includes('masked')).length")
        if result.key_allowed is not None:
            assert masked == int((~result.key_allowed[-1].astype(bool)).sum())
    finally:
        page.close(f"export_neuron_{architecture}_offline")


def test_nmf_html_heatmap_offline(browser, results, tmp_path):
    result = results["nmf"]
    path = result.save(tmp_path / "nmf.html")
    page = OfflinePage(browser, path).open()
    try:
        cells = page.root().evaluate(
            "r => [...r.querySelectorAll('.heatmap .cell')].map(c => c.getAttribute('style'))")
    finally:
        page.close("export_nmf_offline")
    k, n = result.factors.shape
    assert len(cells) == k * n
    expected = result.factors / result.factors.max(axis=1, keepdims=True)
    for index, css in enumerate(cells):
        factor, token = divmod(index, n)  # rows = factors, in DOM order
        rgb, alpha = parse_color(css)
        assert rgb == hex_rgb(categorical_color(factor))
        assert abs(alpha - expected[factor, token]) <= 5e-4 + 1e-6, (factor, token)


JUPYTER_LIKE = """fragments => {
  // What JupyterLab and VS Code do with an HTML output: set it as innerHTML (scripts do not run
  // that way), then replace each <script> by a fresh copy so that it runs, in order.
  for (const fragment of fragments) {
    const output = document.createElement('div');
    output.innerHTML = fragment;
    document.body.append(output);
    for (const old of output.querySelectorAll('script')) {
      const script = document.createElement('script');
      script.textContent = old.textContent;
      old.replaceWith(script);
    }
  }
}"""


def test_repr_html_renders_inline_twice_on_one_page_offline(browser, results, tmp_path):
    """Two notebook outputs on one page: each draws its own view, with no network."""
    blank = tmp_path / "notebook.html"
    blank.write_text("<!DOCTYPE html><html><body></body></html>")
    page = OfflinePage(browser, blank)
    page.page.goto(page.url)
    try:
        page.page.evaluate(JUPYTER_LIKE, [results["attention"]._repr_html_(),
                                          results["nmf"]._repr_html_()])
        views = page.page.locator(ROOT).evaluate_all("roots => roots.map(r => r.dataset.view)")
        assert views == ["attention", "nmf"]
        assert int(page.page.locator(ROOT).first.evaluate("r => r.dataset.lines")) > 0
        assert page.page.locator(f"{ROOT} .heatmap .cell").count() == results["nmf"].factors.size
    finally:
        page.close("export_repr_html_offline")

"""Every module's toolbar export (SVG, PNG, HTML, JSON), caught as a download and checked.

The user sets up a view (a layer, some heads, hidden special tokens, a pinned token, a query
token, a picked factor), clicks Export, and the file must show exactly that:
- SVG: parses, carries the tokens as `<text>`, and each line's or cell's opacity equals the
  weight it stands for;
- PNG: twice the SVG's size (2 pixels per CSS pixel) with real content;
- HTML: opened in Chromium with every request but its own file aborted, it draws the view;
- JSON: the data shown.
Expected numbers come from plain transformers on the example alone (`reference`), or for
outputs with no independent recipe (NMF's fit, faithfulness) from the server's HTTP API.
"""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import numpy as np
import pytest
import requests
from lit_browser import VIEWPORT, LitPage
from PIL import Image
from reference import reference
from test_drawn_values import parse_color
from test_export_offline import ROOT, OfflinePage

from lit_ext.figures import categorical_color, hex_rgb
from lit_ext.interpreters.array_codec import decode_array

MODEL, DATASET = "sst2-minilm", "sample_reviews"
ROW = 2  # "i laughed from the opening scene to the closing credits ." (13 tokens)
HEAD, MODEL_VIEW, NEURON = "head-view-module", "model-view-module", "neuron-view-module"
NMF, LAYERS, FAITHFULNESS = "nmf-module", "layer-predictions-module", "faithfulness-module"
SVG = "{http://www.w3.org/2000/svg}"
# The attention interpreter sends 10-bit weights (within 4.9e-4); SVG opacities have 4 decimals.
QUANTISED = 4.9e-4 + 5e-5 + 1e-5


def post(url: str, endpoint: str, body=None, **params):
    response = requests.post(f"{url}/{endpoint}", params=params, json=body, timeout=300)
    assert response.ok, response.text[:300]
    return response.json()


def interpret(url: str, inputs: list[dict], interpreter: str, config: dict | None = None) -> list:
    return post(url, "get_interpretations", {"inputs": inputs, "config": config or {}},
                model=MODEL, dataset_name=DATASET, interpreter=interpreter)


@pytest.fixture(scope="module")
def examples(lit_server) -> list[dict]:
    return post(lit_server.url, "get_dataset", dataset_name=DATASET)


@pytest.fixture(scope="module")
def expected(sst2_model, examples):
    """Plain transformers on row ROW alone: attention (layers, heads, n, n) and probabilities."""
    model = sst2_model.model
    if model.config._attn_implementation != "eager":
        model.config._attn_implementation = "eager"
    return reference(model, sst2_model.tokenizer, examples[ROW]["data"]["sentence"])


@pytest.fixture
def page(browser, lit_server):
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
    page = LitPage(context.new_page(), lit_server.url).install_helpers().open()
    yield page
    context.close()
    assert not page.errors, page.errors


def export(page, tag: str, fmt: str, tmp_path):
    """Clicks the module's Export button for `fmt`; returns the downloaded file's path."""
    with page.page.expect_download() as info:
        page.page.locator(f"{tag} .export-bar button[data-format='{fmt}']").click()
    download = info.value
    assert download.failure() is None
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    assert path.suffix == f".{fmt}"
    return path


def parse_svg(path):
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.find(f".//{SVG}image") is None, "the SVG must be vector, not an embedded image"
    return root


def texts(svg, cls: str) -> list[str]:
    """The text shown by each `<text>` of class `cls` (without its tooltip `<title>`)."""
    out = []
    for element in svg.iter(f"{SVG}text"):
        if element.get("class", "") == cls:
            title = element.find(f"{SVG}title")
            out.append((element.text or "") + ((title.tail or "") if title is not None else ""))
    return out


def shapes(svg, tag: str, cls: str) -> list[dict]:
    return [dict(e.attrib) for e in svg.iter(f"{SVG}{tag}") if e.get("class") == cls]


def check_png(path, svg):
    image = Image.open(io.BytesIO(path.read_bytes())).convert("RGB")
    assert image.size == (2 * int(svg.get("width")), 2 * int(svg.get("height")))
    pixels = np.asarray(image).reshape(-1, 3)
    ink = (pixels < 235).any(axis=1)
    assert ink.mean() > 0.01, "the PNG is (nearly) blank"
    assert len(np.unique(pixels[ink], axis=0)) > 20, "the PNG has too few colours to be the figure"


def load_json(path, view: str) -> dict:
    document = json.loads(path.read_text())
    assert document["format"] == "lit-ext" and document["format_version"] == 1
    assert document["view"] == view
    return document["data"]


def open_offline(browser, path):
    return OfflinePage(browser, path).open()


def drawn_lines(page: OfflinePage) -> list[tuple[int, int, int, float]]:
    """(head, query, key, opacity) of every line the exported head view stroked (hidden
    tokens have no row)."""
    root = page.root()
    strokes = root.evaluate("r => r.querySelector('canvas.lines').__strokes || []")
    n = int(root.evaluate("r => r.dataset.tokens"))
    rows = root.evaluate(f"r => Array.from({{length: {n}}}, (_, i) => "
                         "[r.tokenPosition('left', i), r.tokenPosition('right', i)])")
    left_y = {round(left["y"], 3): i for i, (left, _) in enumerate(rows) if left}
    right_y = {round(right["y"], 3): i for i, (_, right) in enumerate(rows) if right}
    head_of = {hex_rgb(categorical_color(h)): h for h in range(16)}
    lines = []
    for _, y1, _, y2, style in strokes:
        rgb, alpha = parse_color(style)
        lines.append((head_of[rgb], left_y[round(y1, 3)], right_y[round(y2, 3)], alpha))
    return lines


# ---- head view ------------------------------------------------------------------------------

def test_head_view_exports_the_layer_heads_and_tokens_on_screen(page, browser, expected,
                                                                tmp_path):
    page.open_tab("Attention")
    page.select_row(ROW)
    page.wait_module(HEAD, "m.dataset.state === 'ready' && Number(m.dataset.lines) > 0")
    page.page.locator(f"{HEAD} select.layer-select").select_option("3")
    chips = page.page.locator(f"{HEAD} .head-chip")
    chips.nth(5).dblclick()
    chips.nth(2).click()
    page.page.locator(f"{HEAD} input.hide-special").check()
    page.wait_module(HEAD, "m.dataset.layer === '3' && m.dataset.heads === '2,5' && "
                           "m.dataset.state === 'ready' && Number(m.dataset.lines) > 0")
    heads = [2, 5]
    weights = expected.attention[3]
    special = [0, len(expected.tokens) - 1]  # [CLS], [SEP]
    visible = [i for i in range(len(expected.tokens)) if i not in special]
    display = page.module(HEAD).evaluate("m => m.drawnLabels()")

    svg = parse_svg(export(page, HEAD, "svg", tmp_path))
    assert texts(svg, "query") == display and texts(svg, "key") == display
    lines = {(int(a["data-head"]), int(a["data-query"]), int(a["data-key"])):
             float(a["stroke-opacity"]) for a in shapes(svg, "line", "attention")}
    for h in heads:
        w = weights[h][np.ix_(visible, visible)]
        sure = {(h, visible[i], visible[j]) for i, j in zip(*np.nonzero(w >= 0.01 + QUANTISED))}
        maybe = {(h, visible[i], visible[j]) for i, j in zip(*np.nonzero(w >= 0.01 - QUANTISED))}
        assert sure <= {key for key in lines if key[0] == h} <= maybe, f"head {h}"
    assert {h for h, _, _ in lines} == set(heads)
    for (h, i, j), opacity in lines.items():
        assert abs(opacity - weights[h, i, j]) <= QUANTISED, (h, i, j)
    check_png(export(page, HEAD, "png", tmp_path), svg)

    data = load_json(export(page, HEAD, "json", tmp_path), "head_view")
    assert (data["layer"], data["heads"], data["token_indices"]) == (3, heads, visible)
    assert data["display_tokens"] == display and data["hide_special"] is True
    np.testing.assert_allclose(np.array(data["weights"]),
                               weights[heads][:, visible][:, :, visible], atol=QUANTISED)

    # Pin a query token: the figure and the page show its lines only.
    canvas = page.page.locator(f"{HEAD} canvas.labels")
    canvas.click(position=page.module(HEAD).evaluate("m => m.tokenPosition('left', 4)"))
    page.wait_module(HEAD, "m.dataset.active === 'left:4'")
    pinned = parse_svg(export(page, HEAD, "svg", tmp_path))
    queries = {int(a["data-query"]) for a in shapes(pinned, "line", "attention")}
    assert queries == {4}
    html = export(page, HEAD, "html", tmp_path)
    offline = open_offline(browser, html)
    try:
        offline.page.wait_for_function(f"Number(document.querySelector('{ROOT}').dataset.lines) > 0")
        state = offline.root().evaluate("r => ({...r.dataset})")
        assert (state["layer"], state["heads"], state["active"]) == ("3", "2,5", "left:4")
        drawn = drawn_lines(offline)
        assert {q for _, q, _, _ in drawn} == {4} and {h for h, _, _, _ in drawn} == set(heads)
        for h, i, j, alpha in drawn:
            assert j in visible and abs(alpha - weights[h, i, j]) <= 1 / 64 + QUANTISED
    finally:
        offline.close("module_export_head_view_html")


# ---- model view -----------------------------------------------------------------------------

def test_model_view_exports_every_heads_matrix_and_the_selected_head(page, browser, expected,
                                                                     tmp_path):
    page.open_tab("Attention")
    page.select_row(ROW)
    page.wait_module(MODEL_VIEW, "m.dataset.state === 'ready'")
    page.page.locator(f"{MODEL_VIEW} canvas.thumb[data-layer='1'][data-head='4']").click()
    page.wait_module(MODEL_VIEW, "m.dataset.selected === '1:4'")
    weights = expected.attention
    layers, heads, n, _ = weights.shape

    svg = parse_svg(export(page, MODEL_VIEW, "svg", tmp_path))
    cells = shapes(svg, "rect", "cell")
    drawn = {(int(c["data-layer"]), int(c["data-head"]), int(c["data-query"]),
              int(c["data-key"])): float(c["fill-opacity"]) for c in cells}
    assert len(drawn) == len(cells)
    for key, opacity in drawn.items():
        assert abs(opacity - weights[key]) <= QUANTISED, key
    missing = [key for key in np.ndindex(weights.shape) if key not in drawn]
    assert all(weights[key] <= QUANTISED for key in missing), "a visible weight was left out"
    selected = [(t["data-layer"], t["data-head"]) for t in shapes(svg, "rect", "thumb")
                if t["data-selected"] == "1"]
    assert selected == [("1", "4")]
    assert texts(svg, "")[0] == "Tokens: " + " ".join(expected.tokens)  # no subwords here
    check_png(export(page, MODEL_VIEW, "png", tmp_path), svg)

    data = load_json(export(page, MODEL_VIEW, "json", tmp_path), "model_view")
    assert data["selected"] == [1, 4] and data["layers"] == list(range(layers))
    np.testing.assert_allclose(np.array(data["weights"]), weights, atol=QUANTISED)

    offline = open_offline(browser, export(page, MODEL_VIEW, "html", tmp_path))
    try:
        offline.page.wait_for_function(f"Number(document.querySelector('{ROOT}').dataset.lines) > 0")
        state = offline.root().evaluate("r => ({...r.dataset})")
        assert (state["layer"], state["heads"], state["tokens"]) == ("1", "4", str(n))
        assert offline.root().locator("canvas.thumb").count() == layers * heads
    finally:
        offline.close("module_export_model_view_html")


def test_model_view_exports_importance_colours_and_switched_off_heads(page, lit_server,
                                                                     examples, tmp_path):
    url = lit_server.url
    page.open_tab("Attention")
    page.select_row(ROW)
    page.wait_module(MODEL_VIEW, "m.dataset.state === 'ready'")
    page.page.locator(f"{MODEL_VIEW} select.color-by").select_option("importance")
    page.wait_module(MODEL_VIEW, "m.dataset.importance === 'ready'")
    page.page.locator(f"{MODEL_VIEW} select.click-action").select_option("switch-off")
    for layer, head in ((0, 1), (2, 3)):
        page.page.locator(f"{MODEL_VIEW} canvas.thumb[data-layer='{layer}'][data-head='{head}']").click()
    page.wait_module(MODEL_VIEW, "m.dataset.switchedOff === '0:1,2:3' && "
                                 "m.dataset.ablation === 'ready'")
    importance = np.array(interpret(url, [examples[ROW]], "head_importance")[0]["importance"])
    ablated = interpret(url, [examples[ROW]], "ablated_prediction", {"heads": "0:1,2:3"})[0]

    svg = parse_svg(export(page, MODEL_VIEW, "svg", tmp_path))
    crossed = {(int(line["data-layer"]), int(line["data-head"]))
               for line in shapes(svg, "line", "off") if "data-layer" in line}
    assert crossed == {(0, 1), (2, 3)}
    # Cells take the head's importance colour (colors.ts importanceColor: grey to blue/orange).
    extent = np.abs(importance).max()
    neutral, positive, negative = (np.array(c, dtype=float) for c in
                                   ((128, 134, 139), (33, 102, 172), (202, 72, 34)))
    fills = {(int(c["data-layer"]), int(c["data-head"])): c["fill"]
             for c in shapes(svg, "rect", "cell")}
    assert len(fills) == importance.size
    for (layer, head), fill in fills.items():
        value = importance[layer, head]
        full = positive if value >= 0 else negative
        want = np.floor(neutral + (full - neutral) * min(1, abs(value) / extent) + 0.5)
        assert np.abs(np.array(parse_color(fill)[0]) - want).max() <= 1, (layer, head)

    data = load_json(export(page, MODEL_VIEW, "json", tmp_path), "model_view")
    assert data["switched_off"] == ["0:1", "2:3"]
    assert data["importance"]["method"] == "ablation" and data["importance"]["examples"] == 1
    np.testing.assert_allclose(data["importance"]["values"], importance, atol=1e-12)
    np.testing.assert_allclose(data["ablation"]["probasAblated"], ablated["probas_ablated"],
                               atol=1e-12)


# ---- neuron view ----------------------------------------------------------------------------

def test_neuron_view_exports_the_chosen_query_tokens_scores(page, browser, expected, tmp_path):
    page.open_tab("Neurons")
    page.select_row(ROW)
    page.wait_module(NEURON, "m.dataset.state === 'ready'")
    page.page.locator(f"{NEURON} select.layer-select").select_option("2")
    page.wait_module(NEURON, "m.dataset.state === 'ready' && m.dataset.layer === '2'")
    page.page.locator(f"{NEURON} select.head-select").select_option("5")
    page.wait_module(NEURON, "m.dataset.state === 'ready' && m.dataset.head === '5'")
    page.page.locator(f"{NEURON} select.query-select").select_option("4")
    page.wait_module(NEURON, "m.dataset.query === '4'")
    attention = expected.attention[2, 5, 4]  # query 4's row
    n = len(attention)

    svg = parse_svg(export(page, NEURON, "svg", tmp_path))
    tokens = texts(svg, "key-token")
    assert len(tokens) == n and "laughed" in tokens
    bars = shapes(svg, "rect", "softmax")
    np.testing.assert_allclose([float(b["fill-opacity"]) for b in bars], attention, atol=1e-4)
    assert [int(b["data-key"]) for b in bars] == list(range(n))
    assert f"query '{tokens[4]}' (#4)" in texts(svg, "caption")[0]
    check_png(export(page, NEURON, "png", tmp_path), svg)

    data = load_json(export(page, NEURON, "json", tmp_path), "neuron_view")
    assert (data["layer"], data["head"], data["query_index"]) == (2, 5, 4)
    np.testing.assert_allclose(data["attention"], attention, atol=1e-5)
    np.testing.assert_allclose(data["softmax"], attention, atol=1e-4)
    np.testing.assert_allclose(data["scaled"], data["scale"] * np.array(data["key"]) @
                               np.array(data["query"]), rtol=1e-4, atol=1e-4)

    offline = open_offline(browser, export(page, NEURON, "html", tmp_path))
    try:
        root = offline.root()
        assert root.evaluate("r => r.dataset.query") == "4"
        assert float(root.evaluate("r => r.dataset.maxDiff")) < 1e-4
        shown = root.evaluate("r => [...r.querySelectorAll('td.attention')].map(c => c.textContent)")
        np.testing.assert_allclose([float(v) for v in shown], attention, atol=5e-5 + 1e-5)
    finally:
        offline.close("module_export_neuron_view_html")


# ---- NMF ------------------------------------------------------------------------------------

def test_nmf_exports_the_factors_and_the_picked_factor(page, browser, tmp_path):
    answers = []
    page.page.on("response", lambda r: "interpreter=nmf" in r.url and answers.append(r))
    page.open_tab("NMF")
    page.select_row(ROW)
    page.wait_module(NMF, "m.dataset.state === 'ready'")
    page.page.locator(f"{NMF} .factor-picker .factor-chip[data-factor='2']").click()
    page.wait_module(NMF, "m.dataset.factor === '2'")
    answer = answers[-1].json()[0]
    factors = decode_array(answer["factors"])  # k × n, as the page received them
    k, n = factors.shape
    relative = factors / factors.max(axis=1, keepdims=True)

    svg = parse_svg(export(page, NMF, "svg", tmp_path))
    assert texts(svg, "token") == answer["display_tokens"]
    cells = shapes(svg, "rect", "cell")
    assert len(cells) == k * n
    for cell in cells:
        f, t = int(cell["data-factor"]), int(cell["data-token"])
        assert abs(float(cell["fill-opacity"]) - relative[f, t]) <= 5e-5 + 1e-6, (f, t)
    assert [p["data-factor"] for p in shapes(svg, "rect", "picked")] == ["2"]
    check_png(export(page, NMF, "png", tmp_path), svg)

    data = load_json(export(page, NMF, "json", tmp_path), "nmf")
    assert data["picked_factor"] == 2 and data["token_mask"] == answer["token_mask"]
    np.testing.assert_allclose(np.array(data["factors"]), factors, rtol=1e-6)
    assert data["top_neurons"] == answer["top_neurons"]

    offline = open_offline(browser, export(page, NMF, "html", tmp_path))
    try:
        assert offline.root().locator(".heatmap .cell").count() == k * n
    finally:
        offline.close("module_export_nmf_html")


# ---- layer predictions and faithfulness: static figures ---------------------------------------

def test_layer_predictions_export_each_examples_probabilities(page, browser, lit_server,
                                                             examples, expected, tmp_path):
    page.open_tab("Layers")
    page.select_row(3)
    page.page.locator("lit-data-table tbody tr").nth(ROW).click(modifiers=["Control"])
    page.wait_module(LAYERS, "m.dataset.state === 'ready' && m.dataset.charts === '2'")
    data = load_json(export(page, LAYERS, "json", tmp_path), "layer_predictions")
    by_id = {e["id"]: e for e in (examples[3], examples[ROW])}
    chosen = [by_id[e["id"]] for e in data["examples"]]  # LIT's selection order
    assert len(chosen) == 2
    answers = interpret(lit_server.url, chosen, "layer_predictions")
    for shown, answer in zip(data["examples"], answers):
        np.testing.assert_allclose(shown["probas"], answer["probas"], atol=1e-12)
    # The last layer's row is the prediction: plain transformers give the same probabilities.
    row = chosen.index(examples[ROW])
    np.testing.assert_allclose(answers[row]["probas"][-1], expected.probas, atol=1e-5)

    svg = parse_svg(export(page, LAYERS, "svg", tmp_path))
    points = shapes(svg, "rect", "point")
    labels, layers = answers[0]["labels"], answers[0]["layers"]
    assert len(points) == 2 * len(labels) * len(layers)
    for e, answer in enumerate(answers):
        mine = points[e * len(labels) * len(layers):(e + 1) * len(labels) * len(layers)]
        for point in mine:
            c, i = labels.index(point["data-series"]), layers.index(point["data-layer"])
            assert float(point["data-value"]) == pytest.approx(answer["probas"][i][c], abs=1e-9)
    check_png(export(page, LAYERS, "png", tmp_path), svg)

    offline = open_offline(browser, export(page, LAYERS, "html", tmp_path))
    try:
        assert offline.root().evaluate("r => r.dataset.view") == "figure"
        assert offline.root().locator("svg rect.point").count() == len(points)
    finally:
        offline.close("module_export_layer_predictions_html")


def test_faithfulness_exports_the_table_as_shown(page, browser, lit_server, examples, tmp_path):
    page.open_tab("Predictions")
    page.select_row(ROW)
    page.wait_module(FAITHFULNESS, "m.dataset.state === 'ready' && m.dataset.examples === '1'",
                     timeout=180_000)
    shown = page.module(FAITHFULNESS).evaluate(
        "m => [...m.shadowRoot.querySelectorAll('table.faithfulness tbody tr')].map(tr => "
        "[tr.dataset.method, ...[...tr.querySelectorAll('td.num')].map(td => td.innerText.trim())])")
    methods = page.module(FAITHFULNESS).evaluate("m => m.dataset.methods")
    answer = interpret(lit_server.url, [examples[ROW]], "faithfulness", {"methods": methods})[0]

    svg = parse_svg(export(page, FAITHFULNESS, "svg", tmp_path))
    rows = [r if r != "random (baseline)" else "random" for r in texts(svg, "row")]
    assert rows == [row[0] for row in shown]
    values = {(v["data-row"], v["data-column"]): v["data-value"]
              for v in shapes(svg, "text", "value")}
    by_name = {m["name"]: m for m in answer["methods"]}
    for name in rows:
        key = "random (baseline)" if name == "random" else name
        for column, score in (("comprehensiveness", "comprehensiveness"),
                              ("sufficiency", "sufficiency"), ("kendallTau", "kendall_tau")):
            value = by_name[name][score]
            got = values[(key, column)]
            assert (got == "null") if value is None else float(got) == pytest.approx(value), \
                (name, column)
    check_png(export(page, FAITHFULNESS, "png", tmp_path), svg)

    data = load_json(export(page, FAITHFULNESS, "json", tmp_path), "faithfulness")
    assert data["examples"] == [examples[ROW]["id"]] and [r["name"] for r in data["rows"]] == rows

    offline = open_offline(browser, export(page, FAITHFULNESS, "html", tmp_path))
    try:
        assert offline.root().locator("svg text.row").count() == len(rows)
    finally:
        offline.close("module_export_faithfulness_html")


def test_markup_in_an_edited_example_stays_text_in_every_export(page, browser, tmp_path):
    """A sentence with </script> and tags: the SVG still parses and shows them as text, the
    HTML page still runs its script and draws (the data is escaped inside the script)."""
    page.open_tab("Attention")
    page.add_edited_example("a </script><b>bold</b> & <svg onload=alert(1)> film")
    page.wait_module(HEAD, "m.dataset.state === 'ready' && Number(m.dataset.lines) > 0")
    svg = parse_svg(export(page, HEAD, "svg", tmp_path))
    shown = " ".join(texts(svg, "query"))
    assert "<" in shown and "script" in shown and "&" in shown
    offline = open_offline(browser, export(page, HEAD, "html", tmp_path))
    try:
        offline.page.wait_for_function(f"Number(document.querySelector('{ROOT}').dataset.lines) > 0")
        assert offline.page.locator("b").count() == 0 and offline.page.locator("svg").count() == 0
    finally:
        offline.close("module_export_markup_html")

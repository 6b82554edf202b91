"""Analysing predictions in the browser, checked value by value against the interpreters over
HTTP (issue 11).

- LIT's own Salience Maps module lists attention rollout, flow and norms next to its gradient
  methods and draws them: every chip's token and the weight in its tooltip are the
  interpreter's; its `merge_subwords` checkbox turns the chips into words with summed scores.
- Model view: "Colour by importance" paints each thumbnail in the colour of the head's
  importance averaged over the selected examples (pixels against `head_importance`); in
  "switch it off" mode clicking heads changes the prediction shown, whose numbers are
  `ablated_prediction`'s for exactly those heads; clicks can still open a head in the head view.
- Layer predictions: the chart's points, read back through the plot geometry, are the
  probabilities of `layer_predictions`; the dataset's accuracy bars are the accuracy computed
  here from the same interpreter and the gold labels.
- Faithfulness: the table's rows are `faithfulness`'s scores averaged here over the selected
  examples, best first by the column clicked, with the random baseline among them.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import requests
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from lit_ext.interpreters.array_codec import decode_array

SALIENCE = "salience-map-module"
MODEL_VIEW = "model-view-module"
HEAD_VIEW = "head-view-module"
LAYERS = "layer-predictions-module"
FAITHFULNESS = "faithfulness-module"
MODEL, DATASET = "sst2-minilm", "sample_reviews"
ATTENTION_SALIENCE = ["attention_rollout", "attention_flow", "attention_norm"]
SUBWORDS_ROW = 13  # "the first act drags , but the payoff is worth the wait ." (drag ##s, pay ##off)
# Two examples for averages; the second clicked is the primary selection, whose prediction
# (positive, 0.58) flips when its three most important heads are switched off.
ROWS = (2, 3)

# colors.ts: importance runs from mid grey to blue (positive) or orange-red (negative).
NEUTRAL, POSITIVE, NEGATIVE = np.array([128, 134, 139]), np.array([33, 102, 172]), np.array([202, 72, 34])


def post(url: str, endpoint: str, body=None, **params):
    response = requests.post(f"{url}/{endpoint}", params=params, json=body, timeout=300)
    assert response.ok, response.text[:500]
    return response.json()


def interpret(url: str, inputs: list[dict], interpreter: str, config: dict | None = None) -> list:
    return post(url, "get_interpretations", {"inputs": inputs, "config": config or {}},
                model=MODEL, dataset_name=DATASET, interpreter=interpreter)


@pytest.fixture(scope="module")
def examples(lit_server) -> list[dict]:
    return post(lit_server.url, "get_dataset", dataset_name=DATASET)


def select_rows(page, *rows: int):
    """Clicks the first row, then control-clicks the others (the last one becomes primary)."""
    page.select_row(rows[0])
    for row in rows[1:]:
        page.page.locator("lit-data-table tbody tr").nth(row).click(modifiers=["Control"])


def js_round(values):
    return np.floor(np.asarray(values, dtype=np.float64) + 0.5)


# ---- LIT's salience module ------------------------------------------------------------------

CHIPS = """rows => rows.map(c => [c.innerText.trim(),
                              c.querySelector('lit-tooltip').getAttribute('content')])"""


def drawn_chips(page, method: str) -> list[tuple[str, float]]:
    chips = page.page.locator(f"{SALIENCE} .method-row[id='{method}'] lit-token-chips .salient-token")
    return [(token, float(weight)) for token, weight in chips.evaluate_all(CHIPS)]


def wait_for_chips(page, method: str, tokens: list[str]):
    page.page.wait_for_function(
        """([method, tokens]) => {
          const row = findDeep(document, `salience-map-module`)?.shadowRoot
              .querySelector(`.method-row[id='${method}']`);
          const chips = row ? findDeepAll(row, '.salient-token') : [];
          return chips.length === tokens.length &&
              chips.every((c, i) => c.innerText.trim() === tokens[i]);
        }""", arg=[method, tokens], timeout=60_000, polling=100)


def assert_weights(drawn: list[tuple[str, float]], salience: dict, method: str):
    assert [token for token, _ in drawn] == salience["tokens"], method
    for (token, shown), value in zip(drawn, salience["salience"]):
        # LIT writes each weight with 3 significant digits.
        assert math.isclose(shown, value, rel_tol=5e-3, abs_tol=1e-9), (method, token, shown, value)


def test_lits_salience_module_lists_and_draws_the_attention_methods(lit_page, lit_server, examples):
    page = lit_page.open()
    page.open_tab("Predictions")
    page.select_row(SUBWORDS_ROW)
    example = examples[SUBWORDS_ROW]
    methods = page.page.locator(f"{SALIENCE} .method-row").evaluate_all("rows => rows.map(r => r.id)")
    assert "grad l2 norm" in methods and set(ATTENTION_SALIENCE) <= set(methods), methods

    def set_expanded(method: str, expanded: bool):
        """Clicks the row's header until LIT shows it `expanded` (a click that lands while LIT
        re-renders the module after the autorun methods' results arrive can be lost: seen once
        in a fresh-clone CI run, the first browser test on a cold machine)."""
        panel = page.page.locator(f"{SALIENCE} .method-row[id='{method}'] expansion-panel")
        for _ in range(3):
            if panel.evaluate("p => p.expanded") == expanded:
                return
            panel.locator(".expansion-label").click()
            try:
                page.page.wait_for_function("([p, want]) => p.expanded === want",
                                            arg=[panel.element_handle(), expanded], timeout=5_000)
            except PlaywrightTimeoutError:
                continue
        assert panel.evaluate("p => p.expanded") == expanded, method

    for method in ATTENTION_SALIENCE:
        expected = interpret(lit_server.url, [example], method)[0]["tokens"]
        # Our methods are not autorun: expanding the row runs them, as for LIT's LIME.
        set_expanded(method, True)
        wait_for_chips(page, method, expected["tokens"])
        assert_weights(drawn_chips(page, method), expected, method)
        assert len(set(expected["salience"])) > 3, f"{method}: a flat map would prove little"
        # Collapsed again, so that its chips cannot spill over the next row's header.
        set_expanded(method, False)

    # The merge_subwords checkbox LIT shows for every salience method: words, summed scores.
    merged = interpret(lit_server.url, [example], "attention_rollout", {"merge_subwords": True})[0]
    assert {"drags", "payoff"} <= set(merged["tokens"]["tokens"])
    set_expanded("attention_rollout", True)
    row = page.page.locator(f"{SALIENCE} .method-row[id='attention_rollout']")
    row.locator(".controls-toggle").click()
    row.locator("lit-interpreter-controls lit-checkbox").first.click()
    row.locator("lit-interpreter-controls button", has_text="Apply").click()
    wait_for_chips(page, "attention_rollout", merged["tokens"]["tokens"])
    assert_weights(drawn_chips(page, "attention_rollout"), merged["tokens"], "merged rollout")
    page.screenshot("salience_attention_methods")


# ---- model view: importance and ablation ----------------------------------------------------

THUMBS = """m => [...m.shadowRoot.querySelectorAll('canvas.thumb')]
  .filter(c => Number(c.dataset.layer) <= 1)
  .map(c => ({layer: Number(c.dataset.layer), head: Number(c.dataset.head), width: c.width,
              pixels: Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data)}))"""
PREDICTION = """m => [...m.shadowRoot.querySelectorAll('table.prediction-change tbody tr')].map(tr => ({
  label: tr.dataset.class,
  before: tr.querySelector("[data-col='before']").innerText.trim(),
  after: tr.querySelector("[data-col='after']").innerText.trim(),
  delta: tr.querySelector("[data-col='delta']").innerText.trim()}))"""


def importance_color(value: float, extent: float) -> np.ndarray:
    t = min(1.0, abs(value) / extent) if extent > 0 else 0.0
    full = POSITIVE if value >= 0 else NEGATIVE
    return js_round(NEUTRAL + (full - NEUTRAL) * t)


def shown_prediction(page) -> dict[str, dict[str, float]]:
    return {row["label"]: {key: float(row[key].replace("−", "-")) for key in ("before", "after", "delta")}
            for row in page.module(MODEL_VIEW).evaluate(PREDICTION)}


def assert_prediction(shown: dict, answer: dict):
    assert list(shown) == answer["labels"]
    for label, before, after in zip(answer["labels"], answer["probas"], answer["probas_ablated"]):
        # Written with 3 decimals.
        assert abs(shown[label]["before"] - before) <= 5e-4 + 1e-9, (label, shown[label], before)
        assert abs(shown[label]["after"] - after) <= 5e-4 + 1e-9, (label, shown[label], after)
        assert abs(shown[label]["delta"] - (after - before)) <= 5e-4 + 1e-9, (label, shown[label])


def test_model_view_colours_heads_by_importance_and_switches_them_off(lit_page, lit_server,
                                                                       examples):
    url = lit_server.url
    page = lit_page.open()
    page.open_tab("Attention")
    select_rows(page, *ROWS)
    primary = examples[ROWS[-1]]
    page.wait_module(MODEL_VIEW, "m.dataset.state === 'ready'")
    page.page.locator(f"{MODEL_VIEW} select.size-select").select_option("48")

    # Importance, averaged over both selected examples, colours the thumbnails.
    page.page.locator(f"{MODEL_VIEW} select.color-by").select_option("importance")
    page.wait_module(MODEL_VIEW, "m.dataset.importance === 'ready' && Number(m.dataset.drawn) >= 24")
    thumbs = [t for t in page.module(MODEL_VIEW).evaluate(THUMBS) if any(t["pixels"][3::4])]
    importance = np.mean([result["importance"] for result in
                          interpret(url, [examples[row] for row in ROWS], "head_importance")], axis=0)
    extent = np.abs(importance).max()
    weights = decode_array(interpret(url, [primary], "attention")[0]["attention"])
    n = weights.shape[-1]
    assert len(thumbs) >= 12
    colours = set()
    for thumb in thumbs:
        size = thumb["width"]
        centres = ((np.arange(n) + 0.5) * size / n).astype(int)
        pixels = np.array(thumb["pixels"], dtype=np.int64).reshape(size, size, 4)[np.ix_(centres, centres)]
        colour = importance_color(importance[thumb["layer"], thumb["head"]], extent)
        colours.add(tuple(colour))
        t = np.sqrt(np.minimum(1, weights[thumb["layer"], thumb["head"]].astype(np.float64)))
        expected = js_round(255 + (colour - 255) * t[..., None])
        assert np.abs(pixels[..., :3] - expected).max() <= 1, (thumb["layer"], thumb["head"])
    assert len(colours) > 6, "the heads' importances should not all look alike"
    page.screenshot("model_view_importance")

    # Switch-off mode: the prediction for the primary example, then with its top heads off.
    page.page.locator(f"{MODEL_VIEW} select.click-action").select_option("switch-off")
    page.wait_module(MODEL_VIEW, "m.dataset.ablation === 'ready'")
    full = interpret(url, [primary], "ablated_prediction", {"heads": ""})[0]
    assert_prediction(shown_prediction(page), full)
    own = np.array(interpret(url, [primary], "head_importance")[0]["importance"])
    top = sorted(zip(*np.unravel_index(np.argsort(-own, axis=None)[:3], own.shape)))
    for layer, head in top:
        page.page.locator(f"{MODEL_VIEW} canvas.thumb[data-layer='{layer}'][data-head='{head}']").click()
    heads = ",".join(f"{layer}:{head}" for layer, head in top)
    page.wait_module(MODEL_VIEW, f"m.dataset.switchedOff === '{heads}' && m.dataset.ablation === 'ready'")
    answer = interpret(url, [primary], "ablated_prediction", {"heads": heads})[0]
    assert_prediction(shown_prediction(page), answer)
    before, after = np.argmax(answer["probas"]), np.argmax(answer["probas_ablated"])
    assert before != after, "this example's prediction flips without its top heads"
    verdict = page.page.locator(f"{MODEL_VIEW} .verdict.changed").inner_text()
    assert verdict == f"The prediction changes: {answer['labels'][before]} → {answer['labels'][after]}."
    page.screenshot("model_view_ablation")

    # Clicking a switched-off head switches it back on.
    layer, head = top[0]
    page.page.locator(f"{MODEL_VIEW} canvas.thumb[data-layer='{layer}'][data-head='{head}']").click()
    rest = ",".join(f"{layer}:{head}" for layer, head in top[1:])
    page.wait_module(MODEL_VIEW, f"m.dataset.switchedOff === '{rest}' && m.dataset.ablation === 'ready'")
    assert_prediction(shown_prediction(page),
                      interpret(url, [primary], "ablated_prediction", {"heads": rest})[0])

    # Opening a head in the head view is one choice away.
    page.page.locator(f"{MODEL_VIEW} select.click-action").select_option("open")
    page.page.locator(f"{MODEL_VIEW} canvas.thumb[data-layer='1'][data-head='4']").click()
    page.wait_module(HEAD_VIEW, "m.dataset.state === 'ready' && m.dataset.layer === '1' && "
                                "m.dataset.heads === '4'")
    assert page.module(MODEL_VIEW).evaluate("m => m.dataset.switchedOff") == rest


# ---- layer predictions ----------------------------------------------------------------------

def plot_area(svg: dict) -> tuple[float, float, float, float]:
    left, right, top, bottom = (float(v) for v in svg["area"].split(","))
    return left, right, top, bottom


CHARTS = """m => [...m.shadowRoot.querySelectorAll('figure.example')].map(f => ({
  id: f.dataset.id,
  area: f.querySelector('svg').dataset.area,
  points: [...f.querySelectorAll('circle.point')].map(c => ({
      label: c.dataset.class, layer: c.dataset.layer,
      cx: Number(c.getAttribute('cx')), cy: Number(c.getAttribute('cy'))})),
  lines: [...f.querySelectorAll('polyline.line')].map(p => p.getAttribute('points'))}))"""
BARS = """m => { const svg = m.shadowRoot.querySelector('svg.accuracy-chart');
  return {area: svg.dataset.area,
    majority: Number(svg.querySelector('line.majority').getAttribute('y1')),
    bars: [...svg.querySelectorAll('rect.bar')].map(r => ({
    layer: r.dataset.layer, x: Number(r.getAttribute('x')), width: Number(r.getAttribute('width')),
    y: Number(r.getAttribute('y')), height: Number(r.getAttribute('height'))}))}; }"""


def test_layer_chart_draws_each_layers_probabilities_and_the_datasets_accuracy(
        lit_page, lit_server, examples):
    url = lit_server.url
    page = lit_page.open()
    page.open_tab("Layers")
    select_rows(page, *ROWS)
    page.wait_module(LAYERS, "m.dataset.state === 'ready' && m.dataset.charts === '2'")
    charts = {chart["id"]: chart for chart in page.module(LAYERS).evaluate(CHARTS)}
    chosen = [examples[row] for row in ROWS]
    assert set(charts) == {example["id"] for example in chosen}
    for example, answer in zip(chosen, interpret(url, chosen, "layer_predictions")):
        chart = charts[example["id"]]
        left, right, top, bottom = plot_area(chart)
        layers, labels = answer["layers"], answer["labels"]
        assert layers[0] == "embeddings" and len(layers) == 7  # MiniLM: 6 layers
        assert len(chart["points"]) == len(layers) * len(labels)
        for point in chart["points"]:
            i, c = layers.index(point["layer"]), labels.index(point["label"])
            # Read the value back off the drawing: x is the layer's slot, y the probability.
            assert point["cx"] == pytest.approx(left + (i + 0.5) * (right - left) / len(layers))
            drawn = (bottom - point["cy"]) / (bottom - top)
            assert drawn == pytest.approx(answer["probas"][i][c], abs=1e-9), point
        # The lines join the same points, embeddings first.
        for c, line in enumerate(chart["lines"]):
            ys = [float(pair.split(",")[1]) for pair in line.split()]
            assert ys == pytest.approx([bottom - p[c] * (bottom - top) for p in answer["probas"]])
    page.screenshot("layer_predictions")

    # Accuracy by layer over the whole dataset, against the gold labels.
    page.page.locator(f"{LAYERS} button.score-dataset").click()
    page.wait_module(LAYERS, "m.dataset.accuracy === 'ready'", timeout=180_000)
    chart = page.module(LAYERS).evaluate(BARS)
    left, right, top, bottom = plot_area(chart)
    results = [result for start in range(0, len(examples), 32)
               for result in interpret(url, examples[start:start + 32], "layer_predictions")]
    gold = np.array([result["labels"].index(example["data"]["label"])
                     for example, result in zip(examples, results)])
    predicted = np.array([np.argmax(result["probas"], axis=1) for result in results])  # (n, layers)
    accuracy = (predicted == gold[:, None]).mean(axis=0)
    assert [bar["layer"] for bar in chart["bars"]] == results[0]["layers"]
    for bar, expected in zip(chart["bars"], accuracy):
        assert bar["height"] / (bottom - top) == pytest.approx(expected, abs=1e-9), bar
        assert bar["y"] + bar["height"] == pytest.approx(bottom)
    assert len(set(np.round(accuracy, 6))) > 1, "accuracy should differ between layers"
    majority = np.bincount(gold).max() / len(gold)  # the chance line
    assert (bottom - chart["majority"]) / (bottom - top) == pytest.approx(majority, abs=1e-9)
    page.screenshot("layer_predictions_accuracy")


# ---- faithfulness ---------------------------------------------------------------------------

TABLE = """m => [...m.shadowRoot.querySelectorAll('table.faithfulness tbody tr')].map(tr => [
  tr.dataset.method,
  ...['comprehensiveness', 'sufficiency', 'kendallTau'].map(
      key => tr.querySelector(`[data-col='${key}']`).innerText.trim())])"""
SCORES = ("comprehensiveness", "sufficiency", "kendall_tau")


def salience_methods(url: str) -> list[str]:
    info = post(url, "get_info")
    return [name for name in info["models"][MODEL]["interpreters"]
            if any(spec["__name__"] == "TokenSalience"
                   for spec in info["interpreters"][name]["metaSpec"].values())]


def mean_scores(results: list[dict]) -> dict[str, list[float | None]]:
    """method -> mean of each score over the examples where it is defined."""
    names = [method["name"] for method in results[0]["methods"]]
    means = {}
    for name in names:
        rows = [next(m for m in result["methods"] if m["name"] == name) for result in results]
        values = [[row[score] for row in rows if row[score] is not None] for score in SCORES]
        means[name] = [float(np.mean(v)) if v else None for v in values]
    return means


def test_faithfulness_table_rows_are_the_interpreters_averages_best_first(lit_page, lit_server,
                                                                          examples):
    page = lit_page.open()
    page.open_tab("Predictions")
    methods = salience_methods(lit_server.url)
    assert {"Grad L2 Norm", "LIME", *ATTENTION_SALIENCE} <= set(methods)
    # LIME, slower than all the rest together, is left out until ticked; untick Grad · Input too.
    lime = page.page.locator(f"{FAITHFULNESS} input.method[data-method='LIME']")
    assert not lime.is_checked()
    page.page.locator(f"{FAITHFULNESS} input.method[data-method='Grad ⋅ Input']").uncheck()
    kept = [name for name in methods if name not in ("LIME", "Grad ⋅ Input")]
    select_rows(page, *ROWS)
    page.wait_module(FAITHFULNESS, f"m.dataset.state === 'ready' && m.dataset.examples === "
                                   f"'{len(ROWS)}' && m.dataset.methods === {','.join(kept)!r}",
                     timeout=180_000)
    shown = page.module(FAITHFULNESS).evaluate(TABLE)
    results = interpret(lit_server.url, [examples[row] for row in ROWS], "faithfulness",
                        {"methods": ",".join(kept)})
    expected = mean_scores(results)
    assert set(expected) == {*kept, "random"}
    assert [row[0] for row in shown] == sorted(expected, key=lambda name: -expected[name][0])
    for name, *texts in shown:
        for text, value in zip(texts, expected[name]):
            if value is None:
                assert text == "–", (name, text)
            else:  # written with 3 decimals
                assert abs(float(text) - value) <= 5e-4 + 1e-9, (name, text, value)
    page.screenshot("faithfulness")

    # Ranked by sufficiency instead: lower is better.
    page.page.locator(f"{FAITHFULNESS} th[data-col='sufficiency']").click()
    page.wait_module(FAITHFULNESS, "m.dataset.sortKey === 'sufficiency'")
    ranked = [row[0] for row in page.module(FAITHFULNESS).evaluate(TABLE)]
    assert ranked == sorted(expected, key=lambda name: expected[name][1])

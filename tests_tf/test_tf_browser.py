"""LIT's TensorFlow SST-2 model in Chromium, in LIT's compare mode next to our PyTorch classifier
(configs/sst2_tf.yaml's pair, the same weights): our head view draws the TF model's attention from
its `layer_N/attention` outputs, in the same orientation as our own model's, and LIT's gradient
salience answers for it over HTTP."""

from __future__ import annotations

import numpy as np
import pytest
import requests
from lit_browser import LitPage, start_server
from test_drawn_values import ALPHA_LEVELS, CANVAS_RECORDER, head_colors, js_round, parse_color

TF, PT = "lit-sst2-tf", "sst2-minilm"
DATASET = "sample_reviews"
ROW = 2  # "i laughed from the opening scene to the closing credits ." (13 tokens)
CONFIG = f"""
models: [{{name: {PT}, kind: sst2_minilm, max_length: 128}},
         {{name: {TF}, kind: lit_sst2_tf, path: CHECKPOINT, max_length: 128}}]
datasets: [{{name: {DATASET}, kind: sample}}]
interpreters: [attention, Grad L2 Norm]
server: {{warm_start: 0.0}}
"""
HEAD = "head-view-module"
# The head view of one model (compare mode shows one per model).
OF_MODEL = "findDeepAll(document, '{tag}').find(m => m.model === '{model}')"


@pytest.fixture(scope="module")
def tf_server(tmp_path_factory, checkpoint):
    server = start_server(tmp_path_factory, "tf_server", CONFIG.replace("CHECKPOINT", str(checkpoint)))
    yield server
    server.stop()


def api(url: str, endpoint: str, body=None, **params):
    response = requests.post(f"{url}/{endpoint}", params=params, json=body, timeout=120)
    assert response.ok, response.text[:300]
    return response.json()


def wait_model_module(page: LitPage, tag: str, model: str, condition: str):
    page.page.wait_for_function(
        f"() => {{ const m = document.querySelector('lit-app') && {OF_MODEL.format(tag=tag, model=model)};"
        f" return !!m && ({condition}); }}", timeout=90_000, polling=100)


def test_head_view_draws_tf_attention_as_the_pytorch_models(browser, tf_server):
    context = browser.new_context(viewport={"width": 1600, "height": 1100})
    context.add_init_script(CANVAS_RECORDER)
    page = LitPage(context.new_page(), f"{tf_server.url}/?models={PT},{TF}").install_helpers()
    try:
        page.open()
        page.open_tab("Attention")
        page.select_row(ROW)
        ready = "m.dataset.state === 'ready' && m.dataset.layer === '0' && Number(m.dataset.lines) > 0"
        for model in (PT, TF):
            wait_model_module(page, HEAD, model, ready)
        held, drawn = {}, None
        for model in (PT, TF):
            module = page.page.evaluate_handle(f"() => {OF_MODEL.format(tag=HEAD, model=model)}")
            state = module.evaluate("m => ({source: m.dataset.source, heads: m.data.numHeads, "
                                    "tokens: m.data.tokens, weights: Array.from(m.data.layers.get(0))})")
            n = len(state["tokens"])
            held[model] = (state, np.array(state["weights"], np.float32).reshape(state["heads"], n, n))
            if model == TF:
                drawn = module.evaluate("m => m.shadowRoot.querySelector('canvas.lines').__strokes")
                rows = module.evaluate(f"m => Array.from({{length: {n}}}, (_, i) => "
                                       "[m.tokenPosition('left', i), m.tokenPosition('right', i)])")
        colors = head_colors(page, f"{HEAD}", ".head-chip")  # the same palette in both views
        page.screenshot("tf_compare_head_view")
    finally:
        context.close()

    (pt_state, pt_weights), (tf_state, tf_weights) = held[PT], held[TF]
    assert (pt_state["source"], tf_state["source"]) == ("interpreter", "predictions")
    assert pt_state["tokens"] == tf_state["tokens"] and pt_weights.shape == (12, 13, 13)
    # What the TF model's view holds: [heads][query][key] (rows sum to 1), equal to ours.
    np.testing.assert_allclose(tf_weights.sum(axis=2), 1.0, atol=1e-4)
    assert np.abs(tf_weights - pt_weights).max() <= 1e-3

    # What it stroked: lines from the query (left) to the key (right) at the weight's opacity.
    left_y = {round(left["y"], 3): i for i, (left, _) in enumerate(rows)}
    right_y = {round(right["y"], 3): i for i, (_, right) in enumerate(rows)}
    color_to_head = {rgb: head for head, rgb in colors.items()}
    got = {}
    for x1, y1, x2, y2, style in drawn:
        rgb, alpha = parse_color(style)
        assert x1 < x2, "lines start at the left (query) column"
        got[(color_to_head[rgb], left_y[round(y1, 3)], right_y[round(y2, 3)])] = alpha
    levels = np.clip(js_round(tf_weights * ALPHA_LEVELS), 1, ALPHA_LEVELS)
    assert set(got) == {tuple(int(i) for i in ijk) for ijk in zip(*np.nonzero(tf_weights >= 0.01))}
    for (h, q, k), alpha in got.items():
        level = round(alpha * ALPHA_LEVELS)  # the canvas reports alpha to 2 decimals
        assert level == levels[h, q, k]
        # and at the PyTorch model's weight, to the opacity's resolution
        assert abs(level / ALPHA_LEVELS - max(pt_weights[h, q, k], 1 / ALPHA_LEVELS)) \
            <= 0.5 / ALPHA_LEVELS + 1e-3
    # Every line the PyTorch model's view draws clearly above the threshold is drawn here too.
    assert {(h, q, k) for h, q, k in zip(*np.nonzero(pt_weights >= 0.011))} <= set(got)


def test_lit_gradient_salience_for_the_tf_model_over_http(tf_server):
    """LIT's Grad L2 Norm for the TF model equals ours for the PyTorch model (same weights, same
    target class), once both are normalised over the sentence's tokens: LIT's TF model leaves
    [CLS] and [SEP] out, ours keeps them; the norm of d p / d x and of d log p / d x differ by
    the factor p only, which normalising cancels."""
    example = api(tf_server.url, "get_dataset", dataset_name=DATASET)[ROW]
    results = {model: api(tf_server.url, "get_interpretations", {"inputs": [example]}, model=model,
                          dataset_name=DATASET, interpreter="Grad L2 Norm")[0]
               for model in (PT, TF)}
    [tf_map] = results[TF].values()
    [pt_map] = results[PT].values()
    assert pt_map["tokens"][1:-1] == tf_map["tokens"]
    tf_salience = np.array(tf_map["salience"])
    pt_salience = np.array(pt_map["salience"][1:-1])
    assert np.isfinite(tf_salience).all() and tf_salience.min() >= 0
    np.testing.assert_allclose(tf_salience / tf_salience.sum(), pt_salience / pt_salience.sum(),
                               atol=1e-3)

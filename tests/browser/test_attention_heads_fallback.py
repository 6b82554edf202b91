"""Head and model view also draw plain `AttentionHeads` outputs of predict() (what LIT's own
GLUE models and third-party wrappers return) when our `attention` interpreter is absent; the
neuron and NMF views, which need our interpreters, hide. The model here reads sentence pairs,
so the head view's A/B filter is tested too."""

from __future__ import annotations

import numpy as np
import pytest
import requests
from lit_browser import LitPage, start_server

CONFIG = """
models: [{name: pair-attention, kind: sst2_minilm, text_b: sentence2, max_length: 128,
          attention_outputs: true}]
datasets: [{name: pairs, kind: file, path: PAIRS}]
interpreters: []
server: {warm_start: 0.0}
"""
PAIRS = """sentence,sentence2,label
the plot is thin,but the heart is big,positive
a dull remake,nothing new at all,negative
i laughed from the opening scene to the closing credits .,what a ride,positive
"""


@pytest.fixture(scope="module")
def predict_only_server(tmp_path_factory):
    data = tmp_path_factory.mktemp("pairs") / "pairs.csv"
    data.write_text(PAIRS)
    server = start_server(tmp_path_factory, "predict_only", CONFIG.replace("PAIRS", str(data)))
    yield server
    server.stop()


def test_attention_from_predict_outputs(browser, predict_only_server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = LitPage(context.new_page(), predict_only_server.url).install_helpers().open()
    page.open_tab("Attention")
    page.select_row(2)
    page.wait_module("head-view-module",
                     "m.dataset.state === 'ready' && Number(m.dataset.lines) > 0")
    head = page.module("head-view-module").evaluate("m => ({...m.dataset})")
    assert head["source"] == "predictions"
    # [CLS] i laughed ... credits . [SEP] what a ride [SEP]
    assert head["tokens"] == "17" and head["heads"] == ",".join(map(str, range(12)))
    # No server mask here: the view's own narrow pattern hides the markup tokens only.
    page.page.get_by_label("Hide special tokens").check()
    page.wait_module("head-view-module", "m.drawnLabels().length === 14")
    assert "[CLS]" not in page.module("head-view-module").evaluate("m => m.drawnLabels()")
    page.wait_module("model-view-module",
                     "m.dataset.state === 'ready' && Number(m.dataset.drawn) >= 12")
    rows = page.page.locator("model-view-module .row-label").all_inner_texts()
    assert rows == [f"L{i}" for i in range(6)]  # numeric order, from `layer_N/attention`
    page.page.locator("model-view-module canvas.thumb[data-layer='5'][data-head='2']").click()
    page.wait_module("head-view-module", "m.dataset.layer === '5' && m.dataset.heads === '2'")
    # What the view draws is [heads][query][key] with 0-based layers: LIT's convention, which the
    # wrapper's fields follow (`layer_6/attention` = layer 5, [heads][key][query]), undone.
    held = np.array(page.module("head-view-module").evaluate(
        "m => Array.from(m.data.layers.get(5))"), dtype=np.float32).reshape(12, 17, 17)
    example = requests.post(f"{predict_only_server.url}/get_dataset",
                            params={"dataset_name": "pairs"}, timeout=60).json()[2]
    [pred] = requests.post(f"{predict_only_server.url}/get_preds",
                           params={"model": "pair-attention", "dataset_name": "pairs",
                                   "requested_fields": "layer_6/attention"},
                           json={"inputs": [example]}, timeout=60).json()
    lit = np.array(pred["layer_6/attention"], dtype=np.float32)
    np.testing.assert_allclose(held, lit.transpose(0, 2, 1), atol=1e-6)
    np.testing.assert_allclose(held.sum(axis=2), 1.0, atol=1e-4)  # each query's row
    assert page.page.locator("neuron-view-module").count() == 0
    assert page.page.locator("nmf-module").count() == 0
    page.screenshot("attention_heads_fallback")
    context.close()


def test_sentence_pair_filter(browser, predict_only_server):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = LitPage(context.new_page(), predict_only_server.url).install_helpers().open()
    page.open_tab("Attention")
    page.select_row(0)
    page.wait_module("head-view-module", "m.dataset.state === 'ready' && Number(m.dataset.lines) > 0")
    head = page.module("head-view-module")
    all_lines = int(head.evaluate("m => m.dataset.lines"))
    counts = {}
    for pair in ("AA", "AB", "BA", "BB"):
        page.page.locator("head-view-module select.pair-filter").select_option(pair)
        page.wait_module("head-view-module", f"m.dataset.filter === '{pair}'")
        counts[pair] = int(head.evaluate("m => m.dataset.lines"))
    assert all(0 < count < all_lines for count in counts.values())
    # Every line belongs to exactly one of the four sentence pairs.
    assert sum(counts.values()) == all_lines
    page.screenshot("head_view_pair_filter")
    context.close()

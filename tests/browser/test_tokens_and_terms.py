"""What the views show for tokens and for attention scores beyond q·k, per tokenizer and model.

One server holds the offline SST-2 model and tiny random classifiers of RoBERTa, ModernBERT,
DeBERTa-v2 and MPNet (`tests/tiny_checkpoints.py`); each test picks its model through LIT's URL.

- Display text: a byte-level BPE model's tokens (`Ġgo`) are shown without their marker in the
  head view, the neuron view and the NMF sentence; the raw token is in the tooltip.
- One definition of "special token": the emoji of "a great 😊 movie" is [UNK] for MiniLM's
  WordPiece; it is text, so "Hide special tokens" keeps it, and the neuron view's first query
  token is the first one the server does not mark special.
- The neuron view's score decomposition: for DeBERTa (c2p and p2c, scale 1/√(3d)), MPNet
  (relative position bias) and ModernBERT (rotary q/k, a local layer that masks distant keys),
  the numbers drawn in the term, sum and softmax columns equal values computed in the test:
  the softmax column (and the softmax of the drawn sums) equals the attention of the same
  checkpoint run alone with plain transformers (eager, output_attentions=True).
"""

from __future__ import annotations

import contextlib
import math
import re
import sys
from pathlib import Path

import numpy as np
import pytest
import requests
import torch
import transformers
from lit_browser import VIEWPORT, LitPage, start_server

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tiny_checkpoints import save_checkpoint  # noqa: E402

from lit_ext.interpreters.array_codec import decode_array  # noqa: E402

HEAD = "head-view-module"
NEURON = "neuron-view-module"
NMF = "nmf-module"
# The same sentences for each label set (LIT pairs a model only with datasets of its labels).
DATASETS = {"sst2": ["negative", "positive"], "tiny": ["a", "b", "c"]}
EMOJI_INSIDE = "a great 😊 movie"
EMOJI_FIRST = "😊 what a great movie"
LONG = "a gorgeous , witty , seductive movie that never lets up"
SENTENCES = [EMOJI_INSIDE, EMOJI_FIRST, LONG]
TINY = {"roberta-tiny": "roberta", "modernbert-tiny": "modernbert",
        "deberta-tiny": "deberta-v2", "mpnet-tiny": "mpnet"}
BPE_MARKER = "Ġ"
VISIBLE_SPACE = "\u2423"

# Per row of the neuron table: {column: [text drawn, title]} for every numeric cell.
TABLE_CELLS = """m => [...m.shadowRoot.querySelectorAll('table.neurons tbody tr')].map(tr =>
    Object.fromEntries([...tr.querySelectorAll('td[data-col]')].map(
        td => [td.dataset.col, [td.innerText.trim(), td.title]])))"""
HEADERS = "m => [...m.shadowRoot.querySelectorAll('table.neurons thead th')]" \
          ".map(th => [th.innerText.trim(), th.title])"


@pytest.fixture(scope="module")
def checkpoints(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("architectures")
    # Weights 15x the usual init: at 0.02, DeBERTa's c2p/p2c and MPNet's bias are ~1e-4, so a
    # view that dropped them would still match the attention and the test could not tell.
    return {name: save_checkpoint(arch, root / name, initializer_range=0.3)
            for name, arch in TINY.items()}


@pytest.fixture(scope="module")
def server(tmp_path_factory, checkpoints):
    data = tmp_path_factory.mktemp("sentences") / "sentences.tsv"
    data.write_text("sentence\tlabel\n" + "".join(f"{s}\t0\n" for s in SENTENCES),
                    encoding="utf-8")
    models = ["{name: sst2-minilm, kind: sst2_minilm}"] + [
        f"{{name: {name}, kind: classifier, path: {path}}}" for name, path in checkpoints.items()]
    datasets = [f"{{name: {name}, kind: file, path: {data}, labels: [{', '.join(labels)}]}}"
                for name, labels in DATASETS.items()]
    config = (f"models: [{', '.join(models)}]\ndatasets: [{', '.join(datasets)}]\n"
              "server: {warm_start: 0.0}\n")
    server = start_server(tmp_path_factory, "tokens_and_terms", config)
    yield server
    server.stop()


@pytest.fixture
def open_model(browser, server):
    """Opens the LIT app with one model selected, as a user following a link would."""
    contexts = []

    def open_page(model: str) -> LitPage:
        context = browser.new_context(viewport=VIEWPORT)
        contexts.append(context)
        url = f"{server.url}/?models={model}&dataset={dataset_of(model)}"
        return LitPage(context.new_page(), url).install_helpers().open()

    yield open_page
    for context in contexts:
        context.close()


def dataset_of(model: str) -> str:
    return "sst2" if model == "sst2-minilm" else "tiny"


def interpretation(server, model: str, interpreter: str, sentence: str, **config) -> dict:
    example_id = f"test-{abs(hash(sentence))}"
    response = requests.post(
        f"{server.url}/get_interpretations",
        params={"model": model, "dataset_name": dataset_of(model), "interpreter": interpreter},
        json={"inputs": [{"id": example_id, "data": {"sentence": sentence, "_id": example_id},
                          "meta": {}}],
              "config": config}, timeout=120)
    assert response.ok, response.text[:500]
    return response.json()[0]


def hf_run(path, sentence: str) -> tuple[list[str], tuple]:
    """Tokens and per-layer attention (1, heads, n, n) of `sentence` alone, plain transformers."""
    tokenizer = transformers.AutoTokenizer.from_pretrained(path)
    model = transformers.AutoModelForSequenceClassification.from_pretrained(
        path, attn_implementation="eager").eval()
    encoding = tokenizer(sentence, return_tensors="pt")
    with torch.no_grad():
        output = model(**encoding, output_attentions=True)
    return tokenizer.convert_ids_to_tokens(encoding["input_ids"][0]), output.attentions


@contextlib.contextmanager
def maximized(page: LitPage, tag: str):
    """Module `tag` in LIT's full-screen mode (for readable screenshots), then back to the tabs."""
    group = page.page.locator("lit-widget-group", has=page.page.locator(tag))
    group.locator("mwc-icon", has_text=re.compile(r"^\s*fullscreen\s*$")).first.click()
    page.page.wait_for_timeout(300)  # the module re-lays out to the new width
    yield
    group.locator("mwc-icon", has_text="fullscreen_exit").first.click()


def shown_text(page: LitPage, tag: str) -> str:
    """Everything module `tag` renders as text (its shadow DOM), tooltips excluded."""
    return page.module(tag).evaluate("m => m.shadowRoot.querySelector('.module-container')"
                                     ".innerText")


# ---- display text ---------------------------------------------------------------------------

def test_byte_level_bpe_tokens_show_without_markers(open_model, checkpoints):
    raw, _ = hf_run(checkpoints["roberta-tiny"], LONG)
    assert sum(BPE_MARKER in t for t in raw) >= 5  # the test needs marked tokens to mean anything
    # Markers dropped; a token that is only a marker shows as a visible space.
    expected = [t if t in ("<s>", "</s>") else (t.replace(BPE_MARKER, "") or VISIBLE_SPACE)
                for t in raw]
    marked = next(i for i, t in enumerate(raw) if t.startswith(BPE_MARKER) and len(t) > 1)

    page = open_model("roberta-tiny")
    page.open_tab("Attention")
    page.select_row(2)
    page.wait_module(HEAD, "m.dataset.state === 'ready' && Number(m.dataset.lines) > 0")
    assert page.module(HEAD).evaluate("m => m.data.tokens") == raw
    assert page.module(HEAD).evaluate("m => m.drawnLabels()") == expected
    with maximized(page, HEAD):
        position = page.module(HEAD).evaluate(f"m => m.tokenPosition('left', {marked})")
        page.page.locator(f"{HEAD} canvas.labels").hover(position=position)
        tooltip = page.page.locator(f"{HEAD} .tooltip")
        tooltip.wait_for(state="visible")
        first_line = tooltip.inner_text().splitlines()[0]
        assert first_line == f"{expected[marked]} (#{marked}, token {raw[marked]})"
        page.screenshot("head_view_roberta")

    page.open_tab("Neurons")
    page.wait_module(NEURON, "m.dataset.state === 'ready'")
    assert BPE_MARKER not in shown_text(page, NEURON)
    chips = page.page.locator(f"{NEURON} .chip")
    assert chips.all_inner_texts() == expected
    assert raw[marked] in chips.nth(marked).get_attribute("title")
    keys = page.page.locator(f"{NEURON} tbody td.token-col")
    assert keys.all_inner_texts() == expected
    assert raw[marked] in keys.nth(marked).get_attribute("title")
    options = page.page.locator(f"{NEURON} select.query-select option").all_inner_texts()
    assert [o.split(": ", 1)[1] for o in options] == expected

    page.open_tab("NMF")
    page.wait_module(NMF, "m.dataset.state === 'ready'")
    assert BPE_MARKER not in shown_text(page, NMF)
    words = page.page.locator(f"{NMF} .sentence .token")
    assert words.all_inner_texts() == expected
    assert raw[marked] in words.nth(marked).get_attribute("title")
    heatmap = page.page.locator(f"{NMF} .heatmap .col-label")
    assert heatmap.all_inner_texts() == expected
    assert page.errors == []


# ---- special tokens -------------------------------------------------------------------------

def test_unknown_token_is_text_not_special(open_model, server):
    page = open_model("sst2-minilm")
    page.open_tab("Attention")
    page.select_row(0)  # "a great 😊 movie"
    page.wait_module(HEAD, "m.dataset.state === 'ready' && Number(m.dataset.lines) > 0")
    head = page.module(HEAD)
    assert head.evaluate("m => m.data.tokens") == ["[CLS]", "a", "great", "[UNK]", "movie", "[SEP]"]
    toggle = page.page.get_by_label("Hide special tokens")
    assert toggle.count() == 1
    toggle.check()
    page.wait_module(HEAD, "m.dataset.lines && m.drawnLabels().length === 4")
    assert head.evaluate("m => m.drawnLabels()") == ["a", "great", "[UNK]", "movie"]
    page.screenshot("head_view_hide_special_keeps_unk")

    # The neuron view starts at the first token the server does not mark special.
    special = interpretation(server, "sst2-minilm", "neuron_view", EMOJI_FIRST)["special_tokens"]
    assert special == [True] + [False] * 5 + [True]
    page.open_tab("Neurons")
    page.select_row(1)  # "😊 what a great movie": [CLS] [UNK] what a great movie [SEP]
    page.wait_module(NEURON, "m.dataset.state === 'ready' && m.dataset.rows === '7'")
    view = page.module(NEURON).evaluate("m => ({...m.dataset})")
    assert (view["query"], view["queryToken"]) == ("1", "[UNK]")

    page.open_tab("NMF")
    page.wait_module(NMF, "m.dataset.state === 'ready' && m.dataset.tokens === '7'")
    assert page.page.get_by_label("Leave out special tokens").is_checked()
    excluded = page.page.locator(f"{NMF} .sentence .token.excluded").all_inner_texts()
    assert excluded == ["[CLS]", "[SEP]"]
    assert page.errors == []


# ---- the neuron view's score decomposition ---------------------------------------------------

# model, layer, head, formula and column headers of the scores the view should show.
DECOMPOSITIONS = [
    ("deberta-tiny", 1, 1, "q·k/√(3d) + c2p + p2c",
     ["q·k/√(3d)", "content→position", "position→content", "sum", "softmax"]),
    ("mpnet-tiny", 1, 2, "q·k/√d + position_bias", ["q·k/√d", "position bias", "sum", "softmax"]),
    # Layer 1 of the tiny ModernBERT is local (window 8): a query near the start may not
    # attend to the end of this sentence.
    ("modernbert-tiny", 1, 3, "q·k/√d", ["q·k/√d", "softmax"]),
]


def softmax(scores: np.ndarray, allowed: np.ndarray) -> np.ndarray:
    exps = np.where(allowed, np.exp(scores - scores[allowed].max()), 0.0)
    return exps / exps.sum()


@pytest.mark.parametrize("model, layer, head, formula, columns", DECOMPOSITIONS,
                         ids=[d[0] for d in DECOMPOSITIONS])
def test_neuron_view_draws_the_models_score_decomposition(open_model, server, checkpoints,
                                                          model, layer, head, formula, columns):
    raw, attentions = hf_run(checkpoints[model], LONG)
    n = len(raw)
    page = open_model(model)
    page.open_tab("Neurons")
    page.select_row(2)
    page.wait_module(NEURON, "m.dataset.state === 'ready'")
    page.page.locator(f"{NEURON} select.layer-select").select_option(str(layer))
    page.wait_module(NEURON, f"m.dataset.state === 'ready' && m.dataset.layer === '{layer}'")
    page.page.locator(f"{NEURON} select.head-select").select_option(str(head))
    page.wait_module(NEURON, f"m.dataset.state === 'ready' && m.dataset.head === '{head}'")
    view = page.module(NEURON).evaluate("m => ({...m.dataset})")
    query = int(view["query"])
    assert query == 1 and int(view["rows"]) == n

    # Headers: the model's own scale, one column per term (described in its title), a sum.
    headers = page.module(NEURON).evaluate(HEADERS)
    assert [text for text, _ in headers[3:]] == columns
    payload = interpretation(server, model, "neuron_view", LONG, layer=layer, head=head)
    for term in payload["terms"]:
        title = next(title for text, title in headers if text == term["label"])
        assert term["description"] in title
        assert term["description"] in shown_text(page, NEURON)

    # Softmax column: the model's attention from plain transformers, masked keys marked.
    expected = attentions[layer][0, head, query].double().numpy()
    cells = page.module(NEURON).evaluate(TABLE_CELLS)
    assert len(cells) == n
    allowed = np.array([cell["softmax"][0] != "masked" for cell in cells])
    for j, cell in enumerate(cells):
        if allowed[j]:
            drawn = float(cell["softmax"][0])
            precise = float(re.match(r"softmax (\S+);", cell["softmax"][1]).group(1))
            assert abs(drawn - expected[j]) < 1e-3 and abs(precise - expected[j]) < 1e-4, j
        else:
            assert expected[j] == 0, f"key {j} is drawn as masked but the model attends to it"
    if model == "modernbert-tiny":
        assert 0 < (~allowed).sum() < n - 1 and view["masked"] == str((~allowed).sum())
    else:
        assert allowed.all()

    # Scaled score and terms as the payload has them; the sum is their sum, and its softmax
    # (from the drawn values) is again the model's attention.
    q, k = decode_array(payload["query"]), decode_array(payload["key"])
    scaled = payload["scale"] * (k.astype(np.float64) @ q[query].astype(np.float64))
    terms = {t["name"]: decode_array(t["values"])[query].astype(np.float64)
             for t in payload["terms"]}
    total = scaled + sum(terms.values(), np.zeros(n))
    for j, cell in enumerate(cells):
        assert abs(float(cell["scaled"][0]) - scaled[j]) < 5.1e-4, j
        for name, values in terms.items():
            assert abs(float(cell[f"term:{name}"][0]) - values[j]) < 5.1e-4, (name, j)
        if terms:
            assert abs(float(cell["sum"][0]) - total[j]) < 5.1e-4, j
    drawn_scores = np.array([float(c["sum" if terms else "scaled"][1]) for c in cells])
    assert np.abs(softmax(drawn_scores, allowed) - expected).max() < 1e-3

    # The check line states the formula and that it reproduces the attention.
    check = page.page.locator(f"{NEURON} .check")
    assert check.get_attribute("class") == "check ok"
    text = check.inner_text()
    assert text.startswith(f"softmax({formula})") and "equals the model's attention" in text
    notes = shown_text(page, NEURON)
    if model == "modernbert-tiny":
        assert f"over the {allowed.sum()} allowed keys" in text
        assert "q and k are shown after the rotary position transform" in notes
        assert BPE_MARKER not in notes
    else:
        assert "position transform" not in notes
    assert view["check"] == "ok" and math.isfinite(float(view["maxDiff"]))
    with maximized(page, NEURON):
        page.screenshot(f"neuron_view_{model.removesuffix('-tiny')}")
    assert page.errors == []

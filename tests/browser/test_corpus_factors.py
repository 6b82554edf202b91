"""Corpus factors in the browser: each factor's top tokens and top examples, drawn with bars, as a
brute force over the served dataset says (computed here from the saved fit with
`CorpusNMFModel` and `CorpusFactors.transform`, not from the module's answer), and a click
selecting the right LIT example.

The server fits 8 factors of the real classifier over the 48 sample reviews at start-up (all
token rows, a few seconds) into a temporary file; the test loads that file. A second server
serves a precomputed store of 120 SST-2 dev sentences with 4 factors, 20 of them in the data
table: its top examples are the store's (a brute force over the Parquet files), and one outside
the sample is added to LIT when clicked.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import numpy as np
import pyarrow.parquet as pq
import pytest
import requests
from lit_browser import VIEWPORT, LitPage, start_server
from lit_nlp.api.dataset import input_hash

from lit_ext.config import CorpusNMFConfig, ModelConfig
from lit_ext.corpus.factors import column_name
from lit_ext.corpus.lit_model import CorpusNMFModel
from lit_ext.corpus.storage import load_factors
from lit_ext.datasets.sst2 import SST2Data
from lit_ext.store.manifest import SHARD_DIR
from lit_ext.store.precompute import precompute

K = 8
MODULE = "corpus-factors-module"
DATASET = "sample_reviews"


@pytest.fixture(scope="module")
def fit_path(tmp_path_factory):
    return tmp_path_factory.mktemp("corpus_fit") / "factors.safetensors"


@pytest.fixture(scope="module")
def server(fit_path, tmp_path_factory):
    config = ("models:\n"
              "  - {name: sst2-minilm, kind: sst2_minilm, max_length: 128,\n"
              f"     corpus_nmf: {{path: '{fit_path}', fit_if_missing: true, n_components: {K},\n"
              "                  sample_fraction: 1.0}}\n"
              f"datasets: [{{name: {DATASET}, kind: sample}}]\n"
              "server: {warm_start: 1.0}\n")
    server = start_server(tmp_path_factory, "corpus_factors", config)
    yield server
    server.stop()


@pytest.fixture
def page(browser, server, request):
    context = browser.new_context(viewport=VIEWPORT)
    lit_page = LitPage(context.new_page(), server.url).install_helpers()
    yield lit_page
    lit_page.screenshot(f"{request.node.name}-final")
    context.close()


@pytest.fixture(scope="module")
def brute(server, fit_path, sst2_model):
    """The served dataset's ids and texts, each example's max per factor (the data-table
    columns of `CorpusNMFModel`), per-token totals and counts, and the per-token activations."""
    served = requests.post(f"{server.url}/get_dataset", params={"dataset_name": DATASET},
                           timeout=60).json()
    inputs = [{"sentence": ex["data"]["sentence"], "label": ex["data"]["label"]} for ex in served]
    factors = load_factors(fit_path)
    assert factors.n_components == K
    outputs = CorpusNMFModel(sst2_model, factors).predict(inputs)
    maxima = np.array([[output[column_name(j, "max")] for j in range(K)] for output in outputs])
    totals: dict[str, np.ndarray] = {}
    counts: dict[str, int] = {}
    display: dict[str, str] = {}
    examples = factors.transform(sst2_model, inputs)
    for example in examples:
        for t in np.flatnonzero(example.mask):
            token = example.tokens[t]
            totals[token] = totals.get(token, np.zeros(K)) + example.activations[t]
            counts[token] = counts.get(token, 0) + 1
            display.setdefault(token, example.display_tokens[t])
    return {"ids": [ex["id"] for ex in served], "texts": [i["sentence"] for i in inputs],
            "maxima": maxima, "totals": totals, "counts": counts, "display": display,
            "activations": [example.activations for example in examples]}


def drawn_card(page: LitPage, factor: int) -> dict:
    """What factor `factor`'s card shows: rows of text and each bar's drawn length over its
    track's."""
    return page.module(MODULE).evaluate("""(m, f) => {
      const card = m.shadowRoot.querySelector(`.card[data-factor='${f}']`);
      const bar = row => {
        const track = row.querySelector('.track').getBoundingClientRect().width;
        return row.querySelector('.bar').getBoundingClientRect().width / track;
      };
      return {
        tokens: [...card.querySelectorAll('.top-tokens tbody tr')].map(row => ({
          token: row.dataset.token, display: row.querySelector('.display').textContent,
          total: parseFloat(row.querySelector('.total').textContent),
          count: parseInt(row.querySelector('.count').textContent), bar: bar(row)})),
        examples: [...card.querySelectorAll('.top-examples tbody tr')].map(row => ({
          id: row.dataset.id, text: row.querySelector('.text').textContent,
          max: parseFloat(row.querySelector('.max').textContent), bar: bar(row)})),
      };
    }""", factor)


def close(drawn: float, expected: float) -> bool:
    """Equal up to the 4 significant digits drawn."""
    return abs(drawn - expected) <= 1e-3 * abs(expected) + 1e-6


def check_card(card: dict, brute: dict, j: int, top: int):
    maxima = brute["maxima"][:, j]
    order = sorted(range(len(maxima)), key=lambda i: (-maxima[i], i))[:top]
    assert len(card["examples"]) == top
    for row, i in zip(card["examples"], order):
        # Position by position the drawn max is the brute force's; the example drawn there
        # has that max (near-ties may swap places through float noise, never values).
        assert close(row["max"], maxima[i]), (j, row, maxima[i])
        index = brute["ids"].index(row["id"])
        assert close(row["max"], maxima[index]), (j, row)
        assert row["text"] == brute["texts"][index]
        assert row["bar"] == pytest.approx(maxima[index] / maxima[order[0]], abs=3e-3), (j, row)

    totals = brute["totals"]
    ranked = sorted(totals, key=lambda token: (-totals[token][j], token))[:top]
    assert len(card["tokens"]) == top
    for row, token in zip(card["tokens"], ranked):
        assert close(row["total"], totals[token][j]), (j, row, token)
        assert close(row["total"], totals[row["token"]][j]), (j, row)
        assert row["count"] == brute["counts"][row["token"]]
        assert row["display"] == brute["display"][row["token"]]
        assert row["bar"] == pytest.approx(totals[row["token"]][j] / totals[ranked[0]][j],
                                           abs=3e-3), (j, row)


def test_factors_draw_the_brute_force_top_tokens_and_examples_and_select_them(page, brute):
    page.open()
    page.open_tab("Corpus factors")
    page.wait_module(MODULE, "m.dataset.state === 'ready'")
    view = page.module(MODULE).evaluate("m => ({...m.dataset})")
    assert view["k"] == str(K) and view["top"] == "10" and view["example"] == ""
    header = page.module(MODULE).evaluate("m => m.shadowRoot.querySelector('.fit').innerText")
    assert header.startswith(f"{K} factors of sst2-minilm (sst2_minilm)'s FFN units, layers 0–5")
    assert "fitted on sample_reviews (48 examples)" in header
    assert page.page.locator(f"{MODULE} .card").count() == K
    for j in range(K):
        check_card(drawn_card(page, j), brute, j, 10)

    # A click on factor 2's third top example selects that example in LIT.
    j = 2
    card = drawn_card(page, j)
    row = page.page.locator(f"{MODULE} .card[data-factor='{j}'] .top-examples tbody tr").nth(2)
    row.click()
    clicked = card["examples"][2]["id"]
    page.wait_module(MODULE, f"m.dataset.state === 'ready' && m.dataset.example === '{clicked}'")
    assert page.module(MODULE).evaluate("m => m.selectionService.primarySelectedId") == clicked
    assert page.module(MODULE).evaluate(
        "m => m.selectionService.primarySelectedInputData.data.sentence") == \
        brute["texts"][brute["ids"].index(clicked)]

    # Its tokens are tinted by the picked factor: the values are the example's activations.
    page.page.locator(f"{MODULE} .factor-chip[data-factor='{j}']").click()
    page.wait_module(MODULE, f"m.dataset.factor === '{j}'")
    drawn = page.module(MODULE).evaluate("""m => [...m.shadowRoot.querySelectorAll(
        '.example .token:not(.excluded)')].map(t => [+t.dataset.index, +t.dataset.value,
                                                     +t.dataset.strength])""")
    activations = brute["activations"][brute["ids"].index(clicked)][:, j]
    scale = brute["maxima"][:, j].max()
    assert drawn, "no tinted tokens"
    for t, value, strength in drawn:
        assert value == pytest.approx(activations[t], rel=1e-3, abs=1e-5), t
        assert strength == pytest.approx(min(1, activations[t] / scale), abs=1e-3), t
    assert max(value for _, value, _ in drawn) == pytest.approx(brute["maxima"][
        brute["ids"].index(clicked), j], rel=1e-3)

    # "Select top examples" of factor 5 selects exactly its top examples, the strongest primary.
    j = 5
    card = drawn_card(page, j)
    page.page.locator(f"{MODULE} button.select-top[data-factor='{j}']").click()
    page.wait_module(MODULE, f"m.dataset.state === 'ready' && m.dataset.example === "
                             f"'{card['examples'][0]['id']}'")
    selected = page.module(MODULE).evaluate("m => m.selectionService.selectedIds")
    assert sorted(selected) == sorted(row["id"] for row in card["examples"])
    maxima = brute["maxima"][:, j]
    assert sorted(maxima[brute["ids"].index(i)] for i in selected) == pytest.approx(
        sorted(np.sort(maxima)[::-1][:10]), rel=1e-4)
    page.page.get_by_text(f"10 of {len(brute['ids'])} selected").wait_for()
    page.page.set_viewport_size({"width": VIEWPORT["width"], "height": 1300})
    page.module(MODULE).evaluate("m => { m.shadowRoot.querySelector('.body').scrollTop = 0; }")
    page.screenshot("corpus_factors")  # docs/screenshots/corpus_factors.png
    assert not page.errors, page.errors


def download(page: LitPage, fmt: str, tmp_path):
    with page.page.expect_download() as info:
        page.page.locator(f"{MODULE} .export-bar button[data-format='{fmt}']").click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    return path


def test_exports_hold_the_top_lists_drawn(page, brute, tmp_path):
    page.open()
    page.open_tab("Corpus factors")
    page.select_row(6)
    page.wait_module(MODULE, "m.dataset.state === 'ready' && m.dataset.example !== ''")
    selected = page.module(MODULE).evaluate("m => m.dataset.example")
    document = json.loads(download(page, "json", tmp_path).read_text())
    assert document["format"] == "lit-ext" and document["view"] == "corpus_factors"
    data = document["data"]
    assert data["model"] == "sst2-minilm" and data["n_components"] == K
    assert data["fit"]["layers"] == list(range(6))
    for j in range(K):
        drawn = drawn_card(page, j)
        assert [e["id"] for e in data["factors"][j]["top_examples"]] == \
            [row["id"] for row in drawn["examples"]]
        assert [t["token"] for t in data["factors"][j]["top_tokens"]] == \
            [row["token"] for row in drawn["tokens"]]
    example = data["example"]
    assert example["id"] == selected
    activations = brute["activations"][brute["ids"].index(selected)]
    np.testing.assert_allclose(np.array(example["activations"]).T, activations, rtol=1e-4,
                               atol=1e-5)

    svg = ET.parse(download(page, "svg", tmp_path)).getroot()
    bars = [e for e in svg.iter("{http://www.w3.org/2000/svg}rect") if e.get("class") == "bar"]
    assert len(bars) == K * 20
    # Factor 0's top token bar is full length, its others in proportion to their totals.
    widths = [float(bar.get("width")) for bar in bars[:10]]
    totals = [t["total"] for t in data["factors"][0]["top_tokens"]]
    np.testing.assert_allclose(np.array(widths) / widths[0], np.array(totals) / totals[0],
                               atol=1e-3)


def test_five_per_factor_when_asked(page, brute):
    page.open()
    page.open_tab("Corpus factors")
    page.wait_module(MODULE, "m.dataset.state === 'ready'")
    page.page.locator(f"{MODULE} select.top-select").select_option("5")
    page.wait_module(MODULE, "m.dataset.state === 'ready' && m.dataset.top === '5'")
    for j in (0, K - 1):
        check_card(drawn_card(page, j), brute, j, 5)


def test_without_corpus_factors_there_is_no_tab(lit_page):
    """The session's server: a model without `corpus_nmf`, so no tab and no module."""
    lit_page.open()
    assert lit_page.page.locator(".tab", has_text="Corpus factors").count() == 0
    assert lit_page.page.locator(MODULE).count() == 0


STORE_ROWS, STORE_SAMPLE, STORE_K = 120, 20, 4


@pytest.fixture(scope="module")
def factor_store(sst2_dir, tmp_path_factory):
    data = SST2Data(sst2_dir, "validation", STORE_ROWS)
    directory = tmp_path_factory.mktemp("factor_store")
    fit = directory / "factors.safetensors"
    model = ModelConfig(name="sst2-minilm", kind="sst2_minilm", max_length=128,
                        corpus_nmf=CorpusNMFConfig(path=str(fit), fit_if_missing=True,
                                                   layers=[2, 3], n_components=STORE_K,
                                                   sample_fraction=0.5))
    precompute(model, data.examples, directory / "store", example_fields=list(data.spec()),
               description=data.description(), shard_size=40, progress=False)
    return directory / "store", fit


@pytest.fixture
def store_page(browser, factor_store, tmp_path_factory, request):
    out, fit = factor_store
    config = ("models:\n"
              "  - {name: sst2-minilm, kind: sst2_minilm, max_length: 128,\n"
              f"     corpus_nmf: {{path: '{fit}'}}}}\n"
              f"datasets: [{{name: store, kind: store, path: '{out}', "
              f"max_examples: {STORE_SAMPLE}}}]\n"
              "server: {warm_start: 1.0}\n")
    server = start_server(tmp_path_factory, "corpus_factors_store", config)
    context = browser.new_context(viewport=VIEWPORT)
    lit_page = LitPage(context.new_page(), server.url).install_helpers()
    yield lit_page
    lit_page.screenshot(f"{request.node.name}-final")
    context.close()
    server.stop()


def test_a_stores_top_examples_are_its_own_and_one_outside_the_sample_is_added(store_page,
                                                                             factor_store):
    out, _ = factor_store
    table = pq.read_table(sorted((out / SHARD_DIR).glob("*.parquet"))).sort_by("row")
    rows = {name: table[name].to_pylist() for name in
            ["sentence", "label", *[column_name(j, "max") for j in range(STORE_K)]]}
    page = store_page
    page.open()
    page.open_tab("Corpus factors")
    page.wait_module(MODULE, "m.dataset.state === 'ready'")
    header = page.module(MODULE).evaluate("m => m.shadowRoot.querySelector('.fit').innerText")
    assert header.endswith(f"; top examples over the store of {STORE_ROWS} rows, top tokens "
                           f"over the sample of {STORE_SAMPLE} rows"), header
    drawn = page.module(MODULE).evaluate("""m => [...m.shadowRoot.querySelectorAll('.card')].map(
        card => [...card.querySelectorAll('.top-examples tbody tr')].map(row => ({
          row: +row.dataset.row, id: row.dataset.id, outside: !!row.querySelector('.outside'),
          text: row.querySelector('.text').textContent.replace(/^◦ /, '')})))""")
    held = set(page.module(MODULE).evaluate(
        "m => m.appState.currentInputData.map(ex => ex.id)"))
    assert len(held) == STORE_SAMPLE and len(drawn) == STORE_K
    outside = None
    for j, card in enumerate(drawn):
        maxima = rows[column_name(j, "max")]
        assert [r["row"] for r in card] == sorted(range(STORE_ROWS),
                                                  key=lambda i: (-maxima[i], i))[:10], j
        for r in card:
            assert r["text"] == rows["sentence"][r["row"]]
            assert r["id"] == input_hash({"sentence": rows["sentence"][r["row"]],
                                          "label": rows["label"][r["row"]]})
            assert r["outside"] == (r["id"] not in held), r
            if r["outside"] and outside is None:
                outside = (j, card.index(r), r)
    assert outside is not None, "every top example is in the sample: the test shows nothing"

    # A click on a top example outside the sample adds it to LIT, then selects it.
    j, position, clicked = outside
    page.page.locator(f"{MODULE} .card[data-factor='{j}'] .top-examples tbody tr").nth(
        position).click()
    page.wait_module(MODULE, f"m.dataset.state === 'ready' && m.dataset.example === "
                             f"'{clicked['id']}'")
    assert page.module(MODULE).evaluate("m => m.selectionService.primarySelectedId") == \
        clicked["id"]
    assert page.module(MODULE).evaluate(
        "m => m.selectionService.primarySelectedInputData.data.sentence") == \
        rows["sentence"][clicked["row"]]
    assert page.module(MODULE).evaluate(
        "m => m.appState.currentInputData.length") == STORE_SAMPLE + 1
    assert page.module(MODULE).evaluate(
        f"m => m.appState.currentInputDataById.has('{clicked['id']}')")
    # Held now: no longer marked.
    assert not page.module(MODULE).evaluate(f"""m => !!m.shadowRoot.querySelector(
        ".card[data-factor='{j}'] tr[data-id='{clicked['id']}'] .outside")""")
    page.screenshot("corpus_factors_store")
    assert not page.errors, page.errors

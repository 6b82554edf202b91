"""Store search in the browser: a query over every row of a precomputed store, drawn as the
Parquet files say, and its rows selected in LIT, those outside the served sample added first.

The store holds 200 SST-2 dev sentences; the server samples 30 of them for LIT's data table.
Without a store (the session's server), the Store tab is not there.
"""

from __future__ import annotations

import numpy as np
import pyarrow.parquet as pq
import pytest
import requests
from lit_browser import VIEWPORT, LitPage, start_server
from lit_nlp.api.dataset import input_hash
from playwright.sync_api import expect

from lit_ext.config import ModelConfig
from lit_ext.datasets.sst2 import SST2Data
from lit_ext.store.manifest import SHARD_DIR
from lit_ext.store.precompute import precompute

ROWS, SAMPLE = 200, 30
MODEL = ModelConfig(name="sst2-minilm", kind="sst2_minilm", max_length=128)
STORE = "store-search-module"
HEAD = "head-view-module"


@pytest.fixture(scope="module")
def store(sst2_dir, tmp_path_factory):
    data = SST2Data(sst2_dir, "validation", ROWS)
    out = tmp_path_factory.mktemp("store")
    precompute(MODEL, data.examples, out, example_fields=list(data.spec()),
               description=data.description(), shard_size=50, progress=False)
    return out


@pytest.fixture(scope="module")
def server(store, tmp_path_factory):
    config = (f"models: [{{name: {MODEL.name}, kind: {MODEL.kind}, max_length: "
              f"{MODEL.max_length}}}]\n"
              f"datasets: [{{name: store, kind: store, path: '{store}', "
              f"max_examples: {SAMPLE}}}]\n"
              "server: {warm_start: 1.0}\n")
    server = start_server(tmp_path_factory, "store_search", config)
    yield server
    server.stop()


@pytest.fixture
def page(browser, server, request):
    context = browser.new_context(viewport=VIEWPORT)
    lit_page = LitPage(context.new_page(), server.url).install_helpers()
    yield lit_page
    lit_page.screenshot(f"{request.node.name}-final")
    context.close()


def stored(store) -> dict[str, list]:
    """Every stored row, by brute force over the Parquet files."""
    table = pq.read_table(sorted((store / SHARD_DIR).glob("*.parquet"))).sort_by("row")
    columns = {name: table[name].to_pylist() for name in ("row", "sentence", "label", "predicted")}
    probas = np.array(table["probas"].to_pylist())
    columns["p_negative"], columns["p_positive"] = list(probas[:, 0]), list(probas[:, 1])
    return columns


# The text of elements, through the shadow roots of LIT's table cells.
DEEP_TEXT = """elements => elements.map(element => {
  const text = node => node.nodeType === Node.TEXT_NODE ? node.textContent :
      [...(node.shadowRoot ? node.shadowRoot.childNodes : []), ...node.childNodes]
          .map(text).join(' ');
  return text(element);
})"""


def drawn_table(page: LitPage) -> tuple[list[str], list[list[str]]]:
    return page.module(STORE).evaluate("""m => {
      const table = m.shadowRoot.querySelector('table.results');
      // textContent: innerText would collapse the sentences' runs of spaces.
      const text = cell => cell.dataset.col === 'row' ? cell.textContent.replace('◦', '').trim() :
                                                        cell.textContent;
      return [[...table.querySelectorAll('thead th')].map(th => th.dataset.col),
              [...table.querySelectorAll('tbody tr')].map(tr => [...tr.cells].map(text))];
    }""")


def run_query(page: LitPage, filters: list[tuple[str, str, str]], order_by: str,
              direction: str):
    """Fills the module's form as a user would and presses Run."""
    module = page.page.locator(STORE)
    for _ in filters:
        module.locator("button.add-filter").click()
    for i, (column, operator, value) in enumerate(filters):
        row = module.locator(f".filter[data-index='{i}']")
        row.locator("select.filter-column").select_option(column)
        row.locator("select.filter-operator").select_option(operator)
        row.locator("input.filter-value").fill(value)
    module.locator("select.order-by").select_option(order_by)
    module.locator("select.direction").select_option(direction)
    module.locator("button.run").click()


def test_a_query_over_the_whole_store_is_drawn_and_selected_in_lit(page, server, store):
    page.open()
    page.open_tab("Store")
    page.wait_module(STORE, "m.dataset.columnsState === 'ready'")
    sample = requests.post(f"{server.url}/get_dataset", params={"dataset_name": "store"},
                           timeout=60).json()
    sample_ids = {example["id"] for example in sample}
    assert len(sample_ids) == SAMPLE

    run_query(page, [("correct", "=", "false")], "p_positive", "desc")
    page.wait_module(STORE, "m.dataset.state === 'ready'")

    rows = stored(store)
    wrong = [i for i in range(ROWS) if rows["label"][i] != rows["predicted"][i]]
    expected = sorted(wrong, key=lambda i: (-rows["p_positive"][i], i))
    ids = [input_hash({"sentence": rows["sentence"][i], "label": rows["label"][i]})
           for i in expected]
    outside = [i for i in ids if i not in sample_ids]
    assert 0 < len(outside) < len(ids), "the query should find rows in and outside the sample"

    summary = page.module(STORE).evaluate(
        "m => m.shadowRoot.querySelector('.match-count').innerText")
    assert summary == f"{len(wrong)} of {ROWS} rows match"
    header, drawn = drawn_table(page)
    assert header == ["row", "sentence", "label", "predicted", "p_negative", "p_positive"]
    assert [int(r[0]) for r in drawn] == expected
    for cells, i in zip(drawn, expected):
        assert cells[1:4] == [rows["sentence"][i], rows["label"][i], rows["predicted"][i]]
        for drawn_value, column in zip(cells[4:], ("p_negative", "p_positive")):
            assert abs(float(drawn_value) - rows[column][i]) <= 5e-4 + 1e-9, (i, column)

    page.module(STORE).locator("button.select-rows").click()
    page.wait_module(STORE, "m.dataset.selectState === 'ready'")
    # The examples LIT resolves the selection to: an id it does not hold would be left out.
    selected = page.module(STORE).evaluate(
        "m => m.selectionService.selectedInputData.map(ex => ex.id)")
    assert sorted(selected) == sorted(ids)
    held = page.module(STORE).evaluate(
        "m => m.appState.currentInputData.map(ex => [ex.id, ex.data.sentence])")
    assert len(held) == SAMPLE + len(outside)
    by_id = dict(held)
    assert all(by_id[i] == rows["sentence"][row] for i, row in zip(ids, expected))
    page.page.get_by_text(f"{len(ids)} of {SAMPLE + len(outside)} selected").wait_for()
    page.screenshot("store_search")  # docs/screenshots/store_search.png
    # The data table, showing only the selection, lists exactly the rows found.
    page.page.locator("lit-checkbox[label='Show selected'] input").click()
    table_rows = page.page.locator("lit-data-table tbody tr:has(td:nth-child(3))")
    expect(table_rows).to_have_count(len(expected))
    listed = [" ".join(text.split()) for text in table_rows.evaluate_all(DEEP_TEXT)]
    for i in expected:
        sentence = " ".join(rows["sentence"][i].split())
        assert any(sentence in text for text in listed), sentence

    # Another module shows the primary selection: the top row found, one added from the store.
    primary = page.module(STORE).evaluate("m => m.selectionService.primarySelectedId")
    assert primary == ids[0] and primary in outside
    page.open_tab("Attention")
    page.wait_module(HEAD, "m.dataset.state === 'ready'")
    assert page.module(HEAD).evaluate(
        "m => m.selectionService.primarySelectedInputData.data.sentence") == \
        rows["sentence"][expected[0]]
    assert not [e for e in page.errors if "store" in e.lower()], page.errors


def test_a_bad_regex_shows_the_servers_message_in_the_module(page):
    page.open()
    page.open_tab("Store")
    page.wait_module(STORE, "m.dataset.columnsState === 'ready'")
    run_query(page, [("sentence", "regex", "(unclosed")], "p_positive", "asc")
    page.wait_module(STORE, "m.dataset.state === 'error'")
    error = page.module(STORE).evaluate(
        "m => m.shadowRoot.querySelector('.status.error').innerText")
    assert "The store query failed" in error, error
    # A value the column cannot hold is refused before it is sent.
    page.module(STORE).locator(".filter[data-index='0'] select.filter-column").select_option(
        "p_positive")
    page.module(STORE).locator(".filter[data-index='0'] select.filter-operator").select_option(">")
    page.module(STORE).locator("button.run").click()
    page.wait_module(STORE, "m.dataset.state === 'error' && m.shadowRoot.querySelector("
                            "'.status.error').innerText.includes('holds numbers')")


def test_without_a_store_there_is_no_store_tab(lit_page):
    """The session's server (a plain dataset, no `store_query`): the tab is not laid out."""
    lit_page.open()
    assert lit_page.page.locator(".tab", has_text="Predictions").count() == 1
    assert lit_page.page.locator(".tab", has_text="Store").count() == 0
    assert lit_page.page.locator(STORE).count() == 0


def test_an_attention_pattern_over_the_whole_store_is_drawn_and_selected(page, server, store,
                                                                         sst2_dir):
    """Layer 1 head 8 (the next-token head) sending ≥ 0.9 from "the" to any text token (64 of
    the 200 rows): the rows drawn, their weights and token pairs equal a brute force over plain
    transformers attention."""
    from attention_brute_force import BOUNDARY, brute_force, sst2_plain_attention

    page.open()
    page.open_tab("Store")
    page.wait_module(STORE, "m.dataset.columnsState === 'ready'")
    module = page.page.locator(STORE)
    module.locator("input.pattern-on").check()
    assert module.locator("select.order-by").is_disabled()
    for name, value in (("layer", "1"), ("head", "8"), ("threshold", "0.9")):
        module.locator(f"input.pattern-{name}").fill(value)
        module.locator(f"input.pattern-{name}").dispatch_event("change")
    module.locator("input.pattern-from").fill("The")  # words compare case-insensitively
    module.locator("input.limit").fill("1000")
    module.locator("input.limit").dispatch_event("change")
    module.locator("button.run").click()
    page.wait_module(STORE, "m.dataset.state === 'ready'")

    examples = SST2Data(sst2_dir, "validation", ROWS).examples
    expected, ambiguous = brute_force(sst2_plain_attention(examples), 1, 8, 0.9, "the", "*")
    assert not ambiguous and len(expected) > 20
    header, drawn = drawn_table(page)
    assert header[-3:] == ["weight", "query_token", "key_token"]
    by_row = {row: (weight, query, key) for row, weight, query, key in expected}
    assert sorted(int(r[0]) for r in drawn) == sorted(by_row)
    weights = [float(r[-3]) for r in drawn]
    assert weights == sorted(weights, reverse=True)
    plain = sst2_plain_attention([examples[int(r[0])] for r in drawn])
    for cells, (_, display, _) in zip(drawn, plain):
        weight, query, key = by_row[int(cells[0])]
        assert abs(float(cells[-3]) - weight) <= 5e-4 + BOUNDARY
        assert cells[-2:] == [display[query], display[key]]
    summary = page.module(STORE).evaluate(
        "m => m.shadowRoot.querySelector('.match-count').innerText")
    assert summary == f"{len(expected)} of {ROWS} rows match"

    page.module(STORE).locator("button.select-rows").click()
    page.wait_module(STORE, "m.dataset.selectState === 'ready'")
    selected = page.module(STORE).evaluate(
        "m => m.selectionService.selectedInputData.map(ex => ex.data.sentence)")
    assert sorted(selected) == sorted(examples[row]["sentence"] for row in by_row)
    page.screenshot("store_pattern_search")

    # Below the weights the store keeps: refused in the module, naming the fix.
    module.locator("input.pattern-threshold").fill("0.1")
    module.locator("input.pattern-threshold").dispatch_event("change")
    module.locator("button.run").click()
    page.wait_module(STORE, "m.dataset.state === 'error' && m.shadowRoot.querySelector("
                            "'.status.error').innerText.includes('smallest weight this store')")

"""Head statistics and attention-pattern search in the browser (issue 13 §2), checked against
plain transformers attention (eager, one unpadded sentence at a time) with numpy written here.

- Model view, "Colour by" a statistic: every thumbnail is painted in the colour of its head's
  statistic over the selected examples, and its tooltip gives the value; with "All examples"
  the dataset goes in batches of at most 32 whose aggregates merge into the statistic over all
  tokens of all examples.
- Attention search: the listed matches are exactly a brute force's over the whole sample
  dataset, strongest first, with their tokens and text; "Select" makes LIT's selection exactly
  those examples, the strongest primary.
"""

from __future__ import annotations

import json
import re
import unicodedata

import numpy as np
import pytest
import requests
import torch
from test_tokens_and_terms import maximized

from lit_ext.interpreters.array_codec import decode_array

MODEL_VIEW = "model-view-module"
SEARCH = "attention-search-module"
MODEL, DATASET = "sst2-minilm", "sample_reviews"
ROWS = (2, 3)
STATISTICS = ("cls", "sep", "punctuation", "previous", "next", "self", "entropy")
# head_statistics.ts: grey → teal → dark purple from 0 to the top of the scale.
RAMP = np.array([[160, 160, 160], [33, 145, 140], [68, 1, 84]], dtype=np.float64)
# A head of the shipped classifier that sends much of some words' attention to punctuation, in
# examples of both batches (the strongest in the second).
SEARCH_CONFIG = {"layer": 3, "head": 11, "from_token": "*", "to_token": "/^[.,!]$/",
                 "threshold": 0.5}


def post(url: str, endpoint: str, body=None, **params):
    response = requests.post(f"{url}/{endpoint}", params=params, json=body, timeout=300)
    assert response.ok, response.text[:500]
    return response.json()


@pytest.fixture(scope="module")
def examples(lit_server) -> list[dict]:
    return post(lit_server.url, "get_dataset", dataset_name=DATASET)


@pytest.fixture(scope="module")
def plain(sst2_model, examples) -> list[tuple[np.ndarray, list[str], list[bool]]]:
    """Per example: attention (layers, heads, n, n) [query, key], display tokens, special flags."""
    model, tokenizer = sst2_model.model, sst2_model.tokenizer
    result = []
    for example in examples:
        encoding = tokenizer(example["data"]["sentence"], return_tensors="pt")
        with torch.no_grad():
            output = model(**encoding, output_attentions=True)
        ids = encoding["input_ids"][0].tolist()
        special = [i in tokenizer.all_special_ids and i != tokenizer.unk_token_id for i in ids]
        tokens = [t[2:] if t.startswith("##") else t for t in tokenizer.convert_ids_to_tokens(ids)]
        attention = torch.stack(output.attentions, dim=1)[0].double().numpy()
        result.append((attention, tokens, special))
    return result


def statistic_rows(attention: np.ndarray, tokens: list[str], special: list[bool]) -> np.ndarray:
    """Clark et al.'s quantities per query token: (n, statistics, layers, heads)."""
    n = len(tokens)
    cls = np.zeros(n, dtype=bool)
    cls[0] = special[0]
    sep = np.array(special) & ~cls
    punctuation = np.array([not s and all(unicodedata.category(c).startswith("P") for c in t)
                            for t, s in zip(tokens, special)])
    rows = np.moveaxis(attention, 2, 0)  # (n queries, layers, heads, n keys)
    index = np.arange(n)
    previous = np.stack([rows[i, :, :, i - 1] if i > 0 else np.zeros(rows.shape[1:3])
                         for i in index])
    following = np.stack([rows[i, :, :, i + 1] if i + 1 < n else np.zeros(rows.shape[1:3])
                          for i in index])
    with np.errstate(divide="ignore", invalid="ignore"):
        entropy = -np.where(rows > 0, rows * np.log(rows), 0).sum(axis=-1)
    return np.stack([rows[..., cls].sum(-1), rows[..., sep].sum(-1),
                     rows[..., punctuation].sum(-1), previous, following,
                     rows[index, :, :, index], entropy], axis=1)


def pooled(plain, indices) -> tuple[np.ndarray, float, int]:
    """The mean over every query token of the examples (statistics, layers, heads), the uniform
    entropy averaged the same way, and the number of tokens."""
    rows = np.concatenate([statistic_rows(*plain[i]) for i in indices])
    uniform = np.mean([np.log(len(plain[i][1])) for i in indices for _ in plain[i][1]])
    return rows.mean(axis=0), float(uniform), len(rows)


def ramp_color(value: float, top: float) -> np.ndarray:
    t = min(1.0, max(0.0, value / top)) * (len(RAMP) - 1)
    low = min(len(RAMP) - 2, int(np.floor(t)))
    return np.floor(RAMP[low] + (RAMP[low + 1] - RAMP[low]) * (t - low) + 0.5)


# The model view draws the thumbnails within 64 px of its scrolled body (IntersectionObserver).
VISIBLE = """(m => {
  const body = m.shadowRoot.querySelector('.body').getBoundingClientRect();
  return c => {
    const r = c.getBoundingClientRect();
    return r.right > body.left - 64 && r.left < body.right + 64 && r.bottom > body.top - 64 &&
        r.top < body.bottom + 64;
  };
})(m)"""
THUMBS = f"""m => {{ const visible = {VISIBLE};
  return [...m.shadowRoot.querySelectorAll('canvas.thumb')].map(c => ({{
    layer: Number(c.dataset.layer), head: Number(c.dataset.head), title: c.title,
    width: c.width, visible: visible(c),
    pixels: Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data)}}));
}}"""
ALL_DRAWN = f"""Number(m.dataset.drawn) ===
    [...m.shadowRoot.querySelectorAll('canvas.thumb')].filter({VISIBLE}).length"""


def select_rows(page, *rows: int):
    page.select_row(rows[0])
    for row in rows[1:]:
        page.page.locator("lit-data-table tbody tr").nth(row).click(modifiers=["Control"])


def record_requests(page, interpreter: str) -> list[int]:
    """The number of examples in each request to `interpreter`, as the page sends them."""
    sizes: list[int] = []

    def on_request(request):
        if "get_interpretations" in request.url and f"interpreter={interpreter}" in request.url:
            sizes.append(len(json.loads(request.post_data)["inputs"]))
    page.page.on("request", on_request)
    return sizes


def shown_values(thumbs: list[dict], label: str) -> dict[tuple[int, int], float]:
    pattern = re.compile(rf", {re.escape(label)} (-?[0-9.]+) ")
    values = {}
    for thumb in thumbs:
        match = pattern.search(thumb["title"])
        assert match, thumb["title"]
        values[thumb["layer"], thumb["head"]] = float(match.group(1))
    return values


def check_statistic(page, statistic: str, label: str, expected: np.ndarray, top: float,
                    weights: np.ndarray | None):
    """Tooltips give `expected[layer, head]` (4 decimals); drawn thumbnails are painted in its
    colour (pixels against the primary example's attention `weights`)."""
    thumbs = page.module(MODEL_VIEW).evaluate(THUMBS)
    layers, heads = expected.shape
    assert len(thumbs) == layers * heads
    for (layer, head), value in shown_values(thumbs, label).items():
        assert abs(value - expected[layer, head]) <= 5e-5 + 1e-7, (statistic, layer, head, value)
    if weights is None:
        return
    n = weights.shape[-1]
    drawn = [t for t in thumbs if t["visible"]]
    assert len(drawn) >= 24
    colours = set()
    for thumb in drawn:
        layer, head, size = thumb["layer"], thumb["head"], thumb["width"]
        centres = ((np.arange(n) + 0.5) * size / n).astype(int)
        pixels = np.array(thumb["pixels"], dtype=np.int64).reshape(size, size, 4)
        colour = ramp_color(expected[layer, head], top)
        colours.add(tuple(colour))
        t = np.sqrt(np.minimum(1, weights[layer, head].astype(np.float64)))
        painted = np.floor(255 + (colour - 255) * t[..., None] + 0.5)
        assert np.abs(pixels[np.ix_(centres, centres)][..., :3] - painted).max() <= 1, \
            (statistic, layer, head)
    assert len(colours) > 6, f"{statistic}: the heads should not all look alike"


def legend(page) -> str:
    return page.page.locator(f"{MODEL_VIEW} .statistic-legend").inner_text()


def test_model_view_colours_heads_by_a_statistic_of_the_selection_or_the_dataset(
        lit_page, lit_server, examples, plain):
    page = lit_page.open()
    sizes = record_requests(page, "head_statistics")
    page.open_tab("Attention")
    select_rows(page, *ROWS)
    page.wait_module(MODEL_VIEW, "m.dataset.state === 'ready'")
    page.page.locator(f"{MODEL_VIEW} select.size-select").select_option("48")
    attention = post(lit_server.url, "get_interpretations",
                     {"inputs": [examples[ROWS[-1]]], "config": {}}, model=MODEL,
                     dataset_name=DATASET, interpreter="attention")[0]["attention"]
    weights = decode_array(attention)
    selection, uniform, tokens = pooled(plain, ROWS)
    assert weights.shape[-1] == len(plain[ROWS[-1]][1])

    labels = {"previous": "attention to the previous token", "entropy": "attention entropy",
              "sep": "attention to [SEP]", "punctuation": "attention to punctuation"}
    for statistic in ("previous", "entropy", "punctuation"):
        page.page.locator(f"{MODEL_VIEW} select.color-by").select_option(statistic)
        page.wait_module(MODEL_VIEW, f"m.dataset.statistic === '{statistic}' && "
                                     "m.dataset.statistics === 'ready' && " + ALL_DRAWN)
        top = uniform if statistic == "entropy" else 1.0
        check_statistic(page, statistic, labels[statistic],
                        selection[STATISTICS.index(statistic)], top, weights)
        text = legend(page)
        assert f"mean over {tokens} tokens of 2 examples" in text, text
        assert (f"{uniform:.2f} (uniform attention) nats" if statistic == "entropy" else
                "1 fraction of attention") in text, text
    # One request for the two selected examples; other statistics reuse its answer.
    assert sizes == [2]

    # The whole dataset: batches of at most 32, merged over all 48 examples' tokens.
    page.page.locator(f"{MODEL_VIEW} select.color-by").select_option("sep")
    page.page.locator(f"{MODEL_VIEW} button.statistic-dataset").click()
    page.wait_module(MODEL_VIEW, "m.dataset.statistic === 'sep' && "
                                 "m.dataset.statistics === 'ready' && " + ALL_DRAWN,
                     timeout=180_000)
    everything, _, all_tokens = pooled(plain, range(len(examples)))
    assert sizes[1:] == [32, len(examples) - 32]
    assert f"mean over {all_tokens} tokens of {len(examples)} examples" in legend(page)
    check_statistic(page, "sep", labels["sep"], everything[STATISTICS.index("sep")], 1.0,
                    weights)
    # The dataset's and the selection's means differ: a view that ignored the scope would fail.
    assert np.abs(everything - selection).max() > 0.05

    # Another statistic of the same examples needs no new request.
    page.page.locator(f"{MODEL_VIEW} select.color-by").select_option("entropy")
    page.wait_module(MODEL_VIEW, "m.dataset.statistic === 'entropy' && "
                                 "m.dataset.statistics === 'ready' && " + ALL_DRAWN)
    uniform_all = pooled(plain, range(len(examples)))[1]
    with maximized(page, MODEL_VIEW):
        page.wait_module(MODEL_VIEW, ALL_DRAWN)
        check_statistic(page, "entropy", labels["entropy"],
                        everything[STATISTICS.index("entropy")], uniform_all, weights)
        page.screenshot("model_view_statistics")
    assert len(sizes) == 3


# ---- attention search ---------------------------------------------------------------------

def brute_force(plain, examples, layer, head, threshold, to_regex):
    """[(id, weight, from token, to token)] of the examples where a text token sends at least
    `threshold` to a text token matching `to_regex`, strongest first."""
    found = []
    for example, (attention, tokens, special) in zip(examples, plain):
        best = None
        for i in range(len(tokens)):
            for j in range(len(tokens)):
                weight = attention[layer, head, i, j]
                if (not special[i] and not special[j] and re.search(to_regex, tokens[j], re.I)
                        and weight >= threshold and (best is None or weight > best[0])):
                    best = (weight, tokens[i], tokens[j])
        if best is not None:
            found.append((example["id"], *best))
    return sorted(found, key=lambda match: -match[1])


ROWS_SHOWN = """m => [...m.shadowRoot.querySelectorAll('table.matches tbody tr')].map(tr => ({
  id: tr.dataset.id, weight: Number(tr.querySelector('.weight').innerText),
  tokens: [...tr.querySelectorAll('.token')].map(t => t.innerText),
  text: tr.querySelector('.text').innerText}))"""


def test_attention_search_lists_a_brute_forces_matches_and_selects_them(lit_page, examples,
                                                                        plain):
    page = lit_page.open()
    sizes = record_requests(page, "attention_search")
    page.open_tab("Attention search")
    module = f"{SEARCH}"
    page.wait_module(SEARCH, "m.dataset.state === 'empty'")
    page.page.locator(f"{module} input.layer").fill(str(SEARCH_CONFIG["layer"]))
    page.page.locator(f"{module} input.head").fill(str(SEARCH_CONFIG["head"]))
    page.page.locator(f"{module} input.from-token").fill(SEARCH_CONFIG["from_token"])
    page.page.locator(f"{module} input.to-token").fill(SEARCH_CONFIG["to_token"])
    page.page.locator(f"{module} input.threshold").fill(str(SEARCH_CONFIG["threshold"]))
    # A typo in a pattern: the server's message, before any forward pass.
    page.page.locator(f"{module} input.to-token").fill("/[/")
    page.page.locator(f"{module} button.search").click()
    page.wait_module(SEARCH, "m.dataset.search === 'error'")
    error = page.page.locator(f"{module} .status.error").inner_text()
    assert "'/[/' is not a valid regular expression" in error, error
    assert sizes == [32]
    sizes.clear()
    page.page.locator(f"{module} input.to-token").fill(SEARCH_CONFIG["to_token"])
    page.page.locator(f"{module} button.search").click()
    page.wait_module(SEARCH, "m.dataset.search === 'ready'", timeout=180_000)
    assert sizes == [32, len(examples) - 32]

    expected = brute_force(plain, examples, SEARCH_CONFIG["layer"], SEARCH_CONFIG["head"],
                           SEARCH_CONFIG["threshold"], "^[.,!]$")
    shown = page.module(SEARCH).evaluate(ROWS_SHOWN)
    assert len(expected) >= 8
    assert [row["id"] for row in shown] == [match[0] for match in expected]
    by_id = {example["id"]: example for example in examples}
    for row, (example_id, weight, sender, receiver) in zip(shown, expected):
        assert abs(row["weight"] - weight) <= 5e-4 + 1e-9, row
        assert row["tokens"] == [sender, receiver], row
        assert row["text"] == by_id[example_id]["data"]["sentence"]
    weights = [row["weight"] for row in shown]
    assert weights == sorted(weights, reverse=True)
    # Matches from both batches, the strongest from the second: merging must sort.
    index = {example["id"]: i for i, example in enumerate(examples)}
    assert index[shown[0]["id"]] >= 32 and min(index[row["id"]] for row in shown) < 32
    summary = page.page.locator(f"{module} .summary").inner_text()
    assert f"{len(expected)} of {len(examples)} examples" in summary, summary

    # A row selects its example alone; "Select" then selects them all, the strongest primary
    # (LIT would otherwise keep a primary that is among them).
    page.page.locator(f"{module} table.matches tbody tr").nth(1).click()
    page.wait_module(SEARCH, "m.selectionService.primarySelectedId === "
                             f"'{expected[1][0]}' && m.selectionService.selectedIds.length === 1")
    page.page.locator(f"{module} button.select-matches").click()
    ids = [match[0] for match in expected]
    page.wait_module(SEARCH, f"m.selectionService.selectedIds.length === {len(ids)}")
    selection = page.module(SEARCH).evaluate(
        "m => [m.selectionService.selectedIds, m.selectionService.primarySelectedId]")
    assert sorted(selection[0]) == sorted(ids) and selection[1] == ids[0]
    page.screenshot("attention_search")
    # The head view shows the strongest match, at the searched head.
    page.open_tab("Attention")
    page.wait_module("head-view-module", "m.dataset.state === 'ready' && m.dataset.layer === "
                                         f"'{SEARCH_CONFIG['layer']}' && m.dataset.heads === "
                                         f"'{SEARCH_CONFIG['head']}'")

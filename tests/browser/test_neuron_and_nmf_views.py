"""Neuron view and NMF view in the real LIT app."""

from __future__ import annotations

import math

import torch
import transformers

NEURON = "neuron-view-module"
NMF = "nmf-module"

# Pixels of a vector strip that are clearly coloured (not white).
COLOURED = """(m, selector) => {
  const canvases = [...m.shadowRoot.querySelectorAll(selector)];
  let coloured = 0;
  for (const c of canvases) {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 0; i < d.length; i += 4) if (d[i] < 230 || d[i + 2] < 230) coloured++;
  }
  return {canvases: canvases.length, coloured};
}"""


def state(page, tag):
    return page.module(tag).evaluate("m => ({...m.dataset})")


def minilm_scores(sentence: str, layer: int, head: int, query: int) -> tuple[list, list]:
    """q·k/√d and attention of one query token, from plain transformers (eager, unpadded)."""
    from lit_ext.models.sst2_minilm import base_model_path, load_sst2_minilm

    tokenizer = transformers.AutoTokenizer.from_pretrained(base_model_path())
    model = load_sst2_minilm(attn_implementation="eager")
    attention = model.bert.encoder.layer[layer].attention.self
    d = attention.attention_head_size
    captured = {}
    hooks = [getattr(attention, name).register_forward_hook(
                 lambda _m, _i, out, name=name: captured.__setitem__(name, out[0]))
             for name in ("query", "key")]
    with torch.no_grad():
        output = model(**tokenizer(sentence, return_tensors="pt"), output_attentions=True)
    for hook in hooks:
        hook.remove()
    q = captured["query"][query, head * d:(head + 1) * d]
    k = captured["key"][:, head * d:(head + 1) * d]
    scores = (k @ q / math.sqrt(d)).tolist()
    return scores, output.attentions[layer][0, head, query].tolist()


def assert_drawn_scores_match_transformers(page):
    """The q·k/√d and softmax numbers the neuron view draws, against plain transformers."""
    view = state(page, NEURON)
    sentence = page.module(NEURON).evaluate(
        "m => m.selectionService.primarySelectedInputData.data.sentence")
    scores, attention = minilm_scores(sentence, int(view["layer"]), int(view["head"]),
                                      int(view["query"]))
    drawn = page.module(NEURON).evaluate("""m => [...m.shadowRoot.querySelectorAll(
        'table.neurons tbody tr')].map(tr => ['scaled', 'softmax'].map(
            col => tr.querySelector(`td[data-col='${col}']`).innerText.trim()))""")
    assert len(drawn) == len(scores) == int(view["rows"])
    for j, (score, prob) in enumerate(drawn):
        assert abs(float(score) - scores[j]) < 5.1e-4, (j, score, scores[j])
        assert abs(float(prob) - attention[j]) < 1e-3, (j, prob, attention[j])
    assert page.page.locator(f"{NEURON} .check").get_attribute("class") == "check ok"


def test_neuron_view_shows_vectors_for_the_chosen_query_token(lit_page):
    page = lit_page.open()
    page.open_tab("Neurons")
    page.select_row(2)  # "i laughed from the opening scene to the closing credits ."
    page.wait_module(NEURON, "m.dataset.state === 'ready'")
    page.page.locator(f"{NEURON} .chip[data-index='3']").click()  # "from"
    page.wait_module(NEURON, "m.dataset.query === '3'")
    view = state(page, NEURON)
    assert view["queryToken"] == "from"
    assert int(view["rows"]) == 13 and int(view["headDim"]) == 32
    # The scores and softmax drawn are those of the model run alone with plain transformers.
    assert_drawn_scores_match_transformers(page)
    keys = page.module(NEURON).evaluate(COLOURED, "canvas.vec[data-kind='key']")
    assert keys["canvases"] == 13 and keys["coloured"] > 13 * 32 * 4
    products = page.module(NEURON).evaluate(COLOURED, "canvas.vec[data-kind='product']")
    assert products["coloured"] > 0

    page.page.locator(f"{NEURON} select.layer-select").select_option("3")
    page.wait_module(NEURON, "m.dataset.state === 'ready' && m.dataset.layer === '3'")
    page.page.locator(f"{NEURON} select.head-select").select_option("11")
    page.wait_module(NEURON, "m.dataset.state === 'ready' && m.dataset.head === '11'")
    assert state(page, NEURON)["query"] == "3"  # the chosen token stays chosen
    assert_drawn_scores_match_transformers(page)
    page.screenshot("neuron_view")


def test_nmf_shows_k_factors_and_refits_when_k_changes(lit_page):
    page = lit_page.open()
    page.open_tab("NMF")
    page.select_row(0)
    page.wait_module(NMF, "m.dataset.state === 'ready'")
    view = state(page, NMF)
    assert view["k"] == "8" and view["layers"] == "0-5"
    chips = page.page.locator(f"{NMF} .factor-chip[data-factor]")
    assert chips.count() == 8
    assert page.page.locator(f"{NMF} .card").count() == 8
    # [CLS] and [SEP] are left out by default; every other token is tinted by a factor.
    tokens = page.page.locator(f"{NMF} .sentence .token")
    assert tokens.count() == int(view["tokens"])
    assert page.page.locator(f"{NMF} .sentence .token.excluded").count() == 2

    # Record what the module shows while it refits: a spinner, then the new factors.
    page.module(NMF).evaluate("""m => {
      window.__nmfStates = [];
      new MutationObserver(() => window.__nmfStates.push(
          [m.dataset.state, !!m.shadowRoot.querySelector('.status .spinner')]))
        .observe(m, {attributes: true, attributeFilter: ['data-state']});
    }""")
    page.page.locator(f"{NMF} select.k-select").select_option("4")
    page.wait_module(NMF, "m.dataset.state === 'ready' && m.dataset.k === '4'")
    assert ["loading", True] in page.page.evaluate("window.__nmfStates")
    assert chips.count() == 4
    assert page.page.locator(f"{NMF} .heatmap .row-label").count() == 4

    page.page.locator(f"{NMF} select.from-select").select_option("2")
    page.wait_module(NMF, "m.dataset.state === 'ready' && m.dataset.layers === '2-5'")
    assert page.page.locator(f"{NMF} .card").first.locator(".share").count() == 4

    chips.nth(1).click()
    page.wait_module(NMF, "m.dataset.factor === '1'")
    tinted = page.page.locator(f"{NMF} .sentence .token[data-factor='1']").count()
    assert tinted == int(view["tokens"]) - 2  # one factor tints every factorised token
    page.screenshot("nmf_view")

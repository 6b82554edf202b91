"""Difference modes, drawn in Chromium and checked value by value against A − B computed here.

The server runs the shipped `finetune_diff` config: lit-ext's SST-2 classifier (A) against the
all-MiniLM-L6-v2 encoder it was fine-tuned from (B), which LIT compares side by side. Expected
values come from plain transformers, one unpadded example per model (`tests/reference.py`),
never from lit-ext:

- head view, model difference: every line stroked (canvas recorder of test_drawn_values.py)
  has the colour of the sign of A − B and the opacity |A − B| / (the layer's largest |Δ|);
- model view: thumbnail pixels are the diverging colour of A − B, and the heads listed as most
  changed are those with the largest max |Δ|;
- head view, edited − original example under one model, over the tokens the two share;
- a model with another tokenizer is refused with a message, not subtracted.
"""

from __future__ import annotations

import re
from collections import defaultdict

import numpy as np
import pytest
import torch
import transformers
from lit_browser import REPO, VIEWPORT, LitPage, start_server
from reference import reference
from test_drawn_values import CANVAS_RECORDER, js_round, parse_color
from tiny_checkpoints import save_checkpoint

TUNED, BASE = "sst2-minilm", "minilm-base"
ROW = 2  # "i laughed from the opening scene to the closing credits ." (13 tokens)
SENTENCE = "i laughed from the opening scene to the closing credits ."
# One word inserted ("never", token 2 of the edit) and one deleted ("closing", token 9 of the
# original): both sides' shared tokens shift, so aligning either side by position fails.
EDIT = "i never laughed from the opening scene to the credits ."
INSERTED, DELETED = 2, 9
LAYER = 4
ALPHA_LEVELS = 64
POSITIVE, NEGATIVE = (33, 102, 172), (202, 72, 34)
SCREENSHOTS = REPO / "docs" / "screenshots"
# Attention travels quantised to 1/1023 (array_codec's uint10, each value within 4.9e-4), so a
# difference the page computes is within 1/1023 of the exact one.
TOLERANCE = 1 / 1023

HEAD_A = f"head-view-module[model='{TUNED}'][selectionserviceindex='0']"
MODEL_A = f"model-view-module[model='{TUNED}'][selectionserviceindex='0']"


@pytest.fixture(scope="module")
def diff_server(tmp_path_factory):
    config = (REPO / "configs" / "finetune_diff.yaml").read_text()
    server = start_server(tmp_path_factory, "finetune_diff", config)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def reference_models():
    """(tuned classifier, base encoder, tokenizer) loaded with plain transformers."""
    from lit_ext.models.sst2_minilm import base_model_path, load_sst2_minilm

    tokenizer = transformers.AutoTokenizer.from_pretrained(base_model_path())
    tuned = load_sst2_minilm(attn_implementation="eager")
    base = transformers.AutoModel.from_pretrained(base_model_path(),
                                                  attn_implementation="eager").eval()
    return tuned, base, tokenizer


def attention_of(model, tokenizer, text: str) -> tuple[list[str], np.ndarray]:
    """(tokens, layers × heads × n × n) of one unpadded example."""
    with torch.no_grad():
        ref = reference(model, tokenizer, text)
    return ref.tokens, ref.attention


@pytest.fixture
def page(browser, diff_server, request):
    context = browser.new_context(viewport=VIEWPORT)
    context.add_init_script(CANVAS_RECORDER)
    # LIT selects the first model only; compare mode is asked for in the URL (or its settings).
    lit = LitPage(context.new_page(), f"{diff_server.url}/?models={TUNED},{BASE}")
    lit.install_helpers().open()
    yield lit
    lit.screenshot(f"{request.node.name}-final")
    context.close()


def maximise(page: LitPage, tag: str, height: int = 1800):
    """Shows the views of `tag` in LIT's fullscreen widget on a tall page (every model view
    thumbnail of the first layers in view, and readable screenshots)."""
    page.page.set_viewport_size({"width": VIEWPORT["width"], "height": height})
    group = page.page.locator("lit-widget-group", has=page.page.locator(tag)).first
    group.locator("mwc-icon", has_text="fullscreen").first.click()


def save_screenshot(page: LitPage, selector: str, name: str):
    """The widget of module `selector` down to the end of what it draws, for the docs."""
    page.page.wait_for_timeout(500)  # the next frame of any redraw
    widget = page.page.locator("lit-widget", has=page.page.locator(selector)).first
    box = widget.bounding_box()
    bottom = page.module(selector).evaluate("""m => Math.max(...[...m.shadowRoot.querySelectorAll(
        '.toolbar, .heads, .panel, .body > *')].map(e => e.getBoundingClientRect().bottom))""")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), clip={
        "x": box["x"], "y": box["y"], "width": box["width"],
        "height": min(box["height"], bottom - box["y"] + 12)})


def drawn_lines(page: LitPage, selector: str) -> tuple[list[tuple], float]:
    """(sign, query, key, opacity level) of every stroked line, and the extent the view used."""
    module = page.page.locator(selector).first
    strokes = module.evaluate("m => m.shadowRoot.querySelector('canvas.lines').__strokes")
    n = int(module.evaluate("m => m.dataset.tokens"))
    rows = module.evaluate(f"m => Array.from({{length: {n}}}, (_, i) => "
                           "[m.tokenPosition('left', i), m.tokenPosition('right', i)])")
    left_y = {round(left["y"], 3): i for i, (left, _) in enumerate(rows)}
    right_y = {round(right["y"], 3): i for i, (_, right) in enumerate(rows)}
    lines = []
    for x1, y1, x2, y2, style in strokes:
        rgb, alpha = parse_color(style)
        assert x1 < x2 and rgb in (POSITIVE, NEGATIVE), style
        lines.append((1 if rgb == POSITIVE else -1, left_y[round(y1, 3)], right_y[round(y2, 3)],
                      int(round(alpha * ALPHA_LEVELS))))
    return lines, float(module.evaluate("m => m.dataset.extent"))


def check_lines(lines: list[tuple], extent: float, delta: np.ndarray, threshold: float = 0.01):
    """The lines are those of `delta` (heads × n × n): sign, ends and opacity level, per cell."""
    assert extent == pytest.approx(np.abs(delta).max(), abs=TOLERANCE)
    magnitude = np.abs(delta.astype(np.float64))
    # Heads within the wire's rounding of the threshold may be drawn or not (at level 1).
    borderline = np.abs(magnitude - threshold) < TOLERANCE
    required, optional = defaultdict(list), defaultdict(int)
    for h, i, j in zip(*np.nonzero(magnitude >= threshold - TOLERANCE)):
        cell = (int(np.sign(delta[h, i, j])), int(i), int(j))
        if borderline[h, i, j]:
            optional[cell] += 1
        else:
            level = js_round(np.array(magnitude[h, i, j] / extent * ALPHA_LEVELS))
            required[cell].append(int(np.clip(level, 1, ALPHA_LEVELS)))
    got = defaultdict(list)
    for sign, i, j, level in lines:
        got[(sign, i, j)].append(level)
    assert set(got) <= set(required) | set(optional)
    assert set(required) <= set(got)
    for cell, levels in got.items():
        want = sorted(required[cell])
        assert len(want) <= len(levels) <= len(want) + optional[cell], cell
        # Extra lines are borderline ones, the weakest; levels may differ by one where the
        # wire's rounding lands on a level boundary.
        drawn = sorted(levels)[len(levels) - len(want):]
        assert not want or np.abs(np.array(drawn) - want).max() <= 1, cell


def show(page: LitPage, selector: str, mode: str):
    page.page.locator(f"{selector} select.show-mode").first.select_option(mode)
    page.wait_module(selector, f"m.dataset.state === 'ready' && m.dataset.show === '{mode}'")


def test_head_view_draws_tuned_minus_base(page, reference_models):
    tuned, base, tokenizer = reference_models
    page.open_tab("Attention")
    page.select_row(ROW)
    # LIT compares the two models: one head view each.
    page.wait_module(HEAD_A, "m.dataset.state === 'ready'")
    assert page.page.locator("head-view-module").count() == 2
    maximise(page, "head-view-module")
    show(page, HEAD_A, "models")
    page.page.locator(f"{HEAD_A} select.layer-select").select_option(str(LAYER))
    page.wait_module(HEAD_A, f"m.dataset.state === 'ready' && m.dataset.layer === '{LAYER}' && "
                             "Number(m.dataset.lines) > 0")
    legend = page.page.locator(f"{HEAD_A} .difference-legend").inner_text()
    assert f"A = {TUNED} (this view's model), B = {BASE}" in legend
    lines, extent = drawn_lines(page, HEAD_A)
    save_screenshot(page, HEAD_A, "head_view_diff")
    # Pin query "laughed" (2), hover key [CLS] (0): the tooltip gives Δ, A and B per head.
    tooltip = page.module(HEAD_A).evaluate("""m => {
      const canvas = m.shadowRoot.querySelector('canvas.labels');
      const rect = canvas.getBoundingClientRect();
      const at = (side, i) => {
        const p = m.tokenPosition(side, i);
        return {clientX: rect.left + p.x, clientY: rect.top + p.y, bubbles: true, composed: true};
      };
      canvas.dispatchEvent(new MouseEvent('click', at('left', 2)));
      canvas.dispatchEvent(new MouseEvent('mousemove', at('right', 0)));
      return m.shadowRoot.querySelector('.tooltip').textContent;
    }""")

    tokens, a = attention_of(tuned, tokenizer, SENTENCE)
    _, b = attention_of(base, tokenizer, SENTENCE)
    assert page.module(HEAD_A).evaluate("m => m.drawnLabels().length") == len(tokens)
    delta = a[LAYER] - b[LAYER]
    check_lines(lines, extent, delta)
    rows = re.findall(r"head +(\d+): ([+−])([\d.]+) \(A ([\d.]+), B ([\d.]+)\)", tooltip)
    assert len(rows) == delta.shape[0], tooltip
    for head, sign, size, got_a, got_b in rows:
        h = int(head)
        got_delta = float(size) * (1 if sign == "+" else -1)
        # 4 decimals on top of the wire's rounding.
        assert got_delta == pytest.approx(delta[h, 2, 0], abs=TOLERANCE + 5e-5)
        assert float(got_a) == pytest.approx(a[LAYER, h, 2, 0], abs=TOLERANCE / 2 + 5e-5)
        assert float(got_b) == pytest.approx(b[LAYER, h, 2, 0], abs=TOLERANCE / 2 + 5e-5)
    ranked = np.argsort(-np.abs(delta).reshape(delta.shape[0], -1).max(axis=1))
    assert re.search(rf"Most changed heads: H{ranked[0]} \(max \|Δ\| "
                     rf"{np.abs(delta[ranked[0]]).max():.3f}", legend)


def test_model_view_paints_the_difference_and_ranks_the_heads(page, reference_models):
    tuned, base, tokenizer = reference_models
    page.open_tab("Attention")
    page.select_row(ROW)
    page.wait_module(MODEL_A, "m.dataset.state === 'ready'")
    maximise(page, "model-view-module")
    show(page, MODEL_A, "models")
    page.page.locator(f"{MODEL_A} select.size-select").select_option("48")
    page.wait_module(MODEL_A, "m.dataset.state === 'ready' && Number(m.dataset.drawn) >= 24")
    thumbs = page.page.locator(MODEL_A).first.evaluate("""m => {
      const out = [];
      for (const c of m.shadowRoot.querySelectorAll('canvas.thumb')) {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        if (!d[3]) continue;  // not scrolled into view yet
        out.push({layer: Number(c.dataset.layer), head: Number(c.dataset.head), width: c.width,
                  pixels: Array.from(d)});
      }
      return out;
    }""")
    ranked = page.page.locator(f"{MODEL_A} .ranked-head").evaluate_all(
        "bs => bs.map(b => [Number(b.dataset.layer), Number(b.dataset.head)])")
    extent = float(page.module(MODEL_A).evaluate("m => m.dataset.extent"))
    save_screenshot(page, MODEL_A, "model_view_diff")

    _, a = attention_of(tuned, tokenizer, SENTENCE)
    _, b = attention_of(base, tokenizer, SENTENCE)
    delta = (a - b).astype(np.float64)  # layers × heads × n × n
    assert extent == pytest.approx(np.abs(delta).max(), abs=TOLERANCE)
    per_head = np.abs(delta).reshape(*delta.shape[:2], -1).max(axis=2)
    # The eight heads with the largest max |Δ|, in order; near-ties may swap by the wire's rounding.
    listed = np.array([per_head[layer, head] for layer, head in ranked])
    assert len(ranked) == 8 and listed[0] == pytest.approx(per_head.max(), abs=TOLERANCE)
    assert (np.diff(listed) <= 2 * TOLERANCE).all(), listed
    assert listed.min() >= np.sort(per_head.ravel())[-8] - 2 * TOLERANCE

    n = delta.shape[-1]
    assert len(thumbs) >= 12
    centres = ((np.arange(n) + 0.5) * thumbs[0]["width"] / n).astype(int)
    for thumb in thumbs:
        size = thumb["width"]
        pixels = np.array(thumb["pixels"], dtype=np.int64).reshape(size, size, 4)
        cells = pixels[np.ix_(centres, centres)][..., :3]
        d = delta[thumb["layer"], thumb["head"]]
        t = np.sqrt(np.minimum(1, np.abs(d) / extent))[..., None]
        end = np.where((d >= 0)[..., None], np.array(POSITIVE), np.array(NEGATIVE))
        expected = js_round(255 + (end - 255) * t)
        # A colour channel moves < 255 per unit of sqrt(|Δ| / extent); the wire's rounding moves
        # that by at most sqrt(TOLERANCE / extent) (near 0, where sqrt is steepest).
        slack = 1 + 255 * np.sqrt(TOLERANCE / extent)
        assert np.abs(cells - expected).max() <= slack, (thumb["layer"], thumb["head"])


def test_head_view_draws_edit_minus_original_over_shared_tokens(page, reference_models):
    tuned, _, tokenizer = reference_models
    page.open_tab("Attention")
    page.select_row(ROW)
    page.wait_module(HEAD_A, "m.dataset.state === 'ready'")
    page.page.get_by_role("button", name=f"Pin datapoint {ROW}").first.click()
    # With an example pinned, LIT's datapoint editor shows the pinned one first, then the
    # selected one: edit the selected one and add it (LIT selects the new example).
    editor = page.page.locator("datapoint-editor-module")
    editor.locator("textarea").nth(1).fill(EDIT)
    editor.locator("button", has_text=re.compile(r"^\s*Add\s*$")).nth(1).click()
    page.wait_module(HEAD_A, "m.dataset.state === 'ready' && m.drawnLabels().includes('never')")
    maximise(page, "head-view-module", height=3200)  # four views: 2 models × 2 examples
    show(page, HEAD_A, "examples")
    page.page.locator(f"{HEAD_A} select.layer-select").select_option(str(LAYER))
    page.wait_module(HEAD_A, f"m.dataset.state === 'ready' && m.dataset.layer === '{LAYER}' && "
                             "m.dataset.show === 'examples' && Number(m.dataset.lines) > 0")
    legend = page.page.locator(f"{HEAD_A} .difference-legend").inner_text()
    assert "A = the selected (edited) example, B = the pinned (original) one" in legend
    assert ("over the 12 tokens they share, aligned by their position in the edit (1 token only "
            "in the selected and 1 only in the pinned example left out)") in legend
    labels = page.module(HEAD_A).evaluate("m => m.drawnLabels()")
    lines, extent = drawn_lines(page, HEAD_A)
    save_screenshot(page, HEAD_A, "head_view_edit_diff")

    original_tokens, original = attention_of(tuned, tokenizer, SENTENCE)
    edit_tokens, edit = attention_of(tuned, tokenizer, EDIT)
    assert edit_tokens[INSERTED] == "never" and original_tokens[DELETED] == "closing"
    # Every other token is shared, in order.
    kept_edit = [i for i in range(len(edit_tokens)) if i != INSERTED]
    kept_original = [i for i in range(len(original_tokens)) if i != DELETED]
    assert [edit_tokens[i] for i in kept_edit] == [original_tokens[i] for i in kept_original]
    assert labels == [edit_tokens[i] for i in kept_edit]
    delta = (edit[LAYER][:, kept_edit][:, :, kept_edit] -
             original[LAYER][:, kept_original][:, :, kept_original])
    check_lines(lines, extent, delta)


@pytest.fixture(scope="module")
def other_tokenizer_server(tmp_path_factory):
    """Our classifier next to a tiny RoBERTa (byte-level BPE: other tokens for every text)."""
    checkpoint = save_checkpoint("roberta", tmp_path_factory.mktemp("roberta"))
    config = f"""
models: [{{name: {TUNED}, kind: sst2_minilm}},
         {{name: tiny-roberta, kind: classifier, path: "{checkpoint}"}}]
datasets: [{{name: sample_reviews, kind: sample}}]
interpreters: [attention]
server: {{warm_start: 0.0}}
"""
    server = start_server(tmp_path_factory, "other_tokenizer", config)
    yield server
    server.stop()


def test_models_with_other_tokens_are_refused(browser, other_tokenizer_server):
    context = browser.new_context(viewport=VIEWPORT)
    page = LitPage(context.new_page(), f"{other_tokenizer_server.url}/?models={TUNED},tiny-roberta")
    page.install_helpers().open()
    try:
        page.open_tab("Attention")
        page.select_row(ROW)
        page.wait_module(HEAD_A, "m.dataset.state === 'ready'")
        page.page.locator(f"{HEAD_A} select.show-mode").first.select_option("models")
        page.wait_module(HEAD_A, "m.dataset.state === 'error'")
        error = page.page.locator(f"{HEAD_A} .status.error").inner_text()
    finally:
        context.close()
    assert re.search(rf"No difference: '{TUNED}' and 'tiny-roberta' split this example into "
                     r"different tokens \(13: \[CLS\] i laughed from .*\).*same tokenizer", error)



def test_nmf_shows_each_models_factors_for_the_same_example(page):
    page.open_tab("NMF")
    page.select_row(ROW)
    page.page.wait_for_function(
        "() => findDeepAll(document, 'nmf-module').filter(m => m.dataset.state === 'ready')"
        ".length === 2", timeout=120_000, polling=200)
    shown = page.page.locator("nmf-module").evaluate_all(
        "ms => ms.map(m => [m.getAttribute('model'), m.dataset.tokens])")
    assert sorted(shown) == [[BASE, "13"], [TUNED, "13"]]
    sentences = page.page.locator("nmf-module .sentence").all_inner_texts()
    assert len(sentences) == 2 and all("laughed" in s for s in sentences)

"""Head view and model view in the real LIT app: selection, layers, heads, edits, timing."""

from __future__ import annotations

HEAD = "head-view-module"
MODEL = "model-view-module"

# Counts the canvas pixels that are not background: lines and token text.
INK = """m => {
  const c = m.shadowRoot.querySelector("canvas.lines");
  const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let ink = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 24) ink++;
  return ink;
}"""
FINGERPRINT = """m => {
  const c = m.shadowRoot.querySelector("canvas.lines");
  const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let h = 0;
  for (let i = 0; i < data.length; i += 7) h = (h * 31 + data[i]) | 0;
  return h;
}"""


def head_state(page):
    return page.module(HEAD).evaluate("m => ({...m.dataset})")


def wait_head_ready(page, **expected):
    conditions = ["m.dataset.state === 'ready'", "Number(m.dataset.lines) > 0"]
    conditions += [f"m.dataset.{key} === {str(value)!r}" for key, value in expected.items()]
    page.wait_module(HEAD, " && ".join(conditions))
    return head_state(page)


def test_clicking_a_row_draws_the_head_view(lit_page):
    page = lit_page.open()
    page.open_tab("Attention")
    assert head_state(page)["state"] == "empty"
    page.select_row(2)
    state = wait_head_ready(page, layer=0)
    assert state["heads"] == ",".join(str(h) for h in range(12))  # MiniLM: 12 heads, all shown
    assert int(state["tokens"]) == 13
    assert page.module(HEAD).evaluate(INK) > 2000
    page.screenshot("head_view")


def test_changing_the_layer_redraws(lit_page):
    page = lit_page.open()
    page.open_tab("Attention")
    page.select_row(1)
    before = wait_head_ready(page, layer=0)
    fingerprint = page.module(HEAD).evaluate(FINGERPRINT)
    page.page.locator(f"{HEAD} select.layer-select").select_option("4")
    after = wait_head_ready(page, layer=4)
    assert page.module(HEAD).evaluate(FINGERPRINT) != fingerprint
    assert after["lines"] != before["lines"] or after["tokens"] == before["tokens"]


def test_head_toggles_and_solo(lit_page):
    page = lit_page.open()
    page.open_tab("Attention")
    page.select_row(0)
    wait_head_ready(page)
    chips = page.page.locator(f"{HEAD} .head-chip")
    assert chips.count() == 12
    colors = {chips.nth(h).evaluate("c => getComputedStyle(c).borderColor") for h in range(12)}
    assert len(colors) == 12, "every head needs its own colour"
    chips.nth(3).click()
    assert "3" not in head_state(page)["heads"].split(",")
    chips.nth(5).dblclick()
    wait_head_ready(page, heads="5")


def test_hover_isolates_and_pins_a_token(lit_page):
    page = lit_page.open()
    page.open_tab("Attention")
    page.select_row(0)
    full = int(wait_head_ready(page)["lines"])
    canvas = page.page.locator(f"{HEAD} canvas.labels")
    cls = page.module(HEAD).evaluate("m => m.tokenPosition('left', 0)")
    film = page.module(HEAD).evaluate("m => m.tokenPosition('right', 5)")
    canvas.hover(position=cls)
    page.wait_module(HEAD, "m.dataset.active.startsWith('left:')")
    isolated = int(head_state(page)["lines"])
    assert 0 < isolated < full
    canvas.click(position=cls)
    page.wait_module(HEAD, "m.dataset.active === 'left:0'")
    canvas.hover(position=film)
    tooltip = page.page.locator(f"{HEAD} .tooltip")
    assert tooltip.is_visible()
    assert "head  0:" in tooltip.inner_text()
    page.screenshot("head_view_pinned")


def test_model_view_thumbnail_opens_head_in_head_view(lit_page):
    page = lit_page.open()
    page.open_tab("Attention")
    page.select_row(4)
    page.wait_module(MODEL, "m.dataset.state === 'ready' && Number(m.dataset.drawn) >= 12")
    page.page.locator(f"{MODEL} canvas.thumb[data-layer='3'][data-head='7']").click()
    state = wait_head_ready(page, layer=3, heads=7)
    assert state["heads"] == "7"
    page.screenshot("model_view")

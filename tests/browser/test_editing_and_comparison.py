"""Every view follows LIT's datapoint editor and the pinned-vs-selected comparison; timing."""

from __future__ import annotations

import itertools

HEAD = "head-view-module"

WORDS = ("the film is not good but the acting was great and i loved every minute of it "
         "while the plot felt thin").split()


def sentence_with_tokens(n: int) -> str:
    """A sentence that MiniLM's tokenizer splits into exactly `n` tokens with [CLS]/[SEP]."""
    return " ".join(itertools.islice(itertools.cycle(WORDS), n - 2))


def tokens_of(page, tag):
    return page.module(tag).evaluate("m => m.dataset.tokens || m.dataset.rows")


def test_editing_the_sentence_updates_every_view(lit_page):
    page = lit_page.open()
    page.open_tab("Attention")
    page.select_row(0)
    page.wait_module(HEAD, "m.dataset.state === 'ready' && Number(m.dataset.lines) > 0")
    before = tokens_of(page, HEAD)
    page.add_edited_example("what a complete waste of two good hours")
    # [CLS] what a complete waste of two good hours [SEP]
    page.wait_module(HEAD, "m.dataset.state === 'ready' && m.dataset.tokens === '10'")
    assert before != "10"
    page.wait_module("model-view-module",
                     "m.dataset.state === 'ready' && Number(m.dataset.drawn) > 0")
    page.screenshot("edited_attention")
    page.open_tab("Neurons")
    page.wait_module("neuron-view-module", "m.dataset.state === 'ready' && m.dataset.rows === '10'")
    chips = page.page.locator("neuron-view-module .chip").all_inner_texts()
    assert "waste" in chips
    page.open_tab("NMF")
    page.wait_module("nmf-module", "m.dataset.state === 'ready' && m.dataset.tokens === '10'")
    assert "waste" in page.page.locator("nmf-module .sentence").inner_text()


def test_pinned_and_selected_examples_side_by_side(lit_page):
    page = lit_page.open()
    page.open_tab("Attention")
    page.select_row(0)  # 18 tokens
    page.wait_module(HEAD, "m.dataset.state === 'ready'")
    page.page.get_by_role("button", name="Pin datapoint 0").click()
    page.select_row(6)  # "this is not a bad movie at all ." -> 11 tokens
    page.page.wait_for_function(
        "() => [...document.querySelectorAll('*')].length && "
        "findDeepAll(document, 'head-view-module').filter(m => m.dataset.state === 'ready')"
        ".length === 2", timeout=60_000, polling=200)
    views = page.page.locator(HEAD)
    # LIT renders one copy per example; selection service 1 is the pinned example's.
    shown = dict(views.nth(i).evaluate("m => [m.selectionServiceIndex, m.dataset.tokens]")
                 for i in range(2))
    assert shown == {1: "18", 0: "11"}
    page.screenshot("head_view_pinned_vs_selected")


def test_time_from_click_to_painted_head_view(lit_page):
    """Prints click→painted times of the head view for growing inputs (not a pass/fail bar)."""
    page = lit_page.open()
    page.open_tab("Attention")
    page.select_row(0)
    page.wait_module(HEAD, "m.dataset.state === 'ready'")
    results = {}
    for n in (16, 64, 128, 256):
        page.add_edited_example(sentence_with_tokens(n))
        page.wait_module(HEAD, f"m.dataset.state === 'ready' && m.dataset.tokens === '{n}'",
                         timeout=120_000)
        results[n] = page.page.evaluate(f"""() => {{
          const click = window.__litExtClicks[window.__litExtClicks.length - 1];
          const painted = performance.getEntriesByName('lit-ext:head-view:painted')
              .filter(e => e.startTime > click && e.detail.tokens === {n});
          const request = performance.getEntriesByName('lit-ext:head-view:request')
              .filter(e => e.startTime > click)[0];
          const data = performance.getEntriesByName('lit-ext:head-view:data')
              .filter(e => e.startTime > click && e.detail.tokens === {n})[0];
          return {{ms: painted[0].startTime - click, lines: painted[0].detail.lines,
                   request: request.startTime - click, data: data.startTime - request.startTime,
                   draw: painted[0].startTime - data.startTime}};
        }}""")
    page.screenshot("head_view_256_tokens")
    # Hovering isolates a token's lines: time from the mouse event to the next frame.
    hover_ms = page.module(HEAD).evaluate("""async m => {
      const canvas = m.shadowRoot.querySelector('canvas.labels');
      const rect = canvas.getBoundingClientRect();
      const times = [];
      for (const index of [1, 40, 80, 120, 160, 200, 240]) {
        for (const side of ['left', 'right']) {
          const p = m.tokenPosition(side, index);
          const start = performance.now();
          canvas.dispatchEvent(new MouseEvent('mousemove', {
              clientX: rect.left + p.x, clientY: rect.top + p.y, bubbles: true, composed: true}));
          await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)));
          times.push(performance.now() - start);
        }
      }
      canvas.dispatchEvent(new MouseEvent('mouseleave'));
      return times.reduce((a, b) => a + b, 0) / times.length;
    }""")
    print(f"head view, 256 tokens: hover -> next frame {hover_ms:.1f} ms on average")
    for n, result in results.items():
        print(f"head view, {n:3d} tokens: click -> painted {result['ms']:7.1f} ms "
              f"= LIT {result['request']:5.1f} + fetch/decode {result['data']:6.1f} "
              f"+ draw/paint {result['draw']:6.1f} ms ({result['lines']} lines)")
    assert all(result["ms"] < 30_000 for result in results.values())

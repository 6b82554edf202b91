"""Rows 6 and 7: click a data-table row → head view / model view painted, in headless Chromium.

Drives Debian's Chromium through Playwright with the browser tests' helpers
(`tests/browser/lit_browser.py`). Times come from the page's Performance API: the click is
recorded by a capturing listener, the head view marks `lit-ext:head-view:painted` one frame after
drawing, and for the model view a MutationObserver on its `data-drawn` attribute records, one
frame later, when every layer × head thumbnail has been drawn.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from bench.results import Line, Results, ms

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "browser"))
from lit_browser import CHROMIUM, CHROMIUM_ARGS, LitPage  # noqa: E402

HEAD = "head-view-module"
MODEL = "model-view-module"
# Tall enough that the model view shows all 6 × 12 MiniLM heads without scrolling (its
# thumbnails are drawn lazily, as they scroll into view); at 1080 px the export row and the
# "Colour by" toolbar push the last rows below the fold.
VIEWPORT = {"width": 1920, "height": 1400}
HEAD_BUDGET_MS = {64: 300, 256: 1000}
MODEL_BUDGET_MS = {64: 1000}

WATCH_MODEL_VIEW = """() => {
  const m = findDeep(document, 'model-view-module');
  window.__modelViewLog = [];
  new MutationObserver(() => {
    const entry = {drawn: Number(m.dataset.drawn), state: m.dataset.state};
    requestAnimationFrame(() => window.__modelViewLog.push({...entry, t: performance.now()}));
  }).observe(m, {attributes: true, attributeFilter: ['data-drawn', 'data-state']});
}"""
# After the last click: the head view's request, its data (n tokens) and first paint after that
# data; the model view's reset (drawn = 0) and the frame after its last thumbnail was drawn.
PICK = """
  const click = window.__litExtClicks[window.__litExtClicks.length - 1];
  const after = (name, t) => performance.getEntriesByName(name).filter(e => e.startTime > t);
  // (a repaint of the previous row, which may have the same length, must not count)
  const request = after('lit-ext:head-view:request', click)[0];
  const data = request && after('lit-ext:head-view:data', request.startTime)
      .filter(e => e.detail.tokens === n)[0];
  const painted = data && after('lit-ext:head-view:painted', data.startTime)
      .filter(e => e.detail.tokens === n)[0];
  const m = findDeep(document, 'model-view-module');
  const total = m.shadowRoot.querySelectorAll('canvas.thumb').length;
  const log = window.__modelViewLog.filter(e => e.t > click);
  const reset = log.findIndex(e => e.drawn === 0);
  const all = reset < 0 ? undefined :
      log.slice(reset).find(e => e.drawn === total && e.state === 'ready');
  const loaded = reset < 0 ? undefined : log.slice(reset).find(e => e.state === 'ready');
"""
# Both views done for the row clicked last.
DONE = "n => {" + PICK + "return !!(painted && all); }"
TIMES = "n => {" + PICK + """
  // The two attention requests (Resource Timing); the head view's (one layer) is the smaller.
  const fetches = performance.getEntriesByType('resource')
      .filter(e => e.startTime > click && e.name.includes('get_interpretations') &&
                   e.name.includes('attention'))
      .sort((a, b) => a.encodedBodySize - b.encodedBodySize);
  const server = e => e ? e.responseStart - e.requestStart : NaN;
  return {head: painted.startTime - click, lines: painted.detail.lines,
          lit: request.startTime - click, fetch: data.startTime - request.startTime,
          draw: painted.startTime - data.startTime,
          headServer: server(fetches[0]), modelServer: server(fetches[fetches.length - 1]),
          headFetch: fetches[0] ? fetches[0].responseEnd - fetches[0].startTime : NaN,
          queued: fetches[0] ? fetches[0].startTime - request.startTime : NaN,
          decode: fetches[0] ? data.startTime - fetches[0].responseEnd : NaN,
          model: all.t - click, modelData: loaded.t - click, thumbs: total,
          // Every request the click caused: endpoint (+ interpreter) and server time.
          requests: performance.getEntriesByType('resource')
              .filter(e => e.startTime > click && e.initiatorType === 'fetch')
              .map(e => {
                const url = new URL(e.name);
                const what = url.pathname.split('/').pop() +
                    (url.searchParams.get('interpreter') ? ':' + url.searchParams.get('interpreter') : '');
                return [what, Math.round(e.responseStart - e.requestStart)];
              })};
}"""
DEBUG = """() => ({clicks: window.__litExtClicks.slice(-2), log: window.__modelViewLog.slice(-12),
  marks: performance.getEntriesByType('mark').slice(-8).map(e => [e.name, e.startTime, e.detail])})"""


def show_all_rows(page: LitPage) -> None:
    """LIT's data table pages its rows; one page with every row lets us click any of them."""
    page.page.evaluate("""() => {
      const table = findDeep(document, 'lit-data-table');
      table.entriesPerPage = 1000;
      table.requestUpdate();
    }""")


def click_and_time(page: LitPage, row: int, n: int) -> dict:
    page.page.evaluate("() => { window.__modelViewLog.length = 0; performance.clearResourceTimings(); }")
    # On the row's index number: the middle of a long row may be its "…" (expand text) button.
    cell = page.page.locator("lit-data-table tbody tr").nth(row).locator("td").first
    cell.scroll_into_view_if_needed()
    cell.click(position={"x": cell.bounding_box()["width"] - 6, "y": 8})
    try:
        page.page.wait_for_function(DONE, arg=n, timeout=60_000, polling=50)
    except Exception:
        print(page.page.evaluate(DEBUG), flush=True)
        print("screenshot:", page.screenshot("bench_click_timeout"), flush=True)
        raise
    times = page.page.evaluate(TIMES, n)
    time.sleep(0.2)  # let LIT's other listeners settle before the next click
    return times


def measure(results: Results, url: str, rows_by_length: dict[int, list[int]], warmup: int,
            rows: set[int]) -> None:
    """`rows_by_length`: n -> the data-table rows with n tokens (warm-up rows first)."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).is_file():
        raise RuntimeError(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport=VIEWPORT)
            page = LitPage(context.new_page(), url).install_helpers().open()
            page.open_tab("Attention")
            page.page.wait_for_function("() => !!findDeep(document, 'model-view-module')")
            page.page.evaluate(WATCH_MODEL_VIEW)
            show_all_rows(page)
            total = sum(len(table_rows) for table_rows in rows_by_length.values())
            # LIT shows an empty "none" dataset if it finds ours incompatible with the model.
            page.page.wait_for_selector(f"text=/of {total} datapoints/", timeout=30_000)
            for n, table_rows in rows_by_length.items():
                print(f"- browser, {n} tokens: {len(table_rows) - warmup} clicks "
                      f"(+{warmup} warm-up)", flush=True)
                timed = [click_and_time(page, row, n) for row in table_rows][warmup:]
                record(results, n, timed, rows)
            page.screenshot("bench_attention_views")
            if page.errors:
                results.notes.append(f"browser console errors: {page.errors[:3]}")
        finally:
            browser.close()


def record(results: Results, n: int, timed: list[dict], rows: set[int]) -> None:
    def med(key):
        return statistics.median(t[key] for t in timed)

    head, model = med("head"), med("model")
    results.series("head view painted (browser)", "ms", n, head)
    results.series("model view painted (browser)", "ms", n, model)
    if 6 in rows:
        budget = HEAD_BUDGET_MS.get(n)
        results.add(Line(6, n, ms(head), "—", "—", f"≤ {budget} ms" if budget else "— (growth only)",
                         None if budget is None else head <= budget,
                         f"click→request {ms(med('lit'))} + before fetch {ms(med('queued'))} + "
                         f"fetch {ms(med('headFetch'))} (server {ms(med('headServer'))}; model "
                         f"view's concurrent request: server {ms(med('modelServer'))}) + after "
                         f"fetch {ms(med('decode'))} + draw {ms(med('draw'))}; "
                         f"{timed[0]['lines']} lines"))
    requests = ", ".join(f"{what} (server {server_ms} ms)" for what, server_ms in timed[0]["requests"])
    results.notes.append(f"Requests one click at {n} tokens sent (first timed click): {requests}.")
    if 7 in rows:
        budget = MODEL_BUDGET_MS.get(n)
        results.add(Line(7, n, ms(model), "—", "—", f"≤ {budget} ms" if budget else "— (growth only)",
                         None if budget is None else model <= budget,
                         f"data in after {ms(med('modelData'))}; {timed[0]['thumbs']} thumbnails"))

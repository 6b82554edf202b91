"""Markup in data and in model tokens is shown as text in all four of our modules, never run.

The model is lit-ext's SST-2 classifier saved with two extra vocabulary entries that are HTML
(`<img src=x onerror=...>`, `<script>...</script>`), so those strings reach our modules as
single tokens, exactly as written. A WordPiece tokenizer alone would cut them into harmless
pieces and the test could not fail. The markup also sits in the dataset's sentences and in an
example added through LIT's datapoint editor. A last step renders one token as HTML on purpose
to show that the payload does run when it is not escaped.

The server is `lit-ext serve` itself (lit-ext's checked LIT app), so this also shows that the
UI works through its request checks.
"""

from __future__ import annotations

import os
import subprocess
import sys

import portpicker
import pytest
import torch
from lit_browser import REPO, VIEWPORT, LitPage, LitServer

IMG = "<img src=x onerror=window.__xss=1>"
SCRIPT = "<script>window.__xss=2</script>"
EDITED_IMG = "<img src=x onerror=window.__xss=3>"
ROWS = [
    (f"a fine film {IMG} indeed", 1),
    (f"{SCRIPT} a dull plot", 0),
    ("a perfectly ordinary sentence", 1),
]
EDITED = f"{SCRIPT} an edited review {EDITED_IMG} that I liked"
MODULES = ("head-view-module", "model-view-module", "neuron-view-module", "nmf-module")

# Elements a module would only contain if token or data text were parsed as HTML.
INJECTED = """m => {
  const found = [];
  const walk = root => {
    for (const el of root.querySelectorAll('img, script, iframe, object, embed')) found.push(el.outerHTML);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(m.shadowRoot);
  return found;
}"""


@pytest.fixture(scope="module")
def markup_server(tmp_path_factory):
    from lit_ext.models.sst2_minilm import sst2_classifier

    workdir = tmp_path_factory.mktemp("escaping")
    wrapper = sst2_classifier()
    tokenizer, model = wrapper.tokenizer, wrapper.model
    tokenizer.add_tokens([IMG, SCRIPT, EDITED_IMG])
    torch.manual_seed(0)
    model.resize_token_embeddings(len(tokenizer))
    checkpoint = workdir / "markup_model"
    model.save_pretrained(checkpoint)
    tokenizer.save_pretrained(checkpoint)
    data = workdir / "markup.tsv"
    data.write_text("sentence\tlabel\n" + "".join(f"{s}\t{label}\n" for s, label in ROWS),
                    encoding="utf-8")
    config = f"""
models: [{{name: markup-model, kind: classifier, path: {checkpoint}, labels: [negative, positive]}}]
datasets: [{{name: markup, kind: file, path: {data}, labels: [negative, positive]}}]
server: {{warm_start: 1.0}}
"""
    server = CliServer(config, tmp_path_factory.mktemp("escaping_server"))
    server.wait_ready()
    yield server
    server.stop()


class CliServer(LitServer):
    """Like `LitServer`, but started as `lit-ext serve` rather than with LIT's dev server."""

    def __init__(self, config_text, workdir):
        self.config = workdir / "config.yaml"
        self.config.write_text(config_text)
        self.port = portpicker.pick_unused_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / "server.log"
        self.log = open(self.log_path, "w+")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "lit_ext.cli", "serve", "--config", str(self.config),
             "--port", str(self.port)],
            stdout=self.log, stderr=subprocess.STDOUT, cwd=REPO,
            env=os.environ | {"HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"})


@pytest.fixture
def page(browser, markup_server):
    context = browser.new_context(viewport=VIEWPORT)
    lit = LitPage(context.new_page(), markup_server.url).install_helpers()
    yield lit
    context.close()


def assert_nothing_ran(page: LitPage):
    assert page.page.evaluate("window.__xss") is None, "markup from the data or tokens ran"
    for tag in MODULES:
        injected = page.module(tag).evaluate(INJECTED)
        assert injected == [], f"{tag} parsed text as HTML: {injected}"


def wait_ready_with(page: LitPage, tag: str, token: str, extra: str = "true"):
    """Waits until module `tag` shows data whose tokens include `token`."""
    page.wait_module(tag, f"m.dataset.state === 'ready' && m.data != null && "
                          f"m.data.tokens.includes({token!r}) && ({extra})")


def check_head_view(page: LitPage, token: str):
    tag = "head-view-module"
    wait_ready_with(page, tag, token, "Number(m.dataset.lines) > 0")
    index = page.module(tag).evaluate(f"m => m.data.tokens.indexOf({token!r})")
    position = page.module(tag).evaluate(f"m => m.tokenPosition('left', {index})")
    page.page.locator(f"{tag} canvas.labels").hover(position=position)
    tooltip = page.page.locator(f"{tag} .tooltip")
    tooltip.wait_for(state="visible")
    # The tooltip (set with textContent) names the hovered token by its exact text.
    assert tooltip.inner_text().startswith(f"{token} (#{index})")


def check_model_view(page: LitPage, token: str):
    wait_ready_with(page, "model-view-module", token, "Number(m.dataset.drawn) >= 12")


def check_neuron_view(page: LitPage, token: str):
    tag = "neuron-view-module"
    wait_ready_with(page, tag, token)
    chip = page.page.locator(f"{tag} .chip", has_text=token)
    assert chip.count() == 1 and chip.inner_text() == token
    cells = page.page.locator(f"{tag} td.token-col", has_text=token)
    assert cells.count() >= 1 and cells.first.inner_text() == token


def check_nmf(page: LitPage, token: str):
    tag = "nmf-module"
    wait_ready_with(page, tag, token)
    shown = page.page.locator(f"{tag} .sentence .token", has_text=token)
    assert shown.count() == 1 and shown.inner_text() == token
    assert shown.is_visible()


def check_all_modules(page: LitPage, token: str, name: str):
    page.open_tab("Attention")
    check_head_view(page, token)
    check_model_view(page, token)
    assert_nothing_ran(page)
    page.screenshot(f"escaping_{name}_attention")
    page.open_tab("Neurons")
    check_neuron_view(page, token)
    assert_nothing_ran(page)
    page.screenshot(f"escaping_{name}_neurons")
    page.open_tab("NMF")
    check_nmf(page, token)
    assert_nothing_ran(page)
    page.screenshot(f"escaping_{name}_nmf")


def test_markup_in_data_and_tokens_is_text_in_all_four_modules(page):
    page.open()
    table = page.page.locator("lit-data-table")
    # LIT's own table shows the sentences as text too.
    assert table.locator("td", has_text=IMG).count() >= 1
    assert table.locator("td", has_text=SCRIPT).count() >= 1
    assert_nothing_ran(page)

    table.locator("tbody tr", has_text=IMG).first.click()
    check_all_modules(page, IMG, "img_row")
    table.locator("tbody tr", has_text=SCRIPT).first.click()
    check_all_modules(page, SCRIPT, "script_row")

    # An example written in LIT's datapoint editor goes through the same paths.
    page.add_edited_example(EDITED)
    check_all_modules(page, EDITED_IMG, "edited")
    page.open_tab("Neurons")
    check_neuron_view(page, SCRIPT)
    assert page.page.evaluate("window.__xss") is None

    # No failed request (a refused endpoint, a 500) and no script error on the way.
    assert page.errors == []

    # Control: the same token rendered as HTML does run, so the checks above can fail.
    page.page.evaluate(f"document.body.insertAdjacentHTML('beforeend', {EDITED_IMG!r})")
    page.page.wait_for_function("window.__xss === 3", timeout=10_000)

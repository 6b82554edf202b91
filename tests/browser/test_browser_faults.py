"""Faults in the browser (issue 6): an error shows in the module it concerns only, and the page,
the other modules and the server keep working; reloading during a long NMF leaves nothing broken.

The server (`serve_faulty_app.py`) runs the real classifier behind `tests/fault_injection.py`:
the NMF interpreter raises on text containing NMF_FAULT, the model's predict() on text containing
MODEL_FAULT.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from lit_browser import REPO, VIEWPORT, LitPage, LitServer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for fault_injection
from fault_injection import MODEL_FAULT, NMF_FAULT  # noqa: E402

SERVE = Path(__file__).with_name("serve_faulty_app.py")
MODULES = ("head-view-module", "model-view-module", "neuron-view-module", "nmf-module")
HEAD, NMF = "head-view-module", "nmf-module"
ROWS = [
    (f"{NMF_FAULT} : the factors of this review cannot be computed .", 0),
    ("a warm , funny and moving film .", 1),
    # ~500 tokens: an NMF that takes seconds.
    (" ".join(["the acting is superb but the script meanders badly"] * 50) + " .", 0),
]
ROW_NMF_FAULT, ROW_GOOD, ROW_LONG = 0, 1, 2

# Each of our modules on the page with its state and the text of its inline error.
MODULE_STATES = """tags => Object.fromEntries(tags.map(tag => {
  const m = findDeep(document, tag);
  const error = m && m.shadowRoot && m.shadowRoot.querySelector('.status.error');
  return [tag, m ? {state: m.dataset.state, error: error ? error.textContent : null} : null];
}))"""


class FaultyServer(LitServer):
    """`serve_faulty_app.py` on a free port (LitServer's readiness check and SIGINT stop)."""

    def __init__(self, workdir: Path):
        import os

        import portpicker
        data = workdir / "reviews.csv"
        with open(data, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["sentence", "label"])
            writer.writerows(ROWS)
        self.port = portpicker.pick_unused_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / "server.log"
        self.log = open(self.log_path, "w+")
        self.process = subprocess.Popen(
            [sys.executable, str(SERVE), str(data), str(self.port)], stdout=self.log,
            stderr=subprocess.STDOUT, cwd=REPO,
            env=os.environ | {"HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"})


@pytest.fixture(scope="module")
def faulty_server(tmp_path_factory):
    server = FaultyServer(tmp_path_factory.mktemp("faulty_server"))
    server.wait_ready()
    yield server
    server.stop()


@pytest.fixture
def page(browser, faulty_server, request):
    context = browser.new_context(viewport=VIEWPORT)
    lit_page = LitPage(context.new_page(), faulty_server.url).install_helpers()
    yield lit_page
    lit_page.screenshot(f"{request.node.name}-final")
    context.close()


def states(page: LitPage) -> dict:
    return page.page.evaluate(MODULE_STATES, list(MODULES))


def test_interpreter_error_shows_in_its_module_only(page, faulty_server):
    page.open()
    page.open_tab("NMF")
    page.select_row(ROW_NMF_FAULT)
    page.wait_module(NMF, "m.dataset.state === 'error'")
    assert "Injected interpreter fault" in states(page)[NMF]["error"]
    # Its layer pickers still list the model's layers, so the user can try another range.
    pickers = page.page.evaluate("""() => {
      const root = findDeep(document, 'nmf-module').shadowRoot;
      const select = name => root.querySelector(`.${name}-select`);
      return {options: select('from').options.length, from: select('from').value, to: select('to').value};
    }""")
    assert pickers == {"options": 6, "from": "0", "to": "5"}  # the range that was asked for
    page.screenshot("fault_nmf_error")

    # The same example in the other modules: drawn, no error.
    page.open_tab("Attention")
    page.wait_module(HEAD, "m.dataset.state === 'ready' && Number(m.dataset.lines) > 0")
    page.wait_module("model-view-module", "m.dataset.state === 'ready'")
    page.open_tab("Neurons")
    page.wait_module("neuron-view-module", "m.dataset.state === 'ready'")
    shown = states(page)
    # (A module in a hidden tab keeps its state but need not render its error text.)
    assert [tag for tag, s in shown.items() if s and s["state"] == "error"] == [NMF], shown

    # NMF itself works for another example.
    page.open_tab("NMF")
    page.select_row(ROW_GOOD)
    page.wait_module(NMF, "m.dataset.state === 'ready'")
    assert states(page)[NMF]["error"] is None
    assert requests.post(f"{faulty_server.url}/get_info", timeout=30).ok


def test_model_error_on_an_edited_example_is_reported_and_contained(page):
    page.open()
    page.open_tab("Attention")
    page.select_row(ROW_GOOD)
    page.wait_module(HEAD, "m.dataset.state === 'ready'")
    page.add_edited_example(f"a {MODEL_FAULT} sentence the model chokes on")
    # LIT's prediction requests for the new example fail; LIT reports it in its status bar.
    page.page.get_by_text("Injected model fault").first.wait_for(timeout=60_000)
    # Our views need no prediction (introspection skips predict()), so they show the example:
    # [CLS] a model ##fa ##ult sentence the model choke ##s on [SEP]
    page.wait_module(HEAD, "m.dataset.state === 'ready' && m.dataset.tokens === '12'")
    page.wait_module("model-view-module", "m.dataset.state === 'ready'")
    assert [tag for tag, s in states(page).items() if s and s["state"] == "error"] == []
    page.screenshot("fault_model_error")
    # Other examples work as before.
    page.select_row(ROW_GOOD)
    page.wait_module(HEAD, "m.dataset.state === 'ready' && m.dataset.tokens === '10'")
    page.open_tab("NMF")
    page.wait_module(NMF, "m.dataset.state === 'ready'")
    assert states(page)[NMF]["error"] is None


def test_reloading_during_a_long_nmf(page, faulty_server):
    page.open()
    page.open_tab("NMF")
    page.select_row(ROW_LONG)
    page.wait_module(NMF, "m.dataset.state === 'loading'")
    page.page.reload()  # the pending NMF request is abandoned by the browser
    page.errors.clear()
    page.open()
    page.open_tab("NMF")
    page.select_row(ROW_LONG)
    page.wait_module(NMF, "m.dataset.state === 'ready'", timeout=180_000)
    assert states(page)[NMF]["error"] is None
    page.open_tab("Attention")
    page.wait_module(HEAD, "m.dataset.state === 'ready' && Number(m.dataset.lines) > 0")
    assert page.errors == [], page.errors
    assert requests.post(f"{faulty_server.url}/get_info", timeout=30).ok

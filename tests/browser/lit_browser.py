"""Helpers for the browser tests: a lit-ext LIT server process and a LIT page in Chromium.

(A module of its own, not conftest.py: test modules import from it, and `tests/` has another
conftest.py.)
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import portpicker

from lit_ext.readiness import ServerNotReady, wait_until_serving

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "artifacts" / "browser"
SERVE_APP = Path(__file__).with_name("serve_app.py")
CHROMIUM = os.environ.get("LIT_EXT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1400, "height": 1000}

# No max_length: the model's own limit (512), so long edited sentences are not truncated.
CONFIG = """
models: [{name: sst2-minilm, kind: sst2_minilm}]
datasets: [{name: sample_reviews, kind: sample}]
server: {warm_start: 1.0}
"""


class LitServer:
    """A `serve_app.py` process on a free loopback port."""

    def __init__(self, config_text: str, workdir: Path, client_root: str | None = None):
        self.config = workdir / "config.yaml"
        self.config.write_text(config_text)
        self.port = portpicker.pick_unused_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / "server.log"
        command = [sys.executable, str(SERVE_APP), str(self.config), str(self.port)]
        if client_root:
            command += ["--client-root", client_root]
        env = os.environ | {"HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"}
        self.log = open(self.log_path, "w+")
        # SIGINT as from a terminal, even when the tests run in a background shell (which
        # hands children SIGINT ignored): stop() relies on it.
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT,
                                        env=env, cwd=REPO,
                                        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))

    def wait_ready(self, timeout: float = 300):
        try:
            wait_until_serving(self.url, process=self.process, timeout=timeout, log=self.log_path)
        except ServerNotReady:
            self.stop()
            raise

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # LIT's dev server stops on SIGINT
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.log.close()


def start_server(tmp_path_factory, name: str, config_text: str = CONFIG, **kwargs) -> LitServer:
    server = LitServer(config_text, tmp_path_factory.mktemp(name), **kwargs)
    server.wait_ready()
    return server


class LitPage:
    """A page of the LIT app plus the errors it raised."""

    def __init__(self, page, url: str):
        self.page = page
        self.url = url
        self.errors: list[str] = []
        page.on("pageerror", lambda err: self.errors.append(str(err)))
        page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))

    def open(self, timeout: float = 90_000):
        self.page.goto(self.url)
        # Data-table rows only appear once LIT has laid out every module in the layout.
        self.page.wait_for_selector("lit-data-table tbody tr", timeout=timeout)
        self.check_no_layout_errors()
        return self

    def check_no_layout_errors(self):
        malformed = [e for e in self.errors if "Malformed layout" in e]
        assert not malformed, f"LIT could not build the layout: {malformed}"

    def screenshot(self, name: str):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path))
        return path

    # ---- LIT interactions ----------------------------------------------------------------

    def open_tab(self, name: str):
        self.page.locator(".tab", has_text=re.compile(f"^\\s*{re.escape(name)}\\s*$")).first.click()

    def select_row(self, index: int):
        self.page.locator("lit-data-table tbody tr").nth(index).click()

    def add_edited_example(self, sentence: str):
        """Types `sentence` into LIT's datapoint editor and adds it (LIT then selects it)."""
        editor = self.page.locator("datapoint-editor-module textarea").first
        editor.fill(sentence)
        self.page.locator("datapoint-editor-module button", has_text=re.compile(r"^\s*Add\s*$")) \
            .first.click()

    def module(self, tag: str):
        return self.page.locator(tag).first

    def wait_module(self, tag: str, condition: str, timeout: float = 60_000):
        """Waits until JS `condition` holds for module element `m` (e.g. "m.dataset.state==='ready'")."""
        self.page.wait_for_function(
            f"() => {{ const m = document.querySelector('lit-app') && "
            f"findDeep(document, {tag!r}); return !!m && ({condition}); }}",
            timeout=timeout, polling=100)

    def install_helpers(self):
        """`findDeep(root, selector)`: querySelector through open shadow roots."""
        self.page.add_init_script("""
          window.findDeep = (root, selector) => {
            const found = root.querySelector(selector);
            if (found) return found;
            for (const el of root.querySelectorAll('*')) {
              if (el.shadowRoot) {
                const inner = findDeep(el.shadowRoot, selector);
                if (inner) return inner;
              }
            }
            return null;
          };
          window.findDeepAll = (root, selector) => {
            const found = [...root.querySelectorAll(selector)];
            for (const el of root.querySelectorAll('*')) {
              if (el.shadowRoot) found.push(...findDeepAll(el.shadowRoot, selector));
            }
            return found;
          };
          window.__litExtClicks = [];
          document.addEventListener('click', () => {
            window.__litExtClicks.push(performance.now());
          }, true);
        """)
        return self



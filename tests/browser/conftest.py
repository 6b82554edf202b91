"""Browser tests: lit-ext's LIT server with the real offline classifier, driven by headless
Chromium (Debian's, never a downloaded build) through Playwright.

Every test gets a fresh page on the shared server; a page error such as LIT's "Malformed
layout" (what happens when our bundle is missing) fails the test. Screenshots land in
`artifacts/browser/`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lit_browser import CHROMIUM, CHROMIUM_ARGS, VIEWPORT, LitPage, start_server


@pytest.fixture(scope="session")
def lit_server(tmp_path_factory):
    server = start_server(tmp_path_factory, "lit_server")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"Chromium not found at {CHROMIUM}: `apt-get install -y chromium` "
                    "(or set LIT_EXT_CHROMIUM). The browser tests never download a browser.")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def lit_page(browser, lit_server, request):
    context = browser.new_context(viewport=VIEWPORT)
    page = LitPage(context.new_page(), lit_server.url).install_helpers()
    yield page
    page.screenshot(f"{request.node.name}-final")
    context.close()

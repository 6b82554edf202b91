"""The page around our modules: our index.html, local fonts, the versioned bundle, and what
happens when the bundle is missing (LIT cannot build the layout and blanks the module area)."""

from __future__ import annotations

import re
import time

import pytest
import requests
from lit_browser import LitPage

from lit_ext.client import client_root

OUR_MODULES = {"head-view-module", "model-view-module", "neuron-view-module", "nmf-module",
               "faithfulness-module", "layer-predictions-module", "attention-search-module",
               "store-search-module"}


def test_index_loads_local_fonts_lit_and_our_versioned_bundle(lit_server):
    index = requests.get(lit_server.url, timeout=30)
    assert index.ok
    html = index.text
    assert "fonts.googleapis.com" not in html
    fonts_at = html.index("static/lit_ext/fonts.css")
    main_at = html.index('src="main.js"')
    bundle = re.search(r'src="(static/lit_ext/lit_ext\.js\?v=([0-9a-f]+))"', html)
    assert bundle and fonts_at < main_at < bundle.start()
    assert bundle.group(2) == client_root.bundle_version()
    served = requests.get(f"{lit_server.url}/{bundle.group(1)}", timeout=30)
    assert served.ok and "javascript" in served.headers["Content-Type"]
    assert "head-view-module" in served.text and "nmf-module" in served.text

    css = requests.get(f"{lit_server.url}/static/lit_ext/fonts.css", timeout=30).text
    for font in re.findall(r"url\((fonts/[\w.-]+\.woff2)\)", css):
        response = requests.get(f"{lit_server.url}/static/lit_ext/{font}", timeout=30)
        assert response.ok and response.headers["Content-Type"] == "font/woff2", font


def test_icons_render_as_glyphs_not_ligature_names(lit_page):
    page = lit_page.open()
    page.page.wait_for_function("() => document.fonts.check('24px \"Material Icons\"')")
    loaded = page.page.evaluate("""() => [...document.fonts].filter(f => f.status === 'loaded')
                                        .map(f => f.family.replace(/"/g, ''))""")
    assert {"Material Icons", "Material Icons Outlined", "Roboto"} <= set(loaded)
    # A LIT toolbar icon is a ligature: with its font it is about one glyph wide, without it
    # the word "arrow_drop_down" is ~100 px of text.
    icon = page.page.locator("lit-app-toolbar .material-icon", has_text="arrow_drop_down").first
    box = icon.bounding_box()
    assert box and box["width"] < 40
    page.screenshot("fonts_and_icons")


def test_a_missing_bundle_is_caught(browser, lit_server):
    """Without our bundle LIT throws "Malformed layout" and draws no modules; the page check
    every browser test runs fails on it."""
    context = browser.new_context()
    page = LitPage(context.new_page(), lit_server.url).install_helpers()
    page.page.route(re.compile(r".*/static/lit_ext/lit_ext\.js.*"), lambda route: route.abort())
    page.page.goto(lit_server.url)
    deadline = time.monotonic() + 60
    while not any("Malformed layout" in e for e in page.errors) and time.monotonic() < deadline:
        page.page.wait_for_timeout(250)
    # LIT stops at the first of our elements in the layout.
    missing = {m.group(1) for e in page.errors
               for m in re.finditer(r"unable to find element '([\w-]+)'", e)}
    assert missing and missing <= OUR_MODULES, page.errors
    assert page.page.locator("lit-data-table tbody tr").count() == 0
    with pytest.raises(AssertionError, match="Malformed layout"):
        page.check_no_layout_errors()
    page.screenshot("missing_bundle")
    context.close()


def test_server_errors_show_inline_in_the_module(lit_page):
    page = lit_page
    page.page.route(re.compile(r".*/get_interpretations\?.*interpreter=nmf.*"),
                    lambda route: route.fulfill(status=500, body=(
                        "Uncaught error: NMF needs at least 2 tokens\n\nDetails: Traceback ...")))
    page.open()
    page.open_tab("NMF")
    page.select_row(3)
    page.wait_module("nmf-module", "m.dataset.state === 'error'")
    error = page.page.locator("nmf-module .status.error")
    assert error.inner_text() == "NMF needs at least 2 tokens"
    page.page.unroute(re.compile(r".*/get_interpretations\?.*interpreter=nmf.*"))
    page.select_row(4)
    page.wait_module("nmf-module", "m.dataset.state === 'ready'")
    assert error.count() == 0

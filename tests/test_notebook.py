"""The notebook widget: built from a config, serves LIT, stops promptly."""

from __future__ import annotations

import time

import requests

from lit_ext.config import parse_config
from lit_ext.notebook import LitExtWidget, lit_widget


def test_widget_serves_our_layout_and_stops_quickly():
    config = parse_config({"models": [{"name": "m", "kind": "sst2_minilm"}],
                           "datasets": [{"name": "d", "kind": "sample"}]})
    widget = lit_widget(config)
    assert isinstance(widget, LitExtWidget)
    port = widget._server.port
    info = requests.post(f"http://localhost:{port}/get_info", timeout=30).json()
    assert info["defaultLayout"] == "lit_ext" and list(info["models"]) == ["m"]
    started = time.monotonic()
    widget.stop()
    assert time.monotonic() - started < 5

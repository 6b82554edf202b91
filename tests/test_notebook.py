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


def test_example_notebook_runs(capsys):
    """Executes the code cells of examples/quickstart.ipynb in order, as Jupyter would."""
    import json
    from pathlib import Path

    notebook = json.loads((Path(__file__).parents[1] / "examples" / "quickstart.ipynb").read_text())
    namespace: dict = {}
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            exec(compile("".join(cell["source"]), "quickstart.ipynb", "exec"), namespace)
    printed = capsys.readouterr().out
    assert "attention (6, 12, 13, 13)" in printed and "ffn (6, 13, 1536)" in printed
    assert "'positive'" in printed

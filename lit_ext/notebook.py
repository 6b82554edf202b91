"""LIT inside Jupyter: a `LitWidget` built from a lit-ext config.

    from lit_ext.notebook import lit_widget
    widget = lit_widget("sst2")          # same models, datasets, layout as `lit-ext serve`
    widget.render(height=800)
    widget.stop()

On a remote Jupyter server the iframe must go through the notebook's proxy: pass `proxy_url`
(e.g. "/proxy/%PORT%/" with jupyter-server-proxy) or set LIT_PROXY_URL.
"""

from __future__ import annotations

import os
import threading
import urllib.request

from lit_nlp import notebook

from lit_ext.config import AppConfig, load_config
from lit_ext.server import app_kwargs, build_components


class LitExtWidget(notebook.LitWidget):
    """LIT's notebook widget with a prompt `stop()`.

    LIT's notebook server only checks its stop flag between requests and waits up to 30 s for
    one; we send it harmless requests until it has stopped.
    """

    def stop(self) -> None:
        port = self._server.port
        stopper = threading.Thread(target=super().stop, daemon=True)
        stopper.start()
        while stopper.is_alive():
            try:
                urllib.request.urlopen(f"http://localhost:{port}/", timeout=1).close()
            except OSError:
                pass
            stopper.join(0.1)


def lit_widget(config: str | AppConfig = "sst2", *, height: int = 1000, render: bool = False,
               warm_start: bool = False, proxy_url: str | None = None) -> LitExtWidget:
    """Starts LIT for a config (shipped name, path or `AppConfig`) and returns its widget."""
    if not isinstance(config, AppConfig):
        config = load_config(config)
    models, datasets = build_components(config)
    return LitExtWidget(
        models, datasets,
        height=height, render=render, warm_start=warm_start,
        proxy_url=proxy_url or os.environ.get("LIT_PROXY_URL"),
        **app_kwargs(config, models),
    )

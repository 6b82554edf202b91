"""lit-ext's app for checkpoint directories, served in this process through LIT's HTTP API.

`make_api` builds the app as `lit-ext serve` does (`make_app`); requests go through werkzeug's
test client, so there is no port or server process to wait for.
"""

from __future__ import annotations

import json

from tiny_app import Api, example

from lit_ext.config import parse_config
from lit_ext.server import make_app

DATASET = "sample_reviews"
__all__ = ["example", "interpret", "make_api", "strict_json"]


def make_api(models: dict[str, str], **server) -> Api:
    """The app for {model name: checkpoint directory}, with the built-in sample dataset."""
    config = parse_config({
        "models": [{"name": name, "kind": "classifier", "path": path}
                   for name, path in models.items()],
        "datasets": [{"name": DATASET, "kind": "sample"}],
        "server": {"warm_start": 0.0, **server},
    })
    return Api(make_app(config))


def interpret(app: Api, model: str, interpreter: str, inputs: list[dict], config=None):
    """(status, body) of an interpreter request as our modules send it: without LIT's
    predict() call first (`do_predict=0`)."""
    response = app.post("get_interpretations", {"inputs": inputs, "config": config or {}},
                        model=model, dataset_name=DATASET, interpreter=interpreter,
                        do_predict="0")
    return response.status_code, response.get_data(as_text=True)


def strict_json(text: str):
    """JSON as browsers parse it: NaN and Infinity are errors, not numbers."""
    def refuse(constant):
        raise ValueError(f"{constant} in a response")
    return json.loads(text, parse_constant=refuse)

"""lit-ext's app for checkpoint directories, served in this process through LIT's HTTP API.

`make_api` builds the app as `lit-ext serve` does (`make_app`); requests go through werkzeug's
test client, so there is no port or server process to wait for.
"""

from __future__ import annotations

import json

from werkzeug.test import Client

from lit_ext.config import parse_config
from lit_ext.server import make_app

DATASET = "sample_reviews"


class Api:
    """POSTs to a WSGI app in this process, as LIT's client does."""

    def __init__(self, app, host: str = "127.0.0.1:5432"):
        self.client = Client(app)
        self.host = host

    def post(self, endpoint: str, body=None, **params):
        data = json.dumps(body) if body is not None else None
        return self.client.post(f"/{endpoint}", query_string=params, data=data,
                                content_type="application/json",
                                environ_overrides={"HTTP_HOST": self.host})


def example(sentence: str, example_id: str) -> dict:
    """A new example as LIT's client sends it."""
    return {"id": example_id, "data": {"sentence": sentence, "_id": example_id}, "meta": {}}


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

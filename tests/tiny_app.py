"""lit-ext's app in this process with a tiny random BERT classifier: fast enough for tests that
send many requests (and for mutation testing), with no server process or port.

`tiny_classifier()` builds the model; `tiny_config()` is an `AppConfig` for `make_app` whose
model `build_model` must be patched to return it (see `serve_tiny_models`); `Api` posts to the
app through werkzeug's test client.
"""

from __future__ import annotations

import json

import pytest
import torch
import transformers
from werkzeug.test import Client

from lit_ext.config import parse_config
from lit_ext.models.classifier import ClassifierModel
from lit_ext.models.sst2_minilm import base_model_path

MODEL, DATASET = "tiny", "sample_reviews"
TINY_BERT = dict(hidden_size=32, num_hidden_layers=2, num_attention_heads=4, intermediate_size=48,
                 max_position_embeddings=64, num_labels=2)


def tiny_classifier(seed: int = 0, **options) -> ClassifierModel:
    """A random 2-layer, 4-head BERT with the sample data's labels and MiniLM's tokenizer."""
    tokenizer = transformers.AutoTokenizer.from_pretrained(base_model_path())
    torch.manual_seed(seed)
    config = transformers.BertConfig(vocab_size=tokenizer.vocab_size, attn_implementation="eager",
                                     **TINY_BERT)
    model = transformers.BertForSequenceClassification(config).eval()
    return ClassifierModel(model, tokenizer, labels=["negative", "positive"], **options)


def tiny_config(**server):
    """An `AppConfig` naming one model ("tiny") and the built-in sample dataset."""
    return parse_config({
        "models": [{"name": MODEL, "kind": "sst2_minilm"}],
        "datasets": [{"name": DATASET, "kind": "sample"}],
        "server": {"warm_start": 0.0, **server},
    })


def serve_tiny_models(monkeypatch, model: ClassifierModel) -> None:
    """Makes `lit_ext.server.build_model` return `model` for every model of a config, and keeps
    the assembled client root out of the user's cache."""
    from lit_ext import server

    monkeypatch.setattr(server, "build_model", lambda config: model)


def example(sentence: str, example_id: str | None = None) -> dict:
    example_id = example_id or f"new-{abs(hash(sentence))}"
    return {"id": example_id, "data": {"sentence": sentence, "_id": example_id}, "meta": {}}


class Api:
    """POSTs to a WSGI app in this process, as LIT's client does."""

    def __init__(self, app, host: str = "127.0.0.1:5432"):
        self.client = Client(app)
        self.host = host

    def post(self, endpoint: str, body=None, host: str | None = None, **params):
        data = json.dumps(body) if body is not None else None
        return self.client.post(f"/{endpoint}", query_string=params, data=data,
                                content_type="application/json",
                                environ_overrides={"HTTP_HOST": host or self.host})

    def interpret(self, interpreter: str, inputs: list, config: dict | None = None):
        return self.post("get_interpretations", {"inputs": inputs, "config": config or {}},
                         model=MODEL, dataset_name=DATASET, interpreter=interpreter)

    def predict(self, inputs: list):
        return self.post("get_preds", {"inputs": inputs}, model=MODEL, dataset_name=DATASET)


def message(response) -> str:
    """The error line LIT's client shows (the text before the traceback)."""
    assert response.status_code >= 400, f"expected an error, got {response.status_code}"
    return response.get_data(as_text=True).split("\n\nDetails:")[0]


@pytest.fixture(scope="session")
def tiny_model() -> ClassifierModel:
    return tiny_classifier()

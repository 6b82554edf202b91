"""Components that fail on purpose, and a lit-ext app built with them, for the fault tests.

Used by tests/test_faults.py (HTTP) and tests/browser/serve_faulty_app.py (Chromium). The faults
trigger on marker words in the input text, so one input fails while every other works.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

from lit_nlp.api import components as lit_components
from lit_nlp.api import dataset as lit_dataset
from lit_nlp.api import model as lit_model

from lit_ext import server
from lit_ext.caching import bound_prediction_caches
from lit_ext.interpreters.attention import AttentionInterpreter
from lit_ext.interpreters.nmf import NMFInterpreter

# Text containing this makes the model's predict() raise.
MODEL_FAULT = "modelfault"
# Text containing this makes the NMF interpreter raise (the model itself is fine with it).
NMF_FAULT = "nmffault"


def _texts(inputs) -> list[str]:
    return [str(example.get("sentence", "")) for example in inputs]


class FaultyModel(lit_model.ModelWrapper):
    """The wrapped lit-ext model, except that predict() raises on text containing MODEL_FAULT.

    lit-ext's interpreters reach the wrapper's introspect() through any `ModelWrapper`, so only
    predictions fail, as when a user's model breaks on one input.
    """

    def predict(self, inputs, **kw):
        inputs = list(inputs)
        for text in _texts(inputs):
            if MODEL_FAULT in text:
                raise RuntimeError(f"Injected model fault: the model cannot handle {text[:40]!r}.")
        return self.wrapped.predict(inputs, **kw)


class FaultyNMF(NMFInterpreter):
    """lit-ext's NMF interpreter, except that it raises on text containing NMF_FAULT."""

    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        for text in _texts(inputs):
            if NMF_FAULT in text:
                raise RuntimeError(f"Injected interpreter fault: NMF failed on {text[:40]!r}.")
        return super().run(inputs, model, dataset, model_outputs=model_outputs, config=config)


class GatedAttention(AttentionInterpreter):
    """The attention interpreter, held midway until the test releases it.

    `started` is set when a request is inside run(); run() then waits for `release`, so a test
    can disconnect the client while the server is provably in the middle of the request.
    """

    def __init__(self):
        self.started = threading.Event()
        self.release = threading.Event()
        self.finished = threading.Event()

    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        self.started.set()
        self.release.wait(60)
        try:
            return super().run(inputs, model, dataset, model_outputs=model_outputs, config=config)
        finally:
            self.finished.set()


def faulty_app(model: lit_model.Model, datasets: Mapping[str, lit_dataset.Dataset],
               extra_interpreters: Mapping[str, lit_components.Interpreter] | None = None,
               warm_start: float = 0.0) -> server.LitExtApp:
    """A lit-ext app (request checks, bounded cache) serving `FaultyModel(model)` as
    "sst2-minilm", with our interpreters, "nmf" replaced by `FaultyNMF`."""
    models = {"sst2-minilm": FaultyModel(model)}
    interpreters = {**server.build_interpreters(["attention", "neuron_view"], models),
                    "nmf": FaultyNMF(), **(extra_interpreters or {})}
    app = server.LitExtApp(
        models, dict(datasets), warm_start=warm_start,
        allowed_hosts=server.allowed_hosts("127.0.0.1"), interpreters=interpreters,
        layouts=server.layouts.LAYOUTS, default_layout="lit_ext",
        client_root=server.build_client_root(), model_loaders={}, dataset_loaders={},
        page_title="lit-ext faults")
    bound_prediction_caches(app)
    return app

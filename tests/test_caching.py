"""The bounded prediction cache (lit_ext.caching) inside LIT's app and caching wrapper."""

from __future__ import annotations

import threading

import pytest
from lit_nlp import app as lit_app
from lit_nlp.api import dataset as lit_dataset
from lit_nlp.api import model as lit_model
from lit_nlp.api import types as lit_types
from lit_nlp.lib import caching as lit_caching

from lit_ext.caching import (
    CACHE_SIZE_ENV,
    BoundedPredsCache,
    bound_prediction_caches,
    full_outputs,
    max_new_examples_from_env,
)


class CountingModel(lit_model.Model):
    """Returns the sentence length; counts the examples it was asked to predict."""

    def __init__(self):
        self.predicted: list[str] = []

    def input_spec(self):
        return {"sentence": lit_types.TextSegment()}

    def output_spec(self):
        return {"length": lit_types.Scalar()}

    def predict(self, inputs, **kw):
        inputs = list(inputs)
        self.predicted.extend(ex["sentence"] for ex in inputs)
        return [{"length": len(ex["sentence"])} for ex in inputs]


def example(sentence: str) -> dict:
    data = {"sentence": sentence}
    return data | {"_id": lit_caching.input_hash(data)}


@pytest.fixture
def app_and_model(tmp_path):
    model = CountingModel()
    dataset = lit_dataset.Dataset(spec={"sentence": lit_types.TextSegment()},
                                  examples=[{"sentence": f"row {i}"} for i in range(10)])
    app = lit_app.LitApp({"m": model}, {"d": dataset}, client_root=str(tmp_path), warm_start=1.0,
                         interpreters={}, warm_start_progress_indicator=lambda x: x)
    bound_prediction_caches(app, max_new_examples=5)
    return app, model


def test_dataset_predictions_stay_and_new_ones_are_bounded(app_and_model):
    app, model = app_and_model
    wrapper = app._models["m"]
    assert len(model.predicted) == 10  # LIT's warm start, kept by the new cache
    wrapper.predict([example(f"row {i}") for i in range(10)])
    assert len(model.predicted) == 10

    wrapper.predict([example(f"new {i}") for i in range(20)])
    assert len(wrapper._cache) == 10 + 5
    model.predicted.clear()
    # The five most recent new examples are cached, older ones are predicted again.
    wrapper.predict([example(f"new {i}") for i in range(15, 20)])
    assert model.predicted == []
    wrapper.predict([example("new 0")])
    assert model.predicted == ["new 0"]
    # Dataset rows were never evicted by the new examples.
    wrapper.predict([example(f"row {i}") for i in range(10)])
    assert model.predicted == ["new 0"]


def test_recently_used_examples_are_kept_longest():
    cache = BoundedPredsCache("m", dataset_ids=[], max_new_examples=2)
    cache.put("a", ("m", "a"))
    cache.put("b", ("m", "b"))
    assert cache.get(("m", "a")) == "a"  # a is now the most recently used
    cache.put("c", ("m", "c"))
    assert cache.get(("m", "b")) is None
    assert cache.get(("m", "a")) == "a" and cache.get(("m", "c")) == "c"


def test_prediction_locks_survive_many_threads():
    """LIT's bookkeeping iterates a dict other threads change; ours holds a lock around it."""
    cache = BoundedPredsCache("m", dataset_ids=[], max_new_examples=10)
    failures = []

    def worker(n: int):
        try:
            for i in range(2000):
                keys = [("m", f"{n}-{i}"), ("m", f"{n}-{i + 1}")]
                with cache.get_pred_lock(keys):
                    cache.pred_lock_key(keys[:1])
                cache.delete_pred_lock(keys)
        except Exception as err:  # noqa: BLE001 - any failure of the bookkeeping counts
            failures.append(repr(err))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not any(thread.is_alive() for thread in threads), "a thread is stuck (deadlock)"
    assert failures == []


def test_cache_size_from_the_environment(monkeypatch):
    monkeypatch.delenv(CACHE_SIZE_ENV, raising=False)
    assert max_new_examples_from_env() == 128
    monkeypatch.setenv(CACHE_SIZE_ENV, "1000")
    assert max_new_examples_from_env() == 1000
    monkeypatch.setenv(CACHE_SIZE_ENV, "lots")
    with pytest.raises(ValueError, match=CACHE_SIZE_ENV):
        max_new_examples_from_env()


class GradientModel(CountingModel):
    """CountingModel with a token-level field (a stand-in for token gradients)."""

    def output_spec(self):
        return super().output_spec() | {
            "tokens": lit_types.Tokens(),
            "grads": lit_types.TokenGradients(align="tokens")}

    def predict(self, inputs, **kw):
        outputs = super().predict(inputs)
        return [out | {"tokens": ["a"], "grads": [[float(out["length"])]]} for out in outputs]


def test_dataset_entries_keep_token_level_fields_only_while_recent(tmp_path):
    model = GradientModel()
    dataset = lit_dataset.Dataset(spec={"sentence": lit_types.TextSegment()},
                                  examples=[{"sentence": f"row {i}"} for i in range(6)])
    app = lit_app.LitApp({"m": model}, {"d": dataset}, client_root=str(tmp_path), warm_start=0,
                         interpreters={})
    bound_prediction_caches(app, max_new_examples=2)
    wrapper = app._models["m"]
    rows = [example(f"row {i}") for i in range(6)]
    with full_outputs(False):
        light = list(wrapper.predict(rows))
    assert all("grads" not in entry for entry in wrapper._cache._d.values())
    assert len(wrapper._cache._d) == 6
    assert all(out["length"] == 5 for out in light)
    model.predicted.clear()
    # Light requests are answered from the dataset entries, without a forward pass.
    with full_outputs(False):
        again = list(wrapper.predict(rows))
    assert model.predicted == [] and [sorted(o) for o in again] == [["length", "tokens"]] * 6
    # The two most recent (rows 4, 5) are complete in the LRU; the others are predicted again
    # when a request needs their gradients, and then are the two most recent.
    with full_outputs():
        full = list(wrapper.predict(rows))
    assert model.predicted == [f"row {i}" for i in range(4)]
    assert [out["grads"] for out in full] == [[[5.0]]] * 6
    model.predicted.clear()
    with full_outputs():
        list(wrapper.predict(rows[2:4]))
    assert model.predicted == []
    # Outside any block the compact entries serve.
    assert "grads" not in wrapper._cache.get(("m", rows[0]["_id"]))

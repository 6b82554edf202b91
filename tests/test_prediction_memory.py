"""What the server keeps per dataset example: predictions without their token-level fields,
arrays that own their memory; gradients still reach every salience method and API client."""

from __future__ import annotations

import json

import numpy as np
import pytest
from tiny_app import DATASET, MODEL, Api, serve_tiny_models, tiny_classifier, tiny_config

from lit_ext.server import make_app


@pytest.fixture
def served(monkeypatch):
    model = tiny_classifier()
    serve_tiny_models(monkeypatch, model)
    app = make_app(tiny_config(warm_start=1.0))
    return app, model


def dataset_inputs(app, count: int) -> list[dict]:
    return [{"id": ex["id"], "data": dict(ex["data"]), "meta": {}}
            for ex in app._datasets[DATASET].indexed_examples[:count]]


def test_warm_start_keeps_dataset_predictions_without_token_level_fields(served):
    app, _ = served
    cache = app._models[MODEL]._cache
    assert len(cache._d) == len(app._datasets[DATASET].examples)
    for entry in cache._d.values():
        assert not {"token_grads", "input_embs"} & set(entry)
        assert {"probas", "cls_emb", "mean_emb", "tokens"} <= set(entry)


def test_predictions_own_their_arrays():
    model = tiny_classifier()
    output = next(iter(model.predict([{"sentence": "a fine , tender film"}])))
    arrays = {k: v for k, v in output.items() if isinstance(v, np.ndarray)}
    assert {"cls_emb", "mean_emb", "probas", "token_grads", "input_embs"} <= set(arrays)
    # A view would keep its batch's padded tensors alive for as long as LIT caches it.
    assert all(value.base is None for value in arrays.values())


def test_gradient_salience_of_a_dataset_example_gets_its_gradients(served):
    app, model = served
    api = Api(app)
    inputs = dataset_inputs(app, 2)
    response = api.post("get_interpretations", {"inputs": inputs, "config": {}}, model=MODEL,
                        dataset_name=DATASET, interpreter="Grad L2 Norm")
    assert response.status_code == 200, response.get_data(as_text=True)
    salience = json.loads(response.get_data(as_text=True))
    direct = list(model.predict([ex["data"] for ex in inputs]))
    for result, expected in zip(salience, direct):
        norms = np.linalg.norm(expected["token_grads"], axis=1)
        np.testing.assert_allclose(result["token_grads"]["salience"], norms / norms.sum(),
                                   rtol=1e-4)


@pytest.mark.parametrize("requested", [{"requested_types": "TokenGradients"},
                                       {"requested_fields": "token_grads"}, {}])
def test_api_clients_asking_for_gradients_get_them(served, requested):
    app, model = served
    inputs = dataset_inputs(app, 3)
    response = Api(app).post("get_preds", {"inputs": inputs}, model=MODEL, dataset_name=DATASET,
                             **requested)
    assert response.status_code == 200, response.get_data(as_text=True)
    predictions = json.loads(response.get_data(as_text=True))
    direct = list(model.predict([ex["data"] for ex in inputs]))
    for got, expected in zip(predictions, direct):
        np.testing.assert_allclose(got["token_grads"], expected["token_grads"], rtol=1e-4,
                                   atol=1e-7)


def test_table_requests_are_served_without_a_forward_pass(served, monkeypatch):
    app, model = served
    calls = []
    monkeypatch.setattr(model, "predict_minibatch", lambda inputs, **kw: calls.append(inputs))
    response = Api(app).post("get_preds", {"inputs": dataset_inputs(app, 10)}, model=MODEL,
                             dataset_name=DATASET, requested_types="MulticlassPreds,Tokens")
    assert response.status_code == 200 and calls == []

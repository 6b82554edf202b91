"""`lit-ext serve` end to end on a free loopback port, through LIT's HTTP API."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import portpicker
import pytest
import requests

from lit_ext.readiness import wait_until_serving

CONFIG = """
models: [{name: sst2-minilm, kind: sst2_minilm, max_length: 128}]
datasets: [{name: sample_reviews, kind: sample}]
interpreters: [Grad L2 Norm, Integrated Gradients, pca]
server: {warm_start: 1.0}
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    config = tmp_path_factory.mktemp("server") / "config.yaml"
    config.write_text(CONFIG)
    port = portpicker.pick_unused_port()
    log = open(config.parent / "server.log", "w+")
    process = subprocess.Popen(
        [sys.executable, "-m", "lit_ext.cli", "serve", "--config", str(config), "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env=os.environ | {"HF_HUB_OFFLINE": "1"})
    url = f"http://127.0.0.1:{port}"
    wait_until_serving(url, process=process, log=config.parent / "server.log")
    yield url
    process.terminate()
    process.wait(30)
    log.close()


def call(url, endpoint, body=None, **params):
    response = requests.post(f"{url}/{endpoint}", params=params,
                             data=json.dumps(body) if body is not None else None, timeout=120)
    return response


def new_example(sentence, example_id):
    return {"id": example_id, "data": {"sentence": sentence, "_id": example_id}, "meta": {}}


def test_info_describes_models_datasets_layout(server):
    info = call(server, "get_info").json()
    assert list(info["models"]) == ["sst2-minilm"]
    assert "sample_reviews" in info["datasets"]
    assert {"Grad L2 Norm", "Integrated Gradients", "pca"} <= set(info["interpreters"])
    assert info["defaultLayout"] == "lit_ext"
    assert list(info["layouts"])[0] == "lit_ext"


def test_predictions_on_the_dataset_are_sensible(server):
    examples = call(server, "get_dataset", dataset_name="sample_reviews").json()
    ids = [ex["id"] for ex in examples]
    preds = call(server, "get_preds", {"inputs": ids}, model="sst2-minilm",
                 dataset_name="sample_reviews", requested_types="MulticlassPreds").json()
    assert len(preds) == len(examples) >= 40
    vocab = ["negative", "positive"]
    correct = sum(vocab[max(range(2), key=p["probas"].__getitem__)] == ex["data"]["label"]
                  for p, ex in zip(preds, examples))
    assert correct / len(examples) >= 0.8


@pytest.mark.parametrize("interpreter", ["Grad L2 Norm", "Integrated Gradients"])
def test_salience_interpretation(server, interpreter):
    example = new_example("an utterly brilliant and moving film", "test-salience")
    result = call(server, "get_interpretations", {"inputs": [example]}, model="sst2-minilm",
                  dataset_name="sample_reviews", interpreter=interpreter)
    assert result.ok, result.text[:500]
    salience = result.json()[0]["token_grads"]
    assert salience["tokens"][:3] == ["[CLS]", "an", "utterly"]
    assert len(salience["salience"]) == len(salience["tokens"])


def test_empty_sentence_is_an_error_and_the_server_keeps_serving(server):
    result = call(server, "get_preds", {"inputs": [new_example("   ", "test-empty")]},
                  model="sst2-minilm", dataset_name="sample_reviews")
    assert result.status_code == 500 and "is empty" in result.text
    assert call(server, "get_info").ok


def test_long_text_is_truncated_and_says_so(server):
    example = new_example(" ".join(["wonderful"] * 5000), "test-long")
    preds = call(server, "get_preds", {"inputs": [example]}, model="sst2-minilm",
                 dataset_name="sample_reviews").json()
    assert len(preds[0]["tokens"]) == 128 and preds[0]["dropped_tokens"] > 4800


def test_loading_models_from_the_client_is_off(server):
    result = call(server, "create_model", {"config": {"model_name_or_path": "/etc/passwd"}},
                  model_name="sst2-minilm", new_name="evil")
    assert not result.ok
    assert list(call(server, "get_info").json()["models"]) == ["sst2-minilm"]

"""The precomputed store: `lit-ext precompute` on a local Ray equals in-process predictions,
survives being killed, and `lit-ext serve --data DIR` serves it without computing it again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest

from lit_ext.config import ModelConfig
from lit_ext.datasets.sst2 import SST2Data
from lit_ext.store.manifest import SHARD_DIR, StoreError, read_manifest
from lit_ext.store.precompute import precompute
from lit_ext.store.store_reader import Filter, StoreReader

ROWS = 300
MODEL = ModelConfig(name="sst2-minilm", kind="sst2_minilm", max_length=128)


@pytest.fixture(scope="module")
def corpus(sst2_dir):
    data = SST2Data(sst2_dir, "train", ROWS)
    return data.examples, list(data.spec()), data.description()


@pytest.fixture(scope="module")
def store(corpus, tmp_path_factory):
    examples, fields, description = corpus
    out = tmp_path_factory.mktemp("store")
    precompute(MODEL, examples, out, example_fields=fields, description=description,
               shard_size=64, progress=False)
    return out


def stored_table(directory: Path):
    return pq.read_table(sorted((directory / SHARD_DIR).glob("*.parquet"))).sort_by("row")


def test_precompute_equals_in_process_predictions(store, corpus, sst2_model):
    examples, _, _ = corpus
    table = stored_table(store)
    assert table["row"].to_pylist() == list(range(ROWS))
    assert table["sentence"].to_pylist() == [ex["sentence"] for ex in examples]
    expected = list(sst2_model.predict(examples))
    np.testing.assert_allclose(np.array(table["probas"].to_pylist()),
                               np.stack([e["probas"] for e in expected]), atol=1e-5)
    for field in ("cls_emb", "mean_emb"):
        np.testing.assert_allclose(np.array(table[field].to_pylist()),
                                   np.stack([e[field] for e in expected]), atol=1e-5)
    assert table["tokens"].to_pylist() == [e["tokens"] for e in expected]
    assert table["predicted"].to_pylist() == [e["grad_class"] for e in expected]
    manifest = read_manifest(store)
    assert manifest.complete and manifest.labels == ["negative", "positive"]
    assert manifest.num_shards == 5 and manifest.num_rows == ROWS


def test_a_rerun_skips_finished_shards_and_a_different_plan_is_refused(store, corpus):
    examples, fields, description = corpus
    stamps = {p: p.stat().st_mtime_ns for p in (store / SHARD_DIR).glob("*.parquet")}
    precompute(MODEL, examples, store, example_fields=fields, description=description,
               shard_size=64, progress=False)
    assert {p: p.stat().st_mtime_ns for p in (store / SHARD_DIR).glob("*.parquet")} == stamps
    with pytest.raises(StoreError, match="differs in data "):
        precompute(MODEL, examples[:-1], store, example_fields=fields, description=description,
                   shard_size=64, progress=False)
    with pytest.raises(StoreError, match="differs in column_groups, edge_min_weight .*columns "
                                         "predictions,head_statistics,attention_edges"):
        precompute(MODEL, examples, store, example_fields=fields, description=description,
                   shard_size=64, column_groups=["predictions"], progress=False)


def test_killed_midway_a_rerun_completes_with_every_row_once(sst2_dir, tmp_path):
    out = tmp_path / "store"
    command = [sys.executable, "-m", "lit_ext.cli", "precompute", "--data", str(sst2_dir),
               "--split", "train", "--max-examples", "600", "--shard-size", "20",
               "--batch-size", "20", "--out", str(out)]
    environment = os.environ | {"PYTHONUNBUFFERED": "1"}
    first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             env=environment, start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        while len(list((out / SHARD_DIR).glob("part-*.parquet"))) < 3:
            assert first.poll() is None, "precompute ended before it could be killed"
            assert time.monotonic() < deadline, "no shard written in 240 s"
            time.sleep(0.2)
    finally:
        os.killpg(first.pid, signal.SIGKILL)  # the driver and its Ray processes
        first.wait()
    written = len(list((out / SHARD_DIR).glob("part-*.parquet")))
    assert 3 <= written < 30 and not read_manifest(out).complete
    with pytest.raises(StoreError, match="incomplete"):
        StoreReader(out)
    second = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=600)
    assert second.returncode == 0, second.stderr[-2000:]
    table = stored_table(out)
    assert table["row"].to_pylist() == list(range(600))
    assert not list((out / SHARD_DIR).glob(".part-*"))
    assert read_manifest(out).complete


def test_queries_run_over_every_row(store):
    reader = StoreReader(store)
    table = stored_table(store)
    probas = np.array(table["probas"].to_pylist())
    labels = table["label"].to_pylist()
    predicted = table["predicted"].to_pylist()
    assert reader.count() == ROWS
    wrong = [i for i in range(ROWS) if labels[i] != predicted[i]]
    assert reader.count([Filter("correct", "=", False)]) == len(wrong)
    top = reader.query([Filter("label", "=", "negative")], order_by="p_positive",
                       descending=True, limit=5)
    negatives = [i for i in range(ROWS) if labels[i] == "negative"]
    expected = sorted(negatives, key=lambda i: (-probas[i, 1], i))[:5]
    assert top["row"].to_pylist() == expected
    np.testing.assert_allclose(top["p_positive"].to_pylist(), probas[expected, 1], rtol=1e-6)
    word = reader.query([Filter("sentence", "regex", r"\bfunny\b")], limit=ROWS)
    assert word["row"].to_pylist() == [i for i in range(ROWS)
                                       if " funny " in f" {table['sentence'][i].as_py()} "]
    with pytest.raises(StoreError, match="Unknown store column"):
        reader.query(order_by="probas; DROP TABLE x")
    with pytest.raises(StoreError, match="query failed"):
        reader.count([Filter("sentence", "regex", "(unclosed")])
    assert reader.sample_rows(50, seed=1) == reader.sample_rows(50, seed=1)
    assert len(set(reader.sample_rows(50, seed=1))) == 50


def test_serving_a_store_reads_its_predictions(store, monkeypatch):
    from lit_ext.config import DatasetConfig, parse_config
    from lit_ext.datasets import build_datasets
    from lit_ext.server import make_app

    config = parse_config({"models": [{"name": "sst2-minilm", "kind": "sst2_minilm",
                                       "max_length": 128}],
                           "datasets": [{"name": "store", "kind": "store", "path": str(store),
                                         "max_examples": 40}],
                           "server": {"warm_start": 1.0}})
    datasets = build_datasets([DatasetConfig(**vars(config.datasets[0]))])
    calls = []
    from lit_ext.models.classifier import ClassifierModel
    original = ClassifierModel.predict_minibatch
    monkeypatch.setattr(ClassifierModel, "predict_minibatch",
                        lambda self, inputs, **kw: calls.append(len(inputs)) or
                        original(self, inputs, **kw))
    app = make_app(config, datasets)
    assert calls == []  # the warm start found every prediction in the store
    served = app._datasets["store"]
    assert len(served.examples) == 40
    table = stored_table(store)
    rows = datasets["store"].rows
    cached = app._models["sst2-minilm"]._cache
    for example, row in zip(served.indexed_examples, rows):
        entry = cached.get(("sst2-minilm", example["id"]))
        assert example["data"]["sentence"] == table["sentence"][row].as_py()
        np.testing.assert_array_equal(entry["probas"], np.float32(table["probas"][row].as_py()))
    # Gradients are computed when salience asks for them, for that example only.
    first = served.indexed_examples[0]
    response = app._get_interpretations(
        {"inputs": [{"id": first["id"], "data": dict(first["data"]), "meta": {}}], "config": {}},
        model="sst2-minilm", dataset_name="store", interpreter="Grad L2 Norm")
    assert calls == [1]
    salience = response[0]["token_grads"]
    assert len(salience.salience) == len(table["tokens"][rows[0]].as_py())


def test_store_query_over_http_finds_rows_outside_the_sample(store):
    from tiny_app import Api

    from lit_ext.config import parse_config
    from lit_ext.datasets import build_datasets
    from lit_ext.server import make_app

    config = parse_config({"models": [dict(vars(MODEL))],
                           "datasets": [{"name": "store", "kind": "store", "path": str(store),
                                         "max_examples": 30}],
                           "server": {"warm_start": 0.0}})
    datasets = build_datasets(config.datasets)
    app = make_app(config, datasets)
    api = Api(app)

    def query(config):
        response = api.post("get_interpretations", {"inputs": [], "config": config},
                            model="sst2-minilm", dataset_name="store",
                            interpreter="store_query", do_predict="0")
        return response.status_code, response.get_data(as_text=True)

    status, body = query({"filters": [{"column": "correct", "operator": "=", "value": False}],
                          "order_by": "p_positive", "descending": True, "limit": 1000,
                          "dataset_name": "store"})
    assert status == 200, body
    answer = json.loads(body)
    table = stored_table(store)
    probas = np.array(table["probas"].to_pylist())
    wrong = [i for i in range(ROWS) if table["label"][i].as_py() != table["predicted"][i].as_py()]
    assert answer["total"] == len(wrong)
    assert [r["row"] for r in answer["rows"]] == sorted(wrong, key=lambda i: (-probas[i, 1], i))
    assert all(r["data"]["sentence"] == table["sentence"][r["row"]].as_py()
               for r in answer["rows"])
    # Ids are LIT's own for the same example: the sampled rows select as they are.
    status, body = query({"limit": 1000})
    every_row = {r["row"]: r["id"] for r in json.loads(body)["rows"]}
    assert [every_row[row] for row in datasets["store"].rows] == [
        ex["id"] for ex in app._datasets["store"].indexed_examples]
    status, body = query({"filters": [{"column": "sentence; select 1", "operator": "=",
                                       "value": 1}]})
    assert status == 500 and "Unknown store column" in body


def test_head_statistics_equal_plain_transformers_attention(store):
    import torch
    import transformers

    from lit_ext.models.sst2_minilm import base_model_path, load_sst2_minilm

    tokenizer = transformers.AutoTokenizer.from_pretrained(base_model_path())
    model = load_sst2_minilm(attn_implementation="eager")
    table = stored_table(store)
    manifest = read_manifest(store)
    assert (manifest.num_layers, manifest.num_heads) == (6, 12)
    for row in (0, 7, 123):
        encoded = tokenizer(table["sentence"][row].as_py(), return_tensors="pt")
        with torch.inference_mode():
            attention = torch.stack(model(**encoded, output_attentions=True).attentions)[:, 0]
        a = attention.numpy().astype(np.float64)  # (layers, heads, query, key)
        n = a.shape[-1]
        expected = {
            "cls": a[..., 0].mean(-1),
            "sep": a[..., n - 1].mean(-1),  # one sentence: [SEP] is the last token only
            "previous": np.stack([a[..., i, i - 1] for i in range(1, n)], -1).sum(-1) / n,
            "next": np.stack([a[..., i, i + 1] for i in range(n - 1)], -1).sum(-1) / n,
            "self": np.stack([a[..., i, i] for i in range(n)], -1).mean(-1),
            "entropy": -(a * np.log(np.where(a > 0, a, 1))).sum(-1).mean(-1),
        }
        for statistic, values in expected.items():
            stored = np.array(table[f"head_{statistic}"][row].as_py()).reshape(6, 12)
            np.testing.assert_allclose(stored, values, atol=1e-5, err_msg=statistic)
    reader = StoreReader(store)
    top = reader.query(order_by="cls_l2_h5", descending=True, limit=3)
    by_hand = np.array(table["head_cls"].to_pylist())[:, 2 * 12 + 5]
    assert top["row"].to_pylist() == sorted(range(ROWS), key=lambda i: (-by_hand[i], i))[:3]


def test_corpus_factors_are_fitted_once_and_stored_as_their_transform(corpus, tmp_path,
                                                                       monkeypatch):
    from lit_ext.config import CorpusNMFConfig, DatasetConfig, parse_config
    from lit_ext.corpus.lit_model import CorpusNMFModel
    from lit_ext.corpus.storage import load_factors
    from lit_ext.datasets import build_datasets
    from lit_ext.server import build_model, make_app

    examples, fields, description = corpus
    examples = examples[:80]
    fit = tmp_path / "factors.safetensors"
    model = ModelConfig(name="sst2-minilm", kind="sst2_minilm", max_length=128,
                        corpus_nmf=CorpusNMFConfig(path=str(fit), fit_if_missing=True,
                                                   layers=[2, 3], n_components=4,
                                                   sample_fraction=0.5))
    out = tmp_path / "store"
    manifest = precompute(model, examples, out, example_fields=fields, description=description,
                          shard_size=32, progress=False)
    assert manifest.column_groups == ["predictions", "head_statistics", "corpus_nmf",
                                      "attention_edges"]
    assert fit.exists()
    factors = load_factors(fit)
    expected = CorpusNMFModel(build_model(ModelConfig(name="m", kind="sst2_minilm",
                                                      max_length=128)), factors).predict(examples)
    table = stored_table(out)
    for column in [f"nmf_f{j}_{s}" for j in range(4) for s in ("max", "mean")]:
        np.testing.assert_allclose(table[column].to_numpy(), [e[column] for e in expected],
                                   rtol=1e-4, atol=1e-5, err_msg=column)
    # Served: the factor columns come from the store too, with no forward pass.
    config = parse_config({"models": [{"name": "sst2-minilm", "kind": "sst2_minilm",
                                       "max_length": 128,
                                       "corpus_nmf": {"path": str(fit)}}],
                           "datasets": [{"name": "store", "kind": "store", "path": str(out),
                                         "max_examples": 20}],
                           "server": {"warm_start": 1.0}})
    datasets = build_datasets([DatasetConfig(**vars(config.datasets[0]))])
    from lit_ext.models.classifier import ClassifierModel
    monkeypatch.setattr(ClassifierModel, "predict_minibatch",
                        lambda *a, **k: pytest.fail("a stored prediction was computed again"))
    app = make_app(config, datasets)
    cache = app._models["sst2-minilm"]._cache
    for example, row in zip(app._datasets["store"].indexed_examples, datasets["store"].rows):
        entry = cache.get(("sst2-minilm", example["id"]))
        assert entry["nmf_f2_max"] == pytest.approx(table["nmf_f2_max"][row].as_py())

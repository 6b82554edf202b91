"""Corpus factors over a served store: each factor's top examples come from every row of the store
(its `nmf_f{j}_max` columns, DuckDB), not from the data table's sample, without a forward pass;
the top tokens stay over the sample.

The store holds 80 SST-2 train sentences with 4 factors of layers 2-3 fitted over them; the
server samples 20 of them for LIT's data table.
"""

from __future__ import annotations

import json

import numpy as np
import pyarrow.parquet as pq
import pytest
from lit_nlp.api.dataset import input_hash

from lit_ext.config import CorpusNMFConfig, ModelConfig, parse_config
from lit_ext.corpus.factors import CorpusFactors
from lit_ext.datasets.sst2 import SST2Data
from lit_ext.store.manifest import SHARD_DIR
from lit_ext.store.precompute import precompute

ROWS, SAMPLE, K, TOP = 80, 20, 4, 10


@pytest.fixture(scope="module")
def store(sst2_dir, tmp_path_factory):
    data = SST2Data(sst2_dir, "train", ROWS)
    directory = tmp_path_factory.mktemp("factor_store")
    fit = directory / "factors.safetensors"
    model = ModelConfig(name="sst2-minilm", kind="sst2_minilm", max_length=128,
                        corpus_nmf=CorpusNMFConfig(path=str(fit), fit_if_missing=True,
                                                   layers=[2, 3], n_components=K,
                                                   sample_fraction=0.5))
    out = directory / "store"
    precompute(model, data.examples, out, example_fields=list(data.spec()),
               description=data.description(), shard_size=32, progress=False)
    return out, fit


@pytest.fixture(scope="module")
def served(store):
    from lit_ext.datasets import build_datasets
    from lit_ext.server import make_app

    out, fit = store
    config = parse_config({"models": [{"name": "sst2-minilm", "kind": "sst2_minilm",
                                       "max_length": 128, "corpus_nmf": {"path": str(fit)}}],
                           "datasets": [{"name": "store", "kind": "store", "path": str(out),
                                         "max_examples": SAMPLE}],
                           "server": {"warm_start": 0.0}})
    datasets = build_datasets(config.datasets)
    return make_app(config, datasets), datasets["store"].rows


def brute_force(out) -> dict[str, list]:
    """Every stored row, by brute force over the Parquet files."""
    table = pq.read_table(sorted((out / SHARD_DIR).glob("*.parquet"))).sort_by("row")
    return {name: table[name].to_pylist() for name in
            ["row", "sentence", "label", *[f"nmf_f{j}_max" for j in range(K)]]}


def test_top_examples_come_from_every_store_row_without_a_forward_pass(store, served,
                                                                       monkeypatch):
    from tiny_app import Api

    out, _ = store
    app, sample_rows = served
    transformed: list[str] = []
    original = CorpusFactors.transform
    monkeypatch.setattr(CorpusFactors, "transform", lambda self, wrapper, inputs, *a, **k: (
        transformed.extend(ex["sentence"] for ex in inputs) or
        original(self, wrapper, inputs, *a, **k)))
    first = app._datasets["store"].indexed_examples[0]
    response = Api(app).post(
        "get_interpretations",
        {"inputs": [{"id": first["id"], "data": dict(first["data"]), "meta": {}}],
         "config": {"top": TOP}},
        model="sst2-minilm", dataset_name="store", interpreter="corpus_nmf", do_predict="0")
    assert response.status_code == 200, response.get_data(as_text=True)[-2000:]
    [answer] = json.loads(response.get_data(as_text=True))

    rows = brute_force(out)
    assert answer["top_examples_over"] == f"store of {ROWS} rows"
    assert answer["top_tokens_over"] == f"sample of {SAMPLE} rows"
    assert len(answer["top_examples"]) == len(answer["top_tokens"]) == K
    outside = set()
    for j, entries in enumerate(answer["top_examples"]):
        maxima = rows[f"nmf_f{j}_max"]
        expected = sorted(range(ROWS), key=lambda i: (-maxima[i], i))[:TOP]
        assert [e["row"] for e in entries] == expected, j
        for entry, i in zip(entries, expected):
            data = {"sentence": rows["sentence"][i], "label": rows["label"][i]}
            assert entry["max"] == maxima[i]  # the stored float32, as stored
            assert entry["data"] == data and entry["text"] == rows["sentence"][i]
            assert entry["id"] == input_hash(data) and entry["source"] == "store"
        outside |= {i for i in expected if i not in set(sample_rows)}
    assert outside, "every top example is in the sample: the test shows nothing"

    # The model saw the sample (for the top tokens) and the selected example, never a row
    # outside the sample.
    sample_sentences = {rows["sentence"][i] for i in sample_rows}
    assert transformed and set(transformed) <= sample_sentences

    # The top rows' stored predictions are in the cache: adding one to LIT computes nothing.
    cache = app._models["sst2-minilm"]._cache
    for entries in answer["top_examples"]:
        for entry in entries:
            cached = cache.get(("sst2-minilm", entry["id"]))
            assert cached is not None, entry["row"]
            np.testing.assert_allclose(
                [cached[f"nmf_f{j}_max"] for j in range(K)],
                [rows[f"nmf_f{j}_max"][entry["row"]] for j in range(K)], rtol=1e-6)


def test_top_tokens_are_the_samples(served, monkeypatch):
    """The top tokens equal those of the same interpreter over the sample as a plain dataset."""
    from lit_nlp.api import dataset as lit_dataset

    from lit_ext.interpreters.corpus_nmf import CorpusNMFInterpreter

    app, _ = served
    model = app._models["sst2-minilm"]
    served_dataset = app._datasets["store"]
    first = dict(served_dataset.examples[0])
    over_store = app._interpreters["corpus_nmf"].run([first], model, served_dataset,
                                                     config={"top": 5})[0]
    plain = lit_dataset.Dataset(spec=served_dataset.spec(), examples=list(served_dataset.examples))
    over_sample = CorpusNMFInterpreter().run([first], model, plain, config={"top": 5})[0]
    assert over_store["top_tokens"] == over_sample["top_tokens"]
    assert over_sample["top_examples_over"] == f"dataset of {SAMPLE} examples"
    assert "source" not in over_sample["top_examples"][0][0]

"""Attention-pattern search over every row of a precomputed store equals a brute force over
plain transformers attention (one unpadded sentence at a time), and rows found in a store come
with their stored predictions (no forward pass when they are added to the data table)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from attention_brute_force import BOUNDARY, brute_force, sst2_plain_attention

from lit_ext.config import ModelConfig
from lit_ext.datasets.sst2 import SST2Data
from lit_ext.interpreters.attention_search import parse_pattern
from lit_ext.store.precompute import precompute
from lit_ext.store.store_reader import Filter, StoreReader
from lit_ext.store.store_rows import HEAD_STATISTICS, PREDICTIONS

ROWS = 240
MODEL = ModelConfig(name="sst2-minilm", kind="sst2_minilm", max_length=128)


@pytest.fixture(scope="module")
def corpus(sst2_dir):
    data = SST2Data(sst2_dir, "train", ROWS)
    return data.examples, list(data.spec()), data.description()


@pytest.fixture(scope="module")
def store(corpus, tmp_path_factory):
    examples, fields, description = corpus
    out = tmp_path_factory.mktemp("edges_store")
    precompute(MODEL, examples, out, example_fields=fields, description=description,
               shard_size=50, batch_size=16, progress=False)
    return out


@pytest.fixture(scope="module")
def plain_attention(corpus):
    return sst2_plain_attention(corpus[0])


SEARCHES = [
    (1, 8, 0.5, "*", "*"),          # the next-token head: most rows
    (0, 2, 0.3, "/^a/", "*"),       # at the store's minimum weight
    (4, 11, 0.5, "*", "[CLS]"),     # a special token by its word
    (0, 2, 0.6, "/ing$/", "/^[a-z]+$/"),  # the previous-token head
    (3, 0, 0.4, "not", "*"),
]


@pytest.mark.parametrize("layer,head,threshold,from_text,to_text", SEARCHES)
def test_store_search_equals_brute_force(store, plain_attention, layer, head, threshold,
                                         from_text, to_text):
    reader = StoreReader(store)
    total, table = reader.search_attention(layer, head, threshold, parse_pattern(from_text),
                                           parse_pattern(to_text), limit=ROWS)
    expected, ambiguous = brute_force(plain_attention, layer, head, threshold, from_text, to_text)
    assert expected, "a search that finds nothing cannot tell right from wrong"
    found = [(r["row"], r["weight"], r["query"], r["key"]) for r in table.to_pylist()
             if r["row"] not in ambiguous]
    assert total == len(table) and len(found) == len(expected)
    # Strongest first by the stored weights, ties by row; each row's weight and pair equal the
    # brute force's (its order may differ only between weights closer than the round-off).
    stored = [(-r["weight"], r["row"]) for r in table.to_pylist()]
    assert stored == sorted(stored)
    by_row = {e[0]: e for e in expected}
    assert {f[0] for f in found} == set(by_row)
    for row, weight, query, key in found:
        assert weight == pytest.approx(by_row[row][1], abs=BOUNDARY)
        assert (query, key) == by_row[row][2:], row
    assert [f[0] for f in found][:5] == [e[0] for e in expected][:5]
    for record in table.to_pylist()[:20]:
        _, display, _ = plain_attention[record["row"]]
        assert (record["query_token"], record["key_token"]) == (display[record["query"]],
                                                                display[record["key"]])


def test_store_search_combines_filters_and_limit(store, plain_attention, corpus):
    reader = StoreReader(store)
    wrong = {row["row"] for row in reader.query([Filter("correct", "=", False)],
                                                limit=ROWS).to_pylist()}
    assert wrong
    total, table = reader.search_attention(1, 8, 0.4, parse_pattern("*"), parse_pattern("*"),
                                           [Filter("correct", "=", False)], limit=3)
    expected, ambiguous = brute_force(plain_attention, 1, 8, 0.4, "*", "*", rows=wrong)
    assert not ambiguous
    assert total == len(expected) and len(table) == 3
    assert table["row"].to_pylist() == [e[0] for e in expected[:3]]
    assert table["correct"].to_pylist() == [False] * 3


def test_store_search_refuses_what_it_cannot_answer(store):
    reader = StoreReader(store)
    with pytest.raises(ValueError, match="at least 0.3.*--edge-min-weight 0.2"):
        reader.search_attention(0, 0, 0.2, parse_pattern("*"), parse_pattern("*"))
    with pytest.raises(ValueError, match="layers 0–5 and heads 0–11"):
        reader.search_attention(6, 0, 0.5, parse_pattern("*"), parse_pattern("*"))
    reader.manifest.column_groups = [PREDICTIONS, HEAD_STATISTICS]
    with pytest.raises(ValueError, match="no attention edges.*attention_edges --out NEW_DIR"):
        reader.search_attention(0, 0, 0.5, parse_pattern("*"), parse_pattern("*"))


def test_rows_found_over_http_come_with_their_stored_predictions(store, monkeypatch):
    from tiny_app import Api

    from lit_ext.config import parse_config
    from lit_ext.datasets import build_datasets
    from lit_ext.models.classifier import ClassifierModel
    from lit_ext.server import make_app

    config = parse_config({"models": [dict(vars(MODEL))],
                           "datasets": [{"name": "store", "kind": "store", "path": str(store),
                                         "max_examples": 20}],
                           "server": {"warm_start": 1.0}})
    datasets = build_datasets(config.datasets)
    app = make_app(config, datasets)
    api = Api(app)
    calls = []
    original = ClassifierModel.predict_minibatch
    monkeypatch.setattr(ClassifierModel, "predict_minibatch",
                        lambda self, inputs, **kw: calls.append(len(inputs)) or
                        original(self, inputs, **kw))
    pattern = {"layer": 1, "head": 8, "threshold": 0.5, "from_token": "*", "to_token": "*"}
    response = api.post("get_interpretations",
                        {"inputs": [], "config": {"pattern": pattern, "limit": 50,
                                                  "dataset_name": "store"}},
                        model="sst2-minilm", dataset_name="store", interpreter="store_query",
                        do_predict="0")
    assert response.status_code == 200, response.get_data(as_text=True)
    answer = json.loads(response.get_data(as_text=True))
    assert answer["edge_min_weight"] == pytest.approx(0.3)
    weights = [row["values"]["weight"] for row in answer["rows"]]
    assert len(weights) == 50 and weights == sorted(weights, reverse=True)
    sample = set(datasets["store"].rows)
    outside = [row for row in answer["rows"] if row["row"] not in sample]
    assert len(outside) >= 40
    # The client adds these rows to the data table and asks for their predictions: read from
    # the store, not computed.
    meta = {"added": True, "source": "store"}  # as the Store search module adds them
    inputs = [{"id": row["id"], "data": {**row["data"], "_id": row["id"], "_meta": meta},
               "meta": meta} for row in outside]
    response = api.post("get_preds", {"inputs": inputs}, model="sst2-minilm",
                        dataset_name="store", requested_types="MulticlassPreds")
    assert response.status_code == 200, response.get_data(as_text=True)
    predictions = json.loads(response.get_data(as_text=True))
    assert calls == []
    for row, prediction in zip(outside, predictions):
        assert prediction["probas"] == pytest.approx(
            [row["values"]["p_negative"], row["values"]["p_positive"]], abs=1e-6)
    # Gradient salience needs what the store does not hold: computed for that example only.
    response = api.post("get_interpretations", {"inputs": inputs[:1], "config": {}},
                        model="sst2-minilm", dataset_name="store", interpreter="Grad L2 Norm")
    assert response.status_code == 200, response.get_data(as_text=True)
    assert calls == [1]
    # A pattern search lists rows by weight: another order is refused, naming why.
    response = api.post("get_interpretations",
                        {"inputs": [], "config": {"pattern": pattern, "order_by": "p_positive",
                                                  "dataset_name": "store"}},
                        model="sst2-minilm", dataset_name="store", interpreter="store_query",
                        do_predict="0")
    assert response.status_code == 500 and "strongest first" in response.get_data(as_text=True)


def test_ties_go_to_the_first_pair_in_row_major_order_as_in_memory(tmp_path):
    """A store written by hand with weights in steps of 0.1 (many ties within a row and across
    rows): the store's search equals `search_attention` over the same matrices exactly — rows,
    order, weights and the pair chosen among equal weights."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from lit_ext.interpreters.attention_search import search_attention
    from lit_ext.store.manifest import Manifest, shard_path, write_manifest
    from lit_ext.store.store_rows import _edge_lists, edge_column

    rng = np.random.default_rng(0)
    words = ["good", "bad", "not", "film", "the", "Good"]
    examples = []
    for row in range(60):
        n = int(rng.integers(3, 9))
        display = ["[CLS]", *rng.choice(words, n - 2).tolist(), "[SEP]"]
        special = [True] + [False] * (n - 2) + [True]
        weights = rng.multinomial(10, np.ones(n) / n, size=n) / 10  # rows sum to 1, many ties
        examples.append((row, weights, display, special))
    minimum = 0.3
    edges = []
    for _, weights, _, _ in examples:
        query, key = np.nonzero(weights >= minimum)
        pairs = np.empty(len(query), [("query", np.int16), ("key", np.int16),
                                      ("weight", np.float32)])
        pairs["query"], pairs["key"], pairs["weight"] = query, key, weights[query, key]
        edges.append(pairs)
    table = pa.table({
        "row": pa.array(range(len(examples)), pa.int64()),
        "sentence": [" ".join(display[1:-1]) for _, _, display, _ in examples],
        "label": ["negative"] * len(examples), "predicted": ["negative"] * len(examples),
        "probas": pa.array([[0.9, 0.1]] * len(examples), pa.list_(pa.float32(), 2)),
        "display_tokens": [display for _, _, display, _ in examples],
        "special_tokens": [special for _, _, _, special in examples],
        edge_column(0, 0): _edge_lists(edges)})
    manifest = Manifest(model={"name": "m"}, data={"description": "by hand",
                                                   "examples": len(examples)},
                        shard_size=len(examples), column_groups=["predictions", "attention_edges"],
                        example_fields=["sentence", "label"], labels=["negative", "positive"],
                        num_layers=1, num_heads=1, edge_min_weight=minimum, complete=True)
    shard_path(tmp_path, 0).parent.mkdir(parents=True)
    pq.write_table(table, shard_path(tmp_path, 0))
    write_manifest(tmp_path, manifest)
    reader = StoreReader(tmp_path)
    for threshold, sender, receiver in [(0.3, "*", "*"), (0.4, "good", "*"), (0.3, "*", "[SEP]"),
                                        (0.5, "/^(the|not)$/", "/o/"), (0.3, "[CLS]", "*")]:
        from_pattern, to_pattern = parse_pattern(sender), parse_pattern(receiver)
        expected = search_attention(
            ((row, np.float32(weights), display, special)
             for row, weights, display, special in examples),
            from_pattern, to_pattern, threshold)
        total, found = reader.search_attention(0, 0, threshold, from_pattern, to_pattern,
                                               limit=len(examples))
        assert expected and total == len(expected), (sender, receiver)
        assert [(r["row"], r["weight"], r["query"], r["key"]) for r in found.to_pylist()] == \
            [(m.id, m.weight, m.query, m.key) for m in expected], (sender, receiver)

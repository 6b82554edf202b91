"""Corpus NMF (lit_ext.corpus): fit once, transform with fixed factors, columns, tops, save/load.

Reference values are computed here independently of lit-ext's transform: scipy's NNLS on the
full (neurons × k) problem per token and sklearn's `non_negative_factorization(update_H=False)`.
"""

from __future__ import annotations

import copy

import numpy as np
import pytest
from scipy.optimize import nnls
from sklearn.decomposition import MiniBatchNMF, non_negative_factorization
from tiny_app import DATASET, MODEL, Api, example, serve_tiny_models, tiny_classifier, tiny_config

from lit_ext.config import ConfigError, CorpusNMFConfig, parse_config
from lit_ext.corpus import estimator as estimator_module
from lit_ext.corpus.estimator import CorpusNMF
from lit_ext.corpus.factors import column_name, factor_columns
from lit_ext.corpus.fitting import fit_corpus_factors
from lit_ext.corpus.lit_model import CorpusNMFModel
from lit_ext.corpus.storage import check_matches, describe_model, load_factors, save_factors
from lit_ext.corpus.top_factors import top_examples, top_tokens
from lit_ext.datasets.sample_reviews import SampleReviews
from lit_ext.interpreters.array_codec import decode_array
from lit_ext.server import make_app

K = 4


@pytest.fixture(scope="module")
def tiny_model():
    return tiny_classifier()


@pytest.fixture(scope="module")
def sentences() -> list[dict]:
    return [{"sentence": ex["sentence"], "label": ex["label"]} for ex in SampleReviews().examples]


@pytest.fixture(scope="module")
def factors(tiny_model, sentences):
    return fit_corpus_factors(tiny_model, sentences, n_components=K, sample_fraction=0.6,
                              batch_rows=64, seed=0, progress=False)


def reference_activations(model, factors, sentences: list[str],
                          ) -> list[tuple[np.ndarray, np.ndarray, list[str]]]:
    """Per sentence: (n, k) activations by scipy NNLS on the full problem, the non-special
    mask and the tokens."""
    items = model.introspect([{"sentence": s} for s in sentences], what=["ffn"],
                             layers=factors.layers)
    components = factors.nmf.components_.astype(np.float64)
    results = []
    for item in items:
        mask = ~np.asarray(item.special_tokens)
        rows = np.maximum(item.ffn, 0).transpose(1, 0, 2).reshape(len(item.tokens), -1)
        activations = np.zeros((len(item.tokens), factors.n_components))
        for i in np.flatnonzero(mask):
            activations[i] = nnls(components.T, rows[i].astype(np.float64))[0]
        results.append((activations, mask, item.tokens))
    return results


def test_transform_solves_nnls_with_fixed_components(tiny_model, factors, sentences):
    item = tiny_model.introspect([{"sentence": s["sentence"]} for s in sentences[:6]],
                                 what=["ffn"], layers=factors.layers)
    rows = np.concatenate([np.maximum(i.ffn, 0).transpose(1, 0, 2).reshape(len(i.tokens), -1)
                           for i in item]).astype(np.float64)
    components = factors.nmf.components_.astype(np.float64)
    ours = factors.nmf.transform(rows)
    scipy_full = np.array([nnls(components.T, row)[0] for row in rows])
    np.testing.assert_allclose(ours, scipy_full, rtol=1e-4, atol=1e-5)
    sklearn_cd, _, _ = non_negative_factorization(
        rows, H=components, n_components=K, update_H=False, solver="cd", tol=1e-12, max_iter=10_000)
    np.testing.assert_allclose(ours, sklearn_cd, rtol=1e-3, atol=1e-4)
    # A row's activations do not depend on the rows it is transformed with.
    np.testing.assert_array_equal(factors.nmf.transform(rows[3:4]), ours[3:4])


def test_fit_samples_seeded_rows_in_bounded_mini_batches(tiny_model, sentences, monkeypatch):
    sizes = []
    original = CorpusNMF.partial_fit

    def spy(self, rows, y=None):
        sizes.append(len(rows))
        return original(self, rows, y)

    monkeypatch.setattr(CorpusNMF, "partial_fit", spy)
    first = fit_corpus_factors(tiny_model, sentences, n_components=K, sample_fraction=0.6,
                               batch_rows=64, seed=3, progress=False)
    again = fit_corpus_factors(tiny_model, sentences, n_components=K, sample_fraction=0.6,
                               batch_rows=64, seed=3, progress=False)
    np.testing.assert_array_equal(first.nmf.components_, again.nmf.components_)
    sample = first.metadata["sample"]
    assert max(sizes) == 64 and sum(sizes) == 2 * sample["n_sampled_rows"]
    # Only non-special tokens are rows: the sample reviews have [CLS] and [SEP] each.
    n_tokens = sum(len(i.tokens) - 2 for i in tiny_model.introspect(sentences, what=["ffn"]))
    assert sample["n_token_rows"] == n_tokens
    assert 0.5 < sample["n_sampled_rows"] / n_tokens < 0.7
    other = fit_corpus_factors(tiny_model, sentences, n_components=K, sample_fraction=0.6,
                               batch_rows=64, seed=4, progress=False)
    assert not np.array_equal(other.nmf.components_, first.nmf.components_)


def test_columns_are_max_and_mean_over_non_special_tokens(tiny_model, factors, sentences):
    model = CorpusNMFModel(tiny_model, factors)
    outputs = list(model.predict(sentences[:5]))
    references = reference_activations(tiny_model, factors, [s["sentence"] for s in sentences[:5]])
    for (activations, mask, _), output in zip(references, outputs):
        for j in range(K):
            assert output[column_name(j, "max")] == pytest.approx(activations[mask, j].max(),
                                                                  rel=1e-4, abs=1e-5)
            assert output[column_name(j, "mean")] == pytest.approx(activations[mask, j].mean(),
                                                                   rel=1e-4, abs=1e-5)
        assert "probas" in output  # the wrapped model's own outputs are kept
    assert all(column_name(j, s) in model.output_spec() for j in range(K) for s in ("max", "mean"))


@pytest.fixture(scope="module")
def corpus_app(tmp_path_factory, tiny_model):
    """lit-ext's app with the tiny model and corpus factors fitted at start-up, warm-started;
    its config and the saved fit's path."""
    path = tmp_path_factory.mktemp("corpus") / "factors.safetensors"
    config = tiny_config(warm_start=1.0)
    config.models[0].corpus_nmf = CorpusNMFConfig(str(path), fit_if_missing=True, n_components=K,
                                                  sample_fraction=0.6)
    with pytest.MonkeyPatch.context() as monkeypatch:
        serve_tiny_models(monkeypatch, tiny_model)
        yield make_app(config), config, path


def no_refit(monkeypatch) -> list:
    """Makes every fitting entry point record its call and fail."""
    calls = []

    def refuse(name):
        def fail(*args, **kwargs):
            calls.append(name)
            raise AssertionError(f"{name} called: an edit must be transformed, not refitted")
        return fail

    for cls in (CorpusNMF, MiniBatchNMF):
        for name in ("fit", "partial_fit", "fit_transform"):
            monkeypatch.setattr(cls, name, refuse(f"{cls.__name__}.{name}"))
    return calls


def test_stored_column_equals_transform_of_the_example(corpus_app, tiny_model):
    app, _, path = corpus_app
    assert path.is_file()
    factors = load_factors(path)
    dataset = app._datasets[DATASET]
    ids = [ex["_id"] for ex in dataset.examples[:6]]
    response = Api(app).post("get_preds", {"inputs": ids}, model=MODEL, dataset_name=DATASET,
                             requested_types="Scalar")
    stored = response.get_json()
    fresh = factors.transform(tiny_model, [dict(ex) for ex in dataset.examples[:6]])
    columns = factor_columns(fresh, K)
    for i, prediction in enumerate(stored):
        for name, values in columns.items():
            assert prediction[name] == pytest.approx(float(values[i]), rel=1e-5, abs=1e-6)


def test_an_edit_is_transformed_never_refitted(corpus_app, tiny_model, monkeypatch):
    app, _, _ = corpus_app
    model = app._models[MODEL].wrapped
    assert isinstance(model, CorpusNMFModel)
    components = model.factors.nmf.components_.copy()
    calls = no_refit(monkeypatch)
    edited = "the acting is wooden but the score soars"
    api = Api(app)
    prediction = api.predict([example(edited)]).get_json()[0]
    payload = api.interpret("corpus_nmf", [example(edited)]).get_json()[0]
    assert calls == []
    np.testing.assert_array_equal(model.factors.nmf.components_, components)
    [(activations, mask, _)] = reference_activations(tiny_model, model.factors, [edited])
    np.testing.assert_allclose(decode_array(payload["activations"]).T, activations, rtol=1e-4,
                               atol=1e-5)
    for j in range(K):
        assert prediction[column_name(j, "max")] == pytest.approx(activations[mask, j].max(),
                                                                  rel=1e-4, abs=1e-5)
        assert payload["max"][j] == pytest.approx(prediction[column_name(j, "max")], rel=1e-5)


def test_top_examples_and_tokens_are_the_top(corpus_app, tiny_model):
    app, _, _ = corpus_app
    model = app._models[MODEL].wrapped
    examples = app._datasets[DATASET].examples
    payload = Api(app).interpret("corpus_nmf", [example("fine")], {"top": 5}).get_json()[0]
    brute_max = np.zeros((len(examples), K))
    totals: dict[str, np.ndarray] = {}
    references = reference_activations(tiny_model, model.factors, [ex["sentence"] for ex in examples])
    for i, (activations, mask, tokens) in enumerate(references):
        brute_max[i] = activations[mask].max(axis=0)
        for position in np.flatnonzero(mask):
            totals[tokens[position]] = totals.get(tokens[position], np.zeros(K)) + activations[position]
    for j in range(K):
        expected = np.sort(brute_max[:, j])[::-1][:5]
        got = payload["top_examples"][j]
        np.testing.assert_allclose([entry["max"] for entry in got], expected, rtol=1e-4, atol=1e-5)
        for entry in got:
            assert entry["id"] == examples[entry["index"]]["_id"]
            assert entry["text"] == examples[entry["index"]]["sentence"]
            assert brute_max[entry["index"], j] == pytest.approx(entry["max"], rel=1e-4, abs=1e-5)
        expected_tokens = sorted(totals, key=lambda token: -totals[token][j])[:5]
        got_tokens = payload["top_tokens"][j]
        np.testing.assert_allclose([entry["total"] for entry in got_tokens],
                                   [totals[token][j] for token in expected_tokens], rtol=1e-4)
        assert payload["top_tokens"][j][0]["token"] == expected_tokens[0]


def test_top_helpers_rank_ties_in_order_and_count_occurrences():
    maxima = np.array([[1.0, 0.0], [3.0, 2.0], [3.0, 1.0], [0.5, 2.0]])
    assert top_examples(maxima, 3) == [[(1, 3.0), (2, 3.0), (0, 1.0)], [(1, 2.0), (3, 2.0), (2, 1.0)]]
    from lit_ext.corpus.factors import ExampleFactors
    ex = ExampleFactors(["[CLS]", "a", "b", "a", "[SEP]"], ["[CLS]", "a", "b", "a", "[SEP]"],
                        [True, False, False, False, True], np.array([0, 1, 1, 1, 0], bool),
                        np.array([[9, 0], [1, 0], [1.5, 1], [0.7, 0], [9, 0]], np.float32))
    tops = top_tokens([ex], 5)
    assert [entry["token"] for entry in tops[0]] == ["a", "b"]
    assert tops[0][0] == {"token": "a", "display": "a", "total": pytest.approx(1.7), "count": 2,
                          "max": 1.0}


def test_save_load_round_trip_gives_identical_transforms(tmp_path, tiny_model, factors, sentences):
    path = save_factors(factors, tmp_path / "f.safetensors", describe_model(tiny_model, "tiny"),
                        {"name": "sample_reviews", "n_examples": len(sentences)})
    loaded = load_factors(path)
    assert loaded.layers == factors.layers and loaded.n_components == K
    np.testing.assert_array_equal(loaded.nmf.components_, factors.nmf.components_)
    for ours, theirs in zip(factors.transform(tiny_model, sentences),
                            loaded.transform(tiny_model, sentences)):
        np.testing.assert_array_equal(ours.activations, theirs.activations)
    meta = loaded.metadata
    assert meta["model"]["ffn_width"] == 48 and meta["model"]["num_layers"] == 2
    assert meta["data"]["name"] == "sample_reviews"
    assert meta["sample"]["seed"] == 0 and meta["sample"]["n_sampled_rows"] > 0
    assert meta["sklearn_version"] and meta["estimator"]["params"]["n_components"] == K


def test_a_fit_of_another_model_or_layers_is_refused(tmp_path, tiny_model, factors):
    path = save_factors(factors, tmp_path / "f.safetensors", describe_model(tiny_model, "tiny"),
                        {"name": "x"})
    loaded = load_factors(path)
    model = describe_model(tiny_model, "tiny")
    check_matches(loaded, model, path)
    for change, words in (({"ffn_width": 64}, "ffn_width 48 vs 64"),
                          ({"num_layers": 6}, "num_layers 2 vs 6"),
                          ({"name_or_path": "other"}, "name_or_path")):
        with pytest.raises(ValueError, match=words) as error:
            check_matches(loaded, model | change, path)
        assert "fit_if_missing" in str(error.value)
    with pytest.raises(ValueError, match=r"layers \[0, 1\] vs \[1\]"):
        check_matches(loaded, model, path, layers=[1])
    with pytest.raises(ValueError, match="n_components 4 vs 6"):
        check_matches(loaded, model, path, n_components=6)
    (tmp_path / "junk.safetensors").write_bytes(b"not a file")
    with pytest.raises(ValueError, match="not a corpus NMF file"):
        load_factors(tmp_path / "junk.safetensors")


def test_start_up_loads_a_saved_fit_without_refitting(corpus_app, tiny_model, monkeypatch):
    _, config, path = corpus_app
    config = copy.deepcopy(config)
    serve_tiny_models(monkeypatch, tiny_model)
    saved = load_factors(path).nmf.components_
    calls = no_refit(monkeypatch)
    app = make_app(config)
    assert calls == []
    np.testing.assert_array_equal(app._models[MODEL].wrapped.factors.nmf.components_, saved)
    config.models[0].corpus_nmf.n_components = K + 1
    with pytest.raises(ValueError, match=f"n_components {K} vs {K + 1}"):
        make_app(config)


def test_start_up_without_a_fit_names_the_fix(tmp_path, monkeypatch, tiny_model):
    serve_tiny_models(monkeypatch, tiny_model)
    config = tiny_config()
    config.models[0].corpus_nmf = CorpusNMFConfig(str(tmp_path / "none.safetensors"))
    with pytest.raises(ConfigError, match="fit_if_missing: true"):
        make_app(config)


@pytest.mark.parametrize("block, message", [
    ({"n_components": 0}, "n_components must be at least 1"),
    ({"sample_fraction": 0}, r"sample_fraction must be in \(0, 1\]"),
    ({"dataset": "nope"}, "dataset 'nope' is not one of the datasets"),
    ({"colour": 1}, "unknown key"),
])
def test_corpus_nmf_config_is_validated(block, message):
    with pytest.raises(ConfigError, match=message):
        parse_config({"models": [{"name": "m", "kind": "sst2_minilm",
                                  "corpus_nmf": {"path": "f.safetensors", **block}}],
                      "datasets": [{"name": "d", "kind": "sample"}]})
    plain = parse_config({"models": [{"name": "m", "kind": "sst2_minilm", "corpus_nmf": None}],
                          "datasets": [{"name": "d", "kind": "sample"}]})
    assert plain.models[0].corpus_nmf is None


def test_estimator_validates_rows():
    nmf = CorpusNMF(2)
    with pytest.raises(ValueError, match="nonnegative"):
        nmf.partial_fit(-np.ones((4, 3)))
    with pytest.raises(ValueError, match="at least as many"):
        nmf.partial_fit(np.ones((1, 3)))
    nmf.fit(np.random.default_rng(0).random((20, 3)))
    with pytest.raises(ValueError, match="same layers"):
        nmf.transform(np.ones((2, 5)))
    assert estimator_module.MiniBatchNMF is MiniBatchNMF

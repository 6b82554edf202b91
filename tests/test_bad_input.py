"""Bad input through the HTTP API, the CLI and the Python API.

Every case either works (unusual but valid text: emoji, right-to-left scripts, combining marks,
invisible characters) or fails with a message naming the problem, and the server keeps serving
with its models and datasets intact. See README "Bad input" for the catalogue.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import numpy as np
import portpicker
import pytest
import requests

import lit_ext
from lit_ext.config import ConfigError
from lit_ext.datasets.text_classification import DataFormatError, TextClassificationData
from lit_ext.models.loading import ModelLoadError
from lit_ext.readiness import wait_until_serving

MODEL = "sst2-minilm"
DATASET = "sample_reviews"
INTERPRETERS = ("attention", "neuron_view", "nmf")
REFERENCE = "an utterly brilliant and moving film"

# Unusual text that must work: name -> text.
UNICODE_TEXTS = {
    "emoji": "I love this 😍🎬🍿 film 👍🏽👨‍👩‍👧",
    "arabic": "هذا الفيلم رائع جدا",
    "hebrew": "הסרט הזה נהדר",
    "mixed_direction": "the film הסרט was great رائع",
    "combining_marks": "cafe\u0301 na\u0308ive Z\u0351\u0352a\u0353l\u0354g\u0355o movie",
    "cjk": "这部电影很好看",
}
# Invisible characters the tokenizer drops: the prediction is that of the visible text.
INVISIBLE = {
    "zero_width": "good\u200b \u200cfilm\u200d\ufeff",
    "control": "good\x01\x07\x1b film\x7f",
    "nul": "good\x00 film\x00",
    "bidi_override": "\u202egood film\u202c",
}
LONG_TEXT = " ".join(["wonderful", "dull"] * 5000)  # 10,000 words, 10,000 tokens

UNICODE_TSV = "sentence\tlabel\n" + "".join(f"{text}\t1\n" for text in UNICODE_TEXTS.values())

CONFIG = """
models: [{{name: sst2-minilm, kind: sst2_minilm, max_length: 128}}]
datasets:
  - {{name: sample_reviews, kind: sample}}
  - {{name: unicode, kind: file, path: {unicode_tsv}, labels: [negative, positive]}}
interpreters: [attention, neuron_view, nmf, Grad L2 Norm]
server: {{warm_start: 0}}
"""


# ---- HTTP API --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("bad_input_server")
    (workdir / "unicode.tsv").write_text(UNICODE_TSV, encoding="utf-8")
    config = workdir / "config.yaml"
    config.write_text(CONFIG.format(unicode_tsv=workdir / "unicode.tsv"))
    port = portpicker.pick_unused_port()
    log = open(workdir / "server.log", "w+")
    process = subprocess.Popen(
        [sys.executable, "-m", "lit_ext.cli", "serve", "--config", str(config), "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
        env=os.environ | {"HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"})
    url = f"http://127.0.0.1:{port}"
    wait_until_serving(url, process=process, log=workdir / "server.log")
    reference = predict(url, REFERENCE)
    yield url, reference
    process.terminate()
    process.wait(30)
    log.close()


def post(url, endpoint, body=None, timeout=120, **params):
    return requests.post(f"{url}/{endpoint}", params=params,
                         data=json.dumps(body) if body is not None else None, timeout=timeout)


def example(text, example_id=None):
    example_id = example_id or f"t-{abs(hash(text))}"
    return {"id": example_id, "data": {"sentence": text, "_id": example_id}, "meta": {}}


def predict(url, text):
    response = post(url, "get_preds", {"inputs": [example(text)]}, model=MODEL, dataset_name=DATASET)
    assert response.ok, response.text[:500]
    return response.json()[0]


def interpret(url, interpreter, inputs, config=None, **params):
    return post(url, "get_interpretations", {"inputs": inputs, "config": config or {}},
                model=MODEL, dataset_name=DATASET, interpreter=interpreter, **params)


def error_message(response) -> str:
    """The line LIT's client shows: the text before "Details:" (the traceback)."""
    assert not response.ok, f"expected an error, got {response.status_code}: {response.text[:300]}"
    return response.text.split("\n\nDetails:")[0]


def assert_still_serving(server):
    """The server answers, and the models, datasets and a known prediction are unchanged."""
    url, reference = server
    info = post(url, "get_info").json()
    assert list(info["models"]) == [MODEL]
    assert {DATASET, "unicode"} <= set(info["datasets"])
    assert len(post(url, "get_dataset", dataset_name=DATASET).json()) == 48
    again = predict(url, REFERENCE)
    np.testing.assert_allclose(again["probas"], reference["probas"], atol=1e-6)
    assert again["tokens"] == reference["tokens"]


@pytest.mark.parametrize("text", ["", "   \n\t "], ids=["empty", "whitespace"])
@pytest.mark.parametrize("endpoint", ["get_preds", *INTERPRETERS])
def test_http_empty_text_is_an_error_naming_the_field(server, endpoint, text):
    url, _ = server
    if endpoint == "get_preds":
        response = post(url, "get_preds", {"inputs": [example(text)]}, model=MODEL, dataset_name=DATASET)
    else:
        response = interpret(url, endpoint, [example(text)])
    assert "Input field 'sentence' is empty; enter some text" in error_message(response)
    assert_still_serving(server)


@pytest.mark.parametrize("name", UNICODE_TEXTS)
def test_http_unusual_unicode_text_works_everywhere(server, name):
    url, _ = server
    text = UNICODE_TEXTS[name]
    preds = predict(url, text)
    assert sum(preds["probas"]) == pytest.approx(1, abs=1e-5)
    assert preds["tokens"][0] == "[CLS]" and len(preds["tokens"]) > 3
    for interpreter, config in [("attention", {}), ("neuron_view", {"layer": 2, "head": 3}),
                                ("nmf", {"n_components": 2})]:
        response = interpret(url, interpreter, [example(text)], config)
        assert response.ok, f"{interpreter}: {response.text[:300]}"
        assert response.json()[0]["tokens"] == preds["tokens"]
    if name == "arabic":
        assert any("\u0621" <= ch <= "\u064a" for token in preds["tokens"] for ch in token)
    assert_still_serving(server)


@pytest.mark.parametrize("name", INVISIBLE)
def test_http_invisible_characters_are_dropped_and_the_visible_text_is_analysed(server, name):
    url, _ = server
    visible = predict(url, "good film")
    preds = predict(url, INVISIBLE[name])
    assert preds["tokens"] == visible["tokens"] == ["[CLS]", "good", "film", "[SEP]"]
    np.testing.assert_allclose(preds["probas"], visible["probas"], atol=1e-5)
    response = interpret(url, "attention", [example(INVISIBLE[name])])
    assert response.ok and response.json()[0]["tokens"] == visible["tokens"]
    assert_still_serving(server)


@pytest.mark.parametrize("text", ["\u200b\u200b", "\x00", "\x01\x02"], ids=["zero_width", "nul", "control"])
def test_http_text_of_only_invisible_characters(server, text):
    """Not "empty" to Python (str.strip keeps these), but no tokens: predictions and attention
    work on [CLS] [SEP]; NMF, which leaves those out, says nothing is left to factorise."""
    url, _ = server
    assert predict(url, text)["tokens"] == ["[CLS]", "[SEP]"]
    assert interpret(url, "attention", [example(text)]).ok
    message = error_message(interpret(url, "nmf", [example(text)], {"n_components": 2}))
    assert "No tokens left to factorise" in message
    assert_still_serving(server)


def test_http_10000_token_text_is_truncated_and_says_so(server):
    url, _ = server
    preds = predict(url, LONG_TEXT)
    assert len(preds["tokens"]) == 128
    assert preds["dropped_tokens"] == 10_000 - 126
    for interpreter in INTERPRETERS:
        response = interpret(url, interpreter, [example(LONG_TEXT)], {"n_components": 2})
        assert response.ok, f"{interpreter}: {response.text[:300]}"
        assert len(response.json()[0]["tokens"]) == 128
    assert_still_serving(server)


def test_http_unicode_rows_of_a_data_file_round_trip(server):
    url, _ = server
    rows = post(url, "get_dataset", dataset_name="unicode").json()
    assert [row["data"]["sentence"] for row in rows] == list(UNICODE_TEXTS.values())
    preds = post(url, "get_preds", {"inputs": [row["id"] for row in rows]}, model=MODEL,
                 dataset_name="unicode").json()
    assert len(preds) == len(UNICODE_TEXTS)
    assert_still_serving(server)


@pytest.mark.parametrize("params, message", [
    ({"model": "gpt-5", "dataset_name": DATASET}, "Unknown model 'gpt-5'; this server has ['sst2-minilm']"),
    ({"model": MODEL, "dataset_name": "imdb"}, "Unknown dataset 'imdb'; this server has ["),
    ({"model": MODEL, "dataset_name": DATASET, "interpreter": "shap"},
     "Unknown interpreter 'shap'; this server has ["),
])
def test_http_unknown_names_list_what_exists(server, params, message):
    url, _ = server
    endpoint = "get_interpretations" if "interpreter" in params else "get_preds"
    response = post(url, endpoint, {"inputs": [example("fine")]}, **params)
    assert message in error_message(response)
    assert_still_serving(server)


@pytest.mark.parametrize("endpoint", ["get_preds", "get_interpretations"])
def test_http_unknown_example_ids_are_named(server, endpoint):
    url, _ = server
    known = post(url, "get_dataset", dataset_name=DATASET).json()[0]["id"]
    response = post(url, endpoint, {"inputs": [known, "no-such-id"], "config": {}}, model=MODEL,
                    dataset_name=DATASET, interpreter="attention")
    message = error_message(response)
    assert "Unknown example id(s) ['no-such-id'] in dataset 'sample_reviews' (48 examples)" in message
    assert "reload" in message
    assert_still_serving(server)


@pytest.mark.parametrize("body, status, message", [
    ("{oops", 400, "The request body is not valid JSON"),
    ("[1, 2]", 400, "must be a JSON object"),
    ("{}", 500, "needs a JSON body with 'inputs'"),
    ('{"inputs": "abc"}', 500, "'inputs' must be a list of examples or example ids, got str"),
    ('{"inputs": [{"id": "x"}]}', 500, "inputs[0] is not an example"),
    ('{"inputs": [{"id": "x", "data": {"_id": "x"}}]}', 500, "Input field 'sentence' must be text"),
])
def test_http_malformed_requests_say_what_is_wrong(server, body, status, message):
    url, _ = server
    response = requests.post(f"{url}/get_preds", params={"model": MODEL, "dataset_name": DATASET},
                             data=body, timeout=60)
    assert response.status_code == status
    assert message in error_message(response)
    assert_still_serving(server)


@pytest.mark.parametrize("interpreter, config, message", [
    ("nmf", {"n_components": 0}, "n_components must be at least 1, got 0"),
    ("nmf", {"n_components": -3}, "n_components must be at least 1, got -3"),
    ("nmf", {"n_components": "many"}, "Config 'n_components' must be an integer, got 'many'"),
    ("nmf", {"from_layer": 4, "to_layer": 2}, "from_layer=4, to_layer=2 is invalid: need 0 <= from_layer"),
    ("nmf", {"from_layer": -1}, "from_layer=-1, to_layer=6 is invalid"),
    ("nmf", {"to_layer": 7}, "to_layer <= 6"),
    ("nmf", {"exclude_special_tokens": "maybe"}, "must be true or false"),
    ("neuron_view", {"layer": -1}, "Layer indices [-1] are invalid: this model has layers 0..5"),
    ("neuron_view", {"layer": 6}, "Layer indices [6] are invalid: this model has layers 0..5"),
    ("neuron_view", {"layer": 10 ** 12}, "this model has layers 0..5"),
    ("neuron_view", {"head": -1}, "Head -1 is invalid: this model has heads 0..11"),
    ("neuron_view", {"head": 12}, "Head 12 is invalid: this model has heads 0..11"),
    ("neuron_view", {"layer": 1.5}, "Config 'layer' must be an integer, got 1.5"),
    ("attention", {"layers": "-1"}, "Layer indices [-1] are invalid"),
    ("attention", {"layers": "0,6"}, "Layer indices [6] are invalid"),
    ("attention", {"layers": "0,,1"}, "Config 'layers' must be an integer, got ''"),
    ("attention", {"layers": "a,b"}, "Config 'layers' must be an integer, got 'a'"),
])
def test_http_interpreter_configs_out_of_range(server, interpreter, config, message):
    url, _ = server
    response = interpret(url, interpreter, [example("not bad at all")], config)
    assert message in error_message(response)
    assert_still_serving(server)


def test_http_nmf_with_more_factors_than_tokens_uses_one_per_token(server):
    url, _ = server
    response = interpret(url, "nmf", [example("not bad at all")], {"n_components": 32})
    assert response.ok, response.text[:300]
    result = response.json()[0]
    assert result["n_components"] == sum(result["token_mask"]) == 4  # [CLS]/[SEP] left out


def test_http_1000_examples_predict_and_introspection_is_refused(server):
    """get_preds takes 1,000 new sentences in one request (LIT's UI sends whole datasets);
    our interpreters, which return megabytes per example, refuse more than 32 at once."""
    url, _ = server
    inputs = [example(f"review number {i} was {'good' if i % 2 else 'bad'}", f"bulk-{i}")
              for i in range(1000)]
    start = time.monotonic()
    response = post(url, "get_preds", {"inputs": inputs}, timeout=600, model=MODEL,
                    dataset_name=DATASET, requested_types="MulticlassPreds")
    took = time.monotonic() - start
    assert response.ok, response.text[:300]
    preds = response.json()
    assert len(preds) == 1000 and all(len(p["probas"]) == 2 for p in preds)
    assert took < 300, f"1,000 predictions took {took:.0f} s"

    for interpreter in INTERPRETERS:
        start = time.monotonic()
        message = error_message(interpret(url, interpreter, inputs))
        assert f"The '{interpreter}' interpreter takes at most 32 examples per request" in message
        assert "got 1000" in message and time.monotonic() - start < 5
    assert interpret(url, "attention", inputs[:32]).ok
    assert_still_serving(server)


# ---- CLI ---------------------------------------------------------------------------------------


def write(path, content):
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return str(path)


CLI_CASES = {
    # name: (files {name: content}, extra arguments, expected part of the one-line error)
    "invalid_utf8_data": ({"d.tsv": b"sentence\tlabel\nfine\t1\ncaf\xe9 cr\xe8me\t0\n"}, ["--data", "d.tsv"],
                          "d.tsv:3: not valid UTF-8 (invalid continuation byte, byte 0xe9 at column 4)"),
    "missing_label_column": ({"d.tsv": "sentence\nfine\n"}, ["--data", "d.tsv"],
                             "d.tsv:2: missing column(s) ['label']; expected ['sentence', 'label']"),
    "missing_field_in_row": ({"d.csv": "sentence,label\nfine,1\nawful\n"}, ["--data", "d.csv"],
                             "d.csv:3: missing column(s) ['label']"),
    "extra_field_in_row": ({"d.tsv": "sentence\tlabel\nfine\t1\ngood\tand bad\t0\n"}, ["--data", "d.tsv"],
                           "d.tsv:3: 3 fields but the header has 2 ['sentence', 'label']"),
    "non_numeric_label": ({"d.tsv": "sentence\tlabel\nfine\t1\nawful\t0\nmeh\tabc\n"}, ["--data", "d.tsv"],
                          "d.tsv:4: label 'abc' is not an integer class index like the others"),
    "negative_label": ({"d.tsv": "sentence\tlabel\nfine\t1\nawful\t-1\n"}, ["--data", "d.tsv"],
                       "d.tsv:3: label -1 is out of range for 2 classes"),
    "label_out_of_range_for_config": (
        {"d.tsv": "sentence\tlabel\nfine\t1\nawful\t5\n",
         "c.yaml": "models: [{name: m, kind: sst2_minilm}]\n"
                   "datasets: [{name: d, kind: file, path: d.tsv, labels: [negative, positive]}]\n"},
        ["--config", "c.yaml"], "d.tsv:3: label 5 is out of range for 2 classes ['negative', 'positive']"),
    "empty_sentence": ({"d.tsv": "sentence\tlabel\nfine\t1\n \t0\n"}, ["--data", "d.tsv"],
                       "d.tsv:3: 'sentence' is empty"),
    "jsonl_not_an_object": ({"d.jsonl": '{"sentence": "fine", "label": 1}\n["awful", 0]\n'},
                            ["--data", "d.jsonl"],
                            "d.jsonl:2: expected a JSON object with 'sentence' and 'label', got list"),
    "malformed_yaml": ({"c.yaml": "models:\n  - name: m\n   kind: [oops\n"}, ["--config", "c.yaml"],
                       "c.yaml: malformed YAML at line 3"),
    "schema_invalid_yaml": ({"c.yaml": "models: [{name: m, kind: gpt}]\n"
                                       "datasets: [{name: d, kind: sample}]\n"},
                            ["--config", "c.yaml"], "models[0].kind 'gpt' is unknown; choose one of"),
    "wrong_type_yaml": ({"c.yaml": "models: [{name: m, kind: sst2_minilm, batch_size: big}]\n"
                                   "datasets: [{name: d, kind: sample}]\n"},
                        ["--config", "c.yaml"], "models[0].batch_size: expected int, got 'big'"),
    "repeated_key_yaml": ({"c.yaml": "models: [{name: m, kind: sst2_minilm}]\nmodels: []\n"
                                     "datasets: [{name: d, kind: sample}]\n"},
                          ["--config", "c.yaml"], "c.yaml: line 2, column 1: key 'models' appears twice"),
    "empty_yaml": ({"c.yaml": "# nothing yet\n"}, ["--config", "c.yaml"], "the config is empty"),
    "unknown_model_offline": ({}, ["--model", "no-such-org/no-such-model"],
                              "Could not load 'no-such-org/no-such-model': it is not a local directory "
                              "and HF_HUB_OFFLINE is set"),
    "missing_model_directory": ({}, ["--model", "encoder:./no/such/dir"], "Model directory not found"),
}


@pytest.mark.parametrize("case", CLI_CASES)
def test_cli_bad_input_is_one_line_and_exit_2(tmp_path, case):
    files, arguments, expected = CLI_CASES[case]
    for name, content in files.items():
        write(tmp_path / name, content)
    result = subprocess.run(
        [sys.executable, "-m", "lit_ext.cli", "serve", *arguments, "--warm-start", "0",
         "--port", str(portpicker.pick_unused_port())],
        cwd=tmp_path, capture_output=True, text=True, timeout=180,
        env=os.environ | {"HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"})
    errors = [line for line in result.stderr.splitlines()
              if line.startswith("lit-ext:") or "Traceback" in line]
    assert result.returncode == 2, result.stderr[-2000:]
    assert len(errors) == 1 and errors[0].startswith("lit-ext: error: "), result.stderr[-2000:]
    assert expected in errors[0]


# ---- Data files (what the CLI cases above reach, plus what works) ----------------------------------


def test_data_file_with_extra_columns_bom_and_unusual_unicode_loads(tmp_path):
    texts = [*UNICODE_TEXTS.values(), *INVISIBLE.values()]
    content = "\ufeffidx\tsentence\tsource\tlabel\n" + "".join(
        f"{i}\t{text}\tweb\t{i % 2}\n" for i, text in enumerate(texts))
    data = TextClassificationData(write(tmp_path / "d.tsv", content), labels=["negative", "positive"])
    assert [ex["sentence"] for ex in data.examples] == texts
    assert set(data.examples[0]) == {"sentence", "label"}


def test_data_file_field_over_csv_limit_names_the_line(tmp_path):
    path = write(tmp_path / "d.csv", "sentence,label\nfine,1\n\"" + "x" * 200_000 + "\",0\n")
    with pytest.raises(DataFormatError, match=r"d.csv:\d+: cannot parse \(field larger than field limit"):
        TextClassificationData(path)


def test_jsonl_strings_may_hold_unicode_line_separators(tmp_path):
    row = {"sentence": "first\u2028second\u0085third", "label": 1}
    data = TextClassificationData(write(tmp_path / "d.jsonl", json.dumps(row, ensure_ascii=False) + "\n"),
                                  labels=["negative", "positive"])
    assert data.examples[0]["sentence"] == row["sentence"]


# ---- Python API ------------------------------------------------------------------------------------


@pytest.mark.parametrize("call", [
    lambda m, t: lit_ext.attention(m, t),
    lambda m, t: lit_ext.neurons(m, t, layer=0, head=0),
    lambda m, t: lit_ext.nmf(m, t, n_components=2),
    lambda m, t: list(m.predict([{"sentence": t}])),
], ids=["attention", "neurons", "nmf", "predict"])
@pytest.mark.parametrize("text", ["", " \t\n"], ids=["empty", "whitespace"])
def test_python_empty_text(sst2_model, call, text):
    with pytest.raises(ValueError, match="Input field 'sentence' is empty; enter some text"):
        call(sst2_model, text)


@pytest.mark.parametrize("name", [*UNICODE_TEXTS, *INVISIBLE])
def test_python_unusual_unicode_works(sst2_model, name):
    text = {**UNICODE_TEXTS, **INVISIBLE}[name]
    result = lit_ext.attention(sst2_model, text)
    n = len(result.tokens)
    assert result.weights.shape == (6, 12, n, n)
    np.testing.assert_allclose(result.weights.sum(-1), 1, atol=1e-5)
    assert lit_ext.neurons(sst2_model, text, layer=5, head=11).query.shape == (n, 32)
    factorised = lit_ext.nmf(sst2_model, text, n_components=2)
    assert factorised.factors.shape == (min(2, sum(factorised.token_mask)), n)
    probas = next(iter(sst2_model.predict([{"sentence": text}])))["probas"]
    assert np.sum(probas) == pytest.approx(1, abs=1e-5)
    if name in INVISIBLE:
        assert result.tokens == ["[CLS]", "good", "film", "[SEP]"]


def test_python_10000_token_text_is_truncated(sst2_model):
    result = lit_ext.attention(sst2_model, LONG_TEXT)
    assert len(result.tokens) == sst2_model.max_length == 128
    out = next(iter(sst2_model.predict([{"sentence": LONG_TEXT}])))
    assert out["dropped_tokens"] == 10_000 - 126


def test_python_text_must_be_a_string(sst2_model):
    with pytest.raises(TypeError, match="text must be a str, got bytes \\(decode it first\\)"):
        lit_ext.attention(sst2_model, b"fine")
    with pytest.raises(ValueError, match="Input field 'sentence' must be text, got NoneType"):
        list(sst2_model.predict([{"sentence": None}]))


@pytest.mark.parametrize("call, error, message", [
    (lambda m: lit_ext.nmf(m, "not bad at all", n_components=0), ValueError, "at least 1, got 0"),
    (lambda m: lit_ext.nmf(m, "not bad at all", n_components="8"), TypeError,
     "n_components must be an integer, got '8'"),
    (lambda m: lit_ext.nmf(m, "not bad at all", from_layer=4, to_layer=2), ValueError,
     r"from_layer \(4\) must be below to_layer \(2\)"),
    (lambda m: lit_ext.nmf(m, "not bad at all", from_layer=-1), ValueError,
     "from_layer=-1, to_layer=6 is invalid: need 0 <= from_layer < to_layer <= 6"),
    (lambda m: lit_ext.nmf(m, "not bad at all", to_layer=99), ValueError, "to_layer=99 is invalid"),
    (lambda m: lit_ext.neurons(m, "not bad at all", layer=-1, head=0), ValueError,
     r"Layer indices \[-1\] are invalid: this model has layers 0..5"),
    (lambda m: lit_ext.neurons(m, "not bad at all", layer=6, head=0), ValueError, "layers 0..5"),
    (lambda m: lit_ext.neurons(m, "not bad at all", layer=0, head=-1), ValueError,
     "Head -1 is invalid: this model has heads 0..11"),
    (lambda m: lit_ext.neurons(m, "not bad at all", layer=0, head=12), ValueError, "heads 0..11"),
    (lambda m: lit_ext.neurons(m, "not bad at all", layer=0, head="5"), TypeError,
     "head must be an integer, got '5'"),
    (lambda m: m.introspect([{"sentence": "fine"}], layers=[7]), ValueError, "layers 0..5"),
])
def test_python_interpreter_arguments_out_of_range(sst2_model, call, error, message):
    with pytest.raises(error, match=message):
        call(sst2_model)


def test_python_more_factors_than_tokens(sst2_model):
    result = lit_ext.nmf(sst2_model, "not bad at all", n_components=50)
    assert result.factors.shape == (4, 6)  # one factor per token, [CLS]/[SEP] left out


def test_python_unknown_model_offline_keeps_loaded_models(sst2_model, monkeypatch, tmp_path):
    from huggingface_hub import constants

    loaded = lit_ext.api.resolve_model("sst2_minilm")
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    with pytest.raises(ModelLoadError, match="Could not load 'no-such-org/no-such-model'.*HF_HUB_OFFLINE"):
        lit_ext.attention("no-such-org/no-such-model", "fine")
    with pytest.raises(ModelLoadError, match="Model directory not found"):
        lit_ext.attention(f"classifier:{tmp_path / 'absent'}", "fine")
    with pytest.raises(ConfigError, match="not found"):
        lit_ext.attention(str(tmp_path / "absent.yaml"), "fine")
    assert lit_ext.api.resolve_model("sst2_minilm") is loaded
    assert lit_ext.attention("sst2_minilm", "fine").tokens == ["[CLS]", "fine", "[SEP]"]

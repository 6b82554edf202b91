"""Datasets: GLUE TSV, CSV/JSONL, the built-in sample, HF hub offline, and bad files."""

from __future__ import annotations

import json

import pytest

from lit_ext.datasets.sample_reviews import SampleReviews
from lit_ext.datasets.sst2 import LABELS, SST2Data, load_sst2_split
from lit_ext.datasets.text_classification import DataFormatError, TextClassificationData


def write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return str(path)


def test_sst2_dev_from_glue_directory(sst2_dir):
    data = SST2Data(str(sst2_dir), "validation")
    assert len(data.examples) == 872
    assert data.spec()["label"].vocab == list(LABELS)
    assert {ex["label"] for ex in data.examples} == set(LABELS)
    pairs = load_sst2_split(str(sst2_dir), "validation")
    assert pairs[0][0] == data.examples[0]["sentence"] and pairs[0][1] in (0, 1)


def test_sst2_max_examples(sst2_dir):
    assert len(SST2Data(str(sst2_dir), "train", max_examples=25).examples) == 25


def test_missing_sst2_directory_names_the_options(tmp_path):
    with pytest.raises(FileNotFoundError, match="GLUE-format folder.*'hf'"):
        SST2Data(str(tmp_path / "nowhere"))


def test_hub_sst2_offline_names_the_tsv_option(monkeypatch, tmp_path):
    datasets = pytest.importorskip("datasets")
    from huggingface_hub import constants

    # Both libraries read their offline switches at import time.
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", True)
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", tmp_path)
    with pytest.raises(ConnectionError, match="GLUE-format directory"):
        SST2Data("hf")


def test_sample_reviews():
    data = SampleReviews()
    sentences = [ex["sentence"] for ex in data.examples]
    assert len(sentences) >= 40 and len(set(sentences)) == len(sentences)
    assert {ex["label"] for ex in data.examples} == set(LABELS)
    text = " ".join(sentences)
    for phenomenon in (" not ", " but ", "utterly", "extremely", "barely"):
        assert phenomenon in f" {text} "


def test_csv_with_pairs_and_named_labels(tmp_path):
    path = write(tmp_path / "d.csv", 'sentence,sentence2,label\n"a, b",c,yes\nd,e,no\n')
    data = TextClassificationData(path)
    assert data.examples[0] == {"sentence": "a, b", "sentence2": "c", "label": "yes"}
    assert data.spec()["label"].vocab == ["no", "yes"]
    assert "sentence2" in data.spec()


def test_jsonl_with_integer_labels_and_given_vocab(tmp_path):
    rows = [{"sentence": "fine", "label": 1}, {"sentence": "awful", "label": 0}]
    path = write(tmp_path / "d.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    data = TextClassificationData(path, labels=["negative", "positive"])
    assert [ex["label"] for ex in data.examples] == ["positive", "negative"]


@pytest.mark.parametrize("name, content, message", [
    ("d.tsv", "text\tlabel\nhello\t1\n", r"missing column\(s\) \['sentence'\]"),
    ("d.tsv", "sentence\tlabel\nhello\n", r"d.tsv:2: missing column\(s\) \['label'\]"),
    ("d.tsv", "sentence\tlabel\nhello\tmaybe\n", "label 'maybe' is not one of"),
    ("d.tsv", "sentence\tlabel\nhello\t7\n", "label 7 is out of range"),
    ("d.tsv", "sentence\tlabel\n  \t1\n", "'sentence' is empty"),
    ("d.tsv", "sentence\tlabel\n", "no examples"),
    ("d.jsonl", '{"sentence": "x", "label": 1}\n{oops\n', "d.jsonl:2: invalid JSON"),
    ("d.txt", "whatever", "unknown data format '.txt'"),
])
def test_bad_files_name_the_problem(tmp_path, name, content, message):
    path = write(tmp_path / name, content)
    with pytest.raises(DataFormatError, match=message):
        TextClassificationData(path, labels=["negative", "positive"])


def test_invalid_utf8(tmp_path):
    path = write(tmp_path / "d.tsv", b"sentence\tlabel\ncaf\xe9\t1\n")
    with pytest.raises(DataFormatError, match="not valid UTF-8"):
        TextClassificationData(path)


def test_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="Data file not found"):
        TextClassificationData(str(tmp_path / "absent.csv"))

"""The shipped SST-2 classifier: rebuilt offline from all-MiniLM-L6-v2 + the committed delta."""

from __future__ import annotations

import numpy as np
import pytest
from safetensors import safe_open

from lit_ext.datasets.sst2 import SST2Data
from lit_ext.models.sst2_minilm import delta_path


def predict_labels(model, sentences):
    outputs = model.predict([{"sentence": s} for s in sentences])
    return [model.labels[int(np.argmax(out["probas"]))] for out in outputs]


def test_delta_is_compact_and_documents_its_training():
    size = delta_path().stat().st_size
    assert size <= 25 * 2**20
    with safe_open(str(delta_path()), "pt") as delta:
        metadata = delta.metadata()
        names = list(delta.keys())
    assert {"seed", "dev_accuracy", "train_seconds"} <= set(metadata)
    assert "new/classifier.weight" in names
    assert not any("word_embeddings" in name for name in names)


@pytest.mark.parametrize("sentence, label", [
    ("a wonderful , moving film with superb acting .", "positive"),
    ("one of the best movies i have seen this year .", "positive"),
    ("a tedious , boring mess .", "negative"),
    ("the worst film of the decade , painfully dull .", "negative"),
])
def test_obvious_sentences(sst2_model, sentence, label):
    assert predict_labels(sst2_model, [sentence]) == [label]


def test_dev_accuracy_meets_the_bar(sst2_model, sst2_dir):
    data = SST2Data(str(sst2_dir), "validation")
    predicted = predict_labels(sst2_model, [ex["sentence"] for ex in data.examples])
    accuracy = np.mean([p == ex["label"] for p, ex in zip(predicted, data.examples)])
    assert accuracy >= 0.89

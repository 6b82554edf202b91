"""LIT's TensorFlow SST2Model (exported from our classifier) agrees with our PyTorch classifier on
all 872 SST-2 dev sentences: the same label for >= 99.5 %, probabilities and attention within
1e-3 (max abs difference). LIT's attention fields are undone first: `layer_{l+1}/attention` is
transformers' layer l, stored [heads, key, query]; ours come from `introspect()`,
[heads, query, key]. The figures are printed and written to artifacts/tf/agreement.json.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from conftest import REPO

CHUNK = 64
REPORT = REPO / "artifacts" / "tf" / "agreement.json"


def lit_attention_as_ours(prediction: dict, layers: int) -> np.ndarray:
    """LIT's `layer_1/attention` ... `layer_N/attention` ([heads, key, query]) as our
    (layers, heads, query, key)."""
    return np.stack([prediction[f"layer_{layer + 1}/attention"].transpose(0, 2, 1)
                     for layer in range(layers)])


@pytest.fixture(scope="module")
def agreement(tf_model, pt_model, sst2_dir):
    from lit_ext.datasets.sst2 import SST2Data

    examples = SST2Data(str(sst2_dir)).examples
    assert len(examples) == 872
    same_label = same_tokens = 0
    worst_proba = worst_attention = 0.0
    worst_at = None
    gold_tf = gold_pt = 0
    for start in range(0, len(examples), CHUNK):
        chunk = examples[start:start + CHUNK]
        tf_out = list(tf_model.predict(chunk))
        pt_out = list(pt_model.predict(chunk))
        internals = pt_model.introspect(chunk, what=["attention"])
        for example, tf_pred, pt_pred, inside in zip(chunk, tf_out, pt_out, internals):
            same_tokens += tf_pred["tokens"] == pt_pred["tokens"] == inside.tokens
            labels = [pt_model.labels[int(np.argmax(p["probas"]))] for p in (tf_pred, pt_pred)]
            same_label += labels[0] == labels[1]
            gold_tf += labels[0] == example["label"]
            gold_pt += labels[1] == example["label"]
            worst_proba = max(worst_proba, float(np.abs(tf_pred["probas"] - pt_pred["probas"]).max()))
            diff = float(np.abs(lit_attention_as_ours(tf_pred, pt_model.num_layers)
                                - inside.attention).max())
            if diff > worst_attention:
                worst_attention, worst_at = diff, example["sentence"]
    figures = {
        "sentences": len(examples), "same_tokens": same_tokens, "same_label": same_label,
        "same_label_fraction": same_label / len(examples),
        "accuracy_tf": gold_tf / len(examples), "accuracy_pytorch": gold_pt / len(examples),
        "max_abs_probability_difference": worst_proba,
        "max_abs_attention_difference": worst_attention, "worst_attention_sentence": worst_at,
    }
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps(figures, indent=2) + "\n")
    return figures


def test_same_tokens_and_labels_on_sst2_dev(agreement, capsys):
    with capsys.disabled():
        print(f"\nTF vs PyTorch on SST-2 dev: {json.dumps(agreement)}")
    assert agreement["same_tokens"] == 872
    assert agreement["same_label_fraction"] >= 0.995


def test_probabilities_within_1e3(agreement):
    assert agreement["max_abs_probability_difference"] <= 1e-3


def test_attention_within_1e3_after_undoing_lits_orientation(agreement):
    assert agreement["max_abs_attention_difference"] <= 1e-3


def test_lit_orientation_is_transposed_and_one_based(tf_model, pt_model):
    """What the agreement relies on, on one sentence: LIT's matrix is the transpose of ours (its
    columns sum to 1, not its rows), and layer_1 is our layer 0, not layer 1."""
    example = {"sentence": "a gorgeous , witty , seductive movie ."}
    [prediction] = tf_model.predict([example])
    [inside] = pt_model.introspect([example], what=["attention"])
    lit = prediction["layer_1/attention"]
    assert lit.shape == inside.attention[0].shape
    np.testing.assert_allclose(lit.sum(axis=1), 1.0, atol=1e-4)
    assert np.abs(lit.sum(axis=2) - 1.0).max() > 0.1
    np.testing.assert_allclose(lit.transpose(0, 2, 1), inside.attention[0], atol=1e-3)
    assert np.abs(lit.transpose(0, 2, 1) - inside.attention[1]).max() > 0.05
    assert "layer_0/attention" not in prediction and "layer_6/attention" in prediction

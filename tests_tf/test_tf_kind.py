"""The lit_sst2_tf kind: LIT's SST2Model under our datasets' label names, and LIT's model code
otherwise untouched."""

from __future__ import annotations

import numpy as np

from lit_ext.datasets.sst2 import LABELS


def test_label_vocabulary_is_the_datasets(tf_model):
    from lit_nlp.examples.glue.models import SST2Model

    assert isinstance(tf_model, SST2Model)
    assert tf_model.output_spec()["probas"].vocab == list(LABELS)
    assert tf_model.input_spec()["label"].vocab == list(LABELS)


def test_gold_labels_by_name_and_empty_labels(tf_model):
    """LIT takes the gradient of the gold label's probability: by our names now; an example from
    LIT's editor (label "") gets the predicted class's, as one without a label field."""
    sentence = "a gorgeous , witty , seductive movie ."
    outputs = list(tf_model.predict([{"sentence": sentence, "label": "negative"},
                                     {"sentence": sentence, "label": ""},
                                     {"sentence": sentence}]))
    assert [out["label"] for out in outputs] == ["negative", "positive", "positive"]
    assert LABELS[int(np.argmax(outputs[0]["probas"]))] == "positive"
    grads = [out["token_grad_sentence"] for out in outputs]
    scale = np.abs(grads[2]).max()
    np.testing.assert_allclose(grads[1], grads[2], atol=1e-3 * scale)
    # Two classes: d p(negative) / dx = -d p(positive) / dx.
    np.testing.assert_allclose(grads[0], -grads[2], atol=1e-3 * scale)


def test_options_reach_lits_config(checkpoint):
    from lit_ext.models.lit_sst2_tf import lit_sst2_tf_model

    model = lit_sst2_tf_model(checkpoint, max_length=8, batch_size=3, labels=["neg", "pos"])
    assert (model.config.max_seq_length, model.max_minibatch_size()) == (8, 3)
    [out] = model.predict([{"sentence": "a gorgeous , witty , seductive movie that never lets up"}])
    assert len(out["tokens"]) == 8 and model.output_spec()["probas"].vocab == ["neg", "pos"]
    assert str(checkpoint) in model.description()

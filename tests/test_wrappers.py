"""The LIT model wrappers: specs, predictions, gradients, pairs, truncation and bad input."""

from __future__ import annotations

import copy

import numpy as np
import pytest
import torch
from lit_nlp.api import dataset as lit_dataset
from lit_nlp.api import types as lit_types
from lit_nlp.components import gradient_maps

from lit_ext.models.classifier import ClassifierModel
from lit_ext.models.encoder import EncoderModel

LABELS = ["neg", "neutral", "pos"]
EXAMPLES = [{"sentence": "a good film , not a bad one"}, {"sentence": "really not at all good"}]


@pytest.fixture(params=["bert", "distilbert", "roberta"])
def arch(request):
    return request.param


@pytest.fixture
def classifier(arch, tiny_models):
    model, tokenizer = tiny_models[arch]
    return ClassifierModel(model, tokenizer, labels=LABELS)


def test_classifier_outputs_match_spec(classifier):
    outputs = list(classifier.predict(EXAMPLES))
    spec = classifier.output_spec()
    assert isinstance(spec["probas"], lit_types.MulticlassPreds)
    assert spec["probas"].parent == "label" and spec["probas"].vocab == LABELS
    for out in outputs:
        assert set(out) == set(spec)
        n = len(out["tokens"])
        assert out["probas"].shape == (3,)
        np.testing.assert_allclose(out["probas"].sum(), 1.0, atol=1e-5)
        assert out["input_embs"].shape == out["token_grads"].shape == (n, 32)
        assert np.abs(out["token_grads"]).sum() > 0
        assert out["grad_class"] == LABELS[int(np.argmax(out["probas"]))]
        assert out["cls_emb"].shape == out["mean_emb"].shape == (32,)


def test_probabilities_equal_the_hf_model(classifier):
    encoding, _ = classifier.tokenize(EXAMPLES)
    with torch.no_grad():
        expected = torch.softmax(classifier.model(**classifier._model_inputs(encoding)).logits, -1)
    got = np.stack([out["probas"] for out in classifier.predict(EXAMPLES)])
    np.testing.assert_allclose(got, expected.numpy(), atol=1e-5)


def test_batches_sorted_by_length_keep_input_order_and_results(arch, tiny_models):
    model, tokenizer = tiny_models[arch]
    classifier = ClassifierModel(model, tokenizer, labels=LABELS, batch_size=2)
    words = "the film is a quiet , tender and often very funny story".split()
    examples = [{"sentence": " ".join(words[:n])} for n in (9, 1, 12, 3, 7, 2, 11)]
    together = list(classifier.predict(examples))
    for example, output in zip(examples, together):
        alone = list(classifier.predict([example]))[0]
        assert output["tokens"] == alone["tokens"]
        np.testing.assert_allclose(output["probas"], alone["probas"], atol=1e-5)
        np.testing.assert_allclose(output["token_grads"], alone["token_grads"], atol=1e-5)
    assert all(parameter.grad is None for parameter in classifier.model.parameters())


def test_gradients_are_those_of_the_requested_class(classifier):
    first = list(classifier.predict([EXAMPLES[0] | {"grad_class": "neg"}]))[0]
    second = list(classifier.predict([EXAMPLES[0] | {"grad_class": "pos"}]))[0]
    assert first["grad_class"] == "neg" and second["grad_class"] == "pos"
    assert not np.allclose(first["token_grads"], second["token_grads"])


def test_feeding_back_embeddings_reproduces_predictions(classifier):
    """Integrated Gradients sends (scaled) embeddings back through `input_embs`."""
    out = list(classifier.predict(EXAMPLES[:1]))[0]
    again = list(classifier.predict([EXAMPLES[0] | {"input_embs": out["input_embs"]}]))[0]
    np.testing.assert_allclose(again["probas"], out["probas"], atol=1e-5)
    zeroed = list(classifier.predict([EXAMPLES[0] | {"input_embs": 0 * out["input_embs"]}]))[0]
    assert not np.allclose(zeroed["probas"], out["probas"], atol=1e-4)


def test_lit_gradient_salience_components_run(classifier):
    dataset = lit_dataset.Dataset(spec={"sentence": lit_types.TextSegment()}, examples=EXAMPLES)
    for component in (gradient_maps.GradientNorm(), gradient_maps.GradientDotInput(),
                      gradient_maps.IntegratedGradients(interpolation_steps=4)):
        assert component.is_compatible(classifier, dataset)
        result = component.run(EXAMPLES[:1], classifier, dataset)[0]
        salience = result["token_grads"]
        assert len(salience.tokens) == len(salience.salience) > 2


def test_sentence_pairs(arch, tiny_models):
    model, tokenizer = tiny_models[arch]
    pair = ClassifierModel(model, tokenizer, labels=LABELS, text_b="sentence2")
    assert set(pair.input_spec()) >= {"sentence", "sentence2"}
    out = list(pair.predict([{"sentence": "a good film", "sentence2": "not at all"}]))[0]
    separators = [t for t in out["tokens"] if t in (tokenizer.sep_token, tokenizer.eos_token)]
    assert len(separators) >= 2


def test_long_text_is_truncated_and_reported(classifier):
    text = " ".join(["good"] * 5000)
    out = list(classifier.predict([{"sentence": text}]))[0]
    assert len(out["tokens"]) == classifier.max_length
    full = len(classifier.tokenizer(text)["input_ids"])  # the tokenizer alone, untruncated
    assert full > 5000 and out["dropped_tokens"] == full - classifier.max_length
    assert list(classifier.predict(EXAMPLES[:1]))[0]["dropped_tokens"] == 0


def test_dropped_tokens_of_a_long_pair_count_both_texts(tiny_models):
    model, tokenizer = tiny_models["bert"]
    pair = ClassifierModel(model, tokenizer, labels=LABELS, text_b="sentence2", max_length=16)
    example = {"sentence": " ".join(["good"] * 20), "sentence2": " ".join(["bad"] * 10)}
    full = len(tokenizer(example["sentence"], example["sentence2"])["input_ids"])
    out = list(pair.predict([example, {"sentence": "good", "sentence2": "bad"}]))
    assert (out[0]["dropped_tokens"], out[1]["dropped_tokens"]) == (full - 16, 0)


@pytest.mark.parametrize("text", ["", "   \n\t"])
def test_empty_text_is_an_error(classifier, text):
    with pytest.raises(ValueError, match="empty"):
        list(classifier.predict([{"sentence": text}]))


def test_wrong_number_of_labels(tiny_models):
    model, tokenizer = tiny_models["bert"]
    with pytest.raises(ValueError, match="3 classes"):
        ClassifierModel(model, tokenizer, labels=["a", "b"])


def test_encoder_has_no_predictions(arch, tiny_models):
    model, tokenizer = tiny_models[arch]
    encoder = EncoderModel(model.base_model, tokenizer)
    spec = encoder.output_spec()
    assert not any(isinstance(t, (lit_types.MulticlassPreds, lit_types.RegressionScore))
                   for t in spec.values())
    out = list(encoder.predict(EXAMPLES))[0]
    assert set(out) == set(spec) and out["cls_emb"].shape == (32,)
    assert encoder.introspect(EXAMPLES[:1])[0].attention.shape[:2] == (2, 4)


def test_attention_outputs_flag(classifier, arch, tiny_models):
    assert not any(isinstance(t, lit_types.AttentionHeads)
                   for t in classifier.output_spec().values())
    model, tokenizer = tiny_models[arch]
    with_attention = ClassifierModel(model, tokenizer, labels=LABELS, attention_outputs=True)
    spec = with_attention.output_spec()
    # Named and oriented as LIT's own GLUE models do: `layer_1/attention` is transformers'
    # layer 0, each [heads, key, query].
    assert [k for k, t in spec.items() if isinstance(t, lit_types.AttentionHeads)] == [
        "layer_1/attention", "layer_2/attention"]
    out = list(with_attention.predict(EXAMPLES[:1]))[0]
    n = len(out["tokens"])
    assert out["layer_2/attention"].shape == (4, n, n)
    expected = with_attention.introspect(EXAMPLES[:1], what=["attention"])[0].attention
    for layer in range(2):
        np.testing.assert_allclose(out[f"layer_{layer + 1}/attention"],
                                   expected[layer].transpose(0, 2, 1), atol=1e-5)
    # Rows of [heads, query, key] sum to 1; in LIT's orientation the columns do.
    np.testing.assert_allclose(out["layer_1/attention"].sum(axis=1), 1.0, atol=1e-5)


def test_bare_encoder_loads_from_a_directory_in_the_dtype_asked_for(tmp_path, tiny_models):
    from lit_ext.models.encoder import EncoderModel

    model, tokenizer = tiny_models["bert"]
    model.bert.save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)
    encoder = EncoderModel.from_pretrained(str(tmp_path), dtype="bfloat16", attention_outputs=True)
    assert encoder.model.dtype == torch.bfloat16
    assert encoder.model.config._attn_implementation == "eager"
    output = next(encoder.predict([{"sentence": "a good film"}]))
    assert output["layer_1/attention"].dtype == np.float32 and output["cls_emb"].shape == (32,)


def test_weight_delta_round_trip(tmp_path, tiny_models):
    from lit_ext.models.weight_delta import apply_weight_delta, save_weight_delta

    base, _ = tiny_models["bert"]
    tuned = copy.deepcopy(base)
    with torch.no_grad():
        tuned.bert.encoder.layer[1].output.dense.weight.add_(0.01)
        tuned.classifier.weight.mul_(3)
    base_state = {k: v for k, v in base.state_dict().items() if not k.startswith("classifier")}
    counts = save_weight_delta(base_state, tuned.state_dict(), tmp_path / "delta.safetensors")
    assert counts == {"diff": 1, "new": 2, "unchanged": len(base_state) - 1}
    rebuilt = copy.deepcopy(base)
    apply_weight_delta(rebuilt, tmp_path / "delta.safetensors")
    for name, value in tuned.state_dict().items():
        np.testing.assert_allclose(rebuilt.state_dict()[name], value, atol=1e-5, err_msg=name)
    with pytest.raises(ValueError, match="does not fit this model"):
        apply_weight_delta(tiny_models["distilbert"][0], tmp_path / "delta.safetensors")

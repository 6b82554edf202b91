"""Seven faults users of BERTviz, Ecco and LIT reported, each fixed by kind in lit-ext (issue 10).

Every expected value comes from `reference` (plain transformers, one example, no padding), not
from lit-ext, and each fault is checked where it can surface: `predict()`, `introspect()`, the
interpreters' HTTP payloads and the notebook API.
"""

from __future__ import annotations

import copy
import html.parser

import numpy as np
import pytest
import torch
import transformers
from lit_nlp.components import gradient_maps
from lit_nlp.lib import validation
from reference import reference, split_heads
from served_app import example, interpret, make_api, strict_json
from tiny_checkpoints import ARCHITECTURES, save_checkpoint, tiny_classifier

from lit_ext import api
from lit_ext.finite import NonFiniteError
from lit_ext.interpreters import lit_ext_interpreters
from lit_ext.interpreters.array_codec import decode_array, encode_probabilities
from lit_ext.interpreters.nmf import factorise
from lit_ext.models import tokenization
from lit_ext.models.classifier import ClassifierModel
from lit_ext.models.sst2_minilm import base_model_path, sst2_classifier

SHORT, LONG = "bad", "a gorgeous , witty , seductive movie that never lets up"
BATCH = [{"sentence": SHORT}, {"sentence": LONG}]
# Module paths, written out here rather than taken from lit-ext's architecture table.
BERT_QUERY = "bert.encoder.layer.{}.attention.self.query"
BERT_KEY = "bert.encoder.layer.{}.attention.self.key"
BERT_FFN = "bert.encoder.layer.{}.output.dense"


# ---- 1. Padding side ----------------------------------------------------------------------

def left_padding(tokenizer):
    tokenizer = copy.deepcopy(tokenizer)
    tokenizer.padding_side = "left"
    return tokenizer


@pytest.mark.parametrize("architecture", ARCHITECTURES)
def test_left_padding_tokenizer_gives_each_example_its_own_values(architecture):
    """Predictions, gradients and every internal of a batch equal each example run alone."""
    model, tokenizer = tiny_classifier(architecture)
    wrapper = ClassifierModel(model, left_padding(tokenizer))
    assert wrapper.tokenizer("a", padding="max_length", max_length=6)["input_ids"][0] == \
        wrapper.tokenizer.pad_token_id  # the tokenizer really pads on the left
    predictions = list(wrapper.predict(BATCH))
    internals = wrapper.introspect(BATCH)
    for text, prediction, item in zip((SHORT, LONG), predictions, internals):
        ref = reference(model, tokenizer, text)
        assert prediction["tokens"] == item.tokens == ref.tokens
        np.testing.assert_allclose(prediction["probas"], ref.probas, atol=1e-5)
        np.testing.assert_allclose(prediction["cls_emb"], ref.cls_emb, atol=1e-5)
        np.testing.assert_allclose(prediction["mean_emb"], ref.mean_emb, atol=1e-5)
        np.testing.assert_allclose(prediction["input_embs"], ref.input_embs, atol=1e-6)
        np.testing.assert_allclose(prediction["token_grads"], ref.token_grads, atol=1e-5)
        np.testing.assert_allclose(item.attention, ref.attention, atol=1e-5)


ANALYSES = {"attention_rollout": {}, "attention_flow": {}, "attention_norm": {},
            "head_importance": {}, "head_importance (gradient)": {"method": "gradient"},
            "ablated_prediction": {"heads": "0:1,1:0"}, "layer_predictions": {}}


@pytest.mark.parametrize("architecture", ["bert", "roberta", "deberta-v2", "modernbert"])
def test_left_padding_tokenizer_every_analysis_of_a_batch_is_each_example_alone(architecture):
    """Issue 11's interpreters batch too (head ablation replays whole batches): each example's
    result in a batch of two lengths equals its result alone."""
    model, tokenizer = tiny_classifier(architecture)
    wrapper = ClassifierModel(model, left_padding(tokenizer))
    interpreters = lit_ext_interpreters()
    for name, config in ANALYSES.items():
        interpreter = interpreters[name.split(" (")[0]]
        batch = interpreter.run(BATCH, wrapper, None, config=dict(config))
        for single, result in zip(BATCH, batch):
            alone = interpreter.run([single], wrapper, None, config=dict(config))[0]
            assert result.keys() == alone.keys()
            for key, value in result.items():
                if key == "tokens" and name.startswith("attention_"):
                    assert value.tokens == alone[key].tokens
                    np.testing.assert_allclose(value.salience, alone[key].salience, atol=1e-5,
                                               err_msg=name)
                elif isinstance(value, list | np.ndarray) and np.asarray(value).dtype.kind == "f":
                    np.testing.assert_allclose(value, alone[key], atol=1e-5, err_msg=f"{name} {key}")
                else:
                    assert value == alone[key], (name, key)


def test_left_padding_checkpoint_over_http_and_in_every_internal(tmp_path):
    """The issue's case: a BERT classifier saved with MiniLM's tokenizer set to pad on the left."""
    model, _ = tiny_classifier("bert")
    tokenizer = transformers.AutoTokenizer.from_pretrained(base_model_path(), padding_side="left")
    model.save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)
    wrapper = ClassifierModel.from_pretrained(str(tmp_path))
    assert wrapper.tokenizer.padding_side == "left"
    layers = range(model.config.num_hidden_layers)
    refs = [reference(wrapper.model, tokenizer, text,
                      capture_outputs=tuple(p.format(layer) for p in (BERT_QUERY, BERT_KEY)
                                            for layer in layers),
                      capture_inputs=tuple(BERT_FFN.format(layer) for layer in layers))
            for text in (SHORT, LONG)]
    for item, ref in zip(wrapper.introspect(BATCH), refs):
        for layer in layers:
            query = split_heads(ref.outputs[BERT_QUERY.format(layer)][0], 4)
            key = split_heads(ref.outputs[BERT_KEY.format(layer)][0], 4)
            np.testing.assert_allclose(item.query[layer], query, atol=1e-5)
            np.testing.assert_allclose(item.key[layer], key, atol=1e-5)
            np.testing.assert_allclose(item.ffn[layer], ref.inputs[BERT_FFN.format(layer)][0][0],
                                       atol=1e-5)

    app = make_api({"left": str(tmp_path)})
    inputs = [example(SHORT, "short"), example(LONG, "long")]
    predictions = strict_json(app.post("get_preds", {"inputs": inputs}, model="left",
                                       dataset_name="sample_reviews").get_data(as_text=True))
    status, body = interpret(app, "left", "attention", inputs)
    assert status == 200, body
    for prediction, payload, ref in zip(predictions, strict_json(body), refs):
        assert prediction["tokens"] == payload["tokens"] == ref.tokens
        np.testing.assert_allclose(prediction["probas"], ref.probas, atol=1e-5)
        np.testing.assert_allclose(decode_array(payload["attention"]), ref.attention, atol=5e-4)


# ---- 2. Tokenizer markers -------------------------------------------------------------------

class _TextAndTitles(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.text, self.titles = [], []

    def handle_data(self, data):
        self.text.append(data)

    def handle_starttag(self, tag, attrs):
        self.titles += [value for name, value in attrs if name == "title"]


MARKED = ["a good film , not a bad one", "the heart is big"]


@pytest.mark.parametrize("architecture", ["roberta", "modernbert", "deberta-v2", "albert", "bert"])
def test_display_tokens_are_the_text_each_token_covers(architecture):
    """Display text = the source text under the token's offsets (an independent derivation);
    raw tokens (`Ġgood`, `▁a`) stay in `tokens`."""
    model, tokenizer = tiny_classifier(architecture)
    wrapper = ClassifierModel(model, tokenizer)
    for text, item in zip(MARKED, wrapper.introspect([{"sentence": t} for t in MARKED],
                                                     what=["ffn"])):
        ref = reference(model, tokenizer, text)
        assert item.tokens == ref.tokens
        # A token that is only a word-boundary marker shows as a visible space (its offsets
        # differ between tokenizers: empty, or the next character's).
        expected = [token if token in tokenizer.all_special_tokens else
                    "␣" if not token.strip("Ġ▁") else text[start:end].strip()
                    for token, (start, end) in zip(ref.tokens, ref.offsets)]
        assert item.display_tokens == expected
    if architecture in ("roberta", "modernbert"):
        assert any(token.startswith("Ġ") for token in item.tokens)
        assert not any("Ġ" in token for token in item.display_tokens)


def test_an_emoji_split_into_bytes_shows_as_the_emoji():
    model, tokenizer = tiny_classifier("roberta")
    item = ClassifierModel(model, tokenizer).introspect([{"sentence": "a great 😊 movie"}],
                                                        what=["ffn"])[0]
    pieces = [shown for raw, shown in zip(item.tokens, item.display_tokens) if "😊" in shown]
    assert len(pieces) >= 2  # byte-level BPE needs several tokens for it
    assert "\ufffd" not in "".join(item.display_tokens)


@pytest.mark.parametrize("interpreter,config", [
    ("attention", {}), ("neuron_view", {"layer": 1, "head": 2}), ("nmf", {"n_components": 2})])
def test_payloads_carry_display_and_raw_tokens(tmp_path, interpreter, config):
    save_checkpoint("roberta", tmp_path)
    app = make_api({"roberta": str(tmp_path)})
    status, body = interpret(app, "roberta", interpreter, [example(MARKED[0], "marked")], config)
    assert status == 200, body
    payload = strict_json(body)[0]
    assert any(token.startswith("Ġ") for token in payload["tokens"])
    assert "good" in payload["display_tokens"] and "Ġgood" in payload["tokens"]
    assert not any("Ġ" in token for token in payload["display_tokens"])
    assert len(payload["display_tokens"]) == len(payload["tokens"])


def test_notebook_html_shows_words_and_keeps_raw_tokens_in_tooltips():
    model, tokenizer = tiny_classifier("roberta")
    wrapper = ClassifierModel(model, tokenizer)
    for result in (api.attention(wrapper, MARKED[0]), api.neurons(wrapper, MARKED[0], 1, 0),
                   api.nmf(wrapper, MARKED[0], n_components=2)):
        parser = _TextAndTitles()
        parser.feed(result._repr_html_())
        shown = "".join(parser.text)
        assert "good" in shown and "Ġ" not in shown
        assert any("Ġgood" in title for title in parser.titles)


# ---- 3. One definition of "special token" ---------------------------------------------------

EMOJI = "a great 😊 movie"


def test_unknown_token_is_text_in_every_payload(tmp_path):
    """The server's mask marks [CLS]/[SEP] only: [UNK] (the emoji) is text, and NMF keeps it."""
    model, tokenizer = tiny_classifier("bert")
    model.save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)
    ref = reference(model, tokenizer, EMOJI)
    assert "[UNK]" in ref.tokens
    expected = [token in (tokenizer.cls_token, tokenizer.sep_token) for token in ref.tokens]
    app = make_api({"bert": str(tmp_path)})
    for interpreter, config in (("attention", {}), ("neuron_view", {}),
                                ("nmf", {"n_components": 2, "exclude_special_tokens": True})):
        status, body = interpret(app, "bert", interpreter, [example(EMOJI, "emoji")], config)
        assert status == 200, body
        payload = strict_json(body)[0]
        assert payload["special_tokens"] == expected, interpreter
    assert payload["token_mask"] == [not special for special in expected]


# ---- 4. NMF on degenerate activations, and nothing non-finite on the wire ------------------

def silent_first_layer(wrapper: ClassifierModel) -> ClassifierModel:
    """A ReLU model whose first FFN layer never fires."""
    wrapper.model.bert.encoder.layer[0].intermediate.dense.bias.data.fill_(-1e4)
    return wrapper


def test_nmf_on_a_silent_layer_says_so_and_other_layers_stay_finite():
    model, tokenizer = tiny_classifier("bert", hidden_act="relu")
    wrapper = silent_first_layer(ClassifierModel(model, tokenizer))
    assert not wrapper.introspect([{"sentence": LONG}], what=["ffn"], layers=[0])[0].ffn.any()
    with pytest.raises(ValueError, match="Every FFN unit of the chosen layers is zero"):
        factorise(wrapper, [{"sentence": LONG}], 4, [0])
    _, fitted = factorise(wrapper, [{"sentence": LONG}], 4, [0, 1])[0]
    assert np.isfinite(fitted.factors_).all() and np.isfinite(fitted.components_).all()
    assert np.isfinite(fitted.relative_error_)
    assert not fitted.components_[:, :model.config.intermediate_size].any()


def test_nmf_on_a_silent_layer_over_http(tmp_path, monkeypatch):
    model, tokenizer = tiny_classifier("bert", hidden_act="relu")
    silent_first_layer(ClassifierModel(model, tokenizer)).model.save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)
    app = make_api({"relu": str(tmp_path)})
    status, body = interpret(app, "relu", "nmf", [example(LONG, "long")],
                             {"from_layer": 0, "to_layer": 1})
    assert status == 500 and "Every FFN unit of the chosen layers is zero" in body
    status, body = interpret(app, "relu", "nmf", [example(LONG, "long")])
    assert status == 200
    strict_json(body)


def overflowing_float16_classifier() -> ClassifierModel:
    """The shipped classifier in float16 with one FFN unit of layer 2 near float16's largest
    value (65504): its output projection overflows, and NaN spreads from there on."""
    wrapper = sst2_classifier(dtype="float16")
    layer = wrapper.model.bert.encoder.layer[2]
    layer.intermediate.dense.bias.data[0] = 6e4
    layer.output.dense.weight.data[:, 0] = 10
    return wrapper


def test_float16_overflow_is_an_error_naming_the_fix_never_nan(tmp_path):
    wrapper = overflowing_float16_classifier()
    item = wrapper.introspect([{"sentence": LONG}], what=["attention", "ffn"], layers=[2, 3])[0]
    assert not np.isfinite(item.attention).all()  # the overflow is real
    with pytest.raises(NonFiniteError, match="float32 or bfloat16"):
        list(wrapper.predict([{"sentence": LONG}]))
    with pytest.raises(NonFiniteError):
        factorise(wrapper, [{"sentence": LONG}], 4, [2, 3])

    wrapper.model.save_pretrained(tmp_path)
    wrapper.tokenizer.save_pretrained(tmp_path)
    app = make_api({"overflow": str(tmp_path)})
    inputs = [example(LONG, "long")]
    for interpreter, config in (("attention", {}), ("neuron_view", {"layer": 3}),
                                ("nmf", {"from_layer": 2})):
        status, body = interpret(app, "overflow", interpreter, inputs, config)
        assert status == 500 and "float32 or bfloat16" in body, (interpreter, body[:300])
    response = app.post("get_preds", {"inputs": inputs}, model="overflow",
                        dataset_name="sample_reviews")
    assert response.status_code == 500 and "float32 or bfloat16" in response.get_data(as_text=True)
    # Layers before the overflow are finite and still served.
    status, body = interpret(app, "overflow", "attention", inputs, {"layers": "0,1,2"})
    assert status == 200
    strict_json(body)


def test_every_interpreter_refuses_an_overflowing_model_with_the_fix(tmp_path):
    """The kind, everywhere: each interpreter that reads the model (ours, LIT's gradient
    salience, faithfulness) answers with the fix, never 200 with NaN in the body nor with NaN
    turned into numbers (max flow makes a NaN capacity 0; a NaN row normalises to zeros)."""
    wrapper = overflowing_float16_classifier()
    wrapper.model.save_pretrained(tmp_path)
    wrapper.tokenizer.save_pretrained(tmp_path)
    app = make_api({"overflow": str(tmp_path)})
    ours = lit_ext_interpreters()
    lits = {"Grad L2 Norm": gradient_maps.GradientNorm(), "Grad ⋅ Input": gradient_maps.GradientDotInput(),
            "Integrated Gradients": gradient_maps.IntegratedGradients()}
    configs = {name: {key: spec.default for key, spec in interpreter.config_spec().items()}
               for name, interpreter in (ours | lits).items()}
    configs["ablated_prediction"]["heads"] = "0:1"
    configs["neuron_view"]["layer"] = 3  # layers 0-2 are finite (and served, above)
    configs["attention_search"]["layer"] = 3
    configs["faithfulness"] = {"methods": "attention_rollout"}
    configs["head_importance (gradient)"] = {"method": "gradient"}
    for name, config in configs.items():
        status, body = interpret(app, "overflow", name.split(" (")[0], [example(LONG, "long")], config)
        assert status == 500 and "float32 or bfloat16" in body, (name, status, body[:300])


@pytest.mark.parametrize("size", [1000, 3 << 20])  # one chunk, and the threaded path
def test_probability_encoding_refuses_nan_anywhere(size):
    values = np.full(size, 0.5, np.float32)
    values[-3] = np.nan
    with pytest.raises(NonFiniteError, match="attention"):
        encode_probabilities(values, "attention")
    values[-3] = np.inf
    with pytest.raises(NonFiniteError):
        encode_probabilities(values)


# ---- 5. dtypes ------------------------------------------------------------------------------

# Measured on the shipped classifier (SST-2 dev sentences) against its float32 run; the
# tolerances below leave about 2x headroom. Relative values are to the float32 array's max |x|.
TOLERANCE = {
    "float16": dict(probas=2e-3, attention=5e-3, relative=2e-2),
    "bfloat16": dict(probas=2e-2, attention=4e-2, relative=1e-1),
}
DTYPE_EXAMPLES = [{"sentence": s} for s in (
    LONG, "it 's a charming and often affecting journey .", "unflinchingly bleak and desperate",
    "the plot is nothing but boilerplate clichés from start to finish ,")]


def relative_error(value: np.ndarray, expected: np.ndarray) -> float:
    return float(np.abs(value - expected).max() / np.abs(expected).max())


@pytest.fixture(scope="module")
def float32_run():
    wrapper = sst2_classifier()
    return wrapper, run_every_path(wrapper)


def run_every_path(wrapper: ClassifierModel) -> dict:
    """Predictions, LIT's gradient salience, internals and NMF, for DTYPE_EXAMPLES."""
    predictions = list(wrapper.predict(DTYPE_EXAMPLES))
    salience = {}
    for name, component in (("grad_norm", gradient_maps.GradientNorm()),
                            ("grad_dot_input", gradient_maps.GradientDotInput()),
                            ("integrated_gradients", gradient_maps.IntegratedGradients())):
        salience[name] = [s["token_grads"].salience for s in
                          component.run(DTYPE_EXAMPLES, wrapper, None, predictions)]
    interpreters = lit_ext_interpreters()
    for name in ("attention_rollout", "attention_flow", "attention_norm"):
        salience[name] = [r["tokens"].salience for r in
                          interpreters[name].run(DTYPE_EXAMPLES, wrapper, None)]
    # Issue 11's analyses: probabilities (layers + 1, classes), with heads off, and head importance.
    probabilities = {
        "layer_predictions": [r["probas"] for r in interpreters["layer_predictions"].run(
            DTYPE_EXAMPLES, wrapper, None)],
        "ablated_prediction": [r["probas_ablated"] for r in interpreters["ablated_prediction"].run(
            DTYPE_EXAMPLES, wrapper, None, config={"heads": "0:1,3:4"})],
        "head_importance": [r["importance"] for r in interpreters["head_importance"].run(
            DTYPE_EXAMPLES, wrapper, None)],
    }
    salience["head_importance (gradient)"] = [r["importance"] for r in interpreters[
        "head_importance"].run(DTYPE_EXAMPLES, wrapper, None, config={"method": "gradient"})]
    internals = wrapper.introspect(DTYPE_EXAMPLES)
    nmf = [fitted for _, fitted in factorise(wrapper, DTYPE_EXAMPLES, 4, list(range(6)))]
    return dict(predictions=predictions, salience=salience, probabilities=probabilities,
                internals=internals, nmf=nmf)


@pytest.mark.parametrize("dtype", ["float16", "bfloat16"])
def test_every_path_works_in_half_precision_within_tolerance(dtype, float32_run):
    _, expected = float32_run
    wrapper = sst2_classifier(dtype=dtype)
    assert wrapper.model.dtype == getattr(torch, dtype)
    got = run_every_path(wrapper)
    tolerance = TOLERANCE[dtype]
    for p, e in zip(got["predictions"], expected["predictions"]):
        assert p["tokens"] == e["tokens"]
        np.testing.assert_allclose(p["probas"], e["probas"], atol=tolerance["probas"])
        for field in ("cls_emb", "token_grads"):
            assert relative_error(p[field], e[field]) < tolerance["relative"], field
    for name in got["salience"]:
        for s, e in zip(got["salience"][name], expected["salience"][name]):
            assert relative_error(np.asarray(s), np.asarray(e)) < tolerance["relative"], name
    # Head importance by ablation is a difference of two probabilities: twice their tolerance.
    for name in got["probabilities"]:
        for p, e in zip(got["probabilities"][name], expected["probabilities"][name]):
            np.testing.assert_allclose(p, e, atol=2 * tolerance["probas"], err_msg=name)
    for item, e in zip(got["internals"], expected["internals"]):
        np.testing.assert_allclose(item.attention, e.attention, atol=tolerance["attention"])
        for field in ("query", "key", "ffn"):
            assert relative_error(getattr(item, field), getattr(e, field)) < tolerance["relative"]
    for fitted, e in zip(got["nmf"], expected["nmf"]):
        assert abs(fitted.relative_error_ - e.relative_error_) < 0.01


def test_float16_gradients_are_scaled_so_they_do_not_underflow(float32_run):
    """Unscaled float16 backward loses a quarter of the gradient's magnitude on the shipped
    model (measured); the scaled one must be close to float32."""
    _, expected = float32_run
    wrapper = sst2_classifier(dtype="float16")
    wrapper.gradient_scales = lambda: (1.0,)
    unscaled = list(wrapper.predict(DTYPE_EXAMPLES[:1]))[0]["token_grads"]
    assert relative_error(unscaled, expected["predictions"][0]["token_grads"]) > 0.05
    del wrapper.gradient_scales
    scaled = list(wrapper.predict(DTYPE_EXAMPLES[:1]))[0]["token_grads"]
    assert relative_error(scaled, expected["predictions"][0]["token_grads"]) < 0.02


def test_float16_head_gate_gradients_are_scaled_too(float32_run):
    """The same underflow in Michel et al.'s head importance: 6.6% off unscaled (measured)."""
    _, expected = float32_run
    wrapper = sst2_classifier(dtype="float16")
    importance = lit_ext_interpreters()["head_importance"]
    reference = expected["salience"]["head_importance (gradient)"]

    def worst_error() -> float:
        results = importance.run(DTYPE_EXAMPLES, wrapper, None, config={"method": "gradient"})
        return max(relative_error(np.asarray(r["importance"]), np.asarray(e))
                   for r, e in zip(results, reference))

    wrapper.gradient_scales = lambda: (1.0,)
    assert worst_error() > 0.03
    del wrapper.gradient_scales
    assert worst_error() < 0.01


def test_bfloat16_checkpoint_loads_as_saved_or_in_the_configured_dtype(tmp_path):
    model, tokenizer = tiny_classifier("bert")
    model.to(torch.bfloat16).save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)
    saved = ClassifierModel.from_pretrained(str(tmp_path))
    assert saved.model.dtype == torch.bfloat16
    prediction = next(saved.predict([{"sentence": LONG}]))
    assert prediction["probas"].dtype == np.float32 and np.isfinite(prediction["token_grads"]).all()
    assert ClassifierModel.from_pretrained(str(tmp_path), dtype="float32").model.dtype == torch.float32


# ---- 6. Attention implementation ------------------------------------------------------------

def test_sdpa_model_is_switched_to_eager_and_returns_what_it_declares():
    model, tokenizer = tiny_classifier("bert", attn_implementation="sdpa")
    assert model.config._attn_implementation == "sdpa"
    wrapper = ClassifierModel(model, tokenizer, attention_outputs=True)
    assert model.config._attn_implementation == "eager"
    dataset_examples = [{"sentence": SHORT, "label": "a"}, {"sentence": LONG, "label": "b"}]

    class Examples:
        examples = dataset_examples

        @staticmethod
        def spec():
            return wrapper.input_spec()

    validation.validate_model(wrapper, Examples(), report_all=False)
    prediction = list(wrapper.predict(dataset_examples))[1]
    ref = reference(model, tokenizer, LONG)
    for layer in range(model.config.num_hidden_layers):
        np.testing.assert_allclose(prediction[f"layer_{layer + 1}/attention"],
                                   ref.attention[layer].transpose(0, 2, 1), atol=1e-5)


# ---- 7. Python ("slow") tokenizers ----------------------------------------------------------

PAIR = ("a good film , not a bad one", "really not at all good")


def test_python_tokenizer_works_for_every_view_and_pairs_keep_their_segments():
    model, fast = tiny_classifier("bert")
    # The Python tokenizer: BertTokenizerLegacy in transformers 5, BertTokenizer in 4.x.
    slow = getattr(transformers, "BertTokenizerLegacy", transformers.BertTokenizer).from_pretrained(
        base_model_path())
    assert not slow.is_fast
    single = ClassifierModel(model, slow)
    item = single.introspect([{"sentence": LONG}])[0]
    ref = reference(model, fast, LONG)
    np.testing.assert_allclose(item.attention, ref.attention, atol=1e-5)
    assert item.segment_ids == [0] * len(ref.tokens)
    assert np.isfinite(api.nmf(single, LONG, n_components=3).factors).all()
    neurons = api.neurons(single, LONG, layer=1, head=3)
    np.testing.assert_allclose(neurons.softmax(), ref.attention[1, 3], atol=1e-5)

    pair = {"sentence": PAIR[0], "sentence2": PAIR[1]}
    slow_pair = ClassifierModel(model, slow, text_b="sentence2")
    ref = reference(model, fast, *PAIR)
    expected_segments = fast(*PAIR)["token_type_ids"]  # BERT's own segment ids
    item = slow_pair.introspect([pair])[0]
    assert item.segment_ids == expected_segments and 1 in expected_segments
    np.testing.assert_allclose(item.attention, ref.attention, atol=1e-5)
    np.testing.assert_allclose(next(slow_pair.predict([pair]))["probas"], ref.probas, atol=1e-5)


def test_python_tokenizer_segments_for_roberta_style_pairs():
    """`<s> A </s></s> B </s>`: both separators between the texts belong to A."""
    model, fast = tiny_classifier("roberta")
    wrapper = ClassifierModel(model, fast, text_b="sentence2")
    encoding, _ = wrapper.tokenize([{"sentence": PAIR[0], "sentence2": PAIR[1]}])

    class PythonEncoding(dict):
        is_fast = False

    slow_segments = tokenization.segment_ids(fast, PythonEncoding(encoding))
    assert slow_segments == tokenization.segment_ids(fast, encoding)
    tokens = fast.convert_ids_to_tokens(encoding["input_ids"][0])
    first_b = tokens.index("</s>") + 2
    assert slow_segments[0] == [0] * first_b + [1] * (len(tokens) - first_b)


def test_long_context_models_default_to_512_tokens_but_accept_more():
    """ModernBERT takes 8192 tokens; eager attention of every head at that length is gigabytes."""
    model, tokenizer = tiny_classifier("modernbert", max_position_embeddings=8192)
    tokenizer = copy.deepcopy(tokenizer)
    tokenizer.model_max_length = 8192
    assert ClassifierModel(model, tokenizer).max_length == 512
    assert ClassifierModel(model, tokenizer, max_length=2048).max_length == 2048
    with pytest.raises(ValueError, match="3..8192"):
        ClassifierModel(model, tokenizer, max_length=9000)


@pytest.mark.parametrize("architecture, positions, limit", [
    ("bert", 40, 40),      # the position table is the limit
    ("roberta", 40, 38),   # positions start after the padding index: two fewer tokens
    ("mpnet", 40, 38),
])
def test_max_length_limits_at_their_values(architecture, positions, limit):
    """[CLS] text [SEP] needs 3 tokens; the model's position table bounds the rest, and a
    tokenizer without a limit (~1e30) does not count."""
    model, tokenizer = tiny_classifier(architecture, max_position_embeddings=positions)
    tokenizer = copy.deepcopy(tokenizer)
    tokenizer.model_max_length = int(1e30)
    assert ClassifierModel(model, tokenizer).max_length == limit
    for accepted in (3, limit):
        assert ClassifierModel(model, tokenizer, max_length=accepted).max_length == accepted
    for refused in (2, limit + 1):
        with pytest.raises(ValueError, match=f"max_length must be in 3..{limit} .* got {refused}"):
            ClassifierModel(model, tokenizer, max_length=refused)
    tokenizer.model_max_length = limit - 5
    assert ClassifierModel(model, tokenizer).max_length == limit - 5


def test_a_model_that_cannot_switch_to_eager_is_refused_with_the_fix():
    model, tokenizer = tiny_classifier("bert", attn_implementation="sdpa")
    model.set_attn_implementation = lambda name: None  # some remote-code model
    with pytest.raises(ValueError, match="uses 'sdpa' attention.*attn_implementation='eager'"):
        ClassifierModel(model, tokenizer)


def test_introspection_refuses_a_model_switched_back_to_sdpa_after_wrapping():
    wrapper = ClassifierModel(*tiny_classifier("bert"))
    wrapper.model.set_attn_implementation("sdpa")
    with pytest.raises(ValueError, match="eager attention implementation"):
        wrapper.introspect([{"sentence": SHORT}], what=["attention"])
    assert wrapper.introspect([{"sentence": SHORT}], what=["ffn"])[0].ffn is not None


@pytest.mark.parametrize("text", ["😊 a movie", "a 😊 movie", "a good 😊 movie", "a good film 😊"])
def test_every_byte_of_an_emoji_shows_the_emoji_wherever_it_is(text):
    model, tokenizer = tiny_classifier("roberta")
    item = ClassifierModel(model, tokenizer).introspect([{"sentence": text}], what=["ffn"])[0]
    byte_tokens = [i for i, token in enumerate(item.tokens)
                   if "\ufffd" in tokenizer.convert_tokens_to_string([token])]
    assert len(byte_tokens) >= 2
    assert [item.display_tokens[i] for i in byte_tokens] == ["😊"] * len(byte_tokens)


def test_an_emoji_cut_by_truncation_does_not_break_display():
    model, tokenizer = tiny_classifier("roberta")
    wrapper = ClassifierModel(model, tokenizer, max_length=4)
    item = wrapper.introspect([{"sentence": "😊 a movie"}], what=["ffn"])[0]
    assert len(item.tokens) == 4 and item.tokens[-1] == "</s>"
    assert item.display_tokens[-1] == "</s>" and len(item.display_tokens) == 4


def test_lit_gradient_salience_finds_and_uses_our_fields():
    """LIT finds the gradient fields through the specs (align, grad_for, grad target)."""
    wrapper = ClassifierModel(*tiny_classifier("bert"), labels=["x", "y", "z"])
    assert wrapper.input_spec()["label"].vocab == ["x", "y", "z"]
    assert wrapper.output_spec()["probas"].vocab == ["x", "y", "z"]
    examples = [{"sentence": LONG}]
    outputs = list(wrapper.predict(examples))
    for component in (gradient_maps.GradientNorm(), gradient_maps.GradientDotInput(),
                      gradient_maps.IntegratedGradients()):
        assert component.is_compatible(wrapper, None)
        [result] = component.run(examples, wrapper, None, outputs)
        assert result["token_grads"].tokens == outputs[0]["tokens"]
        assert np.isfinite(result["token_grads"].salience).all()
    targeted = next(wrapper.predict([{"sentence": LONG, "grad_class": "z"}]))
    assert targeted["grad_class"] == "z"
    ref = reference(wrapper.model, wrapper.tokenizer, LONG, target=2)
    np.testing.assert_allclose(targeted["token_grads"], ref.token_grads, atol=1e-5)
    with pytest.raises(ValueError, match="not one of"):
        list(wrapper.predict([{"sentence": LONG, "grad_class": "w"}]))


class _PythonEncoding(dict):
    """A batch as a Python tokenizer returns it: no word_ids()/sequence_ids()."""

    is_fast = False


@pytest.mark.parametrize("architecture", ["bert", "roberta", "deberta-v2", "mpnet"])
def test_words_are_the_whitespace_words_of_each_text(architecture):
    """Word indices: one per whitespace word of each text, specials alone, for fast tokenizers
    and for the marker-reading path Python tokenizers take."""
    model, tokenizer = tiny_classifier(architecture)
    wrapper = ClassifierModel(model, tokenizer, text_b="sentence2")
    first, second = "an unbelievably good film", "a gorgeous one"
    encoding, _ = wrapper.tokenize([{"sentence": first, "sentence2": second}])
    tokens = tokenizer.convert_ids_to_tokens(encoding["input_ids"][0])
    special = [token in tokenizer.all_special_tokens for token in tokens]
    expected_words = 4 + 3 + sum(special)
    for words in (tokenization.word_ids(tokenizer, encoding)[0],
                  tokenization.word_ids(tokenizer, _PythonEncoding(encoding))[0]):
        assert words[0] == 0 and all(b - a in (0, 1) for a, b in zip(words, words[1:]))
        assert words[-1] + 1 == expected_words
        assert all(words.count(words[i]) == 1 for i, is_special in enumerate(special) if is_special)
    texts = wrapper.words([{"sentence": first, "sentence2": second}])[0][1]
    assert [t for t in texts if t not in tokenizer.all_special_tokens] == (first + " " + second).split()


def test_build_model_passes_every_config_option_to_the_wrapper(tmp_path):
    from lit_ext.config import parse_config
    from lit_ext.models.encoder import EncoderModel
    from lit_ext.server import build_model

    save_checkpoint("bert", tmp_path)
    options = {"text_b": "sentence2", "max_length": 40, "batch_size": 3, "attention_outputs": True,
               "dtype": "bfloat16", "labels": ["x", "y", "z"], "ablated_heads": [[1, 2]]}
    models = parse_config({"models": [
        {"name": "c", "kind": "classifier", "path": str(tmp_path), **options},
        {"name": "e", "kind": "encoder", "path": str(tmp_path),
         **{k: v for k, v in options.items() if k != "labels"}},
        {"name": "s", "kind": "sst2_minilm", "max_length": 20, "dtype": "float16"},
    ], "datasets": [{"name": "d", "kind": "sample"}]}).models
    classifier, encoder, shipped = (build_model(config) for config in models)
    for wrapper in (classifier, encoder):
        assert (wrapper.text_b, wrapper.max_length, wrapper.batch_size, wrapper.attention_outputs,
                wrapper.ablated_heads) == ("sentence2", 40, 3, True, [(1, 2)])
        assert wrapper.model.dtype == torch.bfloat16
    assert isinstance(encoder, EncoderModel) and not isinstance(encoder, ClassifierModel)
    assert classifier.labels == ["x", "y", "z"]
    assert shipped.labels == ["negative", "positive"] and shipped.max_length == 20
    assert shipped.model.dtype == torch.float16

"""The classic LIT notebook flow with LIT's TensorFlow SST-2 model: `lit_ext.notebook.lit_widget`
serves it next to our PyTorch classifier in our layout, renders the iframe in compare mode, and
answers predictions and LIT's gradient salience for the TF model."""

from __future__ import annotations

import numpy as np
import requests

from lit_ext.config import parse_config
from lit_ext.notebook import LitExtWidget, lit_widget

TF, PT = "lit-sst2-tf", "sst2-minilm"


def test_widget_serves_lit_tf_model_in_our_layout(checkpoint, monkeypatch):
    from IPython import display
    from lit_nlp.notebook import RenderConfig

    config = parse_config({
        "models": [{"name": PT, "kind": "sst2_minilm", "max_length": 128},
                   {"name": TF, "kind": "lit_sst2_tf", "path": str(checkpoint)}],
        "datasets": [{"name": "sample_reviews", "kind": "sample"}],
        "interpreters": ["Grad L2 Norm", "attention"]})
    widget = lit_widget(config)
    try:
        assert isinstance(widget, LitExtWidget)
        url = f"http://localhost:{widget._server.port}"
        info = requests.post(f"{url}/get_info", timeout=60).json()
        assert info["defaultLayout"] == "lit_ext" and set(info["models"]) == {PT, TF}
        tf_spec = info["models"][TF]["spec"]["output"]
        heads = sorted(k for k, v in tf_spec.items() if v["__name__"] == "AttentionHeads")
        assert heads == [f"layer_{i}/attention" for i in range(1, 7)]
        # The dataset's labels (LIT's SST2Model says "0"/"1"): compare mode and metrics match.
        assert tf_spec["probas"]["vocab"] == info["models"][PT]["spec"]["output"]["probas"]["vocab"]
        assert "Grad L2 Norm" in info["models"][TF]["interpreters"]
        assert "attention" not in info["models"][TF]["interpreters"]  # ours needs PyTorch

        shown = []
        monkeypatch.setattr(display, "display", shown.append)
        widget.render(height=600, ui_params=RenderConfig(models=[PT, TF], layout="lit_ext"))
        assert len(shown) == 1 and "models=sst2-minilm%2Clit-sst2-tf" in shown[0].data

        example = requests.post(f"{url}/get_dataset", params={"dataset_name": "sample_reviews"},
                                timeout=60).json()[2]
        preds = {}
        for model in (PT, TF):
            [preds[model]] = requests.post(f"{url}/get_preds", params={
                "model": model, "dataset_name": "sample_reviews",
                "requested_types": "MulticlassPreds,Tokens"},
                json={"inputs": [example]}, timeout=60).json()
        np.testing.assert_allclose(preds[TF]["probas"], preds[PT]["probas"], atol=1e-3)
        [salience] = requests.post(f"{url}/get_interpretations", params={
            "model": TF, "dataset_name": "sample_reviews", "interpreter": "Grad L2 Norm"},
            json={"inputs": [example]}, timeout=60).json()
        [tokens_salience] = salience.values()
        # LIT's salience covers the sentence's tokens, without [CLS] and [SEP].
        assert tokens_salience["tokens"] == preds[TF]["tokens_sentence"]
        assert np.isclose(sum(tokens_salience["salience"]), 1.0, atol=1e-4)
    finally:
        widget.stop()

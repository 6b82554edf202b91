"""`finetune_diff`: the SST-2 classifier against the encoder it was fine-tuned from, offline.

The two must tokenize alike (the head and model views subtract their attention cell by cell),
the base encoder must serve attention and NMF like the classifier, and `minilm_base` must name it
without a path or the hub.
"""

from __future__ import annotations

import numpy as np
import pytest

from lit_ext.config import load_config, model_config_from_spec
from lit_ext.datasets import build_datasets
from lit_ext.interpreters.attention import AttentionInterpreter
from lit_ext.interpreters.nmf import NMFInterpreter
from lit_ext.server import build_model


@pytest.fixture(scope="module")
def models():
    config = load_config("finetune_diff")
    return {m.name: build_model(m) for m in config.models}


def test_config_names_both_models_offline():
    config = load_config("finetune_diff")
    assert [(m.name, m.kind, m.path) for m in config.models] == [
        ("sst2-minilm", "sst2_minilm", None), ("minilm-base", "minilm_base", None)]
    spec = model_config_from_spec("minilm_base")
    assert (spec.name, spec.kind, spec.path) == ("minilm-base", "minilm_base", None)


def test_base_is_the_bare_pretrained_encoder(models):
    import transformers

    from lit_ext.models.encoder import EncoderModel
    from lit_ext.models.sst2_minilm import base_model_path

    base = models["minilm-base"]
    assert isinstance(base, EncoderModel)
    reference = transformers.AutoModel.from_pretrained(base_model_path())
    for name, value in reference.state_dict().items():
        assert np.array_equal(base.model.state_dict()[name].numpy(), value.numpy()), name


def test_both_models_tokenize_every_sample_alike(models):
    examples = list(build_datasets(load_config("finetune_diff").datasets)["sample_reviews"].examples)
    tuned, base = models["sst2-minilm"], models["minilm-base"]
    got = [[item.tokens for item in m.introspect(examples, what=["attention"], layers=[0])]
           for m in (tuned, base)]
    assert got[0] == got[1]
    assert (tuned.num_layers, tuned.num_heads) == (base.num_layers, base.num_heads) == (6, 12)


def test_attention_and_nmf_work_for_the_bare_encoder(models):
    base = models["minilm-base"]
    example = {"sentence": "a gorgeous , witty , seductive movie ."}
    [attention] = AttentionInterpreter().run([example], base, None, config={"layers": [5]})
    assert attention["layers"] == [5] and attention["num_heads"] == 12
    [nmf] = NMFInterpreter().run([example], base, None, config={"n_components": 3})
    assert nmf["tokens"][1] == "a" and len(nmf["top_neurons"]) == 3
    assert nmf["layers"] == list(range(6))

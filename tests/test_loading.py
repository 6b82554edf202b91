"""Loading by hub id or path fails with a message that says what to do."""

from __future__ import annotations

import pytest
import transformers

from lit_ext.models.classifier import ClassifierModel
from lit_ext.models.encoder import EncoderModel
from lit_ext.models.loading import ModelLoadError, load_pretrained
from lit_ext.models.sst2_minilm import base_model_path


def test_local_directory_loads_like_a_hub_id():
    encoder = EncoderModel.from_pretrained(str(base_model_path()))
    assert encoder.num_layers == 6 and encoder.num_heads == 12
    item = encoder.introspect([{"sentence": "not bad at all"}])[0]
    assert item.tokens == ["[CLS]", "not", "bad", "at", "all", "[SEP]"]
    assert item.attention.shape == (6, 12, 6, 6) and item.ffn.shape == (6, 6, 1536)


def test_missing_local_directory():
    with pytest.raises(ModelLoadError, match="Model directory not found"):
        ClassifierModel.from_pretrained("./definitely/not/here")


def test_unreachable_hub_names_the_fix():
    """No network here: the real hub code path must end in our message, not a traceback."""
    with pytest.raises(ModelLoadError) as error:
        load_pretrained(transformers.AutoConfig, "lit-ext-tests/no-such-model")
    message = str(error.value)
    assert "not a local directory" in message and "local checkpoint directory" in message


def test_directory_without_a_checkpoint(tmp_path):
    with pytest.raises(ModelLoadError, match=f"from {tmp_path}"):
        load_pretrained(transformers.AutoConfig, tmp_path)

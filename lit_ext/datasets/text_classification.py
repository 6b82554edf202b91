"""Labelled sentences (or sentence pairs) from CSV, TSV or JSONL files, as a LIT dataset.

Files have a `sentence` column, optionally `sentence2`, and a `label` column holding either class
names or integer class indices (GLUE's TSVs are this format with a tab delimiter).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from lit_nlp.api import dataset as lit_dataset
from lit_nlp.api import types as lit_types

TEXT_A = "sentence"
TEXT_B = "sentence2"
LABEL = "label"
_DELIMITERS = {".csv": ",", ".tsv": "\t"}


class DataFormatError(ValueError):
    """A data file does not have the expected shape; the message names file and line."""


def read_rows(path: str | os.PathLike) -> list[tuple[str, dict]]:
    """(location, row) pairs from a CSV/TSV/JSONL file; location is `file:line` for messages."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"Data file not found: {path}")
    suffix = path.suffix.lower()
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            if suffix in _DELIMITERS:
                # QUOTE_NONE for TSV: GLUE sentences contain bare quote characters.
                quoting = csv.QUOTE_NONE if suffix == ".tsv" else csv.QUOTE_MINIMAL
                reader = csv.DictReader(handle, delimiter=_DELIMITERS[suffix], quoting=quoting)
                return [(f"{path}:{reader.line_num}", row) for row in reader]
            if suffix in (".jsonl", ".json"):
                rows = []
                for number, line in enumerate(handle, start=1):
                    if line.strip():
                        try:
                            rows.append((f"{path}:{number}", json.loads(line)))
                        except json.JSONDecodeError as err:
                            raise DataFormatError(f"{path}:{number}: invalid JSON ({err.msg}).") from None
                return rows
    except UnicodeDecodeError as err:
        raise DataFormatError(f"{path}: not valid UTF-8 text ({err.reason} at byte {err.start}).") from None
    raise DataFormatError(f"{path}: unknown data format '{suffix}'; use .csv, .tsv or .jsonl.")


def _label_name(value, labels: Sequence[str], where: str) -> str:
    """A row's label as a class name: names pass through, integers index `labels`."""
    text = str(value).strip()
    if text in labels:
        return text
    try:
        index = int(text)
    except ValueError:
        raise DataFormatError(f"{where}: label {value!r} is not one of {list(labels)}.") from None
    if not 0 <= index < len(labels):
        raise DataFormatError(
            f"{where}: label {index} is out of range for {len(labels)} classes {list(labels)}.")
    return labels[index]


def _infer_labels(values: Iterable) -> list[str]:
    texts = sorted({str(v).strip() for v in values})
    if all(t.lstrip("-").isdigit() for t in texts):
        return [str(i) for i in range(max(int(t) for t in texts) + 1)]
    return texts


def labelled_examples(rows: Sequence[tuple[str, dict]], labels: Sequence[str] | None = None,
                      ) -> tuple[list[dict], lit_types.Spec]:
    """Validated LIT examples and their spec from (location, row) pairs."""
    if not rows:
        raise DataFormatError("The data has no examples.")
    has_pair = TEXT_B in rows[0][1]
    texts = [TEXT_A, TEXT_B] if has_pair else [TEXT_A]
    for where, row in rows:
        missing = [c for c in texts + [LABEL] if row.get(c) is None]
        if missing:
            found = sorted(str(k) for k in row if k is not None)
            raise DataFormatError(
                f"{where}: missing column(s) {missing}; expected {texts + [LABEL]}, found {found}.")
    labels = list(labels) if labels else _infer_labels(row[LABEL] for _, row in rows)
    examples = []
    for where, row in rows:
        example = {}
        for field in texts:
            example[field] = str(row[field])
            if not example[field].strip():
                raise DataFormatError(f"{where}: '{field}' is empty.")
        example[LABEL] = _label_name(row[LABEL], labels, where)
        examples.append(example)
    spec = {field: lit_types.TextSegment() for field in texts}
    spec[LABEL] = lit_types.CategoryLabel(vocab=labels)
    return examples, spec


class TextClassificationData(lit_dataset.Dataset):
    """Labelled sentences or sentence pairs for a classifier, from a file.

    Args:
      path: a .csv, .tsv or .jsonl file with `sentence`[, `sentence2`], `label`.
      labels: class names in the model's logit order; integer labels index into it. Defaults
        to the sorted names found (or 0..max for integer labels).
      max_examples: keep only the first N rows.
    """

    def __init__(self, path: str, labels: Sequence[str] | None = None,
                 max_examples: int | None = None):
        rows = read_rows(path)[:max_examples]
        examples, spec = labelled_examples(rows, labels)
        super().__init__(spec=spec, examples=examples,
                         description=f"{len(examples)} labelled examples from {path}")

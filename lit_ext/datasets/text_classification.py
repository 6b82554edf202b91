"""Labelled sentences (or sentence pairs) from CSV, TSV or JSONL files, as a LIT dataset.

Files have a `sentence` column, optionally `sentence2`, and a `label` column holding either class
names or integer class indices (GLUE's TSVs are this format with a tab delimiter). Other columns
are ignored; a row with more fields than the header, a label that is neither a class name nor an
index in range, an empty sentence or text that is not UTF-8 is an error naming file and line.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Sequence
from pathlib import Path

from lit_nlp.api import dataset as lit_dataset
from lit_nlp.api import types as lit_types

TEXT_A = "sentence"
TEXT_B = "sentence2"
LABEL = "label"
_DELIMITERS = {".csv": ",", ".tsv": "\t"}


class DataFormatError(ValueError):
    """A data file does not have the expected shape; the message names file and line."""


def _decode(path: Path) -> str:
    """The file's text; invalid UTF-8 is reported with its line, since editors show lines."""
    data = path.read_bytes()
    try:
        # utf-8-sig: spreadsheet exports start with a byte-order mark that would otherwise
        # become part of the first column's name.
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        raise DataFormatError(
            f"{path}:{line}: not valid UTF-8 ({err.reason}, byte 0x{data[err.start]:02x} at column "
            f"{column}); re-save the file as UTF-8, e.g. `iconv -f latin1 -t utf-8`.") from None


def _delimited_rows(path: Path, text: str, delimiter: str, quoting: int) -> list[tuple[str, dict]]:
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, quoting=quoting)
    rows = []
    try:
        for row in reader:
            where = f"{path}:{reader.line_num}"
            if None in row:
                # More fields than header columns: DictReader would silently drop the rest,
                # e.g. the second half of a sentence holding a tab.
                raise DataFormatError(
                    f"{where}: {len(reader.fieldnames) + len(row[None])} fields but the header has "
                    f"{len(reader.fieldnames)} {reader.fieldnames}; quote the field or remove the "
                    f"extra {'tab' if delimiter == chr(9) else 'delimiter'}.")
            rows.append((where, row))
    except csv.Error as err:
        raise DataFormatError(f"{path}:{reader.line_num}: cannot parse ({err}).") from None
    return rows


def read_rows(path: str | os.PathLike) -> list[tuple[str, dict]]:
    """(location, row) pairs from a CSV/TSV/JSONL file; location is `file:line` for messages."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"Data file not found: {path}")
    suffix = path.suffix.lower()
    if suffix not in _DELIMITERS and suffix not in (".jsonl", ".json"):
        raise DataFormatError(f"{path}: unknown data format '{suffix}'; use .csv, .tsv or .jsonl.")
    text = _decode(path)
    if suffix in _DELIMITERS:
        # QUOTE_NONE for TSV: GLUE sentences contain bare quote characters.
        quoting = csv.QUOTE_NONE if suffix == ".tsv" else csv.QUOTE_MINIMAL
        return _delimited_rows(path, text, _DELIMITERS[suffix], quoting)
    rows = []
    # split("\n"), not splitlines(): JSON strings may hold U+2028 and other line separators.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise DataFormatError(f"{path}:{number}: invalid JSON ({err.msg}).") from None
        if not isinstance(row, dict):
            raise DataFormatError(f"{path}:{number}: expected a JSON object with "
                                  f"'{TEXT_A}' and '{LABEL}', got {type(row).__name__}.")
        rows.append((f"{path}:{number}", row))
    return rows


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


def _is_integer(text: str) -> bool:
    return text.lstrip("-").isdigit()


def _infer_labels(rows: Sequence[tuple[str, dict]]) -> list[str]:
    """Class names found in the file, or 0..max when every label is an integer index."""
    texts = {str(row[LABEL]).strip(): where for where, row in rows}
    integers = [t for t in texts if _is_integer(t)]
    if integers and len(integers) < len(texts):
        # A mix of indices and names is almost always a typo or a shifted column.
        where, value = next((w, t) for t, w in texts.items() if not _is_integer(t))
        raise DataFormatError(f"{where}: label {value!r} is not an integer class index like the "
                              f"others ({sorted(integers)[:5]}); fix it, or pass the class names "
                              "as `labels`.")
    if integers:
        return [str(i) for i in range(max(int(t) for t in texts) + 1)]
    return sorted(texts)


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
    labels = list(labels) if labels else _infer_labels(rows)
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

"""Real SST-2 dev sentences cut to exact token counts, and the data files the servers load."""

from __future__ import annotations

import json
from pathlib import Path

from lit_ext.datasets.sst2 import LABELS, load_sst2_split


def dev_examples(sst2_dir: Path) -> list[tuple[str, int]]:
    """(sentence, label index) for the SST-2 dev split."""
    return load_sst2_split(str(sst2_dir), "validation")


class TokenWindows:
    """Passages of consecutive dev sentences holding exactly n tokens ([CLS] and [SEP] included).

    BERT's WordPiece splits text at whitespace and punctuation and never merges across words, so
    a passage's token count is 2 + the sum of its words' counts. A passage starts at a sentence
    start and stops at a word boundary; starts that cannot hit n exactly are skipped.
    """

    def __init__(self, tokenizer, examples: list[tuple[str, int]]):
        self.tokenizer = tokenizer
        self.words: list[str] = []
        self.starts: list[int] = []
        self.labels: dict[int, int] = {}  # a passage takes the label of its first sentence
        for sentence, label in examples:
            self.labels[len(self.words)] = label
            self.starts.append(len(self.words))
            self.words.extend(sentence.split())
        counts = tokenizer(self.words, add_special_tokens=False)["input_ids"]
        self.counts = [len(ids) for ids in counts]

    def passages(self, n: int, count: int, first: int = 0) -> list[tuple[str, int]]:
        """`count` distinct (passage, label) of n tokens, from sentence starts `first`, `first`+1…"""
        found = []
        for start in self.starts[first:] + self.starts[:first]:
            text = self._window(start, n - 2)
            if text is not None:
                found.append((text, self.labels[start]))
                if len(found) == count:
                    return found
        raise ValueError(f"Only {len(found)} passages of {n} tokens can be cut from the data.")

    def _window(self, start: int, wanted: int) -> str | None:
        total, end = 0, start
        while total < wanted:
            if end >= len(self.words):
                return None
            total += self.counts[end]
            end += 1
        if total != wanted:
            return None
        text = " ".join(self.words[start:end])
        actual = len(self.tokenizer(text)["input_ids"])
        return text if actual == wanted + 2 else None


def case_variant(sentence: str, variant: int) -> str:
    """The sentence with letters upper-cased by the bits of `variant`.

    The classifier is uncased, so every variant gives the same tokens and the same work, but LIT
    hashes examples by content: exact repeats would collapse into one id (and one cached
    prediction) and hide the real cost of a bigger dataset.
    """
    chars, bit = list(sentence), 0
    for i, char in enumerate(chars):
        if variant >> bit == 0:
            break
        if char.isalpha():
            if variant >> bit & 1:
                chars[i] = char.upper()
            bit += 1
    return "".join(chars)


def repeated_dev(examples: list[tuple[str, int]], size: int) -> list[tuple[str, int]]:
    """`size` examples cycling through the dev set, each repeat a distinct case variant."""
    return [(case_variant(examples[i % len(examples)][0], i // len(examples)),
             examples[i % len(examples)][1]) for i in range(size)]


def write_jsonl(path: Path, examples: list[tuple[str, int]]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for sentence, label in examples:
            handle.write(json.dumps({"sentence": sentence, "label": LABELS[label]}) + "\n")
    return path

"""The words of one input text as a model reads them, and the text rebuilt from some of them.

Explanations are scored by deleting words from the text (`faithfulness`), so a word here is what
the tokenizer calls one (`tokenization.word_ids`: "it's" is three words for WordPiece, "it" and
"'s" for byte-level BPE), located in the text by the tokenizer's character offsets. Special
tokens ([CLS], [SEP], <s>, </s>) are not words: they are never ranked or removed; nor is a token
of spaces alone (byte-level BPE reads a run of extra spaces as one), which has no text to delete.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection

import numpy as np
import transformers

from lit_ext.models import tokenization

# Where words were deleted between two kept words, one space keeps the neighbours apart: "it's"
# without "'" must not become the new word "its".
GAP = " "


@dataclasses.dataclass(frozen=True)
class TextWords:
    """The words of `text` that the model sees.

    Attributes:
      text: the input text.
      spans: (start, end) character offsets of each word in `text`, in reading order; shape
        (words, 2). Words cut off by truncation (beyond the model's `max_length`) are not here.
      token_words: per model token, the index of its word in `spans`, -1 for special tokens;
        shape (tokens,), aligned with the model's `tokens` output.
    """

    text: str
    spans: np.ndarray
    token_words: np.ndarray

    @classmethod
    def of(cls, tokenizer: transformers.PreTrainedTokenizerBase, text: str,
           max_length: int) -> TextWords:
        """Words of `text` as `tokenizer` splits it, truncated to `max_length` tokens as the
        wrappers do (`tokenization.encode`). Needs a fast tokenizer (character offsets)."""
        if not tokenizer.is_fast:
            raise ValueError(f"{type(tokenizer).__name__} is a Python tokenizer without character "
                             "offsets; deleting words from the text needs a fast tokenizer.")
        encoding = tokenizer([text], truncation=True, max_length=max_length,
                             return_offsets_mapping=True, return_tensors="pt")
        special = np.asarray(tokenization.special_token_masks(tokenizer, encoding)[0], bool)
        word_ids = np.asarray(tokenization.word_ids(tokenizer, encoding)[0])
        offsets = encoding["offset_mapping"][0].numpy()
        spans = {word: (offsets[word_ids == word, 0].min(), offsets[word_ids == word, 1].max())
                 for word in np.unique(word_ids[~special])}
        # Special tokens are words of their own in word_ids, and so is a run of extra spaces in
        # byte-level BPE; neither is text to delete. The rest are renumbered 0, 1, ...
        real = [word for word, (start, end) in spans.items() if text[start:end].strip()]
        number = {word: index for index, word in enumerate(real)}
        words_of_tokens = np.array([number.get(word, -1) for word in word_ids])
        spans = np.array([spans[word] for word in real], dtype=int).reshape(-1, 2)
        return cls(text, spans, words_of_tokens)

    def __len__(self) -> int:
        return len(self.spans)

    def word(self, index: int) -> str:
        start, end = self.spans[index]
        return self.text[start:end]

    def text_of(self, kept: Collection[int]) -> str:
        """The text made of the words `kept` (indices), in their original order.

        Consecutive kept words keep the characters that separated them in the original (so
        nothing deleted reads as before); where deleted words stood between, one space.
        """
        order = sorted(set(kept))
        pieces = []
        for previous, word in zip([None, *order], order):
            if previous is not None:
                pieces.append(self.text[self.spans[previous][1]:self.spans[word][0]]
                              if word == previous + 1 else GAP)
            pieces.append(self.word(word))
        return "".join(pieces)

    def text_without(self, removed: Collection[int]) -> str:
        """The text with the words `removed` (indices) deleted."""
        removed = set(removed)
        return self.text_of([word for word in range(len(self)) if word not in removed])

    def sum_over_words(self, token_scores: np.ndarray) -> np.ndarray:
        """Per-token scores (tokens,) summed into per-word scores (words,); special tokens'
        scores are dropped."""
        token_scores = np.asarray(token_scores, dtype=float)
        if token_scores.shape != self.token_words.shape:
            raise ValueError(f"{token_scores.shape[0]} token scores for an input of "
                             f"{len(self.token_words)} tokens.")
        real = self.token_words >= 0
        return np.bincount(self.token_words[real], weights=token_scores[real],
                           minlength=len(self))

    def from_whitespace_words(self, scores: np.ndarray) -> np.ndarray:
        """Scores of the text's whitespace-separated words (`text.split()`, as LIME explains)
        as per-word scores: each word takes the score of the whitespace word it lies in, so
        the pieces of one ("it", "'", "s" of "it's") rank next to each other."""
        scores = np.asarray(scores, dtype=float)
        starts = np.array(_whitespace_word_starts(self.text), dtype=int)
        if scores.shape != starts.shape:
            raise ValueError(f"{scores.shape[0]} scores for a text of {len(starts)} "
                             "whitespace-separated words.")
        containing = np.searchsorted(starts, self.spans[:, 0], side="right") - 1
        return scores[containing]


def _whitespace_word_starts(text: str) -> list[int]:
    """Character offsets where the words of `text.split()` start."""
    starts, inside = [], False
    for position, char in enumerate(text):
        if not char.isspace() and not inside:
            starts.append(position)
        inside = not char.isspace()
    return starts


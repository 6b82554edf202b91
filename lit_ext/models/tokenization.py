"""Turning texts into a model batch, and per-token facts every view needs, for any HF tokenizer.

One place decides how a batch is laid out, so that the rest of lit-ext can cut example i's real
tokens as `[:n]`: batches are always padded on the **right**, whatever `padding_side` the
checkpoint's tokenizer config says. A left-padded batch puts [PAD] where BERT-style models pool
from (position 0), so cutting by the attention mask afterwards would still give wrong
probabilities.

Per token, besides the raw token string:
- the segment id (0 for the first text, 1 for the second), from the fast tokenizer's
  `sequence_ids`, or from the separator positions for Python ("slow") tokenizers, which have no
  `sequence_ids`;
- whether it is a special token (the tokenizer's own special ids, except the unknown token: [UNK]
  stands for real text the vocabulary lacks, such as an emoji);
- the display text: the token without its tokenizer's word markers (`Ġ` of byte-level BPE, `▁`
  of SentencePiece, `##` of WordPiece), as users read words;
- the word it belongs to, for explanations by word rather than by subword.
"""

from __future__ import annotations

from collections.abc import Sequence

import transformers

# The most tokens one character can take in byte-level BPE (one per UTF-8 byte).
_MAX_BYTES_PER_CHAR = 4
_REPLACEMENT_CHAR = "\ufffd"
_VISIBLE_SPACE = "\u2423"


def encode(tokenizer: transformers.PreTrainedTokenizerBase, texts_a: Sequence[str],
           texts_b: Sequence[str] | None, max_length: int, token_type_ids: bool,
           ) -> tuple[transformers.BatchEncoding, list[int]]:
    """A right-padded, truncated batch, and for each example how many tokens truncation dropped.

    `token_type_ids`: whether the model reads segment embeddings. It is asked for explicitly:
    some Python tokenizers (BertTokenizerLegacy) leave them out unless told, and a BERT model
    would then read text B as text A.
    """
    encoding = tokenizer(list(texts_a), list(texts_b) if texts_b is not None else None,
                         truncation=True, max_length=max_length, padding=True,
                         padding_side="right", return_token_type_ids=token_type_ids,
                         return_tensors="pt")
    kept = lengths(encoding)
    dropped = [0] * len(kept)
    # Only examples that reached max_length can have lost tokens: count theirs again in full.
    full = [i for i, length in enumerate(kept) if length >= max_length]
    if full:
        counts = tokenizer([texts_a[i] for i in full],
                           [texts_b[i] for i in full] if texts_b is not None else None,
                           truncation=False, verbose=False)["input_ids"]
        for i, ids in zip(full, counts):
            dropped[i] = len(ids) - kept[i]
    return encoding, dropped


def lengths(encoding: transformers.BatchEncoding) -> list[int]:
    """Real (unpadded) tokens per example."""
    return encoding["attention_mask"].sum(dim=1).tolist()


def tokens(tokenizer: transformers.PreTrainedTokenizerBase,
           encoding: transformers.BatchEncoding) -> list[list[str]]:
    """Raw token strings per example, padding cut off."""
    return [tokenizer.convert_ids_to_tokens(ids[:n].tolist())
            for ids, n in zip(encoding["input_ids"], lengths(encoding))]


def special_token_masks(tokenizer: transformers.PreTrainedTokenizerBase,
                        encoding: transformers.BatchEncoding) -> list[list[bool]]:
    """Per example and token: is it markup ([CLS], <s>, [SEP], ...) rather than text?"""
    special_ids = set(tokenizer.all_special_ids) - {tokenizer.unk_token_id}
    return [[token_id in special_ids for token_id in ids[:n].tolist()]
            for ids, n in zip(encoding["input_ids"], lengths(encoding))]


def segment_ids(tokenizer: transformers.PreTrainedTokenizerBase,
                encoding: transformers.BatchEncoding) -> list[list[int]]:
    """Per token 0 for the first text, 1 for the second; a special token takes the text before it.

    So the [SEP] closing text A belongs to A and the final [SEP] to B; RoBERTa's `</s></s>`
    between the texts both belong to A.
    """
    if encoding.is_fast:
        return [_fill_special(encoding.sequence_ids(i)[:n])
                for i, n in enumerate(lengths(encoding))]
    # Python tokenizers have no sequence_ids(): text B starts at the first non-special token
    # after the first separator.
    masks = special_token_masks(tokenizer, encoding)
    result = []
    for ids, special in zip(encoding["input_ids"], masks):
        segments, segment, after_separator = [], 0, False
        for token_id, is_special in zip(ids.tolist(), special):
            after_separator |= token_id == tokenizer.sep_token_id
            if after_separator and not is_special:
                segment = 1
            segments.append(segment)
        result.append(segments)
    return result


def word_ids(tokenizer: transformers.PreTrainedTokenizerBase,
             encoding: transformers.BatchEncoding) -> list[list[int]]:
    """Per example and token, the index of its word, counted over the whole input (both texts of
    a pair); every special token is a word of its own."""
    if encoding.is_fast:
        return [_number_words(zip(encoding.sequence_ids(i)[:n], encoding.word_ids(i)[:n]))
                for i, n in enumerate(lengths(encoding))]
    # Python tokenizers have no word_ids(): read the word markers instead.
    space_markers = _space_markers(tokenizer)
    result = []
    for example_tokens, special in zip(tokens(tokenizer, encoding),
                                       special_token_masks(tokenizer, encoding)):
        keys, word = [], 0
        for token, is_special in zip(example_tokens, special):
            if token.startswith(space_markers) or (not space_markers and not token.startswith("##")):
                word += 1
            # A special token is a word of its own, and so the token after it starts one.
            keys.append(None if is_special else word)
        result.append(_number_words((0, key) for key in keys))
    return result


def word_texts(tokenizer: transformers.PreTrainedTokenizerBase, raw_tokens: Sequence[str],
               special: Sequence[bool], words: Sequence[int]) -> list[str]:
    """The text of each word of `word_ids`: its tokens decoded together, without word markers;
    a special token stays as it is."""
    groups: list[list[int]] = []
    for position, word in enumerate(words):
        if word == len(groups):
            groups.append([])
        groups[word].append(position)
    return [raw_tokens[group[0]] if special[group[0]] else
            _decode(tokenizer, *(raw_tokens[i] for i in group)) for group in groups]


def _number_words(keys) -> list[int]:
    """Consecutive numbers for (sequence, word) keys; None (a special token) is a word alone."""
    numbers, previous, current = [], object(), -1
    for sequence, word in keys:
        key = None if word is None else (sequence, word)
        if key is None or key != previous:
            current += 1
        numbers.append(current)
        previous = key
    return numbers


def _space_markers(tokenizer: transformers.PreTrainedTokenizerBase) -> tuple[str, ...]:
    """The markers that start a word in this tokenizer's vocabulary (none for WordPiece)."""
    vocabulary = tokenizer.get_vocab()
    return tuple(marker for marker in ("Ġ", "▁")
                 if any(token.startswith(marker) for token in vocabulary))


def _fill_special(sequence_ids: list[int | None]) -> list[int]:
    filled, current = [], 0
    for seq in sequence_ids:
        current = current if seq is None else seq
        filled.append(current)
    return filled


def display_tokens(tokenizer: transformers.PreTrainedTokenizerBase, raw_tokens: Sequence[str],
                   special: Sequence[bool]) -> list[str]:
    """The text each token stands for, without word markers; special tokens stay as they are.

    Byte-level BPE splits a character outside its vocabulary (an emoji) into one token per UTF-8
    byte, none of which decodes alone; each token of such a run shows the whole character.
    """
    decoded = [token if is_special else _decode(tokenizer, token)
               for token, is_special in zip(raw_tokens, special)]
    i = 0
    while i < len(decoded):
        if special[i] or _REPLACEMENT_CHAR not in decoded[i]:
            i += 1
            continue
        for stop in range(i + 2, min(i + _MAX_BYTES_PER_CHAR, len(decoded)) + 1):
            if any(special[i:stop]):
                break
            joined = _decode(tokenizer, *raw_tokens[i:stop])
            if _REPLACEMENT_CHAR not in joined:
                decoded[i:stop] = [joined] * (stop - i)
                i = stop - 1
                break
        i += 1
    return decoded


def _decode(tokenizer: transformers.PreTrainedTokenizerBase, *raw: str) -> str:
    text = tokenizer.convert_tokens_to_string(list(raw)).strip()
    # WordPiece decoders drop "##" only between tokens, so a lone continuation keeps it.
    if raw[0].startswith("##") and text.startswith("##") and len(text) > 2:
        text = text[2:]
    # A token that is only a word boundary (a lone `Ġ` or `▁`) shows as a visible space.
    return text or _VISIBLE_SPACE

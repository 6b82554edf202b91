"""Attention-pattern search by brute force over plain transformers attention, one unpadded
sentence at a time: the reference for searches over a store (tests and browser tests)."""

from __future__ import annotations

import re

# Weights this close to a threshold may fall either side of it between a padded batch and a
# single sentence: such examples are not held against either side.
BOUNDARY = 1e-5


def sst2_plain_attention(examples: list[dict]) -> list[tuple]:
    """Per example: (layers, heads, n, n) attention, display tokens and special mask, from plain
    transformers, one sentence at a time, without our wrappers' tokenisation helpers."""
    import torch
    import transformers

    from lit_ext.models.sst2_minilm import base_model_path, load_sst2_minilm

    tokenizer = transformers.AutoTokenizer.from_pretrained(base_model_path())
    model = load_sst2_minilm(attn_implementation="eager")
    special_ids = set(tokenizer.all_special_ids) - {tokenizer.unk_token_id}
    result = []
    for example in examples:
        encoded = tokenizer(example["sentence"], return_tensors="pt", truncation=True,
                            max_length=128)
        with torch.inference_mode():
            attention = torch.stack(model(**encoded, output_attentions=True).attentions)[:, 0]
        ids = encoded["input_ids"][0].tolist()
        pieces = tokenizer.convert_ids_to_tokens(ids)
        display = [piece[2:] if piece.startswith("##") else piece for piece in pieces]
        result.append((attention.numpy(), display, [i in special_ids for i in ids]))
    return result


def brute_force(plain_attention, layer, head, threshold, from_text, to_text, rows=None):
    """(row, weight, query, key) of every matching example, strongest first, ties by row."""

    def matcher(text):
        if text in ("", "*"):
            return lambda token, special: not special
        if text.startswith("/") and text.endswith("/") and len(text) > 2:
            regex = re.compile(text[1:-1], re.IGNORECASE)
            return lambda token, special: not special and regex.search(token) is not None
        return lambda token, special: token.casefold() == text.casefold()

    sends, receives = matcher(from_text), matcher(to_text)
    found, ambiguous = [], set()
    for row, (attention, display, special) in enumerate(plain_attention):
        if rows is not None and row not in rows:
            continue
        weights = attention[layer, head]
        best = None
        for q in range(len(display)):
            for k in range(len(display)):
                if sends(display[q], special[q]) and receives(display[k], special[k]) and (
                        best is None or weights[q, k] > best[0]):
                    best = (float(weights[q, k]), q, k)
        if best is None:
            continue
        if abs(best[0] - threshold) <= BOUNDARY:
            ambiguous.add(row)
        elif best[0] >= threshold:
            found.append((row, *best))
    return sorted(found, key=lambda match: (-match[1], match[0])), ambiguous

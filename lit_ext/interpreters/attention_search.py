"""Attention-pattern search: "examples where layer L head H sends at least x from a token matching
T to a token matching U", strongest first.

Pure functions (`parse_pattern`, `strongest_pair`, `search_attention`) that a batch job can call
per batch, and the `attention_search` LIT interpreter that runs them on the examples sent.

Patterns match one token at a time, by its display text (`Internals.display_tokens`: no `##`,
`Ġ` or `▁` markers), so a word split into subwords is found by its pieces ("unwatchable" →
"un", "##watch", "##able": `un` or `/^watch/`):

- `*` or empty: any text token (a literal asterisk is `/^[*]$/`);
- `/REGEX/`: text tokens where Python's `re.search` finds REGEX (anchor with ^ and $ for the
  whole token);
- anything else: a word, equal to the token's display text.

Case: words compare case-insensitively (`str.casefold`) and regexes run with `re.IGNORECASE`,
unless `case_sensitive` is set. Special tokens ([CLS], [SEP], `<s>`, ...; the server's mask, which
leaves [UNK] as text) are matched only by a word that spells them ("[SEP]", "</s>"), never by `*`
or a regex: a search for word-to-word patterns would otherwise be all attention to [SEP].
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Hashable, Iterable, Sequence

import numpy as np
from lit_nlp.api import types as lit_types

from lit_ext.finite import require_finite
from lit_ext.interpreters.introspection_interpreter import (
    IntrospectionInterpreter,
    config_bool,
    config_int,
)
from lit_ext.interpreters.neuron_view import check_head

ANY = "*"
PATTERN_HELP = "write a word, /regex/, or * for any token"
DEFAULT_THRESHOLD = 0.5


@dataclasses.dataclass(frozen=True)
class TokenPattern:
    """Which tokens a pattern matches: `kind` is "any", "word" or "regex" (see the module)."""

    text: str
    kind: str
    case_sensitive: bool
    regex: re.Pattern | None = None

    def matches(self, display_tokens: Sequence[str], special_tokens: Sequence[bool],
                ) -> np.ndarray:
        """Boolean mask `(n,)` of the tokens this pattern matches."""
        if self.kind == "word":
            word = self.text if self.case_sensitive else self.text.casefold()
            return np.array([(token if self.case_sensitive else token.casefold()) == word
                             for token in display_tokens], dtype=bool)
        text = np.logical_not(np.asarray(special_tokens, dtype=bool))
        if self.kind == "any":
            return text
        return text & np.array([self.regex.search(token) is not None for token in display_tokens],
                               dtype=bool)


def parse_pattern(text: str | None, case_sensitive: bool = False) -> TokenPattern:
    """A `TokenPattern` from its text; ValueError with the reason for a bad regex or a phrase."""
    text = (text or "").strip()
    if text in ("", ANY):
        return TokenPattern(ANY, "any", case_sensitive)
    if len(text) >= 2 and text.startswith("/") and text.endswith("/"):
        source = text[1:-1]
        if not source:
            raise ValueError(f"Pattern {text!r} is an empty regex; {PATTERN_HELP}.")
        try:
            regex = re.compile(source, 0 if case_sensitive else re.IGNORECASE)
        except re.error as error:
            raise ValueError(f"Pattern {text!r} is not a valid regular expression ({error}); "
                             f"{PATTERN_HELP}.") from None
        return TokenPattern(text, "regex", case_sensitive, regex)
    if any(character.isspace() for character in text):
        raise ValueError(f"Pattern {text!r} has several words, but a pattern matches one token; "
                         f"{PATTERN_HELP}.")
    return TokenPattern(text, "word", case_sensitive)


@dataclasses.dataclass(frozen=True)
class PatternMatch:
    """An example that matched: its `id`, the largest matching `weight` and where it is
    (`query` → `key` token positions; the first such pair in row-major order on ties)."""

    id: Hashable
    weight: float
    query: int
    key: int


def strongest_pair(head_attention: np.ndarray, query_mask: np.ndarray, key_mask: np.ndarray,
                   ) -> tuple[float, int, int] | None:
    """The largest weight `head_attention[q, k]` with `query_mask[q]` and `key_mask[k]`, and (q, k);
    None when no pair matches. `head_attention` is one head's `(n, n)` `[query, key]`."""
    if not query_mask.any() or not key_mask.any():
        return None
    masked = np.where(query_mask[:, None] & key_mask[None, :], head_attention, -np.inf)
    query, key = np.unravel_index(int(np.argmax(masked)), masked.shape)
    return float(masked[query, key]), int(query), int(key)


def check_threshold(threshold: float) -> float:
    if isinstance(threshold, bool):
        raise ValueError(f"Threshold must be a weight between 0 and 1, got {threshold!r}.")
    try:
        threshold = float(threshold)
    except (TypeError, ValueError):
        raise ValueError(f"Threshold must be a weight between 0 and 1, got {threshold!r}.") from None
    if not 0 <= threshold <= 1:
        raise ValueError(f"Threshold must be a weight between 0 and 1, got {threshold!r}.")
    return threshold


def search_attention(
    examples: Iterable[tuple[Hashable, np.ndarray, Sequence[str], Sequence[bool]]],
    from_pattern: TokenPattern,
    to_pattern: TokenPattern,
    threshold: float,
) -> list[PatternMatch]:
    """The examples where a head sends at least `threshold` from a token matching `from_pattern`
    to a token matching `to_pattern` (the same token counts, when it matches both).

    Args:
      examples: per example (id, that head's attention `(n, n)` `[query, key]`, display tokens,
        special-token mask).
      threshold: the smallest weight that matches, in [0, 1].

    Returns:
      One `PatternMatch` per matching example, by weight, largest first; equal weights keep the
      input order, so results of consecutive batches merge with a stable sort on −weight.
    """
    threshold = check_threshold(threshold)
    matches = []
    for example_id, head_attention, display_tokens, special_tokens in examples:
        head_attention = np.asarray(head_attention)
        if head_attention.shape != (len(display_tokens),) * 2:
            raise ValueError(f"Example {example_id!r}: attention of shape {head_attention.shape} "
                             f"for {len(display_tokens)} tokens; pass one head's (n, n).")
        # A NaN weight compares False with any threshold: the example would silently not match.
        require_finite(head_attention, f"Example {example_id!r}'s attention")
        pair = strongest_pair(head_attention,
                              from_pattern.matches(display_tokens, special_tokens),
                              to_pattern.matches(display_tokens, special_tokens))
        if pair is not None and pair[0] >= threshold:
            matches.append(PatternMatch(example_id, *pair))
    return sorted(matches, key=lambda match: -match.weight)


class AttentionSearchInterpreter(IntrospectionInterpreter):
    """Pattern search over the examples sent (see the module docstring for patterns and case).

    Config: `layer`, `head`, `threshold` (0.5), `from_token` and `to_token` (patterns, default `*`),
    `case_sensitive` (false).

    Returns one dict for the request: the config as used, `num_examples` searched and `matches`,
    strongest first: `id` (LIT's `_id`, else the position in the request: a LIT selection),
    `index` (position in the request), `weight`, `query`/`key` positions and their
    `query_token`/`key_token` display texts. Results of several requests merge by a stable
    sort on −weight.
    """

    def config_spec(self) -> lit_types.Spec:
        return {
            "layer": lit_types.Scalar(default=0, required=False),
            "head": lit_types.Scalar(default=0, required=False),
            "threshold": lit_types.Scalar(default=DEFAULT_THRESHOLD, min_val=0, max_val=1,
                                          step=0.01, required=False),
            "from_token": lit_types.TextSegment(default=ANY, required=False),
            "to_token": lit_types.TextSegment(default=ANY, required=False),
            "case_sensitive": lit_types.Boolean(default=False, required=False),
        }

    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        del dataset, model_outputs
        wrapper = self.wrapper(model)
        config = config or {}
        layer = config_int(config, "layer", 0)
        head = config_int(config, "head", 0)
        check_head(head, wrapper.num_heads)
        threshold = check_threshold(config.get("threshold", DEFAULT_THRESHOLD))
        case_sensitive = config_bool(config, "case_sensitive", False)
        # Patterns are checked before the forward pass: a typo in a regex costs nothing.
        from_pattern = parse_pattern(config.get("from_token"), case_sensitive)
        to_pattern = parse_pattern(config.get("to_token"), case_sensitive)
        items = wrapper.introspect(inputs, what=["attention"], layers=[layer])
        matches = search_attention(
            ((i, item.attention_layers[0][head], item.display_tokens, item.special_tokens)
             for i, item in enumerate(items)),
            from_pattern, to_pattern, threshold)
        return {
            "layer": layer, "head": head, "threshold": threshold,
            "from_token": from_pattern.text, "to_token": to_pattern.text,
            "case_sensitive": case_sensitive, "num_examples": len(items),
            # The pure search identifies examples by their position in the request.
            "matches": [{"id": inputs[m.id].get("_id", m.id), "index": m.id, "weight": m.weight,
                         "query": m.query, "key": m.key,
                         "query_token": items[m.id].display_tokens[m.query],
                         "key_token": items[m.id].display_tokens[m.key]}
                        for m in matches],
        }

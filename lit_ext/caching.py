"""A bounded, thread-safe prediction cache for LIT's `CachingModelWrapper`.

LIT 1.3.1 wraps every model in a `CachingModelWrapper` whose `PredsCache` is a plain dict: every
example ever predicted stays in memory. For dataset rows that is what we want (the UI asks for
whole datasets again and again), but every sentence typed into the datapoint editor or sent by an
API client is new, and on a shared server those grow without end (an SST-2 prediction with token
embeddings and gradients is ~60 kB at 20 tokens, ~1.6 MB at 512).

`BoundedPredsCache` keeps predictions of loaded dataset examples in LIT's dict (so
`save_cache()` still persists exactly those) and all others in an LRU of bounded size. It also
makes the bookkeeping of LIT's per-request prediction locks thread-safe: LIT iterates and
mutates that dict without a lock, which under a threaded server can fail a request with
"dictionary changed size during iteration" or a KeyError.

Token-level outputs (gradients, token embeddings, attention: `TOKEN_LEVEL_TYPES`) are most of a
prediction's memory (~40 kB of ~44 kB for a 10-token SST-2 sentence, and their batch buffers and
heap fragments more: RSS grew ~170 kB per example over a warm start). Only per-example salience
reads them, one example at a time. So the dataset's entries keep the rest of each prediction
(probabilities, embeddings, tokens: ~4 kB), complete predictions go to the LRU, and a request
that needs token-level fields (`full_outputs()`) is served from the LRU or recomputed. A
prediction of another example that comes without its token-level fields (a precomputed store's
row, added to the data table from a store search) is kept the same way, in an LRU of its own.
"""

from __future__ import annotations

import collections
import contextlib
import contextvars
import os
import threading
from collections.abc import Collection, Iterable, Iterator, Mapping
from typing import Any

from lit_nlp.api import types as lit_types
from lit_nlp.lib import caching as lit_caching

# Predictions of examples outside the datasets kept per model. One costs ~60 kB of arrays at 20
# tokens (~190 kB of RSS with allocator overhead, measured), ~1.6 MB at 512 tokens; 128 keeps a
# session's edits cached while a server fed thousands of new sentences stays flat (an evicted
# example costs one forward pass, ~20 ms, if asked again). Override with the environment
# variable, e.g. LIT_EXT_PREDICTION_CACHE_SIZE=2048.
DEFAULT_MAX_NEW_EXAMPLES = 128
# Predictions without token-level fields of examples outside the datasets (store rows): ~4 kB
# each, so 20,000 (a few store searches' worth of selections) hold ~80 MB.
MAX_STORED_SUMMARIES = 20_000
CACHE_SIZE_ENV = "LIT_EXT_PREDICTION_CACHE_SIZE"

# Output types holding an array per token (or token pair): kept only for recent examples.
TOKEN_LEVEL_TYPES = (lit_types.TokenGradients, lit_types.TokenEmbeddings, lit_types.Gradients,
                     lit_types.ImageGradients, lit_types.AttentionHeads)
_FULL_OUTPUTS: contextvars.ContextVar[bool | None] = contextvars.ContextVar(
    "lit_ext_full_outputs", default=None)


@contextlib.contextmanager
def full_outputs(wanted: bool = True) -> Iterator[None]:
    """Within this block (this thread), cached predictions carry their token-level fields
    (`wanted`) or may come without them (not `wanted`)."""
    token = _FULL_OUTPUTS.set(wanted)
    try:
        yield
    finally:
        _FULL_OUTPUTS.reset(token)


def full_outputs_wanted() -> bool | None:
    """What the innermost `full_outputs` block asked for; None outside any."""
    return _FULL_OUTPUTS.get()


def token_level_fields(output_spec: Mapping[str, lit_types.LitType]) -> frozenset[str]:
    """Names of an output spec's token-level fields (see `TOKEN_LEVEL_TYPES`)."""
    return frozenset(name for name, spec in output_spec.items()
                     if isinstance(spec, TOKEN_LEVEL_TYPES))


def max_new_examples_from_env() -> int:
    """The LRU size from `LIT_EXT_PREDICTION_CACHE_SIZE`, or the default."""
    value = os.environ.get(CACHE_SIZE_ENV, "").strip()
    if not value:
        return DEFAULT_MAX_NEW_EXAMPLES
    try:
        size = int(value)
    except ValueError:
        raise ValueError(f"{CACHE_SIZE_ENV} must be a whole number of examples, got {value!r}.") \
            from None
    if size < 0:
        raise ValueError(f"{CACHE_SIZE_ENV} must be 0 or more, got {size}.")
    return size


class BoundedPredsCache(lit_caching.PredsCache):
    """LIT's `PredsCache` with new examples in an LRU and thread-safe prediction locks.

    Args:
      name: the model's name (LIT's cache file name when `cache_dir` is set).
      dataset_ids: ids of examples in the loaded datasets; their predictions are never evicted.
      max_new_examples: how many predictions of other examples to keep (least recently used
        go first); 0 keeps none.
      allow_concurrent_predictions, cache_dir: as for LIT's `PredsCache`.
      token_level: output fields kept only in the LRU (complete predictions); dataset entries
        hold the others. Inside `full_outputs()`, `get` answers only complete predictions.
    """

    def __init__(self, name: str, dataset_ids: Collection[str], max_new_examples: int,
                 allow_concurrent_predictions: bool = True, cache_dir: str | None = None,
                 token_level: Collection[str] = ()):
        super().__init__(name, allow_concurrent_predictions, cache_dir)
        self.dataset_ids = frozenset(dataset_ids)
        self.max_new_examples = max_new_examples
        self.token_level = frozenset(token_level)
        self._recent: collections.OrderedDict[lit_caching.CacheKey, Any] = collections.OrderedDict()
        self._summaries: collections.OrderedDict[lit_caching.CacheKey, Any] = \
            collections.OrderedDict()
        # Re-entrant: LIT's get_pred_lock() calls pred_lock_key().
        self._pred_locks_guard = threading.RLock()

    def _is_dataset_key(self, key: lit_caching.CacheKey) -> bool:
        # LIT's keys are (model name, example id).
        return key is not None and key[1] in self.dataset_ids

    def put(self, data, key: lit_caching.CacheKey) -> None:
        if key is None:
            return
        with self.lock:
            if self._is_dataset_key(key):
                if not self.token_level:
                    self._d[key] = data
                    return
                self._d[key] = {k: v for k, v in data.items() if k not in self.token_level}
                if not self.token_level.intersection(data):
                    return  # nothing more in it (an entry loaded from disk or a store)
            elif self.token_level and not self.token_level.intersection(data):
                # Our models always return token-level fields: this came from a store.
                self._summaries[key] = data
                self._summaries.move_to_end(key)
                while len(self._summaries) > MAX_STORED_SUMMARIES:
                    self._summaries.popitem(last=False)
                return
            self._recent[key] = data
            self._recent.move_to_end(key)
            while len(self._recent) > self.max_new_examples:
                self._recent.popitem(last=False)

    def get(self, key: lit_caching.CacheKey) -> Any | None:
        if key is None:
            return None
        with self.lock:
            partial_will_do = not (self.token_level and _FULL_OUTPUTS.get() is True)
            if key in self._d and partial_will_do:
                return self._d[key]
            if key in self._recent:
                self._recent.move_to_end(key)
                return self._recent[key]
            if key in self._summaries and partial_will_do:
                self._summaries.move_to_end(key)
                return self._summaries[key]
        return None

    def info(self) -> str:
        return (f"{len(self._d)} dataset + {len(self._recent)}/{self.max_new_examples} new + "
                f"{len(self._summaries)} stored")

    def __len__(self) -> int:
        with self.lock:
            return len(self._d) + len(self._recent) + len(self._summaries)

    # LIT reads and writes `_pred_locks` from every request thread without a lock.
    def pred_lock_key(self, keys: list[lit_caching.CacheKey]):
        with self._pred_locks_guard:
            return super().pred_lock_key(keys)

    def get_pred_lock(self, keys: list[lit_caching.CacheKey]) -> threading.RLock:
        with self._pred_locks_guard:
            return super().get_pred_lock(keys)

    def delete_pred_lock(self, keys: list[lit_caching.CacheKey]):
        with self._pred_locks_guard:
            return super().delete_pred_lock(keys)

    def adopt(self, entries: dict) -> None:
        """Takes over the entries of LIT's cache (warm-start predictions) by the rules above."""
        for key, value in entries.items():
            self.put(value, key)


def dataset_example_ids(datasets: Iterable) -> set[str]:
    """Ids of every example in LIT's indexed datasets."""
    ids: set[str] = set()
    for dataset in datasets:
        ids.update(getattr(dataset, "index", {}))
    return ids


def bound_prediction_caches(app, max_new_examples: int | None = None) -> None:
    """Replaces the prediction cache of every model of a LIT `LitApp` by a `BoundedPredsCache`.

    `LitExtApp` calls it before its warm start; predictions already in LIT's cache are kept.
    `max_new_examples` defaults to `LIT_EXT_PREDICTION_CACHE_SIZE` or 128.
    """
    if max_new_examples is None:
        max_new_examples = max_new_examples_from_env()
    # LitApp and CachingModelWrapper offer no public way to swap their cache.
    dataset_ids = dataset_example_ids(app._datasets.values())
    for name, model in app._models.items():
        if not isinstance(model, lit_caching.CachingModelWrapper):
            continue
        old = model._cache
        cache = BoundedPredsCache(name, dataset_ids, max_new_examples,
                                  old._allow_concurrent_predictions, old._cache_dir,
                                  token_level_fields(model.output_spec()))
        with old.lock:
            cache.adopt(old._d)
            cache._cache_loader = old._cache_loader
            cache._num_persisted = old._num_persisted
            model._cache = cache

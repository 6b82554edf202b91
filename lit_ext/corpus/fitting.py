"""Fitting corpus factors by streaming a dataset through the model in bounded memory."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np
from lit_nlp.api import types as lit_types
from tqdm.auto import tqdm

from lit_ext.corpus.estimator import CorpusNMF
from lit_ext.corpus.factors import CorpusFactors
from lit_ext.corpus.token_rows import iter_token_rows
from lit_ext.models.introspection import check_layers
from lit_ext.models.transformer_wrapper import TransformerWrapper

logger = logging.getLogger(__name__)


class _RowBuffer:
    """Sampled rows gathered into fixed-size mini-batches for `partial_fit`."""

    def __init__(self, nmf: CorpusNMF, size: int):
        self.nmf, self.size = nmf, size
        self.chunks: list[np.ndarray] = []
        self.count = 0

    def add(self, rows: np.ndarray) -> None:
        while rows.shape[0]:
            taken = rows[:self.size - self.count]
            self.chunks.append(taken)
            self.count += taken.shape[0]
            rows = rows[taken.shape[0]:]
            if self.count == self.size:
                self.flush()

    def flush(self) -> None:
        if self.count:
            self.nmf.partial_fit(np.concatenate(self.chunks))
        self.chunks, self.count = [], 0


def fit_corpus_factors(
    wrapper: TransformerWrapper,
    inputs: Sequence[lit_types.JsonDict],
    *,
    layers: Sequence[int] | None = None,
    n_components: int = 8,
    sample_fraction: float = 0.25,
    batch_rows: int = 1024,
    n_epochs: int = 1,
    exclude_special_tokens: bool = True,
    seed: int = 0,
    progress: bool = True,
) -> CorpusFactors:
    """Fits `n_components` factors of the FFN units of `layers` over `inputs`.

    The inputs stream through the model one wrapper batch at a time; of each batch's token rows
    (special tokens left out unless `exclude_special_tokens` is false) each is kept with
    probability `sample_fraction` (numpy's seeded `default_rng(seed)`), and every `batch_rows`
    kept rows make one `CorpusNMF.partial_fit` step. Memory is bounded by one forward batch and
    one mini-batch (batch_rows × layers·d_ff float32), whatever the corpus size. Each of the
    `n_epochs` passes runs the model again and draws a fresh sample.

    Returns `CorpusFactors` whose metadata records the sample (`n_examples`, `n_token_rows` per
    pass, `n_sampled_rows` in total); add model and data descriptions before saving.
    Raises ValueError for bad arguments or too few sampled rows for `n_components`.
    """
    layers = check_layers(layers, wrapper.num_layers)
    if not 0 < sample_fraction <= 1:
        raise ValueError(f"sample_fraction must be in (0, 1], got {sample_fraction}.")
    if batch_rows < n_components:
        raise ValueError(f"batch_rows ({batch_rows}) must be at least n_components ({n_components}).")
    if n_epochs < 1:
        raise ValueError(f"n_epochs must be at least 1, got {n_epochs}.")
    if not inputs:
        raise ValueError("No examples to fit corpus factors on.")
    rng = np.random.default_rng(seed)
    nmf = CorpusNMF(n_components, batch_size=batch_rows, max_epochs=n_epochs, random_state=seed)
    buffer = _RowBuffer(nmf, batch_rows)
    token_rows_per_pass = 0
    for epoch in range(n_epochs):
        token_rows_per_pass = 0
        stream = iter_token_rows(wrapper, inputs, layers, exclude_special_tokens)
        for item in tqdm(stream, total=len(inputs), desc=f"corpus NMF pass {epoch + 1}/{n_epochs}",
                         unit="example", disable=not progress):
            token_rows_per_pass += item.rows.shape[0]
            buffer.add(item.rows[rng.random(item.rows.shape[0]) < sample_fraction])
        buffer.flush()
    if not hasattr(nmf, "components_"):
        raise ValueError(f"No token rows were sampled from {len(inputs)} examples; raise "
                         "sample_fraction or give more examples.")
    logger.info("Corpus NMF: %d factors from %d sampled rows of %d examples.",
                n_components, nmf.n_rows_seen_, len(inputs))
    return CorpusFactors(nmf, layers, exclude_special_tokens, metadata={
        "sample": {"n_examples": len(inputs), "n_token_rows": token_rows_per_pass,
                   "n_sampled_rows": int(nmf.n_rows_seen_), "sample_fraction": sample_fraction,
                   "seed": seed, "n_epochs": n_epochs, "batch_rows": batch_rows},
    })

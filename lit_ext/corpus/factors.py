"""`CorpusFactors`: a fitted `CorpusNMF` with the layers and model it belongs to, applied to examples."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np
from lit_nlp.api import types as lit_types

from lit_ext.corpus.estimator import CorpusNMF
from lit_ext.corpus.token_rows import iter_token_rows
from lit_ext.models.transformer_wrapper import TransformerWrapper

# Per-example summaries that become data-table columns, `nmf_f{factor}_{summary}`.
SUMMARIES = ("max", "mean")


@dataclasses.dataclass
class ExampleFactors:
    """One example's factor activations: `activations` (n, k) float32 for all n tokens, 0 on
    tokens left out (`mask` False: special tokens unless included)."""

    tokens: list[str]
    display_tokens: list[str]
    special_tokens: list[bool]
    mask: np.ndarray
    activations: np.ndarray

    def summary(self, kind: str) -> np.ndarray:
        """(k,) max or mean over the kept tokens; 0 when no token is kept (text made only of
        characters the tokenizer drops), since there is no activation to report."""
        kept = self.activations[self.mask]
        if kept.shape[0] == 0:
            return np.zeros(self.activations.shape[1], np.float32)
        return kept.max(axis=0) if kind == "max" else kept.mean(axis=0)


def column_name(factor: int, summary: str) -> str:
    return f"nmf_f{factor}_{summary}"


def factor_columns(examples: Sequence[ExampleFactors], n_components: int) -> dict[str, np.ndarray]:
    """Column name -> (n_examples,) float32, for every factor and summary (LIT, Parquet)."""
    columns = {}
    for summary in SUMMARIES:
        values = (np.stack([example.summary(summary) for example in examples]) if examples
                  else np.zeros((0, n_components), np.float32))
        for factor in range(n_components):
            columns[column_name(factor, summary)] = values[:, factor]
    return columns


@dataclasses.dataclass
class CorpusFactors:
    """Factors fitted over a corpus, for one model and layer range.

    Attributes:
      nmf: the fitted estimator (components (k, len(layers)·d_ff)).
      layers: layer indices whose FFN units make the columns, in order.
      exclude_special_tokens: whether special tokens were left out of the fit (and are left
        out of the summaries).
      metadata: where the fit came from (model, data, sample, versions); see `storage`.
    """

    nmf: CorpusNMF
    layers: list[int]
    exclude_special_tokens: bool = True
    metadata: dict = dataclasses.field(default_factory=dict)

    @property
    def n_components(self) -> int:
        return self.nmf.components_.shape[0]

    def transform(self, wrapper: TransformerWrapper, inputs: Sequence[lit_types.JsonDict],
                  ) -> list[ExampleFactors]:
        """Each input's factor activations with the components fixed (never a refit): one
        forward pass per `wrapper.batch_size` inputs, then `CorpusNMF.transform`."""
        results = []
        for item in iter_token_rows(wrapper, inputs, self.layers, self.exclude_special_tokens):
            activations = np.zeros((len(item.tokens), self.n_components), np.float32)
            activations[item.mask] = self.nmf.transform(item.rows)
            results.append(ExampleFactors(item.tokens, item.display_tokens, item.special_tokens,
                                          item.mask, activations))
        return results

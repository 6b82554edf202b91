"""`CorpusNMF`: NMF factors of token activation rows, fitted out of core, applied with fixed factors."""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.decomposition import MiniBatchNMF
from sklearn.utils.validation import check_is_fitted

from lit_ext.corpus.nnls import nnls_activations
from lit_ext.finite import require_finite


class CorpusNMF(TransformerMixin, BaseEstimator):
    """X ≈ W H over token rows (tokens × neurons), sklearn-style.

    Fitting uses sklearn's `MiniBatchNMF` (Frobenius loss, multiplicative updates; Serizel et
    al. 2016, "Mini-batch stochastic approaches for accelerated multiplicative updates in
    nonnegative matrix factorisation"): `partial_fit` takes one chunk of rows at a time, so a
    corpus streams through in bounded memory. The factorisation of activations follows Ecco
    (Alammar 2021) and Lee & Seung (1999).

    `transform` keeps the components fixed and solves an exact nonnegative least-squares problem
    per row (`nnls.nnls_activations`): never a refit, and a row's activations do not depend on
    the rows it is batched with.

    Args:
      n_components: number of factors k.
      batch_size: rows per mini-batch in `fit` (`partial_fit` takes whatever it is given).
      max_epochs: passes over the rows in `fit`.
      init, forget_factor, random_state: passed to `MiniBatchNMF`.

    Attributes (after fitting):
      components_: (k, m) float32 factor loadings on the m neurons.
      n_features_in_: m.
      n_rows_seen_: rows given to `partial_fit` in total.
    """

    def __init__(self, n_components: int = 8, *, batch_size: int = 1024, max_epochs: int = 1,
                 init: str = "nndsvda", forget_factor: float = 0.7, random_state: int | None = 0):
        self.n_components = n_components
        self.batch_size = batch_size
        self.max_epochs = max_epochs
        self.init = init
        self.forget_factor = forget_factor
        self.random_state = random_state

    def _check_rows(self, rows: np.ndarray) -> np.ndarray:
        rows = np.asarray(rows, np.float32)
        if rows.ndim != 2:
            raise ValueError(f"rows must be (tokens, neurons), got shape {rows.shape}.")
        require_finite(rows, "activation rows")
        if (rows < 0).any():
            raise ValueError("rows must be nonnegative: clip activations at 0 first (as Ecco).")
        fitted_width = getattr(self, "n_features_in_", None)
        if fitted_width is not None and rows.shape[1] != fitted_width:
            raise ValueError(f"rows have {rows.shape[1]} neurons, the factors {fitted_width}: "
                             "use activations of the same layers of the same model.")
        return rows

    def partial_fit(self, rows: np.ndarray, y=None) -> CorpusNMF:
        """Updates the factors with one mini-batch of rows (n, m); the first needs n >= k."""
        del y
        rows = self._check_rows(rows)
        if not hasattr(self, "minibatch_nmf_"):
            if self.n_components < 1:
                raise ValueError(f"n_components must be at least 1, got {self.n_components}.")
            if rows.shape[0] < self.n_components:
                raise ValueError(
                    f"The first mini-batch has {rows.shape[0]} rows but {self.n_components} "
                    "factors need at least as many: give more examples, a larger sample fraction "
                    "or fewer factors.")
            self.minibatch_nmf_ = MiniBatchNMF(
                self.n_components, init=self.init, batch_size=max(rows.shape[0], 1),
                forget_factor=self.forget_factor, random_state=self.random_state)
            self.n_rows_seen_ = 0
        self.minibatch_nmf_.partial_fit(rows)
        self.components_ = self.minibatch_nmf_.components_.astype(np.float32)
        self.n_features_in_ = rows.shape[1]
        self.n_rows_seen_ += rows.shape[0]
        return self

    def fit(self, rows: np.ndarray, y=None) -> CorpusNMF:
        """Fits afresh on in-memory rows (n, m): `max_epochs` passes of `batch_size` chunks."""
        del y
        rows = self._check_rows(rows)
        for name in ("minibatch_nmf_", "components_", "n_features_in_", "n_rows_seen_"):
            self.__dict__.pop(name, None)
        for _ in range(self.max_epochs):
            for start in range(0, rows.shape[0], self.batch_size):
                self.partial_fit(rows[start:start + self.batch_size])
        return self

    def transform(self, rows: np.ndarray) -> np.ndarray:
        """(n, k) float32 activations of rows (n, m) with the components fixed (exact NNLS)."""
        check_is_fitted(self, "components_")
        return nnls_activations(self._check_rows(rows), self.components_)

    @classmethod
    def from_components(cls, components: np.ndarray, **params) -> CorpusNMF:
        """A fitted estimator that only transforms, from saved components (k, m)."""
        components = np.asarray(components, np.float32)
        estimator = cls(n_components=components.shape[0], **params)
        estimator.components_ = components
        estimator.n_features_in_ = components.shape[1]
        return estimator

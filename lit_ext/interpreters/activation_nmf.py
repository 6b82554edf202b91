"""NMF of FFN activations into a few "factors" of co-activating neurons (Ecco's method).

Ecco stacks the post-activation FFN units of a layer range into X (layers·d_ff, tokens), clips
negatives (GELU outputs can be slightly negative), and fits sklearn's NMF on Xᵀ: each token gets
an activation per factor (W, tokens × k) and each factor a loading per neuron (H, k × neurons).

Ecco fits with sklearn's `NMF(init='random', solver='cd', max_iter=500, tol=1e-4)` (`ECCO_SETTINGS`
reproduces it exactly). The default here is `hals.py`'s float32 HALS from an SVD start instead:
5-10x faster on these matrices with a relative error within 0.006 of Ecco's (BENCHMARKS.md).
"""

from __future__ import annotations

import numpy as np
from sklearn.decomposition import NMF

from lit_ext.finite import require_finite
from lit_ext.interpreters.hals import hals

# Ecco's published settings, for reproducing its factors exactly.
ECCO_SETTINGS = {"solver": "cd", "init": "random", "max_iter": 500, "tol": 1e-4, "random_state": 0}


class ActivationNMF:
    """Factorises one example's FFN activations, sklearn-style.

    Args:
      n_components: number of factors k; reduced to the number of tokens if larger (as Ecco).
      solver: "hals" (lit-ext's, see `hals.py`) or a `sklearn.decomposition.NMF` solver ("cd",
        "mu").
      init: sklearn's init for its solvers (Ecco: "random"); "hals" always starts from NNDSVDa.
      max_iter, tol, random_state: passed to the solver.

    Attributes (after `fit`):
      n_components_: the k actually used.
      factors_: (k, n) activation of each factor at each token (0 for masked-out tokens).
      token_mask_: (n,) the tokens that were factorised.
      components_: (k, layers·d_ff) neuron loadings, layer-major.
      relative_error_: ||X - WH||_F / ||X||_F.
      n_iter_: solver iterations.
    """

    def __init__(self, n_components: int = 8, *, solver: str = "hals", init: str | None = None,
                 max_iter: int = 200, tol: float = 1e-4, random_state: int | None = 0):
        self.n_components = n_components
        self.init = init
        self.solver = solver
        self.max_iter = max_iter
        self.tol = tol
        self.random_state = random_state

    def fit(self, activations: np.ndarray, token_mask: np.ndarray | None = None) -> ActivationNMF:
        """Fits on activations (layers, n, d_ff); `token_mask` (n,) selects the tokens to use.

        Raises ValueError when there is nothing to factorise (no tokens, every unit zero) and
        `NonFiniteError` for NaN or infinite activations (a float16 overflow).
        """
        if activations.ndim != 3:
            raise ValueError(f"activations must be (layers, tokens, d_ff), got shape {activations.shape}.")
        require_finite(activations, "FFN activations")
        num_layers, num_tokens, width = activations.shape
        mask = np.ones(num_tokens, bool) if token_mask is None else np.asarray(token_mask, bool)
        used = int(mask.sum())
        if self.n_components < 1:
            raise ValueError(f"n_components must be at least 1, got {self.n_components}.")
        if used < 1:
            raise ValueError("No tokens left to factorise (all were excluded).")
        self.num_layers_, self.width_, self.token_mask_ = num_layers, width, mask
        self.n_components_ = min(self.n_components, used)
        # Rows are tokens, columns neurons ordered layer by layer: Xᵀ in Ecco's notation.
        tokens_by_neurons = np.maximum(activations[:, mask].transpose(1, 0, 2), 0).reshape(used, -1)
        if not tokens_by_neurons.any():
            # A ReLU model's silent layer, say: every factorisation is 0 = 0 · 0, and the SVD
            # start would divide by zero.
            raise ValueError(
                "Every FFN unit of the chosen layers is zero (after clipping negative values) on "
                "the chosen tokens, so there is nothing to factorise; choose other layers.")
        if self.solver == "hals":
            if self.init not in (None, "nndsvda"):
                raise ValueError(f"The hals solver starts from NNDSVDa; init={self.init!r} needs a "
                                 "sklearn solver ('cd' or 'mu').")
            token_factors, self.components_, self.n_iter_ = hals(
                tokens_by_neurons, self.n_components_, max_iter=self.max_iter, tol=self.tol,
                random_state=self.random_state)
        else:
            model = NMF(n_components=self.n_components_, init=self.init, solver=self.solver,
                        max_iter=self.max_iter, tol=self.tol, random_state=self.random_state)
            token_factors = model.fit_transform(tokens_by_neurons)
            self.components_, self.n_iter_ = model.components_, model.n_iter_
        self.factors_ = np.zeros((self.n_components_, num_tokens), np.float32)
        self.factors_[:, mask] = token_factors.T
        norm = np.linalg.norm(tokens_by_neurons)
        residual = np.linalg.norm(tokens_by_neurons - token_factors @ self.components_)
        self.relative_error_ = float(residual / norm) if norm else 0.0
        return self

    def top_neurons(self, count: int = 10) -> list[list[tuple[int, int, float]]]:
        """Per factor, its `count` highest-loading neurons as (layer position, index, loading)."""
        top = np.argsort(-self.components_, axis=1)[:, :count]
        return [[(int(j // self.width_), int(j % self.width_), float(row[j])) for j in order]
                for row, order in zip(self.components_, top)]

    def layer_share(self) -> np.ndarray:
        """(k, layers): the fraction of each factor's total loading that sits in each layer."""
        per_layer = self.components_.reshape(self.n_components_, self.num_layers_, -1).sum(-1)
        totals = per_layer.sum(axis=1, keepdims=True)
        return np.divide(per_layer, totals, out=np.zeros_like(per_layer), where=totals > 0)

"""Fast NMF for one example's activations: HALS updates in float32 with an NNDSVDa start.

sklearn's `NMF` with Ecco's settings (random start, coordinate descent, tol 1e-4) takes 0.1-2 s per
example here: it works in float64 and runs hundreds of iterations from its random start, and 80%
of the time is in its matrix products (BENCHMARKS.md). The matrices we factorise are short and
wide (tokens x 1,536 neurons per layer, many all zero), which suits hierarchical alternating
least squares (Cichocki & Phan 2009): each iteration costs two float32 products with X and
converges in tens of iterations from an SVD-based start (Boutsidis & Gallopoulos 2008, with
zeros filled by the mean as in sklearn's 'nndsvda').
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from sklearn.utils.extmath import randomized_svd
from threadpoolctl import ThreadpoolController

# Updates stop at this floor instead of 0, so that a factor can come back to life.
_EPSILON = np.float32(1e-10)
# Start values below this are zeros (sklearn's NNDSVD threshold).
_ZERO = np.float32(1e-6)
# Up to this many rows, an eigendecomposition of the rows' Gram matrix is the cheapest SVD.
_EXACT_SVD_MAX_ROWS = 128


def nndsvda(matrix: np.ndarray, rank: int, random_state: int | None = 0) -> tuple[np.ndarray, np.ndarray]:
    """Nonnegative start (W, H) from the leading singular triplets of `matrix`, zeros set to its mean."""
    u, s, vt = _leading_svd(matrix, rank, random_state)
    w = np.zeros((matrix.shape[0], rank), np.float32)
    h = np.zeros((rank, matrix.shape[1]), np.float32)
    w[:, 0] = np.sqrt(s[0]) * np.abs(u[:, 0])
    h[0] = np.sqrt(s[0]) * np.abs(vt[0])
    for j in range(1, rank):
        # Of the two sign patterns of the singular pair, keep the one with more mass.
        parts = [(np.maximum(sign * u[:, j], 0), np.maximum(sign * vt[j], 0)) for sign in (1, -1)]
        x_part, y_part = max(parts, key=lambda pair: np.linalg.norm(pair[0]) * np.linalg.norm(pair[1]))
        x_norm, y_norm = np.linalg.norm(x_part), np.linalg.norm(y_part)
        if x_norm == 0 or y_norm == 0:
            continue  # left at zero, then set to the mean below
        scale = np.sqrt(s[j] * x_norm * y_norm)
        w[:, j] = scale * x_part / x_norm
        h[j] = scale * y_part / y_norm
    # Round-off leaves ~1e-12 where a silent neuron should be 0 (randomized SVD): treat values
    # below 1e-6 as zero, as sklearn's 'nndsvda' does, so that they get the mean too.
    mean = np.float32(matrix.mean())
    w[w < _ZERO] = mean
    h[h < _ZERO] = mean
    return w, h


def _leading_svd(matrix: np.ndarray, rank: int,
                 random_state: int | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows = matrix.shape[0]
    if rows > _EXACT_SVD_MAX_ROWS:
        return randomized_svd(matrix, rank, n_iter=1, random_state=random_state)
    # Few rows (tokens): the eigenvectors of the small Gram matrix X X^T give the exact SVD for a
    # fraction of the cost of either SVD routine on the wide matrix.
    values, vectors = np.linalg.eigh(matrix @ matrix.T)
    order = np.argsort(values)[::-1][:rank]
    s = np.sqrt(np.maximum(values[order], 0))
    u = vectors[:, order]
    vt = (u.T @ matrix) / np.where(s > 0, s, 1)[:, None]
    return u, s, vt


def hals(matrix: np.ndarray, rank: int, *, max_iter: int = 200, tol: float = 1e-4,
         random_state: int | None = 0) -> tuple[np.ndarray, np.ndarray, int]:
    """Nonnegative W (n x rank), H (rank x m) minimising ||matrix - WH||_F; also the iterations run.

    Stops when an iteration improves the relative error by less than `tol` times the error.
    """
    # One BLAS thread: the products (a wide matrix times 8 columns) are bound by memory, and
    # OpenBLAS's second thread fought torch's, still spinning after the forward pass: the nmf
    # interpreter took 310-350 ms at 256 tokens with two BLAS threads, 170-220 ms with one.
    with _blas_controller().limit(limits=1, user_api="blas"):
        return _hals(matrix, rank, max_iter, tol, random_state)


@lru_cache(maxsize=1)
def _blas_controller() -> ThreadpoolController:
    return ThreadpoolController()


def _hals(matrix: np.ndarray, rank: int, max_iter: int, tol: float,
          random_state: int | None) -> tuple[np.ndarray, np.ndarray, int]:
    matrix = np.ascontiguousarray(matrix, dtype=np.float32)
    # All-zero columns (neurons silent on every token: a third of them on short inputs) have
    # all-zero loadings in every optimum; leaving them out saves their share of every product,
    # unless they are too few to pay for the copy (long inputs wake up almost every neuron).
    active = matrix.any(axis=0)
    if active.mean() > 0.9:
        return _fit(matrix, rank, max_iter, tol, random_state)
    w, h_active, iterations = _fit(np.ascontiguousarray(matrix[:, active]), rank, max_iter, tol,
                                   random_state)
    h = np.zeros((rank, matrix.shape[1]), np.float32)
    h[:, active] = h_active
    return w, h, iterations


def _fit(x: np.ndarray, rank: int, max_iter: int, tol: float,
         random_state: int | None) -> tuple[np.ndarray, np.ndarray, int]:
    w, h = nndsvda(x, rank, random_state)
    norm_sq = float(np.vdot(x, x))
    previous = np.inf
    iterations = 0
    while iterations < max_iter:
        iterations += 1
        _update_rows(h, w.T @ x, w.T @ w)
        xh = x @ h.T
        hh = h @ h.T
        _update_rows(w.T, xh.T, hh)
        # ||X - WH||^2 = ||X||^2 - 2 tr(W^T X H^T) + tr(W^T W H H^T), from products we already have.
        error_sq = norm_sq - 2 * float(np.vdot(w, xh)) + float(np.vdot(w.T @ w, hh))
        error = np.sqrt(max(error_sq, 0.0) / norm_sq) if norm_sq else 0.0
        if previous - error < tol * error:
            break
        previous = error
    return w, h, iterations


def _update_rows(factor: np.ndarray, gain: np.ndarray, gram: np.ndarray) -> None:
    """One HALS sweep over the rows of `factor` (k x m) in place, given gain = A^T X and gram = A^T A."""
    for j in range(factor.shape[0]):
        if gram[j, j] <= 0:
            continue
        row = factor[j] + (gain[j] - gram[j] @ factor) / gram[j, j]
        np.maximum(row, _EPSILON, out=factor[j])

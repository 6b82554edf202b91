"""Factor activations of rows with the factors fixed: exact nonnegative least squares per row.

For a row x (m,) and fixed components H (k, m), the activation is
w = argmin_{w >= 0} ||x - Hᵀw||², solved exactly with Lawson & Hanson's active-set method
(`scipy.optimize.nnls`, "Solving Least Squares Problems", 1974). The m-column problem is reduced
to an equivalent k-column one first: with G = HHᵀ = V S Vᵀ, A = S^½ Vᵀ and b = S^-½ Vᵀ H x give
||Aw - b||² = ||x - Hᵀw||² - const, so each row costs a k×k solve instead of an m×k one.

Each row is solved on its own, to optimality, so a token's activations never depend on which
other rows share the call (sklearn's `MiniBatchNMF.transform` runs multiplicative updates until a
tolerance over the whole batch, so its values shift with the batch).
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import nnls

# Eigenvalues of HHᵀ below this fraction of the largest are round-off of linearly dependent
# components (a dead factor, say): their directions carry no data and are dropped.
_RANK_TOLERANCE = 1e-10


def nnls_activations(rows: np.ndarray, components: np.ndarray) -> np.ndarray:
    """W (n, k) >= 0 minimising ||rows - W components||_F, exactly, row by row.

    Args:
      rows: (n, m) nonnegative data (tokens × neurons).
      components: (k, m) fixed factors.

    Returns float32 (n, k). Raises ValueError when the widths differ.
    """
    rows = np.asarray(rows)
    components = np.asarray(components, np.float64)
    if rows.ndim != 2 or components.ndim != 2 or rows.shape[1] != components.shape[1]:
        raise ValueError(f"rows {rows.shape} and components {components.shape} must be (n, m) "
                         "and (k, m) with the same m (neurons).")
    n_components = components.shape[0]
    activations = np.zeros((rows.shape[0], n_components), np.float32)
    values, vectors = np.linalg.eigh(components @ components.T)
    if rows.shape[0] == 0 or values[-1] <= 0:
        return activations
    keep = values > values[-1] * _RANK_TOLERANCE
    scale = np.sqrt(values[keep])
    design = (vectors[:, keep] * scale).T
    targets = (rows.astype(np.float64) @ components.T) @ vectors[:, keep] / scale
    for i, target in enumerate(targets):
        activations[i] = nnls(design, target)[0]
    return activations

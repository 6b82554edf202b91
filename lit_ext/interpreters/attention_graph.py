"""Attention across layers as token importance: rollout, flow and norm-based weights.

All functions take per-layer token-to-token matrices M_l (n, n), row i = query token i, and the
pooling weights p (n,) of the position the classifier reads (one-hot at [CLS]/<s>, or uniform
for mean pooling), and return one importance per input token (n,).

- Residual adjustment (Abnar & Zuidema 2020, "Quantifying Attention Flow in Transformers", §3):
  Â_l = rownorm(M_l + I), the identity standing for the residual connection.
- Attention rollout (ibid., eq. 1): Ã = Â_L ⋯ Â_2 Â_1 (first layer first); importance = p Ã.
- Attention flow (ibid., §3): the layered graph with a node per (layer, token), an edge from token
  j below layer l to token i above it with capacity Â_l[i, j]; a token's importance is the
  maximum flow from it (at the input) to the pooling position(s) at the top, normalised to sum
  to 1 over the input tokens (as in the authors' code).
- Attention norms (Kobayashi et al. 2020, "Attention is Not Only a Weight", eq. 6): per layer
  N[i, j] = ‖Σ_h α_h[i, j] f_h(x_j)‖, f_h(x_j) = W_O^h v_h(x_j) the value vector of token j in
  head h after the output projection (bias excluded); rows normalised to sum to 1, then rolled
  out as above.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse
from scipy.sparse import csgraph

# Maximum flow runs on integer capacities: weights in [0, 1] times this scale, rounded. The
# flows are then exact to within the graph's edge count / scale (at most 64 tokens: 1e-3).
FLOW_CAPACITY_SCALE = 10**7
# Attention flow solves one max-flow problem per token on a graph of layers·n² edges: at 64
# tokens 6 layers this takes ~0.5 s on 2 cores, growing as n³; refuse above this length.
MAX_FLOW_TOKENS = 64


def residual_adjusted(matrix: np.ndarray) -> np.ndarray:
    """rownorm(matrix + I) for a (n, n) matrix of non-negative weights."""
    adjusted = matrix + np.eye(matrix.shape[0], dtype=matrix.dtype)
    return adjusted / adjusted.sum(axis=1, keepdims=True)


def rollout(matrices: Sequence[np.ndarray], pooling: np.ndarray) -> np.ndarray:
    """Importance (n,) of each input token: p · Â_L ⋯ Â_1."""
    result = np.asarray(pooling, np.float64)
    for matrix in reversed(matrices):
        result = result @ residual_adjusted(np.asarray(matrix, np.float64))
    return result.astype(np.float32)


def attention_flow(matrices: Sequence[np.ndarray], pooling: np.ndarray) -> np.ndarray:
    """Importance (n,) of each input token: the max flow from it to the pooling position(s).

    Raises ValueError above MAX_FLOW_TOKENS tokens.
    """
    n = matrices[0].shape[0]
    if n > MAX_FLOW_TOKENS:
        raise ValueError(
            f"attention_flow solves a max-flow problem per token, too slow beyond "
            f"{MAX_FLOW_TOKENS} tokens (this input has {n}); use attention_rollout, which is "
            "its closed-form approximation, or a shorter input.")
    layers = len(matrices)
    # Node (l, i) is l·n + i; the sink, fed by the pooling positions at the top, comes last.
    sink = (layers + 1) * n
    rows, cols, capacities = [], [], []
    for layer, matrix in enumerate(matrices):
        adjusted = residual_adjusted(np.asarray(matrix, np.float64))
        query, key = np.nonzero(adjusted > 0)
        rows.append(layer * n + key)
        cols.append((layer + 1) * n + query)
        capacities.append(adjusted[query, key])
    top = np.nonzero(pooling)[0]
    rows.append(layers * n + top)
    cols.append(np.full(len(top), sink))
    capacities.append(np.asarray(pooling, np.float64)[top])
    capacity = np.rint(np.concatenate(capacities) * FLOW_CAPACITY_SCALE).astype(np.int32)
    graph = scipy.sparse.csr_matrix((capacity, (np.concatenate(rows), np.concatenate(cols))),
                                    shape=(sink + 1, sink + 1))
    flows = np.array([csgraph.maximum_flow(graph, source, sink).flow_value
                      for source in range(n)], np.float64)
    # Each token's flow alone can reach the whole capacity into the pooling position, so the
    # values are close together; normalised to sum to 1 over the input, as the paper's code
    # does, they read like rollout's.
    return (flows / flows.sum()).astype(np.float32) if flows.sum() else flows.astype(np.float32)


def attention_norms(attention: np.ndarray, values: np.ndarray,
                    output_projection: np.ndarray) -> np.ndarray:
    """(n, n) ‖Σ_h α_h[i, j] W_O^h v_h[j]‖ for one layer, rows normalised to sum to 1.

    attention (heads, n, n); values (heads, n, head_dim); output_projection W_O (hidden,
    heads·head_dim), as a torch Linear stores it.
    """
    heads, n, head_dim = values.shape
    per_head = output_projection.reshape(-1, heads, head_dim).transpose(1, 0, 2)  # (heads, hidden, d)
    transformed = np.einsum("hjd,hkd->hjk", values, per_head)  # f_h(x_j): (heads, n, hidden)
    norms = np.empty((n, n), np.float32)
    # One query row at a time: the (n, n, hidden) sum would be 400 MB at 512 tokens.
    for i in range(n):
        norms[i] = np.linalg.norm(np.einsum("hj,hjk->jk", attention[:, i], transformed), axis=-1)
    totals = norms.sum(axis=1, keepdims=True)
    return np.divide(norms, totals, out=np.zeros_like(norms), where=totals > 0)

"""Results of the notebook API (`lit_ext.attention`, `neurons`, `nmf`), with inline HTML views.

The HTML is self-contained (inline PNG and styled spans, no scripts or CDN assets), so it renders
in any Jupyter front end and in exported notebooks.
"""

from __future__ import annotations

import base64
import dataclasses
import html
import io

import numpy as np

# 12 distinguishable colours, one per head / factor (BERTviz's palette repeats after 10).
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
           "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939")


def _png(gray: np.ndarray, scale: int) -> str:
    """A data URI of a grayscale image (0 = white, 1 = black), each cell `scale` pixels wide."""
    from PIL import Image

    pixels = (255 * (1 - np.clip(gray, 0, 1))).astype(np.uint8)
    image = Image.fromarray(pixels).resize((pixels.shape[1] * scale, pixels.shape[0] * scale),
                                           Image.NEAREST)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _token_spans(tokens: list[str], colours: list[str | None], titles: list[str]) -> str:
    """Tokens as spans; `tokens` are display texts, the raw tokens go into `titles`."""
    spans = []
    for token, colour, title in zip(tokens, colours, titles):
        style = f"background:{colour};" if colour else ""
        spans.append(f'<span style="{style}padding:1px 3px;margin:1px;border-radius:3px" '
                     f'title="{html.escape(title)}">{html.escape(token)}</span>')
    return " ".join(spans)


@dataclasses.dataclass
class AttentionResult:
    """Attention of every layer and head for one input.

    `weights` is (layers, heads, n, n), the same tensor BERTviz's `head_view`/`model_view` take
    (see `to_bertviz`).
    """

    tokens: list[str]
    weights: np.ndarray
    segment_ids: list[int]
    display_tokens: list[str]

    def to_bertviz(self) -> tuple:
        """`weights` as BERTviz expects it: a tuple of per-layer (1, heads, n, n) tensors."""
        import torch

        return tuple(torch.from_numpy(layer[None]) for layer in self.weights)

    def _repr_html_(self) -> str:
        layers, heads, n, _ = self.weights.shape
        scale = max(1, 48 // n)
        rows = []
        for layer in range(layers):
            cells = "".join(
                f'<td><img src="{_png(self.weights[layer, head], scale)}" '
                f'title="layer {layer}, head {head}" style="border:1px solid #ddd"></td>'
                for head in range(heads))
            rows.append(f"<tr><th>L{layer}</th>{cells}</tr>")
        header = "".join(f"<th>H{head}</th>" for head in range(heads))
        return (f"<div><b>Attention</b>: {layers} layers × {heads} heads, {n} tokens "
                f"(rows attend to columns; darker = more)<br>"
                f"{_token_spans(self.display_tokens, [None] * n, self.tokens)}"
                f"<table><tr><th></th>{header}</tr>{''.join(rows)}</table></div>")


@dataclasses.dataclass
class NeuronResult:
    """How one layer/head's attention (n, n) is computed from query and key vectors (n, head_dim).

    q and k are taken after the model's own position transform (`position_transform`, e.g.
    "rotary"); `terms` (name -> (n, n)) are what the model adds to `scale`·q·k before the softmax
    (DeBERTa's c2p/p2c, MPNet's position bias); `key_allowed` (n, n) marks the keys each query may
    attend to (None: all). `softmax()` of `scores` over the allowed keys equals `attention`.
    """

    tokens: list[str]
    display_tokens: list[str]
    layer: int
    head: int
    query: np.ndarray
    key: np.ndarray
    attention: np.ndarray
    scale: float
    scale_label: str
    terms: dict[str, np.ndarray]
    key_allowed: np.ndarray | None
    position_transform: str | None

    @property
    def scores(self) -> np.ndarray:
        """scale·q·k + Σ terms for every (query, key) pair, before masking and the softmax."""
        return self.scale * (self.query @ self.key.T) + sum(self.terms.values(), np.float32(0))

    def softmax(self) -> np.ndarray:
        """Softmax of `scores` over the allowed keys of each query: the model's attention."""
        scores = self.scores
        if self.key_allowed is not None:
            scores = np.where(self.key_allowed, scores, -np.inf)
        exps = np.exp(scores - scores.max(axis=1, keepdims=True))
        return exps / exps.sum(axis=1, keepdims=True)

    def _repr_html_(self) -> str:
        header = "".join(f"<th title='{html.escape(raw)}'>{html.escape(shown)}</th>"
                         for shown, raw in zip(self.display_tokens, self.tokens))
        rows = []
        for i, (shown, raw) in enumerate(zip(self.display_tokens, self.tokens)):
            cells = "".join(
                f'<td style="background:rgba(31,119,180,{p:.3f})" '
                f'title="score = {s:.3f}, softmax = {p:.4f}">{p:.2f}</td>'
                for s, p in zip(self.scores[i], self.attention[i]))
            rows.append(f"<tr><th title='{html.escape(raw)}'>{html.escape(shown)}</th>{cells}</tr>")
        formula = f"q·k·{self.scale_label}" + "".join(f" + {name}" for name in self.terms)
        rotated = (f" q and k after the {self.position_transform} position transform."
                   if self.position_transform else "")
        return (f"<div><b>Layer {self.layer}, head {self.head}</b>: softmax({html.escape(formula)}) "
                f"per query (row) and key (column); head_dim {self.query.shape[1]}.{rotated} "
                f"Hover for the score."
                f"<table style='font-size:11px'><tr><th></th>{header}</tr>{''.join(rows)}"
                f"</table></div>")


@dataclasses.dataclass
class NMFResult:
    """NMF factors of FFN activations: `factors` (k, n), `components` (k, layers·d_ff)."""

    tokens: list[str]
    display_tokens: list[str]
    token_mask: list[bool]
    layers: list[int]
    factors: np.ndarray
    components: np.ndarray
    top_neurons: list[list[tuple[int, int, float]]]
    layer_share: np.ndarray
    relative_error: float

    def _repr_html_(self) -> str:
        k = self.factors.shape[0]
        peak = self.factors.max(axis=1, keepdims=True)
        relative = np.divide(self.factors, peak, out=np.zeros_like(self.factors), where=peak > 0)
        dominant = relative.argmax(axis=0)
        colours = [f"{PALETTE[dominant[i] % len(PALETTE)]}{int(255 * relative[dominant[i], i]):02x}"
                   if self.token_mask[i] else None for i in range(len(self.tokens))]
        titles = [f"{token}: " + ", ".join(f"F{f}: {self.factors[f, i]:.3f}" for f in range(k))
                  for i, token in enumerate(self.tokens)]
        rows = []
        for f in range(k):
            neurons = ", ".join(f"L{layer}:{index}" for layer, index, _ in self.top_neurons[f][:5])
            share = " ".join(f"L{layer} {100 * s:.0f}%" for layer, s in zip(self.layers, self.layer_share[f]))
            rows.append(f'<tr><td style="background:{PALETTE[f % len(PALETTE)]}">F{f}</td>'
                        f"<td>{neurons}</td><td>{share}</td></tr>")
        return (f"<div><b>NMF</b>: {k} factors over layers {self.layers[0]}–{self.layers[-1]} "
                f"(relative reconstruction error {self.relative_error:.3f}); tokens tinted by "
                f"their dominant factor.<br>{_token_spans(self.display_tokens, colours, titles)}"
                f"<table><tr><th>factor</th><th>top neurons</th><th>share per layer</th></tr>"
                f"{''.join(rows)}</table></div>")

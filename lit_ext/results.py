"""Results of the notebook API (`lit_ext.attention`, `neurons`, `nmf`): inline views and export.

Each result shows itself in a notebook (`_repr_html_`: the interactive view of `save("x.html")`,
inline, with no server and no network, and a static summary where scripts do not run) and
saves itself with `save(path)`, the format from the suffix: `.json` (the data, `load()` reads
it back), `.svg` and `.png` (a publication figure), `.html` (the interactive view). See
`lit_ext.export` and `lit_ext.figures`.
"""

from __future__ import annotations

import dataclasses
import html
import json
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

import numpy as np

from lit_ext import export
from lit_ext.figures import Figure, Line, Rect, Text, categorical_color, signed_color, text_width
from lit_ext.interpreters.array_codec import encode_array, encode_probabilities

ROW = 16          # px per token row in the figures
FONT = 12         # px
TEXT_MAX = 150    # px: longer token labels overflow (as in the head view)
THUMB = 72        # px: a model-view thumbnail
MODEL_CELLS = 48  # cells per thumbnail side at most; longer inputs are max-pooled


def _token_spans(tokens: list[str], colours: list[str | None], titles: list[str]) -> str:
    """Tokens as spans; `tokens` are display texts, the raw tokens go into `titles`."""
    spans = []
    for token, colour, title in zip(tokens, colours, titles):
        style = f"background:{colour};" if colour else ""
        spans.append(f'<span style="{style}padding:1px 3px;margin:1px;border-radius:3px" '
                     f'title="{html.escape(title)}">{html.escape(token)}</span>')
    return " ".join(spans)


def _label_width(labels: list[str]) -> float:
    return min(TEXT_MAX, max([20.0] + [text_width(label, FONT) for label in labels]))


class Exportable:
    """`save(path)`, `_repr_html_` and JSON for a result dataclass.

    A subclass names its `VIEW` (the standalone page's view), lists its `_payload()` (the
    interpreter payload its view draws), `_figure(**options)`, `_summary_html()` (what shows
    where scripts do not run) and its initial `_view_options(**options)`.
    """

    VIEW: ClassVar[str]

    def _payload(self) -> dict:
        raise NotImplementedError

    def _colors(self) -> list[str]:
        raise NotImplementedError

    def _summary_html(self) -> str:
        raise NotImplementedError

    def _token_fields(self) -> dict:
        """tokens, display_tokens, special_tokens, segment_ids: the payloads' token fields."""
        n = len(self.tokens)
        special = getattr(self, "special_tokens", None)
        segments = getattr(self, "segment_ids", None)
        return {"tokens": list(self.tokens), "display_tokens": list(self.display_tokens),
                "special_tokens": [bool(v) for v in special] if special is not None else [False] * n,
                "segment_ids": [int(v) for v in segments] if segments is not None else [0] * n}

    def to_json(self) -> dict:
        """The result as JSON-ready data: {format, format_version, view, dtypes, data}."""
        fields = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        return export.to_json_document(self.VIEW, fields)

    def to_html(self, **options) -> str:
        """The interactive view as an HTML fragment (a div and two inline scripts)."""
        return export.html_fragment(self.VIEW, self._payload(), self._colors(),
                                    self._view_options(**options), self._summary_html())

    def _view_options(self, **options) -> dict:
        return options

    def _save(self, path: str | Path, figure: Callable[[], Figure], scale: float,
              options: dict) -> Path:
        path, suffix = export.output_path(path)
        if not scale > 0:
            raise ValueError(f"scale must be positive, got {scale}.")
        if suffix == ".json":
            path.write_text(json.dumps(self.to_json(), allow_nan=False), encoding="utf-8")
        elif suffix == ".svg":
            path.write_text(figure().svg(), encoding="utf-8")
        elif suffix == ".png":
            path.write_bytes(figure().png(scale))
        else:
            title = f"lit-ext {self.VIEW}: {' '.join(self.display_tokens)}"[:120]
            path.write_text(export.html_page(title, self.to_html(**options)), encoding="utf-8")
        return path

    def _repr_html_(self) -> str:
        return self.to_html()


def load(path: str | Path) -> AttentionResult | NeuronResult | NMFResult:
    """A result saved with `save("….json")`, with the same numbers and dtypes."""
    view, fields = export.from_json_document(json.loads(Path(path).read_text(encoding="utf-8")))
    classes = {cls.VIEW: cls for cls in (AttentionResult, NeuronResult, NMFResult)}
    if view not in classes:
        raise ValueError(f"Unknown lit-ext view '{view}' (expected {', '.join(classes)}).")
    if view == "nmf":
        fields["top_neurons"] = [[tuple(entry) for entry in factor]
                                 for factor in fields["top_neurons"]]
    return classes[view](**fields)


@dataclasses.dataclass
class AttentionResult(Exportable):
    """Attention of every layer and head for one input.

    `weights` is (layers, heads, n, n), row = query token, the same tensor BERTviz's
    `head_view`/`model_view` take (see `to_bertviz`). `segment_ids` (n) says which text each
    token belongs to, `special_tokens` (n) which are the tokenizer's markup.
    """

    VIEW: ClassVar[str] = "attention"

    tokens: list[str]
    weights: np.ndarray
    segment_ids: list[int]
    display_tokens: list[str]
    special_tokens: list[bool] | None = None

    def to_bertviz(self) -> tuple:
        """`weights` as BERTviz expects it: a tuple of per-layer (1, heads, n, n) tensors."""
        import torch

        return tuple(torch.from_numpy(layer[None]) for layer in self.weights)

    def save(self, path: str | Path, layer: int = 0, head: int | None = None,
             threshold: float = 0.01, scale: float = 2, view: str = "head") -> Path:
        """Saves to `path`, the format from its suffix (.html, .svg, .png, .json).

        The figure (SVG, PNG) is, for `view="head"`, a head view of `layer`: one line per
        query→key weight of at least `threshold`, opacity = weight, one colour per head; `head`
        draws one head only (default: all). For `view="model"`, every layer × head as its
        attention matrix (`model_figure`). The HTML view opens on `layer` and `head`; PNG has
        `scale` pixels per figure pixel. Returns the path.
        """
        self._check_view(layer, head, threshold)
        if view not in ("head", "model"):
            raise ValueError(f"view must be 'head' or 'model', got {view!r}.")
        figure = (self.model_figure if view == "model" else
                  lambda: self.figure(layer, head, threshold))
        return self._save(path, figure, scale,
                          {"layer": layer, "head": head, "threshold": threshold})

    def _check_view(self, layer: int, head: int | None, threshold: float):
        layers, heads = self.weights.shape[:2]
        if not 0 <= layer < layers:
            raise ValueError(f"layer must be in 0..{layers - 1}, got {layer}.")
        if head is not None and not 0 <= head < heads:
            raise ValueError(f"head must be in 0..{heads - 1} or None (all), got {head}.")
        if not 0 <= threshold <= 1:
            raise ValueError(f"threshold must be in [0, 1], got {threshold}.")

    def figure(self, layer: int = 0, head: int | None = None, threshold: float = 0.01) -> Figure:
        """Head view of `layer`: queries left, keys right, a line per weight ≥ `threshold`."""
        self._check_view(layer, head, threshold)
        n = len(self.tokens)
        heads = range(self.weights.shape[1]) if head is None else [head]
        text = _label_width(self.display_tokens)
        left_text, line_from = 8 + text, 16 + text
        line_to = line_from + 240
        right_text = line_to + 8
        top = 44
        figure = Figure(right_text + text + 8, top + n * ROW + 8)
        which = "all heads" if head is None else f"head {head}"
        figure.items.append(Text(8, 12, f"Layer {layer}, {which}: query (left) → key (right), "
                                        f"opacity = attention weight (≥ {threshold})", size=11))
        x = 8.0
        for h in heads:
            figure.items += [Rect(x, 26, 10, 10, categorical_color(h), kind="head-key"),
                             Text(x + 13, 31, f"H{h}", size=10)]
            x += 13 + text_width(f"H{h}", 10) + 10
        y = top + ROW * np.arange(n) + ROW / 2
        for h in heads:
            color = categorical_color(h)
            matrix = self.weights[layer, h]
            for i, j in zip(*np.nonzero((matrix >= threshold) & (matrix > 0))):
                figure.items.append(Line(line_from, float(y[i]), line_to, float(y[j]), color,
                                         float(matrix[i, j]), kind=f"head-{h}"))
        for i, label in enumerate(self.display_tokens):
            figure.items += [Text(left_text, float(y[i]), label, "end", kind="query",
                                  title=self.tokens[i]),
                             Text(right_text, float(y[i]), label, "start", kind="key",
                                  title=self.tokens[i])]
        figure.fit_texts()
        return figure

    def pooled_weights(self, cells: int = MODEL_CELLS) -> np.ndarray:
        """(layers, heads, m, m) with m = min(n, `cells`): `weights` max-pooled so that a long
        input's matrix fits `cells` × `cells` (query rows and key columns pooled alike, as
        the model view's thumbnails do); for n ≤ `cells`, `weights` itself."""
        n = self.weights.shape[-1]
        size = min(n, cells)
        bins = np.arange(n) * size // n
        starts = np.flatnonzero(np.r_[True, bins[1:] != bins[:-1]])
        return np.maximum.reduceat(np.maximum.reduceat(self.weights, starts, axis=2), starts,
                                   axis=3)

    def model_figure(self) -> Figure:
        """Model view: a thumbnail per layer (rows) and head (columns), cell (i, j) = the
        weight of query i → key j as opacity, in the head's colour (`pooled_weights` above
        48 tokens)."""
        layers, heads, n, _ = self.weights.shape
        pooled = self.pooled_weights()
        size = pooled.shape[-1]
        cell = THUMB / size
        left, top, pitch = 36, 56, THUMB + 8
        figure = Figure(left + heads * pitch + 8, top + layers * pitch + 8)
        note = f", max-pooled to {size} × {size}" if size < n else ""
        figure.items += [
            Text(8, 12, "Attention of every layer (rows) and head (columns): cell (i, j) = "
                        f"weight of query i → key j as opacity{note}", size=11),
            Text(8, 28, f"Tokens: {' '.join(self.display_tokens)}", size=10)]
        figure.items += [Text(left + h * pitch + THUMB / 2, top - 8, f"H{h}", "middle", size=10)
                         for h in range(heads)]
        for layer in range(layers):
            y0 = top + layer * pitch
            figure.items.append(Text(left - 6, y0 + THUMB / 2, f"L{layer}", "end", size=10))
            for h in range(heads):
                x0 = left + h * pitch
                figure.items.append(Rect(x0, y0, THUMB, THUMB, "#ffffff", kind="thumb",
                                         title=f"layer {layer}, head {h}"))
                color = categorical_color(h)
                matrix = pooled[layer, h]
                figure.items += [Rect(x0 + j * cell, y0 + i * cell, cell, cell, color,
                                      float(matrix[i, j]), kind="cell")
                                 for i, j in zip(*np.nonzero(matrix > 0))]
        figure.fit_texts()
        return figure

    def _payload(self) -> dict:
        layers, heads = self.weights.shape[:2]
        return self._token_fields() | {
            "layers": list(range(layers)), "num_layers": layers, "num_heads": heads,
            "attention": encode_probabilities(self.weights, "attention")}

    def _colors(self) -> list[str]:
        return [categorical_color(h) for h in range(self.weights.shape[1])]

    def _summary_html(self) -> str:
        layers, heads, n, _ = self.weights.shape
        return (f"<b>Attention</b>: {layers} layers × {heads} heads, {n} tokens "
                f"(the interactive view needs JavaScript).<br>"
                f"{_token_spans(self.display_tokens, [None] * n, self.tokens)}")


@dataclasses.dataclass
class NeuronResult(Exportable):
    """How one layer/head's attention (n, n) is computed from query and key vectors (n, head_dim).

    q and k are taken after the model's own position transform (`position_transform`, e.g.
    "rotary"); `terms` (name -> (n, n)) are what the model adds to `scale`·q·k before the softmax
    (DeBERTa's c2p/p2c, MPNet's position bias); `key_allowed` (n, n) marks the keys each query may
    attend to (None: all). `softmax()` of `scores` over the allowed keys equals `attention`.
    """

    VIEW: ClassVar[str] = "neuron"

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
    segment_ids: list[int] | None = None
    special_tokens: list[bool] | None = None

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

    def _default_query(self, query: int | None) -> int:
        if query is None:
            special = self.special_tokens or [False] * len(self.tokens)
            return next((i for i, flag in enumerate(special) if not flag), 0)
        if not 0 <= query < len(self.tokens):
            raise ValueError(f"query must be a token index in 0..{len(self.tokens) - 1}, "
                             f"got {query}.")
        return query

    def save(self, path: str | Path, query: int | None = None, scale: float = 2) -> Path:
        """Saves to `path`, the format from its suffix (.html, .svg, .png, .json).

        The figure (SVG, PNG) shows token `query`'s q vector and, per key, k, q∘k, the score and
        the attention (default query: the first token that is not special); the HTML view opens
        on the same query. PNG has `scale` pixels per figure pixel. Returns the path.
        """
        query = self._default_query(query)
        return self._save(path, lambda: self.figure(query), scale, {"query": query})

    def figure(self, query: int | None = None) -> Figure:
        """Query `query`'s q (head_dim cells), then per key: k, q∘k, score, attention bar."""
        query = self._default_query(query)
        n, d = self.key.shape
        cell = 4
        text = _label_width(self.display_tokens)
        k_left = 16 + text
        p_left = k_left + d * cell + 12
        score_right = p_left + d * cell + 12 + 56
        bar_left = score_right + 10
        top = 64
        figure = Figure(bar_left + 100 + 8, top + n * ROW + 8)
        scaled = (f"q·k/{self.scale_label[2:]}" if self.scale_label.startswith("1/") else
                  f"q·k·{self.scale_label}")
        formula = scaled + "".join(f" + {name}" for name in self.terms)
        figure.items += [
            Text(8, 12, f"Layer {self.layer}, head {self.head}, query "
                        f"'{self.display_tokens[query]}': softmax({formula}) per key", size=11),
            Text(8 + text, 32, "q", "end", kind="header"),
            Text(k_left, 50, "k", kind="header"), Text(p_left, 50, "q∘k", kind="header"),
            Text(score_right, 50, "score", "end", kind="header"),
            Text(bar_left, 50, "attention", kind="header")]
        extent = float(max(np.abs(self.query).max(), np.abs(self.key).max()))
        products = self.query[query][None, :] * self.key          # (n, d)
        product_extent = float(np.abs(products).max())
        scores = self.scores[query]
        figure.items += [Rect(k_left + c * cell, 26, cell, 12, signed_color(v, extent), kind="q",
                              title=f"q[{c}] = {v:.4f}") for c, v in enumerate(self.query[query])]
        color = categorical_color(self.head)
        for j in range(n):
            y = top + j * ROW
            allowed = self.key_allowed is None or bool(self.key_allowed[query, j])
            figure.items.append(Text(8 + text, y + ROW / 2, self.display_tokens[j], "end",
                                     kind="key-token", title=self.tokens[j]))
            figure.items += [Rect(k_left + c * cell, y + 2, cell, 12, signed_color(v, extent),
                                  kind="k") for c, v in enumerate(self.key[j])]
            figure.items += [Rect(p_left + c * cell, y + 2, cell, 12,
                                  signed_color(v, product_extent), kind="product")
                             for c, v in enumerate(products[j])]
            figure.items += [
                Text(score_right, y + ROW / 2, f"{scores[j]:.2f}" if allowed else "masked",
                     "end", size=10, kind="score"),
                Rect(bar_left, y + 2, 100, 12, color, float(self.attention[query, j]),
                     kind="attention", title=f"{self.attention[query, j]:.4f}")]
        figure.fit_texts()
        return figure

    def _payload(self) -> dict:
        return self._token_fields() | {
            "layer": self.layer, "head": self.head,
            "query": encode_array(self.query, "query"), "key": encode_array(self.key, "key"),
            "attention": encode_array(self.attention, "attention"),
            "scale": float(self.scale), "scale_label": self.scale_label,
            "position_transform": self.position_transform,
            "terms": [{"name": name, "values": encode_array(values, name)}
                      for name, values in self.terms.items()],
            "key_allowed": (None if self.key_allowed is None else
                            encode_probabilities(self.key_allowed.astype(np.float32),
                                                 "key_allowed"))}

    def _colors(self) -> list[str]:
        return [categorical_color(h) for h in range(self.head + 1)]

    def _summary_html(self) -> str:
        n = len(self.tokens)
        return (f"<b>Layer {self.layer}, head {self.head}</b>: query and key vectors "
                f"(head_dim {self.query.shape[1]}) and attention over {n} tokens "
                f"(the interactive view needs JavaScript).<br>"
                f"{_token_spans(self.display_tokens, [None] * n, self.tokens)}")


@dataclasses.dataclass
class NMFResult(Exportable):
    """NMF factors of FFN activations: `factors` (k, n), `components` (k, layers·d_ff),
    `layer_share` (k, layers); `token_mask` (n) marks the tokens factorised."""

    VIEW: ClassVar[str] = "nmf"

    tokens: list[str]
    display_tokens: list[str]
    token_mask: list[bool]
    layers: list[int]
    factors: np.ndarray
    components: np.ndarray
    top_neurons: list[list[tuple[int, int, float]]]
    layer_share: np.ndarray
    relative_error: float
    segment_ids: list[int] | None = None
    special_tokens: list[bool] | None = None

    def relative_factors(self) -> np.ndarray:
        """(k, n): each factor's activation divided by its largest (0 for an all-zero factor)."""
        peak = self.factors.max(axis=1, keepdims=True)
        return np.divide(self.factors, peak, out=np.zeros_like(self.factors), where=peak > 0)

    def save(self, path: str | Path, scale: float = 2) -> Path:
        """Saves to `path`, the format from its suffix (.html, .svg, .png, .json).

        The figure (SVG, PNG) is a token × factor heatmap: one row per token, one column per
        factor, opacity = the factor's activation relative to its largest. PNG has `scale`
        pixels per figure pixel. Returns the path.
        """
        return self._save(path, self.figure, scale, {})

    def figure(self) -> Figure:
        """Tokens down, factors across; cell opacity = activation / the factor's largest."""
        k, n = self.factors.shape
        relative = self.relative_factors()
        text = _label_width(self.display_tokens)
        left, top, width = 16 + text, 44, 26
        figure = Figure(left + k * (width + 2) + 8, top + n * ROW + 8)
        figure.items.append(Text(8, 12, f"NMF: {k} factors, layers {self.layers[0]}–"
                                        f"{self.layers[-1]} (relative error "
                                        f"{self.relative_error:.3f})", size=11))
        for f in range(k):
            figure.items.append(Text(left + f * (width + 2) + width / 2, 34, f"F{f}", "middle",
                                     color=categorical_color(f), kind="factor"))
        for t in range(n):
            y = top + t * ROW
            figure.items.append(Text(8 + text, y + ROW / 2, self.display_tokens[t], "end",
                                     color="#3c4043" if self.token_mask[t] else "#bdc1c6",
                                     kind="token", title=self.tokens[t]))
            figure.items += [Rect(left + f * (width + 2), y + 1, width, ROW - 2,
                                  categorical_color(f), float(relative[f, t]), kind="cell",
                                  title=f"F{f}: {self.factors[f, t]:.4f}") for f in range(k)]
        figure.fit_texts()
        return figure

    def _payload(self) -> dict:
        return self._token_fields() | {
            "token_mask": [bool(v) for v in self.token_mask], "layers": list(self.layers),
            "n_components": int(self.factors.shape[0]),
            "factors": encode_array(self.factors, "factors"),
            "top_neurons": [[{"layer": int(layer), "index": int(index), "loading": float(loading)}
                             for layer, index, loading in factor] for factor in self.top_neurons],
            "layer_share": np.asarray(self.layer_share, dtype=float).tolist(),
            "reconstruction_error": float(self.relative_error)}

    def _colors(self) -> list[str]:
        return [categorical_color(f) for f in range(self.factors.shape[0])]

    def _summary_html(self) -> str:
        k = self.factors.shape[0]
        relative = self.relative_factors()
        dominant = relative.argmax(axis=0)
        colours = [f"{categorical_color(int(dominant[i]))}{int(255 * relative[dominant[i], i]):02x}"
                   if self.token_mask[i] else None for i in range(len(self.tokens))]
        titles = [f"{token}: " + ", ".join(f"F{f}: {self.factors[f, i]:.3f}" for f in range(k))
                  for i, token in enumerate(self.tokens)]
        return (f"<b>NMF</b>: {k} factors over layers {self.layers[0]}–{self.layers[-1]} "
                f"(relative reconstruction error {self.relative_error:.3f}); tokens tinted by "
                f"their dominant factor (the interactive view needs JavaScript).<br>"
                f"{_token_spans(self.display_tokens, colours, titles)}")

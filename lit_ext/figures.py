"""Publication figures of the notebook results, as SVG or PNG from one list of shapes.

A result describes its figure once (`Figure`: texts, lines, rectangles with a colour and an
opacity, in CSS pixels); `Figure.svg()` writes it as SVG elements and `Figure.png()` rasterises
the same shapes with Pillow, so the two formats cannot drift apart. The colours are those of the
LIT modules (`lit_ext/client/src/colors.ts`), so a figure matches what the views show.
"""

from __future__ import annotations

import colorsys
import dataclasses
import functools
import html
import io
import math

# colors.ts CATEGORICAL: one colour per head or factor (16 cover BERT-large's heads).
CATEGORICAL = ("#d62728", "#1f5fd6", "#2ca02c", "#ff7f0e", "#8e44ad", "#17a2b8", "#e6399b",
               "#8c564b", "#556b2f", "#000080", "#b8860b", "#7f7f7f", "#00a087", "#b22d5b",
               "#5b3fd6", "#6b8e23")
_POSITIVE = (33, 102, 172)   # blue, as colors.ts signedColor
_NEGATIVE = (202, 72, 34)    # orange-red
FONT_FAMILY = "DejaVu Sans, Verdana, Arial, sans-serif"


def categorical_color(index: int) -> str:
    """`#rrggbb` of head or factor `index`: colors.ts's sixteen, then the golden-angle hues."""
    if index < len(CATEGORICAL):
        return CATEGORICAL[index]
    hue = (index * 137.508) % 360
    r, g, b = colorsys.hls_to_rgb(hue / 360, 0.42, 0.65)
    return "#" + "".join(f"{round(255 * v):02x}" for v in (r, g, b))


def signed_color(value: float, extent: float) -> str:
    """`#rrggbb` for a signed value: blue above zero, orange-red below, white at zero,
    saturating at |value| = `extent` (colors.ts `signedColor`)."""
    t = min(1.0, abs(value) / extent) if extent > 0 else 0.0
    target = _POSITIVE if value >= 0 else _NEGATIVE
    return "#" + "".join(f"{round(255 + (c - 255) * t):02x}" for c in target)


def hex_rgb(color: str) -> tuple[int, int, int]:
    value = int(color[1:7], 16)
    return (value >> 16) & 255, (value >> 8) & 255, value & 255


@dataclasses.dataclass
class Text:
    """A label centred vertically on `y`; `anchor` is where `x` is: start, middle or end."""

    x: float
    y: float
    text: str
    anchor: str = "start"
    size: float = 12
    color: str = "#3c4043"
    kind: str = ""
    title: str = ""


@dataclasses.dataclass
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str
    opacity: float
    width: float = 1
    kind: str = ""


@dataclasses.dataclass
class Rect:
    x: float
    y: float
    width: float
    height: float
    color: str
    opacity: float = 1.0
    kind: str = ""
    title: str = ""


@functools.lru_cache(maxsize=16)
def _font(size: float):
    """DejaVu Sans where the system has it (it has →, ∘, √), else Pillow's bundled font."""
    from PIL import ImageFont

    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size)


def text_width(text: str, size: float = 12) -> float:
    """Width of `text` at `size` px (Pillow's bundled font; SVG viewers differ by a few %)."""
    return _font(size).getlength(text)


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _attributes(kind: str, title: str) -> tuple[str, str]:
    cls = f' class="{kind}"' if kind else ""
    tip = f"<title>{html.escape(title)}</title>" if title else ""
    return cls, tip


@dataclasses.dataclass
class Figure:
    """Shapes on a white `width` × `height` canvas (CSS pixels), drawn in order."""

    width: float
    height: float
    items: list[Text | Line | Rect] = dataclasses.field(default_factory=list)

    def fit_texts(self, margin: float = 8):
        """Widens the figure so that every left-anchored text fits (titles, legends)."""
        for item in self.items:
            if isinstance(item, Text) and item.anchor == "start":
                self.width = max(self.width, item.x + text_width(item.text, item.size) + margin)

    def svg(self) -> str:
        """The figure as a standalone SVG document. Opacities keep 4 decimals."""
        out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{_number(self.width)}" '
               f'height="{_number(self.height)}" viewBox="0 0 {_number(self.width)} '
               f'{_number(self.height)}" font-family="{FONT_FAMILY}">',
               '<rect width="100%" height="100%" fill="#ffffff"/>']
        for item in self.items:
            if isinstance(item, Line):
                cls, _ = _attributes(item.kind, "")
                out.append(f'<line{cls} x1="{_number(item.x1)}" y1="{_number(item.y1)}" '
                           f'x2="{_number(item.x2)}" y2="{_number(item.y2)}" stroke="{item.color}" '
                           f'stroke-opacity="{item.opacity:.4f}" stroke-width="{item.width}"/>')
            elif isinstance(item, Rect):
                cls, tip = _attributes(item.kind, item.title)
                out.append(f'<rect{cls} x="{_number(item.x)}" y="{_number(item.y)}" '
                           f'width="{_number(item.width)}" height="{_number(item.height)}" '
                           f'fill="{item.color}" fill-opacity="{item.opacity:.4f}">{tip}</rect>')
            else:
                cls, tip = _attributes(item.kind, item.title)
                out.append(f'<text{cls} x="{_number(item.x)}" y="{_number(item.y)}" '
                           f'font-size="{_number(item.size)}" fill="{item.color}" '
                           f'text-anchor="{item.anchor}" dominant-baseline="central">'
                           f"{tip}{html.escape(item.text)}</text>")
        out.append("</svg>")
        return "\n".join(out)

    def png(self, scale: float = 2) -> bytes:
        """The figure rasterised by Pillow at `scale` pixels per CSS pixel, as PNG bytes.

        The image is ceil(width·scale) × ceil(height·scale); translucent shapes are blended
        over what is already drawn, as in SVG.
        """
        from PIL import Image, ImageDraw

        image = Image.new("RGB", (math.ceil(self.width * scale), math.ceil(self.height * scale)),
                          "white")
        draw = ImageDraw.Draw(image, "RGBA")
        anchors = {"start": "lm", "middle": "mm", "end": "rm"}
        for item in self.items:
            if isinstance(item, Line):
                fill = (*hex_rgb(item.color), round(255 * min(1.0, item.opacity)))
                draw.line([(item.x1 * scale, item.y1 * scale), (item.x2 * scale, item.y2 * scale)],
                          fill=fill, width=max(1, round(item.width * scale)))
            elif isinstance(item, Rect):
                fill = (*hex_rgb(item.color), round(255 * min(1.0, item.opacity)))
                draw.rectangle([item.x * scale, item.y * scale,
                                (item.x + item.width) * scale - 1,
                                (item.y + item.height) * scale - 1], fill=fill)
            else:
                draw.text((item.x * scale, item.y * scale), item.text, fill=item.color,
                          font=_font(item.size * scale), anchor=anchors[item.anchor])
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return buffer.getvalue()

/**
 * Publication figures of what a module shows, as vector SVG and as PNG.
 *
 * A module describes its figure once, as shapes in CSS pixels (texts, lines, rectangles with a
 * colour and an opacity); `toSvg()` writes them as SVG elements (tokens stay `<text>`, a line's
 * opacity is its weight) and `toPng()` rasterises that same SVG in the browser, so the two
 * formats cannot disagree. `lit_ext/figures.py` does the same for the notebook results.
 */

import {rgb} from './colors';

/**
 * A font SVG viewers have (as `lit_ext/figures.py`): an SVG drawn as an image cannot use the
 * page's web fonts, so Roboto would fall back to something wider than it was measured in.
 */
export const FIGURE_FONT = 'DejaVu Sans, Verdana, Arial, sans-serif';
/** Room for viewers whose fallback font runs a few percent wider than this browser's. */
const TEXT_SLACK = 1.05;
/** PNG pixels per CSS pixel of the figure. */
export const PNG_SCALE = 2;

type Anchor = 'start' | 'middle' | 'end';

/** `data-*` attributes of a shape, so that tools can read the numbers back. */
export type DataAttributes = Record<string, string | number>;

interface TextShape {
  type: 'text';
  x: number;
  y: number;
  text: string;
  anchor: Anchor;
  size: number;
  color: string;
  className: string;
  title: string;
  data: DataAttributes;
}

interface LineShape {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  opacity: number;
  width: number;
  className: string;
  data: DataAttributes;
}

interface RectShape {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  opacity: number;
  stroke: string | null;
  className: string;
  title: string;
  data: DataAttributes;
}

type Shape = TextShape | LineShape | RectShape;

interface ShapeOptions {
  className?: string;
  title?: string;
  data?: DataAttributes;
}

let measureContext: CanvasRenderingContext2D | null = null;

/** Width of `text` at `size` px in the figure's font (as this browser lays it out, plus slack). */
export function textWidth(text: string, size = 12): number {
  measureContext ??= document.createElement('canvas').getContext('2d')!;
  measureContext.font = `${size}px ${FIGURE_FONT}`;
  return measureContext.measureText(text).width * TEXT_SLACK;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
}

function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * A colour as `#rrggbb`, which every SVG viewer reads: a `#rrggbb` or `hsl()` string
 * (`categoricalColor`), or [r, g, b].
 */
export function hexColor(color: string | [number, number, number]): string {
  const channels = typeof color === 'string' ? rgb(color) : color;
  return '#' + channels.map(v => v.toString(16).padStart(2, '0')).join('');
}

function attributes({className, data}: {className: string, data: DataAttributes}): string {
  const cls = className ? ` class="${escapeXml(className)}"` : '';
  const extra = Object.entries(data).map(([key, value]) =>
      ` data-${key}="${escapeXml(String(value))}"`).join('');
  return cls + extra;
}

function titleElement(title: string): string {
  return title ? `<title>${escapeXml(title)}</title>` : '';
}

export class SvgFigure {
  readonly shapes: Shape[] = [];

  constructor(public width: number, public height: number) {}

  /** A label centred vertically on `y`; `anchor` says where `x` is. */
  text(x: number, y: number, text: string,
       {anchor = 'start', size = 12, color = '#3c4043', ...rest}:
           {anchor?: Anchor, size?: number, color?: string} & ShapeOptions = {}) {
    this.shapes.push({type: 'text', x, y, text, anchor, size, color,
                      className: rest.className ?? '', title: rest.title ?? '',
                      data: rest.data ?? {}});
    if (anchor === 'start') this.width = Math.max(this.width, x + textWidth(text, size) + 8);
  }

  line(x1: number, y1: number, x2: number, y2: number, color: string, opacity: number,
       {width = 1, ...rest}: {width?: number} & ShapeOptions = {}) {
    this.shapes.push({type: 'line', x1, y1, x2, y2, color, opacity, width,
                      className: rest.className ?? '', data: rest.data ?? {}});
  }

  rect(x: number, y: number, width: number, height: number, color: string, opacity = 1,
       {stroke = null, ...rest}: {stroke?: string | null} & ShapeOptions = {}) {
    this.shapes.push({type: 'rect', x, y, width, height, color, opacity, stroke,
                      className: rest.className ?? '', title: rest.title ?? '',
                      data: rest.data ?? {}});
  }

  /** The figure as a standalone SVG document; opacities keep 4 decimals. */
  toSvg(): string {
    const w = num(Math.ceil(this.width));
    const h = num(Math.ceil(this.height));
    const out = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" ` +
          `viewBox="0 0 ${w} ${h}" font-family="${FIGURE_FONT}">`,
      '<rect width="100%" height="100%" fill="#ffffff"/>',
    ];
    for (const s of this.shapes) {
      if (s.type === 'line') {
        out.push(`<line${attributes(s)} x1="${num(s.x1)}" y1="${num(s.y1)}" x2="${num(s.x2)}" ` +
                 `y2="${num(s.y2)}" stroke="${hexColor(s.color)}" ` +
                 `stroke-opacity="${s.opacity.toFixed(4)}" stroke-width="${s.width}"/>`);
      } else if (s.type === 'rect') {
        const stroke = s.stroke ? ` stroke="${hexColor(s.stroke)}" stroke-width="2"` : '';
        out.push(`<rect${attributes(s)} x="${num(s.x)}" y="${num(s.y)}" ` +
                 `width="${num(s.width)}" height="${num(s.height)}" fill="${hexColor(s.color)}" ` +
                 `fill-opacity="${s.opacity.toFixed(4)}"${stroke}>${titleElement(s.title)}</rect>`);
      } else {
        out.push(`<text${attributes(s)} x="${num(s.x)}" y="${num(s.y)}" ` +
                 `font-size="${num(s.size)}" fill="${hexColor(s.color)}" ` +
                 `text-anchor="${s.anchor}" dominant-baseline="central">` +
                 `${titleElement(s.title)}${escapeXml(s.text)}</text>`);
      }
    }
    out.push('</svg>');
    return out.join('\n');
  }

  /** The SVG rasterised by the browser at `scale` pixels per CSS pixel, as a PNG blob. */
  async toPng(scale = PNG_SCALE): Promise<Blob> {
    const svg = this.toSvg();
    const url = URL.createObjectURL(new Blob([svg], {type: 'image/svg+xml'}));
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(this.width) * scale;
      canvas.height = Math.ceil(this.height) * scale;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
      return await new Promise<Blob>((resolve, reject) => canvas.toBlob(
          blob => (blob ? resolve(blob) : reject(new Error('PNG encoding failed.'))),
          'image/png'));
    } finally {
      URL.revokeObjectURL(url);
    }
  }
}

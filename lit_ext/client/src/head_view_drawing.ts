/**
 * Drawing the head view: query tokens on the left, key tokens on the right, one line per
 * (head, query, key) with opacity equal to the attention weight.
 *
 * Two stacked canvases: lines at one backing pixel per CSS pixel, 1 px wide, so Skia draws
 * them with its fast hairline path (wider strokes of thousands of overlapping lines cost
 * seconds in Chromium's software raster), and labels (tokens, per-head squares) at the screen's
 * pixel ratio so text stays sharp. Lines are grouped by head and opacity into one path each,
 * with opacity in 64 levels (off by at most 1/128): each path is one stroke call, and 128 levels
 * made 9,600 random lines take 100 ms instead of 60 ms in headless Chromium. Weights under the
 * user's threshold are skipped; beyond LINE_BUDGET lines the weakest levels are dropped too,
 * and the view says how many lines it hides.
 *
 * A difference (`diverging`) is drawn the same way with signed values: colour by sign instead of
 * by head, opacity |value| / extent, the threshold on |value|, the strongest drawn last (on top).
 */

import {divergingColor, rgba} from './colors';

export type Side = 'left' | 'right';
export type PairFilter = 'all' | 'AA' | 'AB' | 'BA' | 'BB';

export interface ActiveToken {
  side: Side;
  index: number;
}

export interface HeadViewScene {
  tokens: string[];
  /** What each token is drawn as (its display text). */
  labels: string[];
  segmentIds: number[];
  numHeads: number;
  /** heads × n × n weights of the shown layer; row = query token. */
  weights: Float32Array;
  /** Heads to draw, in order. */
  heads: number[];
  headColors: string[];
  /** Token indices shown (special tokens may be hidden), in order. */
  visible: number[];
  filter: PairFilter;
  threshold: number;
  /** The token whose lines are isolated (hovered or pinned), if any. */
  active: ActiveToken | null;
  pinned: boolean;
  /**
   * Set when `weights` are signed differences: |value| = `extent` is drawn fully opaque, and
   * lines are coloured by sign (`divergingColor`) instead of by head.
   */
  diverging?: {extent: number} | null;
}

export interface Geometry {
  width: number;
  height: number;
  rowHeight: number;
  fontSize: number;
  top: number;
  /** x of the right edge of the left token column and of the left edge of the right one. */
  leftTextRight: number;
  rightTextLeft: number;
  textWidth: number;
  squareSize: number;
  /** Row of each token index (-1 when hidden). */
  rowOf: Int32Array;
}

export interface LinesResult {
  /** Lines drawn. */
  lines: number;
  /** Lines at or above the threshold left out to stay within the budget. */
  overBudget: number;
  /** The smallest weight drawn (the threshold, or higher when over budget). */
  cutoff: number;
}

const ALPHA_LEVELS = 64;
/** About 150 ms of software raster on a busy 2-core machine. */
export const LINE_BUDGET = 12000;
const GAP = 8;
const MAX_TEXT_WIDTH = 150;
const FONT = (size: number) => `${size}px Roboto, sans-serif`;

function rowMetrics(n: number): [number, number] {
  if (n <= 40) return [20, 13];
  if (n <= 128) return [16, 12];
  return [13, 10];
}

export function layout(ctx: CanvasRenderingContext2D, scene: HeadViewScene,
                       width: number): Geometry {
  const [rowHeight, fontSize] = rowMetrics(scene.visible.length);
  ctx.font = FONT(fontSize);
  let textWidth = 20;
  for (const i of scene.visible) {
    textWidth = Math.max(textWidth, ctx.measureText(scene.labels[i]).width);
  }
  textWidth = Math.min(MAX_TEXT_WIDTH, Math.ceil(textWidth));
  const squareSize = Math.min(8, rowHeight - 6);
  const squares = scene.numHeads * (squareSize + 1);
  const side = squares + GAP + textWidth + GAP;
  const linesWidth = Math.max(80, Math.min(360, width - 2 * side));
  const left = Math.max(0, Math.floor((width - linesWidth - 2 * side) / 2));
  const rowOf = new Int32Array(scene.tokens.length).fill(-1);
  scene.visible.forEach((index, row) => (rowOf[index] = row));
  const top = 6;
  return {
    width: Math.max(width, linesWidth + 2 * side),
    height: top * 2 + scene.visible.length * rowHeight,
    rowHeight, fontSize, top,
    leftTextRight: left + side - GAP,
    rightTextLeft: left + side + linesWidth + GAP,
    textWidth, squareSize, rowOf,
  };
}

function segmentPair(filter: PairFilter): [number, number] | null {
  if (filter === 'all') return null;
  return [filter[0] === 'A' ? 0 : 1, filter[1] === 'A' ? 0 : 1];
}

/** Whether a query→key line passes the sentence-pair filter. */
export function pairAllowed(scene: HeadViewScene, query: number, key: number): boolean {
  const pair = segmentPair(scene.filter);
  return pair == null ||
      (scene.segmentIds[query] === pair[0] && scene.segmentIds[key] === pair[1]);
}

function rowCenter(geo: Geometry, index: number): number {
  return geo.top + geo.rowOf[index] * geo.rowHeight + geo.rowHeight / 2;
}

/** Line colours: one per head, or [positive, negative] for a difference. */
function lineColors(scene: HeadViewScene): string[] {
  return scene.diverging ? [divergingColor(1), divergingColor(-1)] : scene.headColors;
}

/**
 * Calls `visit(color, query, key, level)` for every line the scene asks for; `color` indexes
 * `lineColors(scene)`.
 */
function forEachLine(scene: HeadViewScene,
                     visit: (color: number, query: number, key: number, level: number) => void) {
  const n = scene.tokens.length;
  const {weights, visible, active, threshold} = scene;
  const scale = scene.diverging ? 1 / scene.diverging.extent : 1;
  const pair = segmentPair(scene.filter);
  const seg = scene.segmentIds;
  const queries = active?.side === 'left' ? [active.index] : visible;
  const keys = active?.side === 'right' ? [active.index] : visible;
  for (const head of scene.heads) {
    const base = head * n * n;
    for (const i of queries) {
      if (pair && seg[i] !== pair[0]) continue;
      const row = base + i * n;
      for (const j of keys) {
        if (pair && seg[j] !== pair[1]) continue;
        const w = weights[row + j];
        const magnitude = scene.diverging ? Math.abs(w) : w;
        if (magnitude >= threshold && magnitude > 0) {
          const color = scene.diverging ? (w < 0 ? 1 : 0) : head;
          const level = Math.round(magnitude * scale * ALPHA_LEVELS);
          visit(color, i, j, Math.min(ALPHA_LEVELS, Math.max(1, level)));
        }
      }
    }
  }
}

/** Draws the lines on a canvas whose backing pixels are CSS pixels. */
export function drawLines(ctx: CanvasRenderingContext2D, scene: HeadViewScene,
                          geo: Geometry): LinesResult {
  ctx.clearRect(0, 0, geo.width, geo.height);
  // First pass: how many lines per opacity level, to keep the strongest within the budget.
  const perLevel = new Int32Array(ALPHA_LEVELS + 1);
  forEachLine(scene, (_h, _i, _j, level) => perLevel[level]++);
  let minLevel = 1;
  let kept = 0;
  for (let level = ALPHA_LEVELS; level >= 1; level--) {
    if (kept > 0 && kept + perLevel[level] > LINE_BUDGET) {
      minLevel = level + 1;
      break;
    }
    kept += perLevel[level];
  }
  let total = 0;
  for (let level = 1; level <= ALPHA_LEVELS; level++) total += perLevel[level];

  const x1 = geo.leftTextRight + GAP / 2;
  const x2 = geo.rightTextLeft - GAP / 2;
  const y = new Float64Array(scene.tokens.length);
  for (const i of scene.visible) y[i] = rowCenter(geo, i);
  const paths = new Map<number, Path2D>();
  forEachLine(scene, (color, i, j, level) => {
    if (level < minLevel) return;
    const key = color * (ALPHA_LEVELS + 1) + level;
    let path = paths.get(key);
    if (path == null) paths.set(key, (path = new Path2D()));
    path.moveTo(x1, y[i]);
    path.lineTo(x2, y[j]);
  });
  ctx.lineWidth = 1;
  const colors = lineColors(scene);
  const levelOf = (key: number) => key % (ALPHA_LEVELS + 1);
  // A difference's largest changes go on top of the many small ones.
  const order = scene.diverging ? [...paths].sort((a, b) => levelOf(a[0]) - levelOf(b[0])) :
                                  paths;
  for (const [key, path] of order) {
    ctx.strokeStyle = rgba(colors[Math.floor(key / (ALPHA_LEVELS + 1))],
                           levelOf(key) / ALPHA_LEVELS);
    ctx.stroke(path);
  }
  const levelCutoff = (minLevel - 0.5) / ALPHA_LEVELS *
      (scene.diverging ? scene.diverging.extent : 1);
  const cutoff = minLevel > 1 ? levelCutoff : scene.threshold;
  return {lines: kept, overBudget: total - kept, cutoff};
}

function fitText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text.length;
  while (cut > 1 && ctx.measureText(`${text.slice(0, cut)}…`).width > width) cut--;
  return `${text.slice(0, cut)}…`;
}

/** Draws the token labels on both sides; returns the texts drawn on the left, top to bottom. */
function drawTokens(ctx: CanvasRenderingContext2D, scene: HeadViewScene, geo: Geometry): string[] {
  const drawn: string[] = [];
  ctx.font = FONT(geo.fontSize);
  ctx.textBaseline = 'middle';
  const pair = segmentPair(scene.filter);
  for (const side of ['left', 'right'] as Side[]) {
    ctx.textAlign = side === 'left' ? 'right' : 'left';
    const x = side === 'left' ? geo.leftTextRight : geo.rightTextLeft;
    for (const i of scene.visible) {
      const cy = rowCenter(geo, i);
      const isActive = scene.active?.side === side && scene.active.index === i;
      if (isActive) {
        const boxX = side === 'left' ? x - geo.textWidth - 2 : x - 2;
        ctx.fillStyle = scene.pinned ? '#c0e7e3' : '#e8eaed';
        ctx.fillRect(boxX, cy - geo.rowHeight / 2 + 1, geo.textWidth + 4, geo.rowHeight - 2);
      }
      const segment = pair ? pair[side === 'left' ? 0 : 1] : null;
      const dimmed = segment != null && scene.segmentIds[i] !== segment;
      ctx.fillStyle = dimmed ? '#bdc1c6' : isActive ? '#202124' : '#3c4043';
      const text = fitText(ctx, scene.labels[i], geo.textWidth);
      ctx.fillText(text, x, cy);
      if (side === 'left') drawn.push(text);
    }
  }
  return drawn;
}

/** Per-head weights of the active token, as squares beside the other side's tokens. */
function drawHeadSquares(ctx: CanvasRenderingContext2D, scene: HeadViewScene, geo: Geometry) {
  const active = scene.active;
  if (active == null) return;
  const n = scene.tokens.length;
  const size = geo.squareSize;
  const otherLeft = active.side === 'right';
  for (const t of scene.visible) {
    const [query, key] = otherLeft ? [t, active.index] : [active.index, t];
    if (!pairAllowed(scene, query, key)) continue;
    const cy = rowCenter(geo, t);
    scene.heads.forEach((head, k) => {
      const w = scene.weights[head * n * n + query * n + key];
      const [color, alpha] = scene.diverging ?
          [divergingColor(w), Math.abs(w) / scene.diverging.extent] : [scene.headColors[head], w];
      const x = otherLeft ? geo.leftTextRight - geo.textWidth - GAP - (k + 1) * (size + 1) :
                            geo.rightTextLeft + geo.textWidth + GAP + k * (size + 1);
      ctx.fillStyle = rgba(color, Math.min(1, alpha));
      ctx.fillRect(x, cy - size / 2, size, size);
    });
  }
}

/**
 * Draws tokens and the active token's per-head squares (canvas scaled to CSS pixels); returns
 * the token texts drawn (each side shows the same ones).
 */
export function drawLabels(ctx: CanvasRenderingContext2D, scene: HeadViewScene,
                           geo: Geometry): string[] {
  ctx.clearRect(0, 0, geo.width, geo.height);
  const drawn = drawTokens(ctx, scene, geo);
  drawHeadSquares(ctx, scene, geo);
  return drawn;
}

/**
 * Sizes the two stacked canvases for `geo`: lines at one backing pixel per CSS pixel (the
 * fast hairline path), labels at the screen's pixel ratio with a matching transform.
 */
export function sizeCanvases(lines: HTMLCanvasElement, labels: HTMLCanvasElement, geo: Geometry,
                             ratio: number) {
  for (const canvas of [lines, labels]) {
    canvas.style.width = `${geo.width}px`;
    canvas.style.height = `${geo.height}px`;
  }
  lines.width = geo.width;
  lines.height = geo.height;
  labels.width = Math.round(geo.width * ratio);
  labels.height = Math.round(geo.height * ratio);
  labels.getContext('2d')!.setTransform(ratio, 0, 0, ratio, 0, 0);
}

/** The token under (x, y), with its side, or null. */
export function hitTest(scene: HeadViewScene, geo: Geometry, x: number,
                        y: number): ActiveToken | null {
  const row = Math.floor((y - geo.top) / geo.rowHeight);
  if (row < 0 || row >= scene.visible.length) return null;
  const middle = (geo.leftTextRight + geo.rightTextLeft) / 2;
  const side: Side = x < middle ? 'left' : 'right';
  const squares = scene.numHeads * (geo.squareSize + 1) + GAP;
  const inside = side === 'left' ?
      x >= geo.leftTextRight - geo.textWidth - squares && x <= geo.leftTextRight + GAP :
      x >= geo.rightTextLeft - GAP && x <= geo.rightTextLeft + geo.textWidth + squares;
  return inside ? {side, index: scene.visible[row]} : null;
}

/** Centre of token `index` on `side`, in CSS pixels of the canvas. */
export function tokenCenter(geo: Geometry, side: Side, index: number): {x: number, y: number} | null {
  if (index < 0 || index >= geo.rowOf.length || geo.rowOf[index] < 0) return null;
  return {
    x: side === 'left' ? geo.leftTextRight - 10 : geo.rightTextLeft + 10,
    y: rowCenter(geo, index),
  };
}

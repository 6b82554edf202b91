/**
 * The head view's drawing, recorded through a fake canvas: every line must go from its query
 * token (left) to its key token (right) in its head's colour, with opacity = weight.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {rgba} from '../src/colors';
import {drawLabels, drawLines, Geometry, HeadViewScene, hitTest, layout, LINE_BUDGET, pairAllowed, tokenCenter} from '../src/head_view_drawing';

type Segment = [number, number, number, number];

class RecordingPath {
  segments: Segment[] = [];
  private at: [number, number] = [NaN, NaN];
  moveTo(x: number, y: number) { this.at = [x, y]; }
  lineTo(x: number, y: number) { this.segments.push([...this.at, x, y]); this.at = [x, y]; }
}
(globalThis as unknown as {Path2D: unknown}).Path2D = RecordingPath;

interface Line { style: string; segment: Segment; }
/** A fillText or fillRect call, with the context's state at the time. */
interface Fill {
  kind: 'text' | 'rect';
  fill: string;
  x: number;
  y: number;
  text?: string;
  align?: string;
  baseline?: string;
  font?: string;
  w?: number;
  h?: number;
}

/** measureText: 7 px a character, or `ellipsis` px for a '…' (to make a label fit badly). */
function recordingContext(ellipsis = 7) {
  const lines: Line[] = [];
  const fills: Fill[] = [];
  const ctx = {
    font: '', lineWidth: 0, strokeStyle: '', fillStyle: '', textAlign: '', textBaseline: '',
    clearRect() {},
    measureText: (text: string) => ({width: [...text].reduce((w, c) => w + (c === '…' ? ellipsis : 7), 0)}),
    stroke(path: RecordingPath) {
      for (const segment of path.segments) lines.push({style: String(ctx.strokeStyle), segment});
    },
    fillText(text: string, x: number, y: number) {
      fills.push({kind: 'text', fill: ctx.fillStyle, x, y, text, align: ctx.textAlign,
                  baseline: ctx.textBaseline, font: ctx.font});
    },
    fillRect(x: number, y: number, w: number, h: number) {
      fills.push({kind: 'rect', fill: ctx.fillStyle, x, y, w, h});
    },
  };
  return {ctx: ctx as unknown as CanvasRenderingContext2D, lines, fills};
}

const TOKENS = ['[CLS]', 'not', 'bad', '[SEP]'];
const HEAD_COLORS = ['#d62728', '#1f5fd6'];

/** heads × n × n weights; row = query. Deliberately asymmetric. */
function weights(): Float32Array {
  const n = TOKENS.length;
  const w = new Float32Array(2 * n * n);
  for (let h = 0; h < 2; h++) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) w[(h * n + i) * n + j] = ((h * 7 + i * 3 + j * 5) % 11) / 10;
    }
  }
  return w;
}

function scene(overrides: Partial<HeadViewScene> = {}): HeadViewScene {
  return {
    tokens: TOKENS, labels: TOKENS, segmentIds: [0, 0, 0, 0], numHeads: 2, weights: weights(),
    heads: [0, 1], headColors: HEAD_COLORS, visible: [0, 1, 2, 3], filter: 'all', threshold: 0.01,
    active: null, pinned: false, ...overrides,
  } as HeadViewScene;
}

function rowY(geo: Geometry, index: number): number {
  return geo.top + geo.rowOf[index] * geo.rowHeight + geo.rowHeight / 2;
}

function expectedLines(s: HeadViewScene, geo: Geometry, queries: number[], keys: number[]): string[] {
  const n = s.tokens.length;
  const left = geo.leftTextRight + 4;
  const right = geo.rightTextLeft - 4;
  const expected: string[] = [];
  for (const h of s.heads) {
    for (const i of queries) {
      for (const j of keys) {
        const w = s.weights[(h * n + i) * n + j];
        if (w < s.threshold || w <= 0) continue;
        const level = Math.min(64, Math.max(1, Math.round(w * 64)));
        expected.push(`${rgba(s.headColors[h], level / 64)} ${left},${rowY(geo, i)} -> ${right},${rowY(geo, j)}`);
      }
    }
  }
  return expected.sort();
}

function drawn(lines: Line[]): string[] {
  return lines.map(({style, segment: [x1, y1, x2, y2]}) => `${style} ${x1},${y1} -> ${x2},${y2}`).sort();
}

test('every line runs from its query on the left to its key on the right, opacity = weight', () => {
  const {ctx, lines} = recordingContext();
  const s = scene();
  const geo = layout(ctx, s, 800);
  const result = drawLines(ctx, s, geo);
  const all = [0, 1, 2, 3];
  assert.deepEqual(drawn(lines), expectedLines(s, geo, all, all));
  assert.equal(result.lines, lines.length);
  assert.equal(result.overBudget, 0);
  assert.ok(geo.leftTextRight < geo.rightTextLeft);
});

test('an active token keeps only its own lines, on its side', () => {
  for (const [side, index] of [['left', 2], ['right', 1]] as const) {
    const {ctx, lines} = recordingContext();
    const s = scene({active: {side, index}, heads: [1]});
    const geo = layout(ctx, s, 800);
    drawLines(ctx, s, geo);
    const queries = side === 'left' ? [index] : [0, 1, 2, 3];
    const keys = side === 'right' ? [index] : [0, 1, 2, 3];
    assert.deepEqual(drawn(lines), expectedLines(s, geo, queries, keys));
  }
});

test('weights under the threshold are not drawn; hidden tokens have no lines', () => {
  const {ctx, lines} = recordingContext();
  const s = scene({threshold: 0.45, visible: [1, 2]});
  const geo = layout(ctx, s, 800);
  drawLines(ctx, s, geo);
  assert.deepEqual(drawn(lines), expectedLines(s, geo, [1, 2], [1, 2]));
  assert.ok(lines.length > 0);
});

test('the pair filter keeps lines from the first text to the second', () => {
  const {ctx, lines} = recordingContext();
  const s = scene({segmentIds: [0, 0, 1, 1], filter: 'AB'});
  const geo = layout(ctx, s, 800);
  drawLines(ctx, s, geo);
  assert.deepEqual(drawn(lines), expectedLines(s, geo, [0, 1], [2, 3]));
});

test('beyond the line budget the strongest lines are kept and the rest counted', () => {
  const n = 120;
  const tokens = Array.from({length: n}, (_, i) => `t${i}`);
  const w = new Float32Array(n * n);
  for (let k = 0; k < w.length; k++) w[k] = ((k * 7919) % 1000) / 1000;
  const s = scene({tokens, labels: tokens, segmentIds: new Array(n).fill(0), numHeads: 1, weights: w,
                   heads: [0], visible: tokens.map((_, i) => i)});
  const {ctx, lines} = recordingContext();
  const result = drawLines(ctx, s, layout(ctx, s, 800));
  const eligible = [...w].filter(v => v >= 0.01).length;
  assert.ok(result.lines <= LINE_BUDGET && result.lines === lines.length);
  assert.equal(result.lines + result.overBudget, eligible);
  const level = (v: number) => Math.min(64, Math.max(1, Math.round(v * 64)));
  const weakestKept = Math.min(...lines.map(l => Math.round(64 * Number(/([\d.]+)\)$/.exec(l.style)![1]))));
  const dropped = [...w].filter(v => v >= 0.01 && level(v) < weakestKept).length;
  assert.equal(dropped, result.overBudget);
  assert.ok(result.cutoff > 0.01);
});

test('a token is found where it is drawn', () => {
  const {ctx} = recordingContext();
  const s = scene();
  const geo = layout(ctx, s, 800);
  for (const side of ['left', 'right'] as const) {
    for (let i = 0; i < 4; i++) {
      const at = tokenCenter(geo, side, i)!;
      assert.deepEqual(hitTest(s, geo, at.x, at.y), {side, index: i});
    }
  }
  assert.equal(hitTest(s, geo, (geo.leftTextRight + geo.rightTextLeft) / 2, rowY(geo, 1)), null);
  assert.equal(tokenCenter(geo, 'left', 9), null);
});

// ---- exact positions: layout, labels, per-head squares, hit tests -------------------------
// The default scene: labels 35 px at most ('[CLS]'), 2 heads of 8 px squares + 1 px, gaps of
// 8 px: each side is 18 + 8 + 35 + 8 = 69 px; rows of 20 px from y = 6.

const ALL = [0, 1, 2, 3];

test('layout: token columns either side of a 360 px band of lines, centred', () => {
  const {ctx} = recordingContext();
  const geo = layout(ctx, scene(), 800);
  assert.equal(ctx.font, '13px Roboto, sans-serif');
  // (800 − 360 − 2 × 69) / 2 = 151 px on either side.
  assert.deepEqual({...geo, rowOf: [...geo.rowOf]}, {
    width: 800, height: 6 * 2 + 4 * 20, rowHeight: 20, fontSize: 13, top: 6,
    leftTextRight: 151 + 69 - 8, rightTextLeft: 151 + 69 + 360 + 8, textWidth: 35, squareSize: 8,
    rowOf: [0, 1, 2, 3],
  });
  // Hidden tokens have no row; the others close up.
  assert.deepEqual([...layout(ctx, scene({visible: [0, 2]}), 800).rowOf], [0, -1, 1, -1]);
});

test('layout: a narrow canvas keeps an 80 px band and widens; a wide one centres 360 px', () => {
  const {ctx} = recordingContext();
  const narrow = layout(ctx, scene(), 200);
  assert.deepEqual([narrow.width, narrow.leftTextRight, narrow.rightTextLeft], [80 + 138, 61, 69 + 80 + 8]);
  const wide = layout(ctx, scene(), 1000);
  assert.deepEqual([wide.width, wide.leftTextRight, wide.rightTextLeft], [1000, 251 + 61, 251 + 69 + 360 + 8]);
});

test('layout: rows and fonts shrink with the token count; labels measured, within 20-150 px', () => {
  const {ctx} = recordingContext();
  for (const [n, rowHeight, fontSize, squareSize] of [[40, 20, 13, 8], [41, 16, 12, 8], [128, 16, 12, 8],
                                                      [129, 13, 10, 7]]) {
    const tokens = Array.from({length: n}, (_, i) => `t${i}`);
    const geo = layout(ctx, scene({tokens, labels: tokens, segmentIds: new Array(n).fill(0),
                                   visible: tokens.map((_, i) => i)}), 800);
    assert.deepEqual([geo.rowHeight, geo.fontSize, geo.squareSize, geo.height],
                     [rowHeight, fontSize, squareSize, 12 + n * rowHeight], `${n} tokens`);
    assert.equal(ctx.font, `${fontSize}px Roboto, sans-serif`);
  }
  const textWidth = (labels: string[]) => layout(ctx, scene({labels}), 800).textWidth;
  assert.equal(textWidth(['a', 'b', 'c', 'd']), 20);
  assert.equal(textWidth(['a', 'x'.repeat(9), 'c', 'd']), 63);
  assert.equal(textWidth(['a', 'x'.repeat(30), 'c', 'd']), 150);
});

test('labels: queries right-aligned left of the lines, keys left-aligned right of them', () => {
  const {ctx, fills} = recordingContext();
  const s = scene();
  assert.deepEqual(drawLabels(ctx, s, layout(ctx, s, 800)), TOKENS);
  const row = (f: Fill) => [f.kind, f.text, f.x, f.y, f.align, f.fill, f.baseline, f.font].join(' ');
  const expected = (x: number, align: string) => TOKENS.map(
      (t, i) => ['text', t, x, 16 + 20 * i, align, '#3c4043', 'middle', '13px Roboto, sans-serif'].join(' '));
  assert.deepEqual(fills.map(row), [...expected(212, 'right'), ...expected(588, 'left')]);
});

test('a label too long for its column is cut with an ellipsis; one that fits is whole', () => {
  // measureText: 7 px a character, 10 px the ellipsis; the column is 150 px.
  const long = ['[CLS]', 'x'.repeat(30), 'bad', '[SEP]'];
  const {ctx, fills} = recordingContext(10);
  const s = scene({labels: long});
  const cut = ['[CLS]', `${'x'.repeat(20)}…`, 'bad', '[SEP]'];   // 20 × 7 + 10 = 150: fits
  assert.deepEqual(drawLabels(ctx, s, layout(ctx, s, 800)), cut);
  assert.deepEqual(fills.filter(f => f.align === 'left').map(f => f.text), cut);
  const exact = ['[CLS]', 'x'.repeat(21), 'bad', '[SEP]'];       // the column is 147 px
  assert.deepEqual(drawLabels(ctx, scene({labels: exact}), layout(ctx, scene({labels: exact}), 800)), exact);
  // When not even one character and the ellipsis fit, one character is kept.
  const tight = recordingContext(200);
  assert.deepEqual(drawLabels(tight.ctx, s, layout(tight.ctx, s, 800)), ['[CLS]', 'x…', 'bad', '[SEP]']);
});

test('the active token gets a box (teal when pinned) and dark text, on its own side', () => {
  for (const [side, pinned] of [['left', true], ['right', false]] as const) {
    const {ctx, fills} = recordingContext();
    const s = scene({active: {side, index: 2}, pinned, heads: []});
    drawLabels(ctx, s, layout(ctx, s, 800));
    assert.deepEqual(fills.filter(f => f.kind === 'rect'), [{
      kind: 'rect', fill: pinned ? '#c0e7e3' : '#e8eaed', x: side === 'left' ? 212 - 35 - 2 : 588 - 2,
      y: 56 - 10 + 1, w: 35 + 4, h: 20 - 2,
    }]);
    const dark = fills.filter(f => f.kind === 'text' && f.fill === '#202124');
    assert.deepEqual(dark.map(f => [f.text, f.align]), [['bad', side === 'left' ? 'right' : 'left']]);
  }
});

test('pair filters: A is the first text, B the second; the query is the first letter', () => {
  const allowed = (filter: HeadViewScene['filter']) => {
    const s = scene({segmentIds: [0, 0, 1, 1], filter});
    return ALL.flatMap(i => ALL.filter(j => pairAllowed(s, i, j)).map(j => `${i}${j}`)).join(' ');
  };
  assert.equal(allowed('all'), ALL.flatMap(i => ALL.map(j => `${i}${j}`)).join(' '));
  assert.equal(allowed('AB'), '02 03 12 13');
  assert.equal(allowed('BA'), '20 21 30 31');
  assert.equal(allowed('AA'), '00 01 10 11');
  assert.equal(allowed('BB'), '22 23 32 33');
  for (const [filter, greyLeft, greyRight] of [['AB', [2, 3], [0, 1]], ['BA', [0, 1], [2, 3]]] as const) {
    const {ctx, fills} = recordingContext();
    const s = scene({segmentIds: [0, 0, 1, 1], filter});
    drawLabels(ctx, s, layout(ctx, s, 800));
    const grey = (align: string) => fills.filter(f => f.align === align && f.fill === '#bdc1c6').map(f => f.text);
    assert.deepEqual(grey('right'), greyLeft.map(i => TOKENS[i]), `${filter} left`);
    assert.deepEqual(grey('left'), greyRight.map(i => TOKENS[i]), `${filter} right`);
  }
});

test('per-head squares beside the other side show each head\'s weight for the active token', () => {
  const n = TOKENS.length;
  const heads = [1, 0];
  for (const side of ['left', 'right'] as const) {
    const {ctx, fills} = recordingContext();
    const active = side === 'left' ? 1 : 2;
    const s = scene({active: {side, index: active}, heads});
    drawLabels(ctx, s, layout(ctx, s, 800));
    const expected: Fill[] = [];
    for (const t of ALL) {
      heads.forEach((h, k) => {
        // A query on the left: squares right of the keys, weight (query = active, key = t).
        const [query, key] = side === 'left' ? [active, t] : [t, active];
        expected.push({kind: 'rect', fill: rgba(HEAD_COLORS[h], s.weights[(h * n + query) * n + key]),
                       x: side === 'left' ? 588 + 35 + 8 + k * 9 : 212 - 35 - 8 - (k + 1) * 9,
                       y: 16 + 20 * t - 4, w: 8, h: 8});
      });
    }
    assert.deepEqual(fills.filter(f => f.kind === 'rect').slice(1), expected, side);
  }
  // With a pair filter, only the pairs it shows; none for a token outside it.
  const squares = (active: {side: 'left' | 'right', index: number}) => {
    const {ctx, fills} = recordingContext();
    const s = scene({segmentIds: [0, 0, 1, 1], filter: 'AB', active, heads: [0]});
    drawLabels(ctx, s, layout(ctx, s, 800));
    return fills.filter(f => f.kind === 'rect').slice(1).map(f => f.y);
  };
  assert.deepEqual(squares({side: 'left', index: 0}), [56 - 4, 76 - 4]);
  assert.deepEqual(squares({side: 'right', index: 0}), []);
});

test('hit test: rows from the top; each column with its squares and gap; nothing between', () => {
  const {ctx} = recordingContext();
  const s = scene();
  const geo = layout(ctx, s, 800);
  // Left column: 212 − 35 − (2 × 9 + 8) = 151 … 212 + 8; right: 588 − 8 … 588 + 35 + 26 = 649.
  const at = (x: number, y: number) => hitTest(s, geo, x, y);
  assert.deepEqual(at(200, 6), {side: 'left', index: 0});
  assert.deepEqual(at(200, 85.99), {side: 'left', index: 3});
  assert.equal(at(200, 5.99), null);
  assert.equal(at(200, 86), null);
  for (const [x, side] of [[151, 'left'], [220, 'left'], [580, 'right'], [649, 'right']] as const) {
    assert.deepEqual(at(x, 30), {side, index: 1}, `${x}`);
  }
  for (const x of [150.9, 220.1, 400, 579.9, 649.1]) assert.equal(at(x, 30), null, `${x}`);
  assert.deepEqual(tokenCenter(geo, 'left', 2), {x: 202, y: 56});
  assert.deepEqual(tokenCenter(geo, 'right', 2), {x: 598, y: 56});
  assert.equal(tokenCenter(geo, 'left', -1), null);
  assert.equal(tokenCenter(geo, 'left', 4), null);
  assert.equal(tokenCenter(layout(ctx, scene({visible: [0, 2]}), 800), 'left', 1), null);
});

// ---- which lines: the threshold's edge, the faintest level, the budget's edge -------------

test('a weight equal to the threshold is drawn; zero weights never are, even at threshold 0', () => {
  for (const threshold of [Math.fround(0.5), 0]) {
    const {ctx, lines} = recordingContext();
    const s = scene({threshold});
    assert.ok(s.weights.includes(threshold));
    const geo = layout(ctx, s, 800);
    const result = drawLines(ctx, s, geo);
    assert.deepEqual(drawn(lines), expectedLines(s, geo, ALL, ALL), `threshold ${threshold}`);
    assert.deepEqual([result.lines, result.overBudget, result.cutoff], [lines.length, 0, threshold]);
  }
});

test('the faintest lines (opacity 1/64) are drawn and counted like the rest', () => {
  const w = weights().map(v => (v === 0 ? 0.01 : v));
  const {ctx, lines} = recordingContext();
  const s = scene({weights: w, threshold: 0.005});
  const geo = layout(ctx, s, 800);
  const result = drawLines(ctx, s, geo);
  assert.deepEqual(drawn(lines), expectedLines(s, geo, ALL, ALL));
  assert.ok(lines.some(l => l.style.endsWith(' 0.016)')));
  assert.deepEqual([result.lines, result.overBudget], [lines.length, 0]);
});

test('the budget: levels that fill it exactly are kept; one level alone over it is still drawn', () => {
  const n = 110;   // 12,100 query-key pairs, one head
  const tokens = Array.from({length: n}, (_, i) => `t${i}`);
  const make = (weightOf: (k: number) => number) => scene({
    tokens, labels: tokens, segmentIds: new Array(n).fill(0), numHeads: 1, heads: [0],
    visible: tokens.map((_, i) => i), threshold: 0.001,
    weights: Float32Array.from({length: n * n}, (_, k) => weightOf(k)),
  });
  assert.equal(LINE_BUDGET, 12000);
  // 6,000 lines at opacity 1, 6,000 at 1/2 (12,000: the budget), 100 at 1/64.
  const split = make(k => (k < 6000 ? 1 : k < 12000 ? 0.5 : 1 / 64));
  const first = recordingContext();
  const result = drawLines(first.ctx, split, layout(first.ctx, split, 800));
  assert.deepEqual([result.lines, result.overBudget, first.lines.length], [12000, 100, 12000]);
  assert.equal(result.cutoff, 1.5 / 64);
  assert.ok(first.lines.every(l => !l.style.endsWith(' 0.016)')));
  // 12,100 lines all at opacity 1: hiding them all would show nothing, so all are drawn.
  const flat = make(() => 1);
  const second = recordingContext();
  const all = drawLines(second.ctx, flat, layout(second.ctx, flat, 800));
  assert.deepEqual([all.lines, all.overBudget, second.lines.length], [12100, 0, 12100]);
});

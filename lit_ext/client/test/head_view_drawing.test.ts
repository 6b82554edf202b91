/**
 * The head view's drawing, recorded through a fake canvas: every line must go from its query
 * token (left) to its key token (right) in its head's colour, with opacity = weight.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {rgba} from '../src/colors';
import {drawLines, Geometry, HeadViewScene, hitTest, layout, LINE_BUDGET, tokenCenter} from '../src/head_view_drawing';

type Segment = [number, number, number, number];

class RecordingPath {
  segments: Segment[] = [];
  private at: [number, number] = [NaN, NaN];
  moveTo(x: number, y: number) { this.at = [x, y]; }
  lineTo(x: number, y: number) { this.segments.push([...this.at, x, y]); this.at = [x, y]; }
}
(globalThis as unknown as {Path2D: unknown}).Path2D = RecordingPath;

interface Line { style: string; segment: Segment; }

function recordingContext() {
  const lines: Line[] = [];
  const ctx = {
    font: '', lineWidth: 0, strokeStyle: '',
    clearRect() {},
    measureText: (text: string) => ({width: 7 * text.length}),
    stroke(path: RecordingPath) {
      for (const segment of path.segments) lines.push({style: String(ctx.strokeStyle), segment});
    },
  };
  return {ctx: ctx as unknown as CanvasRenderingContext2D, lines};
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

/**
 * Attention differences: A − B cell by cell, heads ranked by how much they changed, tokens of an
 * edit aligned with the original's, the diverging colours and the head view drawing a
 * difference (colour by sign, opacity |Δ| / extent, strongest on top).
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {checkComparable, differenceCaption, differenceTooltipLine, headChanges, maxAbsOver, rankChanges, subtract} from '../src/attention_difference';
import {divergingColor, rgba} from '../src/colors';
import {drawLines, HeadViewScene, layout} from '../src/head_view_drawing';
import {poolSigned, signedCellColor} from '../src/thumbnail_painting';
import {alignTokens, restrictTokens} from '../src/token_alignment';

const close = (got: ArrayLike<number>, want: number[]) => {
  assert.equal(got.length, want.length);
  for (let i = 0; i < want.length; i++) assert.ok(Math.abs(got[i] - want[i]) < 1e-6, `${i}: ${got[i]} ≠ ${want[i]}`);
};

test('the difference is A − B, cell by cell, not B − A', () => {
  const a = Float32Array.from([0.5, 0.5, 0.9, 0.1]);
  const b = Float32Array.from([0.2, 0.8, 0.9, 0.0]);
  close(subtract(a, b), [0.3, -0.3, 0, 0.1]);
  assert.throws(() => subtract(a, b.subarray(1)), /3 values from 4 values/);
});

test('each head gets its largest and mean |Δ|; heads rank by the largest change', () => {
  // 3 heads × 2 × 2.
  const diff = Float32Array.from([0.1, -0.1, 0, 0, /* head 1 */ -0.6, 0.2, 0.2, 0.2,
                                  /* head 2 */ 0.6, 0, 0, 0]);
  const changes = headChanges(4, diff, 3, 2);
  assert.deepEqual(changes.map(c => [c.layer, c.head]), [[4, 0], [4, 1], [4, 2]]);
  close(changes.map(c => c.maxAbs), [0.1, 0.6, 0.6]);
  close(changes.map(c => c.meanAbs), [0.05, 0.3, 0.15]);
  // Ties on max |Δ| go to the larger mean; the sign does not matter.
  assert.deepEqual(rankChanges(changes).map(c => c.head), [1, 2, 0]);
  assert.throws(() => headChanges(0, diff, 2, 2), /12 values; expected 2 heads × 2 × 2/);
  const across = rankChanges([...headChanges(0, diff, 3, 2),
                              {layer: 1, head: 0, maxAbs: 0.7, meanAbs: 0.01}]);
  assert.deepEqual(across.slice(0, 2).map(c => [c.layer, c.head]), [[1, 0], [0, 1]]);
  close([maxAbsOver(diff, [0, 1, 2], 2), maxAbsOver(diff, [0], 2)], [0.6, 0.1]);
});

test('models with different tokens, heads or layers are refused with both names', () => {
  const fields = (tokens: string[], numHeads = 2, allLayers: number[] | null = [0, 1]) => ({
    tokens, displayTokens: tokens, specialTokens: tokens.map(() => false),
    segmentIds: tokens.map(() => 0), numHeads, allLayers,
  });
  const bert = fields(['[CLS]', 'great', '[SEP]']);
  checkComparable(bert, fields(['[CLS]', 'great', '[SEP]']), 'a', 'b');
  assert.throws(() => checkComparable(bert, fields(['<s>', 'Ġgreat', '</s>']), 'bert', 'roberta'),
                /'bert' and 'roberta' split this example into different tokens \(3: \[CLS\] great \[SEP\]; 3: <s> Ġgreat <\/s>\).*same tokenizer/);
  assert.throws(() => checkComparable(bert, fields(['[CLS]', 'great', '!', '[SEP]']), 'a', 'b'),
                /different tokens/);
  assert.throws(() => checkComparable(bert, fields(['[CLS]', 'great', '[SEP]'], 4), 'a', 'b'),
                /'a' has 2 heads per layer and 'b' 4/);
  assert.throws(() => checkComparable(bert, fields(['[CLS]', 'great', '[SEP]'], 2, [0]), 'a', 'b'),
                /layers \[0,1\] and 'b' \[0\]/);
});

test('an edit is aligned with its original over the tokens they share', () => {
  const original = ['[CLS]', 'the', 'film', 'was', 'good', '[SEP]'];
  const edited = ['[CLS]', 'the', 'film', 'was', 'not', 'good', '[SEP]'];
  assert.deepEqual(alignTokens(original, edited),
                   {original: [0, 1, 2, 3, 4, 5], edited: [0, 1, 2, 3, 5, 6], removed: 0, added: 1});
  // A replaced word: neither side's token has a counterpart.
  assert.deepEqual(alignTokens(['[CLS]', 'good', 'film', '[SEP]'], ['[CLS]', 'bad', 'film', '[SEP]']),
                   {original: [0, 2, 3], edited: [0, 2, 3], removed: 1, added: 1});
  assert.deepEqual(alignTokens(['a', 'b'], ['c']), {original: [], edited: [], removed: 2, added: 1});
});

test('restricting to aligned tokens keeps their rows and columns, per head', () => {
  // 2 heads × 3 × 3, value = 100·head + 10·row + column.
  const values = Float32Array.from({length: 18}, (_, i) => {
    const [h, r, c] = [Math.floor(i / 9), Math.floor(i / 3) % 3, i % 3];
    return 100 * h + 10 * r + c;
  });
  close(restrictTokens(values, 2, 3, [0, 2]), [0, 2, 20, 22, 100, 102, 120, 122]);
  assert.throws(() => restrictTokens(values, 2, 4, [0]), /18 values; expected 2 heads × 4 × 4/);
});

test('the edit difference compares each shared token with itself, not with its position', () => {
  const original = ['[CLS]', 'good', '[SEP]'];
  const edited = ['[CLS]', 'not', 'good', '[SEP]'];
  // One head; attention to a key = its index + 1 (per row), so a misalignment shows.
  const att = (n: number) => Float32Array.from({length: n * n}, (_, i) => (i % n) + 1);
  const alignment = alignTokens(original, edited);
  const diff = subtract(restrictTokens(att(4), 1, 4, alignment.edited),
                        restrictTokens(att(3), 1, 3, alignment.original));
  // Keys [CLS], good, [SEP] sit at 0, 2, 3 in the edit and 0, 1, 2 in the original.
  close(diff, [0, 1, 1, 0, 1, 1, 0, 1, 1]);
});

test('diverging colours: blue where A is larger, orange-red where B is', () => {
  assert.equal(divergingColor(0.2), '#2166ac');
  assert.equal(divergingColor(-1e-9), '#ca4822');
  assert.deepEqual(signedCellColor(0, 0.5), [255, 255, 255]);
  assert.deepEqual(signedCellColor(0.5, 0.5), [33, 102, 172]);
  assert.deepEqual(signedCellColor(-0.5, 0.5), [202, 72, 34]);
  // sqrt(0.125 / 0.5) = 0.5: halfway to the end colour.
  assert.deepEqual(signedCellColor(-0.125, 0.5), [229, 164, 145]);
});

test('thumbnails pool a difference by its largest magnitude, keeping the sign', () => {
  // One head, 4 × 4 pooled to 2 × 2.
  const values = Float32Array.from([0.1, -0.3, 0, 0, /**/ 0.2, 0, 0.05, 0, /**/ 0, 0, 0.4, 0,
                                    -0.5, 0, 0, -0.45]);
  close(poolSigned(values, 0, 4, 2), [-0.3, 0.05, -0.5, -0.45]);
  close(poolSigned(values, 0, 4, 8), Array.from(values));
});

test('tooltips and captions say which side is A and which is B', () => {
  assert.equal(differenceTooltipLine(3, -0.25, 0.25, 0.5), '  head  3: −0.2500 (A 0.2500, B 0.5000)');
  assert.equal(differenceTooltipLine(11, 0.1, 0.3, 0.2), '  head 11: +0.1000 (A 0.3000, B 0.2000)');
  const empty = new Map<number, Float32Array>();
  assert.match(differenceCaption({kind: 'models', minuend: 'tuned', subtrahend: 'base', a: empty,
                                  b: empty, alignment: null}),
               /A = tuned \(this view's model\), B = base/);
  assert.match(differenceCaption({kind: 'examples', minuend: 'selected', subtrahend: 'pinned',
                                  a: empty, b: empty,
                                  alignment: {original: [0, 1], edited: [0, 2], removed: 0, added: 1}}),
               /A = the selected \(edited\) example, B = the pinned \(original\) one, over the 2 tokens .*1 token only in the selected and 0 only in the pinned/);
});

// ---- the head view drawing a difference ---------------------------------------------------

class RecordingPath {
  segments: Array<[number, number, number, number]> = [];
  private at: [number, number] = [NaN, NaN];
  moveTo(x: number, y: number) { this.at = [x, y]; }
  lineTo(x: number, y: number) { this.segments.push([...this.at, x, y]); this.at = [x, y]; }
}
(globalThis as unknown as {Path2D: unknown}).Path2D = RecordingPath;

function recordingContext() {
  const strokes: Array<{style: string, segments: RecordingPath['segments']}> = [];
  const ctx = {
    font: '', lineWidth: 0, strokeStyle: '', fillStyle: '', textAlign: '', textBaseline: '',
    clearRect() {},
    measureText: (text: string) => ({width: 7 * text.length}),
    stroke(path: RecordingPath) { strokes.push({style: String(ctx.strokeStyle), segments: path.segments}); },
  };
  return {ctx: ctx as unknown as CanvasRenderingContext2D, strokes};
}

test('a difference is drawn by sign with opacity |Δ| / extent, the largest on top', () => {
  const tokens = ['a', 'b'];
  // 2 heads × 2 × 2: head 0 [[+0.4, −0.1], [0, +0.005]], head 1 [[−0.2, 0], [+0.1, −0.4]].
  const weights = Float32Array.from([0.4, -0.1, 0, 0.005, -0.2, 0, 0.1, -0.4]);
  const scene: HeadViewScene = {
    tokens, labels: tokens, segmentIds: [0, 0], numHeads: 2, weights, heads: [0, 1],
    headColors: ['#d62728', '#1f5fd6'], visible: [0, 1], filter: 'all', threshold: 0.01,
    active: null, pinned: false, diverging: {extent: 0.4},
  };
  const {ctx, strokes} = recordingContext();
  const geo = layout(ctx, scene, 600);
  const result = drawLines(ctx, scene, geo);
  assert.equal(result.lines, 5);  // |Δ| ≥ 0.01: all but the 0 cells and the 0.005 one
  const y = (i: number) => geo.top + i * geo.rowHeight + geo.rowHeight / 2;
  const drawn = strokes.flatMap(s => s.segments.map(([, y1, , y2]) => [s.style, y1, y2]));
  const line = (value: number, query: number, key: number) =>
      [rgba(divergingColor(value), Math.round((Math.abs(value) / 0.4) * 64) / 64), y(query), y(key)];
  assert.deepEqual(new Set(drawn.map(d => JSON.stringify(d))), new Set([
    line(0.4, 0, 0), line(-0.1, 0, 1), line(-0.2, 0, 0), line(0.1, 1, 0), line(-0.4, 1, 1),
  ].map(d => JSON.stringify(d))));
  const alphas = strokes.map(s => Number(/, ([\d.]+)\)$/.exec(s.style)![1]));
  assert.deepEqual(alphas, [...alphas].sort((p, q) => p - q), 'strongest strokes last');
  assert.equal(alphas[alphas.length - 1], 1);
});

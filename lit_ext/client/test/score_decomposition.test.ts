import assert from 'node:assert/strict';
import {test} from 'node:test';

import type {NeuronPayload, ScoreTerm} from '../src/payloads';
import {queryScores, scaledScoreLabel, scoreFormula} from '../src/score_decomposition';

/**
 * A 3-token, d = 2 payload whose attention is computed here by hand:
 * q0 = (1, 0), keys (1, 0), (0, 1), (1, 1); scale 1/2.
 */
function payload(overrides: Partial<NeuronPayload> = {}): NeuronPayload {
  return {
    tokens: ['[CLS]', 'a', '[SEP]'], displayTokens: ['[CLS]', 'a', '[SEP]'],
    specialTokens: [true, false, true], segmentIds: [0, 0, 0],
    layer: 0, head: 0, headDim: 2,
    query: Float32Array.from([1, 0, 0, 1, 1, 1]),
    key: Float32Array.from([1, 0, 0, 1, 1, 1]),
    scale: 0.5, scaleLabel: '1/√d', positionTransform: null, terms: [], keyAllowed: null,
    attention: new Float32Array(9),
    ...overrides,
  };
}

function softmax(scores: number[]): number[] {
  const exps = scores.map(s => Math.exp(s));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map(e => e / total);
}

/** A 3 × 3 matrix whose first row (query 0) is `row0`. */
function firstRow(row0: number[]): Float32Array {
  return Float32Array.from([...row0, 0, 0, 0, 0, 0, 0]);
}

function term(name: string, row0: number[]): ScoreTerm {
  return {name, label: name, description: '', values: firstRow(row0)};
}

test('scaled q·k, products and the softmax of query 0', () => {
  const expected = softmax([0.5, 0, 0.5]);
  const rows = queryScores(payload({attention: firstRow(expected)}), 0);
  assert.deepEqual([...rows.scaled], [0.5, 0, 0.5]);
  assert.deepEqual(rows.products.map(p => [...p]), [[1, 0], [0, 0], [1, 0]]);
  assert.deepEqual([...rows.sums], [0.5, 0, 0.5]);
  rows.softmax.forEach((p, j) => assert.ok(Math.abs(p - expected[j]) < 1e-12));
  assert.ok(rows.maxDiff < 1e-7);
});

test('every term is added to the scaled score before the softmax', () => {
  const terms = [term('c2p', [1, 2, 0]), term('p2c', [0, -1, 3])];
  const sums = [1.5, 1, 3.5];
  const attention = firstRow(softmax(sums));
  const rows = queryScores(payload({terms, attention}), 0);
  assert.deepEqual(rows.terms.map(t => [...t]), [[1, 2, 0], [0, -1, 3]]);
  assert.deepEqual([...rows.sums], sums);
  assert.ok(rows.maxDiff < 1e-7);
  // The same attention explained without one of the terms does not match, and says so.
  const partial = queryScores(payload({terms: terms.slice(1), attention}), 0);
  assert.ok(partial.maxDiff > 0.1);
});

test('masked keys get probability 0 and the softmax runs over the allowed ones', () => {
  const keyAllowed = Uint8Array.from([1, 0, 1, 1, 1, 1, 1, 1, 1]);
  const rows = queryScores(payload({keyAllowed, attention: firstRow([0.5, 0, 0.5])}), 0);
  assert.deepEqual(rows.allowed, [true, false, true]);
  assert.deepEqual([...rows.softmax], [0.5, 0, 0.5]);
  assert.equal(rows.maxDiff, 0);
});

test('another query reads its own row of q, of the terms and of the attention', () => {
  // q2 = (1, 1): q·k = 1, 1, 2; scaled 0.5, 0.5, 1; plus a term on row 2 only.
  const terms = [{name: 'bias', label: 'bias', description: '',
                  values: Float32Array.from([9, 9, 9, 9, 9, 9, 1, 0, -1])}];
  const sums = [1.5, 0.5, 0];
  const attention = Float32Array.from([0, 0, 0, 0, 0, 0, ...softmax(sums)]);
  const rows = queryScores(payload({terms, attention}), 2);
  assert.deepEqual([...rows.query], [1, 1]);
  assert.deepEqual([...rows.scaled], [0.5, 0.5, 1]);
  assert.deepEqual([...rows.sums], sums);
  assert.ok(rows.maxDiff < 1e-7);
  const q1 = queryScores(payload(), 1);
  assert.deepEqual([...q1.query], [0, 1]);
  assert.deepEqual([...q1.scaled], [0, 0.5, 0.5]);
});

test('large scores and huge masked scores neither overflow nor swamp the softmax', () => {
  // Scores near 800 overflow exp() unless the largest allowed score is subtracted first; a
  // masked key scoring 1e4 must not be that largest score (every exp would underflow to 0).
  const big = [term('big', [800, 799, 1e4])];
  const keyAllowed = Uint8Array.from([1, 1, 0, 1, 1, 1, 1, 1, 1]);
  const rows = queryScores(payload({terms: big, keyAllowed, scale: 0}), 0);
  const expected = softmax([1, 0]);
  assert.ok(Math.abs(rows.softmax[0] - expected[0]) < 1e-12 && Math.abs(rows.softmax[1] - expected[1]) < 1e-12);
  assert.equal(rows.softmax[2], 0);
  // Every key masked: all probabilities 0, not NaN.
  const none = queryScores(payload({keyAllowed: new Uint8Array(9)}), 0);
  assert.deepEqual([...none.softmax], [0, 0, 0]);
});

test('a NaN anywhere makes the check fail rather than pass', () => {
  const rows = queryScores(payload({attention: firstRow([NaN, 0, 0])}), 0);
  assert.ok(!(rows.maxDiff < 1e-3));
});

test('the formula names the scale as people write it and every term', () => {
  assert.equal(scaledScoreLabel('1/√d'), 'q·k/√d');
  assert.equal(scaledScoreLabel('1/√(3d)'), 'q·k/√(3d)');
  assert.equal(scaledScoreLabel('0.125'), 'q·k·0.125');
  const terms = [term('c2p', [0, 0, 0]), term('p2c', [0, 0, 0])];
  assert.equal(scoreFormula(payload({scaleLabel: '1/√(3d)', terms})), 'q·k/√(3d) + c2p + p2c');
  assert.equal(scoreFormula(payload()), 'q·k/√d');
});

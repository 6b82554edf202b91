/**
 * The interpreters' payloads (`src/payloads.ts`): decoded into the arrays the views draw, with
 * every shape checked against the tokens, and a message naming what is wrong.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';

import type {EncodedArray} from '../src/encoded_array';
import {ATTENTION_INTERPRETER, field, NEURON_INTERPRETER, NMF_INTERPRETER, parseAttention, parseNeuronView, parseNmf, SPECIAL_TOKENS_HINT} from '../src/payloads';

function without(payload: Record<string, unknown>, name: string): Record<string, unknown> {
  const {[name]: _, ...rest} = payload;
  return rest;
}

function f32(values: number[], shape: number[]): EncodedArray {
  return {dtype: 'float32', shape,
          data: Buffer.from(new Float32Array(values).buffer).toString('base64')};
}

/** 0, 1, 2, … as float32, in `shape`. */
function iota(shape: number[]): EncodedArray {
  const size = shape.reduce((a, b) => a * b, 1);
  return f32(Array.from({length: size}, (_, i) => i), shape);
}

const TOKEN_FIELDS = {
  tokens: ['[CLS]', 'Ġgood', '[SEP]'], display_tokens: ['[CLS]', 'good', '[SEP]'],
  special_tokens: [true, false, true], segment_ids: [0, 0, 0],
};

test('the interpreter names are the Python ones', () => {
  assert.deepEqual([ATTENTION_INTERPRETER, NEURON_INTERPRETER, NMF_INTERPRETER],
                   ['attention', 'neuron_view', 'nmf']);
  assert.equal(SPECIAL_TOKENS_HINT, 'Special tokens: the tokenizer\'s markup, such as [CLS], [SEP], <s>, ' +
               '</s> and padding. Unknown-word tokens ([UNK], <unk>) stand for real text, such as an ' +
               'emoji, and are not special.');
  assert.throws(() => field({}, 'x', 'the test'), /^Error: the test response has no 'x' field\.$/);
  assert.equal(field({x: 0}, 'x', 'the test'), 0);
});

// ---- attention ----------------------------------------------------------------------------

function attention(overrides: Record<string, unknown> = {}) {
  return {...TOKEN_FIELDS, layers: [3, 5], num_heads: 2, attention: iota([2, 2, 3, 3]),
          ...overrides};
}

test('attention: one heads × n × n block per returned layer, in order', () => {
  const parsed = parseAttention({...attention(), num_layers: 12});
  assert.deepEqual(parsed.layers, [3, 5]);
  assert.equal(parsed.numHeads, 2);
  assert.equal(parsed.numLayers, 12);
  assert.deepEqual(parsed.displayTokens, ['[CLS]', 'good', '[SEP]']);
  assert.deepEqual(parsed.weights.map(w => [...w]),
                   [Array.from({length: 18}, (_, i) => i), Array.from({length: 18}, (_, i) => 18 + i)]);
  assert.equal(parseAttention(attention()).numLayers, null);
  assert.equal(parseAttention({...attention(), num_layers: '12'}).numLayers, null);
});

test('attention of the wrong shape, or a missing field, is refused by name', () => {
  assert.throws(() => parseAttention(attention({attention: iota([2, 2, 3, 4])})),
                /^Error: attention has shape \(2, 2, 3, 4\); expected \(2, 2, 3, 3\)\.$/);
  assert.throws(() => parseAttention(attention({attention: iota([2, 2, 9])})),
                /attention has shape \(2, 2, 9\); expected \(2, 2, 3, 3\)/);
  assert.throws(() => parseAttention(attention({layers: [3]})), /expected \(1, 2, 3, 3\)/);
  // A shape that is only the start of the expected one; an expected size of 0 is not "any".
  assert.throws(() => parseAttention(attention({attention: iota([2, 2])})),
                /attention has shape \(2, 2\); expected \(2, 2, 3, 3\)/);
  assert.throws(() => parseAttention(attention({layers: [], attention: iota([1, 2, 3, 3])})),
                /^Error: attention has shape \(1, 2, 3, 3\); expected \(0, 2, 3, 3\)\.$/);
  assert.throws(() => parseAttention(attention({num_heads: 1})), /expected \(2, 1, 3, 3\)/);
  assert.throws(() => parseAttention(without(attention(), 'attention')),
                /^Error: 'attention' interpreter response has no 'attention' field\.$/);
  assert.throws(() => parseAttention(attention({display_tokens: ['a']})),
                /^Error: display_tokens has 1 entries but there are 3 tokens\.$/);
  assert.throws(() => parseAttention(attention({segment_ids: 'AAB'})),
                /^Error: segment_ids has string entries but there are 3 tokens\.$/);
});

// ---- neuron view --------------------------------------------------------------------------

function neuron(overrides: Record<string, unknown> = {}) {
  return {
    ...TOKEN_FIELDS, layer: 4, head: 7, query: iota([3, 2]), key: f32([6, 5, 4, 3, 2, 1], [3, 2]),
    attention: f32([1, 0, 0, 0.5, 0.5, 0, 0.2, 0.3, 0.5], [3, 3]),
    key_allowed: null, scale: 0.5, scale_label: '1/√d', position_transform: 'rotary',
    terms: [], ...overrides,
  };
}

test('neuron view: q, k, attention and the scale, as sent', () => {
  const parsed = parseNeuronView(neuron());
  assert.deepEqual([parsed.layer, parsed.head, parsed.headDim], [4, 7, 2]);
  assert.deepEqual([...parsed.query], [0, 1, 2, 3, 4, 5]);
  assert.deepEqual([...parsed.key], [6, 5, 4, 3, 2, 1]);
  assert.deepEqual([...parsed.attention], [...new Float32Array([1, 0, 0, 0.5, 0.5, 0, 0.2, 0.3, 0.5])]);
  assert.deepEqual([parsed.scale, parsed.scaleLabel, parsed.positionTransform], [0.5, '1/√d', 'rotary']);
  assert.equal(parsed.keyAllowed, null);
  assert.deepEqual(parsed.terms, []);
  assert.deepEqual(parsed.tokens, TOKEN_FIELDS.tokens);
});

test('neuron view: the key mask is 1 above one half, and terms keep their names', () => {
  const parsed = parseNeuronView(neuron({
    key_allowed: f32([1, 0, 0.6, 0.4, 0.5, 0.51, 1, 1, 0], [3, 3]),
    terms: [{name: 'c2p', label: 'content→position', description: 'DeBERTa', values: iota([3, 3])},
            {name: 'bias', values: iota([3, 3])}],
  }));
  assert.deepEqual([...parsed.keyAllowed!], [1, 0, 1, 0, 0, 1, 1, 1, 0]);
  assert.deepEqual(parsed.terms.map(t => [t.name, t.label, t.description, [...t.values]]), [
    ['c2p', 'content→position', 'DeBERTa', [0, 1, 2, 3, 4, 5, 6, 7, 8]],
    ['bias', 'bias', '', [0, 1, 2, 3, 4, 5, 6, 7, 8]],
  ]);
});

test('neuron view: every array of the wrong shape is refused by name', () => {
  const cases: Array<[Record<string, unknown>, RegExp]> = [
    [{query: iota([6])}, /^Error: query has shape \(6\); expected \(3, \?\)\.$/],
    [{query: iota([2, 3])}, /query has shape \(2, 3\); expected \(3, \?\)/],
    [{key: iota([3, 3])}, /key has shape \(3, 3\); expected \(3, 2\)/],
    [{attention: iota([3, 2])}, /attention has shape \(3, 2\); expected \(3, 3\)/],
    [{key_allowed: iota([3, 2])}, /key_allowed has shape \(3, 2\); expected \(3, 3\)/],
    [{terms: [{name: 'c2p', values: iota([3, 2])}]}, /term 'c2p' has shape \(3, 2\); expected \(3, 3\)/],
    [{terms: [{values: iota([3, 3])}]}, /^Error: 'neuron_view' interpreter term response has no 'name' field\.$/],
    [{terms: [{name: 'c2p'}]}, /^Error: 'neuron_view' interpreter term 'c2p' response has no 'values' field\.$/],
    [{scale: NaN}, /^Error: 'neuron_view' interpreter response has scale NaN; expected a finite number\.$/],
    [{scale: Infinity}, /has scale Infinity/],
    [{scale: '0.5'}, /has scale 0.5; expected a finite number/],
  ];
  for (const [overrides, message] of cases) {
    assert.throws(() => parseNeuronView(neuron(overrides)), message, JSON.stringify(Object.keys(overrides)));
  }
  assert.throws(() => parseNeuronView(without(neuron(), 'key_allowed')), /no 'key_allowed' field/);
  assert.throws(() => parseNeuronView(without(neuron(), 'scale_label')), /no 'scale_label' field/);
});

// ---- NMF ----------------------------------------------------------------------------------

function nmf(overrides: Record<string, unknown> = {}) {
  return {
    ...TOKEN_FIELDS, layers: [0, 1], factors: iota([2, 3]),
    top_neurons: [[{layer: 0, index: 5, loading: 0.9}], [{layer: 1, index: 2, loading: 0.4}]],
    layer_share: [[0.7, 0.3], [0.1, 0.9]], ...overrides,
  };
}

test('NMF: k factors over the tokens, with their neurons and layer shares', () => {
  const parsed = parseNmf({...nmf(), token_mask: [false, true, false], reconstruction_error: 0.25});
  assert.equal(parsed.k, 2);
  assert.deepEqual([...parsed.factors], [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(parsed.layers, [0, 1]);
  assert.deepEqual(parsed.topNeurons[1], [{layer: 1, index: 2, loading: 0.4}]);
  assert.deepEqual(parsed.layerShare, [[0.7, 0.3], [0.1, 0.9]]);
  assert.deepEqual(parsed.tokenMask, [false, true, false]);
  assert.equal(parsed.reconstructionError, 0.25);
  assert.deepEqual(parsed.segmentIds, [0, 0, 0]);
  // Older servers sent neither: every token is factorised, the error is unknown.
  const bare = parseNmf(nmf());
  assert.deepEqual(bare.tokenMask, [true, true, true]);
  assert.ok(Number.isNaN(bare.reconstructionError));
});

test('NMF: factors, neuron lists and layer shares must agree', () => {
  assert.throws(() => parseNmf(nmf({factors: iota([2, 4])})),
                /^Error: factors has shape \(2, 4\); expected \(\?, 3\)\.$/);
  assert.throws(() => parseNmf(nmf({layer_share: [[1, 0]]})),
                /^Error: nmf response has 2 factors but 2 neuron lists and 1 layer shares\.$/);
  assert.throws(() => parseNmf(nmf({top_neurons: [[]]})),
                /has 2 factors but 1 neuron lists and 2 layer shares/);
  assert.throws(() => parseNmf(without(nmf(), 'layers')),
                /^Error: 'nmf' interpreter response has no 'layers' field\.$/);
});

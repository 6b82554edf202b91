/**
 * `AttentionHeads` fields in LIT's convention (`src/attention_data.ts`): LIT's GLUE models and our
 * wrappers name transformers' layer 0 `layer_1/attention` and store [heads][key][query]; the views
 * get [heads][query][key] with 0-based layers, as from our attention interpreter.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {attentionSource, fromLitAttention, litLayerIndices} from '../src/attention_data';
import type {ModelInfo} from '../src/lit_api';

test('LIT-oriented [heads][key][query] comes back as [heads][query][key]', () => {
  // One head, three tokens; query 0 looks at key 2 only, query 1 at key 0, query 2 at keys 1, 2.
  const queryKey = [[0, 0, 1], [1, 0, 0], [0, 0.5, 0.5]];
  const lit = [queryKey[0].map((_, key) => queryKey.map(row => row[key]))];  // transposed
  assert.deepEqual(lit[0], [[0, 1, 0], [0, 0, 0.5], [1, 0, 0.5]]);
  const [heads, values] = fromLitAttention(lit, 3, 'layer_1/attention');
  assert.equal(heads, 1);
  assert.deepEqual(Array.from(values), queryKey.flat());
});

test('heads stay apart and shapes are checked', () => {
  const lit = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]];
  const [heads, values] = fromLitAttention(lit, 2, 'f');
  assert.equal(heads, 2);
  assert.deepEqual(Array.from(values), [1, 3, 2, 4, 5, 7, 6, 8]);
  assert.throws(() => fromLitAttention(lit, 3, 'layer_2/attention'),
                /layer_2\/attention has 2 positions but the tokens have 3/);
  assert.throws(() => fromLitAttention([[[1, 2], [3]]], 2, 'f'), /f row 1 has 1 values, not 2/);
  assert.throws(() => fromLitAttention('nope', 2, 'f'), /f has \? positions/);
});

test('layer names: 1-based as in LIT, 0-based when a 0 is among them, else their order', () => {
  assert.deepEqual(litLayerIndices(['layer_1/attention', 'layer_2/attention', 'layer_10/attention']),
                   [0, 1, 9]);
  assert.deepEqual(litLayerIndices(['layer_3/attention']), [2]);
  assert.deepEqual(litLayerIndices(['layer_0/attention', 'layer_1/attention']), [0, 1]);
  assert.deepEqual(litLayerIndices(['attn/a', 'attn/b']), [0, 1]);
  assert.deepEqual(litLayerIndices(['layer_1/x', 'layer_1/y']), [0, 1]);
});

test('a LIT GLUE model\'s fields are read in numeric layer order, 0-based', () => {
  const spec = (name: string) => ({name, align_in: 'tokens', align_out: 'tokens'});
  const output: Record<string, unknown> = {tokens: {name: 'Tokens'}};
  for (const layer of [10, 2, 1, 11, 12, 3, 4, 5, 6, 7, 8, 9]) {
    output[`layer_${layer}/attention`] = spec('AttentionHeads');
  }
  const source = attentionSource({spec: {input: {}, output}} as unknown as ModelInfo);
  assert.ok(source != null && source.kind === 'predictions');
  assert.equal(source.tokensField, 'tokens');
  assert.deepEqual(source.layers.map(([layer]) => layer), Array.from({length: 12}, (_, i) => i));
  assert.deepEqual(source.layers.slice(0, 3).map(([, name]) => name),
                   ['layer_1/attention', 'layer_2/attention', 'layer_3/attention']);
});

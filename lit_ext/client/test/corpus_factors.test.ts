/**
 * Corpus factors (`src/corpus_factors.ts`): the `corpus_nmf` answer decoded and checked, bar
 * lengths and tints proportional to the values, the fit's header line and the JSON export.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {barFraction, CORPUS_NMF_INTERPRETER, corpusFactorsJson, factorActivations, fitDescription, formatValue, largest, layerRange, listsDescription, parseCorpusFactors, tintScale, topExampleRows} from '../src/corpus_factors';
import type {EncodedArray} from '../src/encoded_array';

function f32(values: number[], shape: number[]): EncodedArray {
  return {dtype: 'float32', shape,
          data: Buffer.from(new Float32Array(values).buffer).toString('base64')};
}

const FIT = {
  model: {name: 'sst2-minilm', kind: 'sst2_minilm', num_layers: 6},
  data: {name: 'sample_reviews', n_examples: 48},
  sample: {n_examples: 48, n_token_rows: [520], n_sampled_rows: 520},
  layers: [0, 1, 2, 3, 4, 5], n_components: 2,
};

/** Two factors over "[CLS] good film [SEP]", as the interpreter sends them. */
function answer(): Record<string, unknown> {
  return {
    tokens: ['[CLS]', 'good', 'film', '[SEP]'],
    display_tokens: ['[CLS]', 'good', 'film', '[SEP]'],
    special_tokens: [true, false, false, true],
    token_mask: [false, true, true, false],
    // Factor 0 then factor 1, one value per token.
    activations: f32([0, 0.5, 0.25, 0, 0, 0.125, 2, 0], [2, 4]),
    max: [0.5, 2], mean: [0.375, 1.0625],
    top_examples: [
      [{index: 3, id: 'c', text: 'great', max: 4}, {index: 0, id: 'a', text: 'good', max: 1}],
      [{index: 1, id: 'b', text: 'film', max: 2}],
    ],
    top_tokens: [
      [{token: 'good', display: 'good', total: 8, count: 4, max: 3},
       {token: '##s', display: 's', total: 2, count: 1, max: 2}],
      [{token: 'film', display: 'film', total: 5, count: 2, max: 2.5}],
    ],
    fit: FIT,
  };
}

test('the answer decodes into per-factor activations and top lists', () => {
  assert.equal(CORPUS_NMF_INTERPRETER, 'corpus_nmf');
  const data = parseCorpusFactors(answer());
  assert.equal(data.k, 2);
  assert.deepEqual([...factorActivations(data, 0)], [0, 0.5, 0.25, 0]);
  assert.deepEqual([...factorActivations(data, 1)], [0, 0.125, 2, 0]);
  assert.deepEqual(data.tokenMask, [false, true, true, false]);
  assert.equal(data.topExamples[0][0].id, 'c');
  assert.equal(data.topTokens[1][0].display, 'film');
  assert.equal(tintScale(data, 0), 4);
  assert.equal(tintScale(data, 1), 2);
});

test('a malformed answer names what is wrong', () => {
  const {top_tokens: _, ...noTokens} = answer();
  assert.throws(() => parseCorpusFactors(noTokens), /no 'top_tokens' field/);
  assert.throws(() => parseCorpusFactors({...answer(), token_mask: [true]}),
                /token_mask has 1 entries but there are 4 tokens/);
  assert.throws(() => parseCorpusFactors({...answer(), activations: f32([0, 0, 0], [1, 3])}),
                /activations has shape \(1, 3\); expected \(k, 4\)/);
  assert.throws(() => parseCorpusFactors({...answer(), max: [1]}),
                /max has 1 entries for 2 factors/);
  assert.throws(() => parseCorpusFactors(null), /sent no answer/);
});

test('bars are the value over the largest of their list, within [0, 1]', () => {
  assert.equal(barFraction(2, 8), 0.25);
  assert.equal(barFraction(8, 8), 1);
  assert.equal(barFraction(9, 8), 1);  // an edited example above the dataset's largest
  assert.equal(barFraction(0, 8), 0);
  assert.equal(barFraction(-1, 8), 0);
  assert.equal(barFraction(1, 0), 0);
  assert.equal(barFraction(NaN, 1), 0);
  assert.equal(largest([3, 8, 2]), 8);
  assert.equal(largest([]), 0);
});

test('the header line names the model, layers, k and the data', () => {
  assert.equal(fitDescription(FIT, 2),
               "2 factors of sst2-minilm (sst2_minilm)'s FFN units, layers 0–5; fitted on " +
               'sample_reviews (48 examples); 520 of 520 token rows sampled');
  assert.equal(fitDescription({}, 3), "3 factors of a model's FFN units, layers ?");
  assert.equal(layerRange([2]), '2');
  assert.equal(layerRange([0, 2, 5]), '0, 2, 5');
  assert.equal(layerRange([3, 4]), '3–4');
});

test('values keep 4 significant digits', () => {
  assert.equal(formatValue(0.123456), '0.1235');
  assert.equal(formatValue(12.3456), '12.35');
  assert.equal(formatValue(0), '0.000');
  assert.equal(formatValue(123456.7), '123457');
  assert.equal(parseFloat(formatValue(0.0000123456)), 0.00001235);
});

test('the JSON export holds the top lists and, with a selection, the example', () => {
  const data = parseCorpusFactors(answer());
  const json = corpusFactorsJson(data, 1, {id: 'x'});
  assert.equal(json.picked_factor, 1);
  assert.deepEqual(json.factors.map(f => f.top_examples.map(e => e.id)), [['c', 'a'], ['b']]);
  assert.deepEqual(json.example?.activations, [[0, 0.5, 0.25, 0], [0, 0.125, 2, 0]]);
  assert.equal(corpusFactorsJson(data, 0, null).example, null);
});


test('top examples from a store say so in the header and become store rows to add', () => {
  const store = {row: 17, id: 'h17', text: 'great', max: 4, source: 'store',
                 data: {sentence: 'great', label: 'positive'}};
  const data = parseCorpusFactors({
    ...answer(), top_examples: [[store], []],
    top_examples_over: 'store of 200 rows', top_tokens_over: 'sample of 30 rows'});
  assert.equal(listsDescription(data),
               'top examples over the store of 200 rows, top tokens over the sample of 30 rows');
  assert.deepEqual(topExampleRows(data.topExamples[0]),
                   [{row: 17, id: 'h17', data: {sentence: 'great', label: 'positive'},
                     values: {max: 4}}]);
  // Not a store row: nothing to add it from.
  assert.throws(() => topExampleRows(parseCorpusFactors(answer()).topExamples[0]),
                /Top example c is not a store row/);
  assert.equal(listsDescription(parseCorpusFactors(answer())), null);
  assert.equal(listsDescription(parseCorpusFactors({
    ...answer(), top_examples_over: 'dataset of 48 examples',
    top_tokens_over: 'dataset of 48 examples'})), 'top lists over the dataset of 48 examples');
});

/**
 * Attention search's answers (`src/attention_search.ts`): the matches of several requests merge
 * into one list, strongest first, ties in dataset order.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {mergeSearchAnswers, parseSearchAnswer} from '../src/attention_search';

function match(id: string, weight: number) {
  return {id, index: 0, weight, query: 1, key: 2, query_token: 'not', key_token: 'bad'};
}

test('batches merge strongest first, equal weights in dataset order', () => {
  const merged = mergeSearchAnswers([
    parseSearchAnswer({num_examples: 32, matches: [match('a', 0.9), match('b', 0.6),
                                                   match('c', 0.55)]}),
    parseSearchAnswer({num_examples: 16, matches: [match('d', 0.95), match('e', 0.6)]}),
    parseSearchAnswer({num_examples: 2, matches: []}),
  ]);
  assert.equal(merged.numExamples, 50);
  assert.deepEqual(merged.matches.map(m => m.id), ['d', 'a', 'b', 'e', 'c']);
  assert.deepEqual(merged.matches.map(m => m.weight), [0.95, 0.9, 0.6, 0.6, 0.55]);
});

test('a match keeps its pair of tokens', () => {
  const [first] = parseSearchAnswer({num_examples: 1, matches: [match('x', 0.7)]}).matches;
  assert.deepEqual(first, {id: 'x', weight: 0.7, query: 1, key: 2, queryToken: 'not',
                           keyToken: 'bad'});
});

test('malformed answers are refused with what is wrong', () => {
  assert.throws(() => parseSearchAnswer([]), /no list of matches/);
  assert.throws(() => parseSearchAnswer({matches: []}), /no num_examples/);
  assert.throws(() => parseSearchAnswer({num_examples: 1, matches: [{...match('x', 1), weight: null}]}),
                /match 0 has no weight/);
  assert.throws(() => parseSearchAnswer({num_examples: 1, matches: [{...match('x', 1), id: 3}]}),
                /match 0 has no LIT id/);
});

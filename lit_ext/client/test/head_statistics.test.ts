/**
 * Head statistics as the model view colours by them (`src/head_statistics.ts`): the answers of
 * several requests merge into the aggregate of all their examples, by the interpreter's rules;
 * fractions and entropy each get their own scale; the batches are sent 32 at a time.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {interpretPerBatch} from '../src/batch_answers';
import {mergeAggregates, parseHeadStatistics, scaleTop, STATISTICS, statisticColor} from '../src/head_statistics';
import type {ApiService, IndexedInput} from '../src/lit_api';

const LAYERS = 2;
const HEADS = 3;

/** Per-example values: example e, statistic s, layer l, head h → a distinct number. */
function exampleValue(e: number, s: number, l: number, h: number): number {
  return ((e * 7 + s * 5 + l * 3 + h) % 11) / 11;
}

/** The interpreter's answer for examples `ids` with `lengths` tokens (its own aggregation). */
function answer(ids: number[], lengths: number[], weighting: 'token' | 'example' = 'token') {
  const weights = weighting === 'token' ? lengths : lengths.map(() => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const grid = (s: number) => Array.from({length: LAYERS}, (_, l) => Array.from(
      {length: HEADS}, (_, h) => ids.reduce((sum, e, i) => sum + weights[i] *
                                            exampleValue(e, s, l, h), 0) / total));
  return {
    statistics: STATISTICS,
    units: Object.fromEntries(STATISTICS.map(s => [s, s === 'entropy' ? 'nats' :
                                                   'fraction of attention'])),
    num_layers: LAYERS, num_heads: HEADS, num_examples: ids.length,
    examples: [],
    aggregate: {
      weighting, num_queries: lengths.reduce((a, b) => a + b, 0),
      uniform_entropy: lengths.reduce((sum, n, i) => sum + weights[i] * Math.log(n), 0) / total,
      values: Object.fromEntries(STATISTICS.map((name, s) => [name, grid(s)])),
    },
  };
}

function assertClose(actual: number, expected: number, what: string) {
  assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: ${actual} != ${expected}`);
}

const LENGTHS = [4, 40, 9, 13, 7];

for (const weighting of ['token', 'example'] as const) {
  test(`batches merge into the aggregate of all their examples (${weighting})`, () => {
    const whole = parseHeadStatistics(answer([0, 1, 2, 3, 4], LENGTHS, weighting));
    const merged = mergeAggregates([
      parseHeadStatistics(answer([0], LENGTHS.slice(0, 1), weighting)),
      parseHeadStatistics(answer([1, 2, 3], LENGTHS.slice(1, 4), weighting)),
      parseHeadStatistics(answer([4], LENGTHS.slice(4), weighting)),
    ]);
    assert.equal(merged.numExamples, 5);
    assert.equal(merged.numQueries, 73);
    assertClose(merged.uniformEntropy, whole.uniformEntropy, 'uniform entropy');
    for (const name of STATISTICS) {
      for (let l = 0; l < LAYERS; l++) {
        for (let h = 0; h < HEADS; h++) {
          assertClose(merged.values[name][l][h], whole.values[name][l][h], `${name} ${l} ${h}`);
        }
      }
    }
  });
}

test('the two weightings differ when examples differ in length', () => {
  const byToken = parseHeadStatistics(answer([0, 1], [4, 40], 'token'));
  const byExample = parseHeadStatistics(answer([0, 1], [4, 40], 'example'));
  assert.notEqual(byToken.values['cls'][0][0], byExample.values['cls'][0][0]);
  assertClose(byToken.values['cls'][1][2],
              (4 * exampleValue(0, 0, 1, 2) + 40 * exampleValue(1, 0, 1, 2)) / 44, 'cls');
});

test('values are indexed [statistic][layer][head] as the interpreter sends them', () => {
  const parsed = parseHeadStatistics(answer([3], [5]));
  assertClose(parsed.values['sep'][1][2], exampleValue(3, 1, 1, 2), 'sep');
  assertClose(parsed.values['entropy'][0][1], exampleValue(3, 6, 0, 1), 'entropy');
  assert.equal(parsed.units['entropy'], 'nats');
});

test('different weightings or shapes do not merge', () => {
  const token = parseHeadStatistics(answer([0], [4]));
  assert.throws(() => mergeAggregates([token, parseHeadStatistics(answer([1], [4], 'example'))]),
                /different weightings or shapes/);
  const narrow = parseHeadStatistics(answer([1], [4]));
  narrow.values['cls'] = narrow.values['cls'].map(row => row.slice(1));
  assert.throws(() => mergeAggregates([token, narrow]), /different weightings or shapes/);
  assert.throws(() => mergeAggregates([]), /No head statistics/);
});

test('malformed answers are refused with what is wrong', () => {
  assert.throws(() => parseHeadStatistics([{}]), /no aggregate/);
  const broken = answer([0], [4]);
  (broken.aggregate.values as Record<string, unknown>)['self'] = [[0.1, 'x', 0.2]];
  assert.throws(() => parseHeadStatistics(broken), /self\[0\]\[1\] is not a number/);
  const missing = answer([0], [4]);
  delete (missing.aggregate.values as Record<string, unknown>)['next'];
  assert.throws(() => parseHeadStatistics(missing), /values of 'next'/);
});

test('fractions are on a fixed 0-1 scale, entropy up to uniform attention', () => {
  const parsed = parseHeadStatistics(answer([0, 1], [4, 40]));
  for (const name of STATISTICS.filter(s => s !== 'entropy')) assert.equal(scaleTop(parsed, name), 1);
  assertClose(scaleTop(parsed, 'entropy'), (4 * Math.log(4) + 40 * Math.log(40)) / 44, 'top');
});

test('the colour ramp runs grey → teal → dark purple, clamped, darker as the value grows', () => {
  assert.deepEqual(statisticColor(0, 1), [160, 160, 160]);
  assert.deepEqual(statisticColor(0.5, 1), [33, 145, 140]);
  assert.deepEqual(statisticColor(1, 1), [68, 1, 84]);
  assert.deepEqual(statisticColor(0.25, 1), [97, 153, 150]);
  assert.deepEqual(statisticColor(1.5, 3), statisticColor(0.5, 1));
  assert.deepEqual(statisticColor(7, 1), [68, 1, 84]);
  assert.deepEqual(statisticColor(-1, 1), [160, 160, 160]);
  const lightness = ([r, g, b]: number[]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
  let previous = Infinity;
  for (let v = 0; v <= 1.0001; v += 0.05) {
    const l = lightness(statisticColor(v, 1));
    assert.ok(l < previous, `lightness at ${v}`);
    previous = l;
  }
});

function fakeApi(reply: (batch: IndexedInput[]) => unknown) {
  const calls: Array<{ids: string[], interpreter: string, config: unknown}> = [];
  const api = {
    getInterpretations: async (inputs: IndexedInput[], _model: string, _dataset: string,
                               interpreter: string, config?: Record<string, unknown>) => {
      calls.push({ids: inputs.map(i => i.id), interpreter, config});
      return reply(inputs) as unknown[];
    },
  } as unknown as ApiService;
  return {api, calls};
}

const INPUTS: IndexedInput[] = Array.from({length: 70}, (_, i) => ({id: `id${i}`, data: {}, meta: {}}));

test('a dataset is sent 32 examples per request, with progress, one answer per request', async () => {
  const {api, calls} = fakeApi(batch => ({n: batch.length}));
  const progress: Array<[number, number]> = [];
  const answers = await interpretPerBatch(api, INPUTS, 'm', 'd', 'head_statistics',
                                          {weighting: 'token'},
                                          {onProgress: (done, total) => progress.push([done, total])});
  assert.deepEqual(calls.map(c => c.ids.length), [32, 32, 6]);
  assert.deepEqual(calls.flatMap(c => c.ids), INPUTS.map(i => i.id));
  assert.deepEqual(answers, [{n: 32}, {n: 32}, {n: 6}]);
  assert.deepEqual(progress, [[0, 70], [32, 70], [64, 70], [70, 70]]);
  assert.deepEqual(calls[0].config, {weighting: 'token'});
});

test('a list answer (one per example) or a stopped run is refused', async () => {
  const {api} = fakeApi(batch => batch.map(() => ({})));
  await assert.rejects(interpretPerBatch(api, INPUTS, 'm', 'd', 'head_statistics', {}),
                       /should answer one object per request, got a list/);
  const controller = new AbortController();
  const stopping = fakeApi(() => {
    controller.abort();
    return {};
  });
  await assert.rejects(interpretPerBatch(stopping.api, INPUTS, 'm', 'd', 'x', {},
                                         {signal: controller.signal}), {name: 'AbortError'});
  assert.equal(stopping.calls.length, 1);
  await assert.rejects(interpretPerBatch(api, [], 'm', 'd', 'x', {}), /No examples/);
});

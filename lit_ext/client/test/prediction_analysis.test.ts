import assert from 'node:assert/strict';
import {test} from 'node:test';

import {ABLATED_PREDICTION_INTERPRETER, FAITHFULNESS_INTERPRETER, HEAD_IMPORTANCE_INTERPRETER, IMPORTANCE_METHODS, LAYER_PREDICTIONS_INTERPRETER, parseAblatedPrediction, parseFaithfulness, parseHeadImportance, parseLayerPredictions} from '../src/analysis_payloads';
import type {FaithfulnessPayload, HeadImportancePayload, LayerPredictionsPayload} from '../src/analysis_payloads';
import {BatchRun} from '../src/batch_run';
import {batches, interpretInBatches} from '../src/batches';
import {barWidth, plotArea, xOf, yOf} from '../src/chart_geometry';
import {importanceColor} from '../src/colors';
import {averageByMethod, bestFirst, SCORE_COLUMNS} from '../src/faithfulness_table';
import {headKey, headsConfig, meanImportance} from '../src/head_analysis';
import {accuracyByLayer} from '../src/layer_accuracy';
import {argmax} from '../src/numbers';
import type {ApiService, IndexedInput} from '../src/lit_api';

// ---- payloads -----------------------------------------------------------------------------

test('head importance payloads are checked against their layer and head counts', () => {
  const raw = {method: 'ablation', num_layers: 2, num_heads: 3, label: 'positive',
               probability: 0.9, importance: [[0.1, -0.2, 0], [0, 0.3, 0.05]]};
  const parsed = parseHeadImportance(raw);
  assert.deepEqual(parsed.importance[1], [0, 0.3, 0.05]);
  assert.equal(parsed.numHeads, 3);
  assert.throws(() => parseHeadImportance({...raw, importance: [[0.1, 0.2, 0]]}),
                /importance has 1 rows; expected 2/);
  assert.throws(() => parseHeadImportance({...raw, importance: [[0.1, 0.2], [0, 0]]}),
                /importance row 0 is not a list of 3 finite numbers/);
  assert.throws(() => parseHeadImportance({...raw, importance: [[0.1, NaN, 0], [0, 0, 0]]}),
                /row 0 is not a list of 3 finite numbers/);
  const {label: _, ...noLabel} = raw;
  assert.throws(() => parseHeadImportance(noLabel), /has no 'label' field/);
});

test('ablated predictions need one probability per class, before and after', () => {
  const raw = {labels: ['neg', 'pos'], probas: [0.2, 0.8], probas_ablated: [0.6, 0.4],
               heads: [[0, 1]]};
  assert.deepEqual(parseAblatedPrediction(raw).probasAblated, [0.6, 0.4]);
  assert.throws(() => parseAblatedPrediction({...raw, probas_ablated: [1]}),
                /probas_ablated is not a list of 2 finite numbers/);
});

test('layer predictions need a row per layer and a column per class', () => {
  const raw = {labels: ['neg', 'pos'], layers: ['embeddings', '1'], probas: [[0.5, 0.5], [0.1, 0.9]]};
  assert.deepEqual(parseLayerPredictions(raw).probas[1], [0.1, 0.9]);
  assert.throws(() => parseLayerPredictions({...raw, layers: ['embeddings']}),
                /probas has 2 rows; expected 1/);
});

test('faithfulness scores may be null (undefined) but not NaN', () => {
  const raw = {label: 'pos', probability: 0.9, fractions: [0.1, 0.5], methods: [
    {name: 'lime', comprehensiveness: 0.4, sufficiency: 0.1, kendall_tau: null}]};
  const parsed = parseFaithfulness(raw);
  assert.deepEqual(parsed.methods, [{name: 'lime', comprehensiveness: 0.4, sufficiency: 0.1,
                                     kendallTau: null}]);
  const refused = {...raw.methods[0], comprehensiveness: null, sufficiency: null,
                   error: 'attention_flow takes at most 64 tokens'};
  assert.equal(parseFaithfulness({...raw, methods: [refused]}).methods[0].error,
               'attention_flow takes at most 64 tokens');
  raw.methods[0].comprehensiveness = NaN;
  assert.throws(() => parseFaithfulness(raw), /lime comprehensiveness is NaN/);
});

test('the interpreter names are the Python ones, and name the payload a message is about', () => {
  assert.deepEqual([HEAD_IMPORTANCE_INTERPRETER, ABLATED_PREDICTION_INTERPRETER,
                    LAYER_PREDICTIONS_INTERPRETER, FAITHFULNESS_INTERPRETER],
                   ['head_importance', 'ablated_prediction', 'layer_predictions', 'faithfulness']);
  assert.deepEqual(IMPORTANCE_METHODS, ['ablation', 'gradient']);
  assert.throws(() => parseHeadImportance({}), /^Error: 'head_importance' interpreter response has no 'num_layers' field\.$/);
  assert.throws(() => parseAblatedPrediction({}), /^Error: 'ablated_prediction' interpreter response has no 'labels' field\.$/);
  assert.throws(() => parseLayerPredictions({}), /^Error: 'layer_predictions' interpreter response has no 'labels' field\.$/);
  assert.throws(() => parseFaithfulness({}), /^Error: 'faithfulness' interpreter response has no 'methods' field\.$/);
  assert.throws(() => parseFaithfulness({methods: [{}]}),
                /^Error: 'faithfulness' interpreter method response has no 'name' field\.$/);
});

test('analysis payload messages say which list is wrong and how', () => {
  const head = {method: 'ablation', num_layers: 2, num_heads: 1, label: 'pos', probability: 1};
  assert.throws(() => parseHeadImportance({...head, importance: 'none'}), /^Error: importance has no rows; expected 2\.$/);
  const ablated = {labels: ['neg', 'pos'], probas_ablated: [0.5, 0.5], heads: []};
  assert.throws(() => parseAblatedPrediction({...ablated, probas: [1]}),
                /^Error: probas is not a list of 2 finite numbers\.$/);
  const faith = {label: 'pos', probability: 0.9, methods: []};
  assert.throws(() => parseFaithfulness({...faith, fractions: [0.1, null]}),
                /^Error: fractions is not a list of finite numbers\.$/);
  const method = {name: 'grad', comprehensiveness: 0.1, sufficiency: 0.2, kendall_tau: -0.3};
  assert.deepEqual(parseFaithfulness({...faith, fractions: [], methods: [method]}).methods,
                   [{name: 'grad', comprehensiveness: 0.1, sufficiency: 0.2, kendallTau: -0.3}]);
  assert.throws(() => parseFaithfulness({...faith, fractions: [], methods: [{...method, sufficiency: 'x'}]}),
                /^Error: grad sufficiency is x; expected a finite number or null\.$/);
  assert.throws(() => parseFaithfulness({...faith, fractions: [], methods: [{...method, kendall_tau: Infinity}]}),
                /^Error: grad kendall_tau is Infinity; expected a finite number or null\.$/);
});

// ---- head importance and ablation ---------------------------------------------------------

function importance(values: number[][], method: 'ablation' | 'gradient' = 'ablation'):
    HeadImportancePayload {
  return {method, numLayers: values.length, numHeads: values[0].length, importance: values,
          label: 'pos', probability: 0.9};
}

test('head importance is averaged over examples, head by head', () => {
  const mean = meanImportance([importance([[0.2, -0.4], [0, 1]]), importance([[0, 0], [0.5, -1]])]);
  assert.deepEqual(mean.values, [[0.1, -0.2], [0.25, 0]]);
  assert.equal(mean.examples, 2);
  assert.equal(mean.extent, 0.25);
  assert.equal(meanImportance([importance([[0, 0]])]).extent, 0);
  assert.throws(() => meanImportance([importance([[0, 0]]), importance([[0, 0, 0]])]), /shapes/);
  assert.throws(() => meanImportance([importance([[0]]), importance([[0]], 'gradient')]),
                /methods/);
  assert.throws(() => meanImportance([]), /No head importance/);
  assert.throws(() => meanImportance([importance([[0, 0]]), importance([[0, 0], [0, 0]])]),
                /^Error: Head importance of different shapes or methods: 1×2 ablation and 2×2 ablation\.$/);
});

test('importance colours run from grey to blue (helps) or orange-red (hurts)', () => {
  assert.deepEqual(importanceColor(0, 1), [128, 134, 139]);
  assert.deepEqual(importanceColor(1, 1), [33, 102, 172]);
  assert.deepEqual(importanceColor(-3, 1), [202, 72, 34]);
  assert.deepEqual(importanceColor(0.5, 1), [81, 118, 156]);
  assert.deepEqual(importanceColor(0.5, 0), [128, 134, 139]);
});

test('switched-off heads are sent as layer:head in layer, then head order', () => {
  assert.equal(headsConfig([headKey(10, 2), headKey(2, 11), headKey(2, 3)]), '2:3,2:11,10:2');
  assert.equal(headsConfig([]), '');
});

// ---- faithfulness table -------------------------------------------------------------------

function scores(name: string, c: number | null, s: number | null, t: number | null) {
  return {name, comprehensiveness: c, sufficiency: s, kendallTau: t};
}

function example(...methods: ReturnType<typeof scores>[]): FaithfulnessPayload {
  return {label: 'pos', probability: 0.9, fractions: [0.1, 0.2, 0.5], methods};
}

test('faithfulness rows average each score over the examples where it is defined', () => {
  const rows = averageByMethod([
    example(scores('grad', 0.4, 0.2, 0.5), scores('random', 0.1, 0.3, 0)),
    example(scores('grad', 0.2, 0.0, null), scores('random', 0.3, 0.1, 0.2)),
    example(scores('grad', null, null, null), scores('random', null, null, null)),
  ]);
  assert.deepEqual(rows.map(r => r.name), ['grad', 'random']);
  assert.ok(Math.abs(rows[0].comprehensiveness! - 0.3) < 1e-12);
  assert.ok(Math.abs(rows[0].sufficiency! - 0.1) < 1e-12);
  assert.equal(rows[0].kendallTau, 0.5);
  assert.deepEqual(rows[0].counts, {comprehensiveness: 2, sufficiency: 2, kendallTau: 1});
  assert.equal(rows[0].refused, 0);
  assert.ok(Math.abs(rows[1].kendallTau! - 0.1) < 1e-12);
  const undefinedEverywhere = averageByMethod([example(scores('x', null, null, null))]);
  assert.equal(undefinedEverywhere[0].comprehensiveness, null);
  const tooLong = {...scores('flow', null, null, null), error: 'more than 64 tokens'};
  const flow = averageByMethod([example(tooLong), example(scores('flow', 0.2, 0.1, 0.3)),
                                example(tooLong)])[0];
  assert.deepEqual([flow.refused, flow.errors, flow.comprehensiveness, flow.counts.kendallTau],
                   [2, ['more than 64 tokens'], 0.2, 1]);
});

test('best first: high comprehensiveness and τ, low sufficiency; undefined last', () => {
  const rows = averageByMethod([example(scores('a', 0.1, 0.5, null), scores('b', 0.3, 0.2, 0.1),
                                        scores('c', 0.2, 0.1, 0.4), scores('d', null, 0.3, 0.2))]);
  assert.deepEqual(bestFirst(rows, 'comprehensiveness').map(r => r.name), ['b', 'c', 'a', 'd']);
  assert.deepEqual(bestFirst(rows, 'sufficiency').map(r => r.name), ['c', 'b', 'd', 'a']);
  assert.deepEqual(bestFirst(rows, 'kendallTau').map(r => r.name), ['c', 'd', 'b', 'a']);
  // Undefined is last whatever the sign and order: not read as 0 (which beats a low
  // sufficiency or a negative τ).
  const mixed = averageByMethod([example(scores('none', null, null, null), scores('e', 0.2, 0.3, -0.5),
                                         scores('f', 0.2, 0.4, -0.2), scores('g', 0.2, 0.3, null))]);
  assert.deepEqual(bestFirst(mixed, 'sufficiency').map(r => r.name), ['e', 'g', 'f', 'none']);
  assert.deepEqual(bestFirst(mixed, 'kendallTau').map(r => r.name), ['f', 'e', 'none', 'g']);
  // Ties keep their order.
  assert.deepEqual(bestFirst(mixed, 'comprehensiveness').map(r => r.name), ['e', 'f', 'g', 'none']);
});

test('best first gives one order from every input order (a consistent comparison)', () => {
  const rows = averageByMethod([example(scores('low', 0.1, 0.1, 0.1), scores('none', null, null, null),
                                        scores('high', 0.3, 0.3, 0.3))]);
  const permutations = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
  for (const order of permutations) {
    const shuffled = order.map(i => rows[i]);
    assert.deepEqual(bestFirst(shuffled, 'comprehensiveness').map(r => r.name), ['high', 'low', 'none']);
    assert.deepEqual(bestFirst(shuffled, 'sufficiency').map(r => r.name), ['low', 'high', 'none']);
  }
});

test('the faithfulness table\'s columns: their names, direction and a definition each', () => {
  assert.deepEqual(SCORE_COLUMNS.map(c => [c.key, c.label, c.higherIsBetter]), [
    ['comprehensiveness', 'Comprehensiveness', true], ['sufficiency', 'Sufficiency', false],
    ['kendallTau', 'Kendall τ', true],
  ]);
  assert.match(SCORE_COLUMNS[0].definition, /^how much the predicted class's probability drops when the method's top words are deleted, averaged over the fractions of words removed \(AOPC\)$/);
  assert.match(SCORE_COLUMNS[1].definition, /only the top words are kept \(AOPC\)$/);
  assert.match(SCORE_COLUMNS[2].definition, /^rank correlation .* leave-one-out importance \(the drop when that word alone is deleted\)$/);
});

// ---- layer accuracy -----------------------------------------------------------------------

function layers(...probas: number[][]): LayerPredictionsPayload {
  return {labels: ['neg', 'pos'], layers: probas.map((_, i) => (i ? String(i) : 'embeddings')),
          probas};
}

test('accuracy per layer compares each layer\'s argmax with the gold label', () => {
  const result = accuracyByLayer([
    layers([0.6, 0.4], [0.3, 0.7], [0.1, 0.9]),   // gold pos: wrong, right, right
    layers([0.4, 0.6], [0.7, 0.3], [0.2, 0.8]),   // gold neg: wrong, right, wrong
    layers([0.5, 0.5], [0.5, 0.5], [0.5, 0.5]),   // no gold label: left out
    layers([0.9, 0.1], [0.9, 0.1], [0.9, 0.1]),   // a label the model does not know
  ], ['pos', 'neg', null, 'neutral']);
  assert.deepEqual(result.layers, ['embeddings', '1', '2']);
  assert.deepEqual(result.correct, [0, 2, 1]);
  assert.deepEqual(result.accuracy, [0, 1, 0.5]);
  assert.equal(result.scored, 2);
  assert.equal(result.skipped, 2);
  assert.equal(result.majority, 0.5);
  const mostlyPositive = accuracyByLayer([layers([0, 1]), layers([0, 1]), layers([1, 0])],
                                         ['pos', 'pos', 'neg']);
  assert.equal(mostlyPositive.majority, 2 / 3);
  assert.equal(argmax([0.5, 0.5]), 0);
  assert.throws(() => accuracyByLayer([layers([1, 0])], []), /1 layer predictions for 0 labels/);
  assert.throws(() => accuracyByLayer([], []), /^Error: No examples to score\.$/);
  assert.throws(() => accuracyByLayer([layers([1, 0], [1, 0]), layers([1, 0])], ['neg', 'neg']),
                /^Error: Example 1 has 1 layers, not 2\.$/);
});

// ---- chart geometry -----------------------------------------------------------------------

test('charts put layer i in the middle of its slot and values from the bottom up', () => {
  const area = plotArea(200, 100, {left: 20, right: 10, top: 10, bottom: 20});
  assert.deepEqual([area.left, area.right, area.top, area.bottom], [20, 190, 10, 80]);
  assert.equal(xOf(area, 0, 2), 62.5);
  assert.equal(xOf(area, 1, 2), 147.5);
  assert.equal(yOf(area, 0), 80);
  assert.equal(yOf(area, 1), 10);
  assert.equal(yOf(area, 0.25), 62.5);
  assert.equal(yOf(area, 1.5), 10);
  assert.equal(barWidth(area, 2, 0.5), 42.5);
  const standard = plotArea(200, 100);
  assert.deepEqual([standard.left, standard.right, standard.top, standard.bottom], [28, 192, 8, 82]);
});

// ---- batches ------------------------------------------------------------------------------

function inputs(n: number): IndexedInput[] {
  return Array.from({length: n}, (_, i) => ({id: `e${i}`, data: {}, meta: {}}));
}

function fakeApi(answer?: (batch: IndexedInput[]) => unknown[]) {
  const calls: Array<{ids: string[], interpreter: string, config: unknown, skip?: boolean}> = [];
  const api = {
    getPreds: async () => [],
    getInterpretations: async (batch: IndexedInput[], _model: string, _dataset: string,
                               interpreter: string, config?: Record<string, unknown>,
                               _message?: string, skipPredict?: boolean) => {
      calls.push({ids: batch.map(b => b.id), interpreter, config, skip: skipPredict});
      return answer ? answer(batch) : batch.map(b => ({id: b.id}));
    },
  } as ApiService;
  return {api, calls};
}

test('batches split in order and keep the remainder', () => {
  assert.deepEqual(batches([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
  assert.deepEqual(batches([], 3), []);
  assert.throws(() => batches([1], 0), /at least 1/);
  assert.deepEqual(batches([1, 2], 1), [[1], [2]]);
});

test('interpretations over many examples go 32 at most per request, in order', async () => {
  const {api, calls} = fakeApi();
  const progress: Array<[number, number]> = [];
  const arrived: string[][] = [];
  const results = await interpretInBatches(api, inputs(70), 'm', 'd', 'layer_predictions',
                                           {a: 1}, {
                                             batchSize: 100,
                                             onProgress: (done, total) => progress.push([done, total]),
                                             onBatch: (batch, answers) => {
                                               assert.equal(batch.length, answers.length);
                                               arrived.push(batch.map(b => b.id));
                                             },
                                           });
  assert.deepEqual(calls.map(c => c.ids.length), [32, 32, 6]);
  assert.ok(calls.every(c => c.interpreter === 'layer_predictions' && c.skip === true));
  assert.deepEqual(calls[0].config, {a: 1});
  assert.deepEqual(results.map(r => (r as {id: string}).id), inputs(70).map(i => i.id));
  assert.deepEqual(progress, [[0, 70], [32, 70], [64, 70], [70, 70]]);
  assert.deepEqual(arrived, calls.map(c => c.ids));
});

test('a batch answered with the wrong number of results fails; an abort stops early', async () => {
  const short = fakeApi(batch => batch.slice(1));
  await assert.rejects(interpretInBatches(short.api, inputs(3), 'm', 'd', 'x', {}),
                       /returned 2 results for 3 examples/);
  const none = fakeApi(() => null as unknown as unknown[]);
  await assert.rejects(interpretInBatches(none.api, inputs(3), 'm', 'd', 'x', {}),
                       /^Error: 'x' returned no results for 3 examples\.$/);
  const controller = new AbortController();
  const {api, calls} = fakeApi(batch => {
    controller.abort(new Error('stopped'));
    return batch;
  });
  await assert.rejects(interpretInBatches(api, inputs(10), 'm', 'd', 'x', {},
                                          {batchSize: 4, signal: controller.signal}), /stopped/);
  assert.equal(calls.length, 1);
});

// ---- batch runs ---------------------------------------------------------------------------

test('a batch run reports progress, ends cleanly and is stopped by the next one', async () => {
  let changes = 0;
  const run = new BatchRun(() => changes++);
  const seen: Array<[number, number] | null> = [];
  const {api} = fakeApi(batch => {
    seen.push(run.progress && [...run.progress]);
    return batch;
  });
  const results = await run.track(options => interpretInBatches(api, inputs(5), 'm', 'd', 'x', {},
                                                                {...options, batchSize: 2}));
  assert.equal(results.length, 5);
  assert.deepEqual(seen, [[0, 5], [2, 5], [4, 5]]);
  assert.equal(run.running, false);
  assert.equal(run.progress, null);
  assert.ok(changes >= 5);

  // A second run stops the first before its next batch; the first's end leaves the second alone.
  let release!: () => void;
  const gate = new Promise<void>(resolve => (release = resolve));
  const slow = fakeApi(batch => batch);
  const first = run.track(async options => {
    await gate;
    return interpretInBatches(slow.api, inputs(4), 'm', 'd', 'x', {}, {...options, batchSize: 2});
  });
  const second = run.track(async () => 'second');
  release();
  await assert.rejects(first);
  assert.equal(slow.calls.length, 0);
  assert.equal(await second, 'second');
  assert.equal(run.running, false);
  run.stop();
});

test('a batch run is running while its work is; a stopped run\'s progress and end leave the next alone', async () => {
  const run = new BatchRun(() => {});
  let release!: () => void;
  const gate = new Promise<void>(resolve => (release = resolve));
  let stale!: (done: number, total: number) => void;
  const first = run.track(async ({onProgress}) => {
    stale = onProgress;
    await gate;
    return 'first';
  });
  assert.equal(run.running, true);
  let finish!: () => void;
  const second = run.track(async ({onProgress}) => {
    onProgress(1, 4);
    await new Promise<void>(resolve => (finish = resolve));
    return 'second';
  });
  stale(3, 3);                       // the stopped run reports late: ignored
  assert.deepEqual(run.progress, [1, 4]);
  release();
  assert.equal(await first, 'first');  // the stopped run ends: the second is still running
  assert.equal(run.running, true);
  assert.deepEqual(run.progress, [1, 4]);
  finish();
  assert.equal(await second, 'second');
  assert.equal(run.running, false);
});

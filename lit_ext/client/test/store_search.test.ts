import assert from 'node:assert/strict';
import {test} from 'node:test';

import {addMissingRows, checkAddedIds, columnKinds, formatCell, newDatapoint, parseStoreAnswer, PatternLimits, queryConfig, selectionPlan, StoreAnswer, StoreRow, tableColumns} from '../src/store_search';

function storeRow(row: number, sentence: string, pPositive: number, label = 'negative'): StoreRow {
  return {
    row, id: `id-${row}`, data: {sentence, label},
    values: {predicted: pPositive > 0.5 ? 'positive' : 'negative',
             correct: (pPositive > 0.5) === (label === 'positive'),
             p_negative: 1 - pPositive, p_positive: pPositive},
  };
}

const ROWS = [storeRow(7, 'a dull film', 0.9), storeRow(3, 'fine', 0.2, 'positive')];
const KINDS = columnKinds(ROWS);

// ---- the query ------------------------------------------------------------------------------

test('column kinds come from the JSON values of answer rows', () => {
  assert.deepEqual(Object.fromEntries(KINDS), {
    row: 'number', sentence: 'text', label: 'text', predicted: 'text', correct: 'boolean',
    p_negative: 'number', p_positive: 'number'});
});

test('the query config keeps every filter, typed by its column, and the sort direction', () => {
  const config = queryConfig({
    filters: [{column: 'correct', operator: '=', value: 'false'},
              {column: 'p_positive', operator: '>=', value: ' 0.25 '},
              {column: 'sentence', operator: 'regex', value: '\\bdull\\b'},
              {column: 'label', operator: '=', value: '1'}],
    orderBy: 'p_positive', descending: true, limit: 50, pattern: null,
  }, KINDS, 'store');
  assert.deepEqual(config, {
    filters: [{column: 'correct', operator: '=', value: false},
              {column: 'p_positive', operator: '>=', value: 0.25},
              {column: 'sentence', operator: 'regex', value: '\\bdull\\b'},
              // A text column compares text, even when it looks like a number.
              {column: 'label', operator: '=', value: '1'}],
    order_by: 'p_positive', descending: true, limit: 50, dataset_name: 'store'});
  const ascending = queryConfig({filters: [], orderBy: '', descending: false, limit: 1,
                                 pattern: null}, KINDS, 'store');
  assert.equal(ascending.descending, false);
  assert.equal(ascending.order_by, null);
});

test('values a column cannot hold are refused with the fix', () => {
  const form = (column: string, value: string) =>
      ({filters: [{column, operator: '<' as const, value}], orderBy: '', descending: false,
        limit: 10, pattern: null});
  assert.throws(() => queryConfig(form('p_positive', 'high'), KINDS, 's'),
                /p_positive holds numbers: "high" is not one/);
  assert.throws(() => queryConfig(form('correct', 'yes'), KINDS, 's'), /true or false/);
  assert.throws(() => queryConfig({...form('row', '1'), limit: 1001}, KINDS, 's'),
                /between 1 and 1000 rows/);
  // A column no answer row showed is typed by how its value looks.
  assert.equal(queryConfig(form('cls_norm', '2.5'), KINDS, 's').filters[0].value, 2.5);
  assert.equal(queryConfig(form('flag', 'TRUE'), KINDS, 's').filters[0].value, true);
  assert.equal(queryConfig(form('name', 'x1'), KINDS, 's').filters[0].value, 'x1');
});

// ---- the answer -----------------------------------------------------------------------------

const LIMITS: PatternLimits = {edgeMinWeight: 0.3, numLayers: 6, numHeads: 12};

test('a pattern is sent as attention_search takes it, strongest first, within the store', () => {
  const pattern = {layer: 1, head: 8, threshold: 0.5, fromToken: ' not ', toToken: '',
                   caseSensitive: true};
  const form = {filters: [{column: 'correct', operator: '=' as const, value: 'false'}],
                orderBy: 'p_positive', descending: true, limit: 20, pattern};
  const config = queryConfig(form, KINDS, 'store', LIMITS);
  assert.deepEqual(config.pattern, {layer: 1, head: 8, threshold: 0.5, from_token: 'not',
                                    to_token: '*', case_sensitive: true});
  assert.equal(config.order_by, null);  // the matches' own order: by weight
  assert.deepEqual(config.filters, [{column: 'correct', operator: '=', value: false}]);
  const refused = (change: object, message: RegExp) => assert.throws(
      () => queryConfig({...form, pattern: {...pattern, ...change}}, KINDS, 's', LIMITS), message);
  refused({threshold: 0.2}, /between 0.3 \(the smallest weight this store keeps\) and 1/);
  refused({threshold: 1.5}, /between 0.3/);
  refused({layer: 6}, /Layer 6 does not exist: choose 0–5/);
  refused({head: -1}, /Head -1 does not exist: choose 0–11/);
  refused({head: 1.5}, /Head 1.5 does not exist/);
  assert.throws(() => queryConfig(form, KINDS, 's', {...LIMITS, edgeMinWeight: null}),
                /holds no attention edges/);
  assert.equal(queryConfig({...form, pattern: null}, KINDS, 's', LIMITS).pattern, undefined);
});

test('answers are checked', () => {
  const answer = {total: 2, columns: ['correct', 'row'], rows: ROWS};
  const limits = {edgeMinWeight: 0.3, numLayers: 6, numHeads: 12};
  assert.deepEqual(parseStoreAnswer({...answer, edge_min_weight: 0.3, num_layers: 6,
                                     num_heads: 12}), {...answer, limits});
  assert.equal(parseStoreAnswer(answer).limits.edgeMinWeight, null);
  assert.throws(() => parseStoreAnswer([answer]), /not an object/);
  assert.throws(() => parseStoreAnswer({...answer, total: -1}), /no row count/);
  assert.throws(() => parseStoreAnswer({...answer, columns: [1]}), /columns are not a list/);
  assert.throws(() => parseStoreAnswer({...answer, rows: [{row: 1, data: {}, values: {}}]}),
                /rows\[0\] is not \{row, id, data, values\}/);
});

test('the table shows row, text, label, predicted, probabilities, then the sort column', () => {
  const answer: StoreAnswer = {total: 2, columns: [], rows: ROWS, limits: LIMITS};
  const keys = (orderBy: string | null) =>
      tableColumns(answer, new Set(['label']), orderBy).map(c => c.key);
  assert.deepEqual(keys(null), ['row', 'sentence', 'label', 'predicted', 'p_negative',
                                'p_positive']);
  assert.deepEqual(keys('p_positive'), keys(null));
  assert.deepEqual(keys('correct'), [...keys(null), 'correct']);
  const numeric = tableColumns(answer, new Set(['label']), null).filter(c => c.numeric);
  assert.deepEqual(numeric.map(c => c.key), ['row', 'p_negative', 'p_positive']);
  const matched = ROWS.map(r => ({...r, values: {...r.values, weight: 0.9, query: 1, key: 2,
                                                  query_token: 'dull', key_token: 'film'}}));
  assert.deepEqual(tableColumns({...answer, rows: matched}, new Set(['label']), null)
                       .map(c => c.key),
                   [...keys(null), 'weight', 'query_token', 'key_token']);
  assert.equal(formatCell(0.12345), '0.123');
  assert.equal(formatCell(12), '12');
  assert.equal(formatCell(false), '✗');
  assert.equal(formatCell(null), '–');
});

// ---- selecting ------------------------------------------------------------------------------

test('rows LIT holds are selected as they are; the others are added first', () => {
  const rows = [...ROWS, storeRow(9, 'new', 0.4), ROWS[0]];
  const plan = selectionPlan(rows, id => id === 'id-3');
  assert.deepEqual(plan.ids, ['id-7', 'id-3', 'id-9']);
  assert.deepEqual(plan.missing.map(r => r.row), [7, 9]);
  const added = newDatapoint(rows[0]);
  const meta = {added: true, source: 'store'};
  assert.deepEqual(added, {id: 'id-7', meta,
                           data: {sentence: 'a dull film', label: 'negative', _id: 'id-7',
                                  _meta: meta}});
  added.data['sentence'] = 'edited';
  assert.equal(rows[0].data['sentence'], 'a dull film');  // a copy
  checkAddedIds(plan.missing, plan.missing.map(newDatapoint));
  assert.throws(() => checkAddedIds(plan.missing, [newDatapoint(rows[2]), newDatapoint(rows[0])]),
                /Store row 7 got id id-9 from LIT, but the store query gave id-7/);
  assert.throws(() => checkAddedIds(plan.missing, []), /Asked to add 2 store rows/);
});

test('missing rows are annotated, checked and committed before they are selected', async () => {
  const rows: StoreRow[] = [0, 1, 2].map(
      i => ({row: i, id: `id-${i}`, data: {sentence: `s${i}`}, values: {}}));
  const committed: string[] = [];
  const app = {
    currentInputDataById: new Map([['id-1', newDatapoint(rows[1])]]),
    annotateNewData: async (inputs: ReturnType<typeof newDatapoint>[]) => inputs,
    commitNewDatapoints: (inputs: ReturnType<typeof newDatapoint>[]) => {
      committed.push(...inputs.map(input => input.id));
    },
  };
  const plan = await addMissingRows(rows, app);
  assert.deepEqual(plan.ids, ['id-0', 'id-1', 'id-2']);
  assert.deepEqual(committed, ['id-0', 'id-2']);
  // Ids the server gives otherwise are refused, nothing committed.
  committed.length = 0;
  await assert.rejects(addMissingRows(rows, {...app, annotateNewData: async inputs =>
      inputs.map(input => ({...input, id: `other-${input.id}`}))}), /got id other-id-0/);
  assert.deepEqual(committed, []);
});

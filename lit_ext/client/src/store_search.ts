/**
 * Store search, without the view: the `store_query` config built from the filter form, its
 * answer checked and turned into table cells, and which rows must be added to LIT's dataset
 * before they can be selected.
 */

import type {AppState, IndexedInput} from './lit_api';

export const STORE_QUERY_INTERPRETER = 'store_query';
/** The interpreter's own cap on returned rows (`store_query.MAX_ROWS`). */
export const MAX_LIMIT = 1000;
/** The operators `StoreReader` accepts, in the order the form lists them. */
export const OPERATORS = ['=', '!=', '<', '<=', '>', '>=', 'contains', 'regex'] as const;
export type Operator = typeof OPERATORS[number];
/** Operators that match text: their value is always sent as a string. */
const TEXT_OPERATORS: ReadonlySet<Operator> = new Set(['contains', 'regex']);

/** How a column's values are typed in JSON, hence how a typed value is sent. */
export type ColumnKind = 'number' | 'boolean' | 'text';

/** One row of the filter form, its value as typed. */
export interface FilterForm {
  column: string;
  operator: Operator;
  value: string;
}

/** The attention-pattern part of the form, as typed (see the `attention_search` interpreter). */
export interface PatternForm {
  layer: number;
  head: number;
  threshold: number;
  fromToken: string;
  toToken: string;
  caseSensitive: boolean;
}

export interface QueryForm {
  filters: FilterForm[];
  /** '' for the store's row order. */
  orderBy: string;
  descending: boolean;
  limit: number;
  /** Only rows matching this pattern, strongest first; null for none. */
  pattern: PatternForm | null;
}

/** What a store's answer says about its attention edges and its model's grid. */
export interface PatternLimits {
  /** The lowest threshold the store can answer; null: it holds no attention edges. */
  edgeMinWeight: number | null;
  numLayers: number;
  numHeads: number;
}

/** The `store_query` pattern config. */
export interface StorePattern {
  layer: number;
  head: number;
  threshold: number;
  from_token: string;
  to_token: string;
  case_sensitive: boolean;
}

export interface StoreFilter {
  column: string;
  operator: Operator;
  value: string | number | boolean;
}

/** The `store_query` interpreter's config. */
export type StoreQueryConfig = {
  filters: StoreFilter[];
  order_by: string | null;
  descending: boolean;
  limit: number;
  dataset_name: string;
  pattern?: StorePattern;
};

export interface StoreRow {
  /** The row's number in the store. */
  row: number;
  /** LIT's id for the example (a hash of `data`). */
  id: string;
  data: Record<string, unknown>;
  /** Stored prediction columns: `predicted`, `correct`, `p_<label>`, the sort column. */
  values: Record<string, unknown>;
}

export interface StoreAnswer {
  /** Rows matching the filters, over the whole store (not only the returned ones). */
  total: number;
  /** What can be filtered and sorted by. */
  columns: string[];
  rows: StoreRow[];
  limits: PatternLimits;
}

// ---- the query ------------------------------------------------------------------------------

/**
 * Each column's kind, read off the JSON values of answer rows; columns no row shows are left
 * out (their values are typed by how they look: see `filterValue`).
 */
export function columnKinds(rows: StoreRow[]): Map<string, ColumnKind> {
  const kinds = new Map<string, ColumnKind>();
  for (const {row, data, values} of rows) {
    for (const [column, value] of Object.entries({row, ...data, ...values})) {
      if (kinds.has(column) || value == null) continue;
      kinds.set(column, typeof value === 'number' ? 'number' :
                            typeof value === 'boolean' ? 'boolean' : 'text');
    }
  }
  return kinds;
}

/**
 * The value of a filter as the store compares it: text for `contains`/`regex` and text
 * columns, a number or a boolean where the column holds those (a column of unknown kind takes
 * what the text looks like). Throws, naming the fix, for a value the column cannot hold.
 */
export function filterValue(filter: FilterForm, kind: ColumnKind | undefined):
    string | number | boolean {
  const text = filter.value.trim();
  if (TEXT_OPERATORS.has(filter.operator) || kind === 'text') return filter.value;
  const number = text === '' ? NaN : Number(text);
  const lower = text.toLowerCase();
  if (kind === 'number' || (kind == null && Number.isFinite(number))) {
    if (!Number.isFinite(number)) {
      throw new Error(`${filter.column} holds numbers: "${filter.value}" is not one ` +
                      '(e.g. 0.5).');
    }
    return number;
  }
  if (kind === 'boolean' || (kind == null && (lower === 'true' || lower === 'false'))) {
    if (lower !== 'true' && lower !== 'false') {
      throw new Error(`${filter.column} is true or false: "${filter.value}" is neither.`);
    }
    return lower === 'true';
  }
  return filter.value;
}

/**
 * The `store_query` pattern for `form`; throws, naming the fix, for a layer, head or threshold
 * the store cannot answer (`limits`).
 */
export function patternConfig(form: PatternForm, limits: PatternLimits): StorePattern {
  if (limits.edgeMinWeight == null) {
    throw new Error('This store holds no attention edges: precompute it with the ' +
                    'attention_edges columns to search patterns over every row.');
  }
  const within = (value: number, count: number) =>
      Number.isInteger(value) && value >= 0 && value < count;
  if (!within(form.layer, limits.numLayers)) {
    throw new Error(`Layer ${form.layer} does not exist: choose 0–${limits.numLayers - 1}.`);
  }
  if (!within(form.head, limits.numHeads)) {
    throw new Error(`Head ${form.head} does not exist: choose 0–${limits.numHeads - 1}.`);
  }
  if (!(form.threshold >= limits.edgeMinWeight && form.threshold <= 1)) {
    throw new Error(`The threshold must be between ${limits.edgeMinWeight} (the smallest ` +
                    `weight this store keeps) and 1, not ${form.threshold}.`);
  }
  return {
    layer: form.layer, head: form.head, threshold: form.threshold,
    from_token: form.fromToken.trim() || '*', to_token: form.toToken.trim() || '*',
    case_sensitive: form.caseSensitive,
  };
}

/** The `store_query` config for `form` over dataset `datasetName`. */
export function queryConfig(form: QueryForm, kinds: ReadonlyMap<string, ColumnKind>,
                            datasetName: string, limits?: PatternLimits): StoreQueryConfig {
  if (!Number.isInteger(form.limit) || form.limit < 1 || form.limit > MAX_LIMIT) {
    throw new Error(`Show between 1 and ${MAX_LIMIT} rows, not ${form.limit}.`);
  }
  const config: StoreQueryConfig = {
    filters: form.filters.map(filter => ({
      column: filter.column, operator: filter.operator,
      value: filterValue(filter, kinds.get(filter.column)),
    })),
    // A pattern's matches come strongest first.
    order_by: form.pattern ? null : form.orderBy || null,
    descending: form.descending,
    limit: form.limit,
    dataset_name: datasetName,
  };
  if (form.pattern) {
    config.pattern = patternConfig(
        form.pattern, limits ?? {edgeMinWeight: null, numLayers: 0, numHeads: 0});
  }
  return config;
}

// ---- the answer -----------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return value != null && typeof value === 'object' && !Array.isArray(value);
}

/** `raw` as a `StoreAnswer`; throws, naming what is wrong, for anything else. */
export function parseStoreAnswer(raw: unknown): StoreAnswer {
  if (!isRecord(raw)) throw new Error('The store_query answer is not an object.');
  const {total, columns, rows} = raw;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 0) {
    throw new Error('The store_query answer has no row count (total).');
  }
  if (!Array.isArray(columns) || !columns.every(c => typeof c === 'string')) {
    throw new Error('The store_query answer\'s columns are not a list of names.');
  }
  if (!Array.isArray(rows)) throw new Error('The store_query answer has no rows list.');
  rows.forEach((row, i) => {
    if (!isRecord(row) || typeof row['row'] !== 'number' || typeof row['id'] !== 'string' ||
        !isRecord(row['data']) || !isRecord(row['values'])) {
      throw new Error(`store_query rows[${i}] is not {row, id, data, values}.`);
    }
  });
  const minimum = raw['edge_min_weight'];
  const limits: PatternLimits = {
    edgeMinWeight: typeof minimum === 'number' ? minimum : null,
    numLayers: Number(raw['num_layers'] ?? 0),
    numHeads: Number(raw['num_heads'] ?? 0),
  };
  return {total, columns: columns as string[], rows: rows as StoreRow[], limits};
}

// ---- the table ------------------------------------------------------------------------------

export interface TableColumn {
  /** The data field or value column it shows ('row' for the row number). */
  key: string;
  source: 'row' | 'data' | 'values';
  numeric: boolean;
}

/** A pattern search's columns: the weight and the strongest matching pair's tokens. */
const PATTERN_COLUMNS = ['weight', 'query_token', 'key_token'];

/**
 * The results table's columns: the row number, the example's text fields, its label fields,
 * `predicted`, each class probability (`p_<label>`), a pattern search's weight and token pair,
 * then the sort column if not among them.
 */
export function tableColumns(answer: StoreAnswer, labelFields: ReadonlySet<string>,
                             orderBy: string | null): TableColumn[] {
  const dataFields: string[] = [];
  const valueColumns: string[] = [];
  for (const {data, values} of answer.rows) {
    for (const key of Object.keys(data)) if (!dataFields.includes(key)) dataFields.push(key);
    for (const key of Object.keys(values)) if (!valueColumns.includes(key)) valueColumns.push(key);
  }
  const kinds = columnKinds(answer.rows);
  const column = (key: string, source: TableColumn['source']): TableColumn =>
      ({key, source, numeric: kinds.get(key) === 'number'});
  const shown = [
    column('row', 'row'),
    ...dataFields.filter(f => !labelFields.has(f)).map(f => column(f, 'data')),
    ...dataFields.filter(f => labelFields.has(f)).map(f => column(f, 'data')),
    ...valueColumns.filter(c => c === 'predicted' || c.startsWith('p_'))
        .map(c => column(c, 'values')),
    ...PATTERN_COLUMNS.filter(c => valueColumns.includes(c)).map(c => column(c, 'values')),
  ];
  if (orderBy && !shown.some(c => c.key === orderBy)) {
    shown.push(column(orderBy, valueColumns.includes(orderBy) ? 'values' : 'data'));
  }
  return shown;
}

/** A stored value as the table shows it: fractions to 3 decimals, booleans as ✓/✗. */
export function formatCell(value: unknown): string {
  if (value == null) return '–';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(3);
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return String(value);
}

export function cellValue(row: StoreRow, column: TableColumn): unknown {
  return column.source === 'row' ? row.row : column.source === 'data' ? row.data[column.key] :
                                                                          row.values[column.key];
}

// ---- selecting ------------------------------------------------------------------------------

/** Where a query's rows stand against the examples LIT holds. */
export interface SelectionPlan {
  /** Every row's id, in the answer's order: what to select. */
  ids: string[];
  /** Rows LIT does not hold yet (outside the served sample): to add first. */
  missing: StoreRow[];
}

export function selectionPlan(rows: StoreRow[], held: (id: string) => boolean): SelectionPlan {
  const ids = [...new Set(rows.map(r => r.id))];
  const seen = new Set<string>();
  const missing = rows.filter(r => !held(r.id) && !seen.has(r.id) && seen.add(r.id));
  return {ids, missing};
}

/**
 * A store row as a new LIT example: `meta.added`, so that LIT sends its fields rather than an id
 * the server's dataset lacks; `_id` and `_meta` in `data` too, as LIT's server checks them.
 */
export function newDatapoint(row: StoreRow): IndexedInput {
  const meta = {added: true, source: 'store'};
  return {id: row.id, data: {...row.data, _id: row.id, _meta: meta}, meta};
}

/** Throws unless the server gave each added row the id the store query did. */
export function checkAddedIds(rows: StoreRow[], added: IndexedInput[]) {
  if (added.length !== rows.length) {
    throw new Error(`Asked to add ${rows.length} store rows, the server annotated ` +
                    `${added.length}.`);
  }
  rows.forEach((row, i) => {
    if (added[i].id !== row.id) {
      throw new Error(`Store row ${row.row} got id ${added[i].id} from LIT, but the store ` +
                      `query gave ${row.id}: the store's ids do not match LIT's hashing ` +
                      '(restart the server with this lit-ext version).');
    }
  });
}

/**
 * Adds the rows LIT does not hold to its dataset (annotated by the server, as the datapoint
 * editor adds examples), checking their ids; resolves to the plan: every row's id to select,
 * and the rows that were added.
 */
export async function addMissingRows(
    rows: StoreRow[],
    appState: Pick<AppState, 'currentInputDataById'|'annotateNewData'|'commitNewDatapoints'>):
    Promise<SelectionPlan> {
  const held = appState.currentInputDataById;
  const plan = selectionPlan(rows, id => held.has(id));
  if (plan.missing.length > 0) {
    const added = await appState.annotateNewData(plan.missing.map(newDatapoint));
    checkAddedIds(plan.missing, added);
    appState.commitNewDatapoints(added);
  }
  return plan;
}

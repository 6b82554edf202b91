/**
 * Store search: filter, sort and search attention patterns over every row of a precomputed
 * store (`lit-ext serve --data DIR`), not only the sample LIT's data table holds, through the
 * `store_query` interpreter; then select the rows found, adding those outside the sample to
 * LIT's dataset first, so that every other module shows them.
 */

import {html, nothing, PropertyDeclarations, PropertyValues} from 'lit';
import {live} from 'lit/directives/live.js';

import {defineModule, ExtModule, moduleStyles} from './base_module';
import {someModelHasInterpreter} from './lit_base';
import type {IndexedInput, ModelInfoMap} from './lit_api';
import {addMissingRows, cellValue, ColumnKind, columnKinds, FilterForm, formatCell, MAX_LIMIT, Operator, OPERATORS, parseStoreAnswer, PatternForm, PatternLimits, QueryForm, queryConfig, STORE_QUERY_INTERPRETER, StoreAnswer, StoreQueryConfig, StoreRow, tableColumns} from './store_search';
import styles from './store_search_module.css';

/** Request keys besides the query itself. */
const COLUMNS = 'columns';
const SELECT = 'select';
const DEFAULT_LIMIT = 100;
/** The query never depends on the selection: a constant, so selecting does not re-run it. */
const NO_INPUTS: IndexedInput[] = [];

/** What the column list is learned from: the store's size and one row's value types. */
interface StoreSchema {
  columns: string[];
  kinds: Map<string, ColumnKind>;
  rows: number;
  limits: PatternLimits;
}

interface SearchResult {
  answer: StoreAnswer;
  config: StoreQueryConfig;
}

export class StoreSearchModule extends ExtModule<SearchResult> {
  static override title = 'Store search';
  static override infoMarkdown =
      'Filter and sort **every row** of the precomputed store, not only the sample in the data ' +
      'table: by the example\'s fields, the predicted class, each class\'s probability ' +
      '(`p_<label>`), whether the prediction is right (`correct`) and any other stored column. ' +
      'Operators: = != < <= > >= contains regex (case-sensitive). **Attention pattern** keeps ' +
      'the rows where a head sends at least the threshold from a token matching *from* to one ' +
      'matching *to* (a word, `/regex/`, or `*` for any text token), strongest first, read from ' +
      'the attention edges the store keeps (no forward pass). **Select in data table** ' +
      'selects the rows found; rows outside the sample are added to the dataset first, so ' +
      'every other module shows them.';
  static override numCols = 12;
  static override duplicateForExampleComparison = false;
  static override duplicateForModelComparison = false;

  static override shouldDisplayModule(modelSpecs: ModelInfoMap) {
    return someModelHasInterpreter(modelSpecs, STORE_QUERY_INTERPRETER);
  }

  static override styles = moduleStyles(styles);

  static override properties: PropertyDeclarations = {
    schema: {state: true},
    filters: {state: true},
    orderBy: {state: true},
    descending: {state: true},
    limit: {state: true},
    pattern: {state: true},
    patternOn: {state: true},
    submitted: {state: true},
    selectionNote: {state: true},
  };

  declare schema: StoreSchema | null;
  declare filters: FilterForm[];
  declare orderBy: string;
  declare descending: boolean;
  declare limit: number;
  /** The pattern part of the form (kept while switched off). */
  declare pattern: PatternForm;
  declare patternOn: boolean;
  /** The form as Run last sent it, or null before the first Run. */
  declare submitted: QueryForm | null;
  /** What "Select in data table" last did. */
  declare selectionNote: string | null;

  protected readonly emptyMessage =
      'Build a query (or none, for the store\'s first rows) and press Run.';

  constructor() {
    super();
    this.schema = null;
    this.filters = [];
    this.orderBy = '';
    this.descending = true;
    this.limit = DEFAULT_LIMIT;
    this.pattern = {layer: 0, head: 0, threshold: 0.5, fromToken: '*', toToken: '*',
                    caseSensitive: false};
    this.patternOn = false;
    this.submitted = null;
    this.selectionNote = null;
  }

  protected override get inputs(): IndexedInput[] {
    return NO_INPUTS;
  }

  protected override get canLoad(): boolean {
    return this.submitted != null;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.reactImmediately(() => this.appState.currentDataset, () => this.loadSchema());
  }

  private query(config: Record<string, unknown>): Promise<StoreAnswer> {
    // One instance for all models (LIT then gives it none): the store is the dataset's, and
    // `store_query` is served with every model.
    const model = this.appState.currentModels[0];
    return this.apiService.getInterpretations(
        [], model, this.appState.currentDataset, STORE_QUERY_INTERPRETER, config,
        'Querying the store', /* skipPredict= */ true)
        .then(raw => parseStoreAnswer(raw as unknown));
  }

  /** The columns to filter by, from a one-row query. */
  private async loadSchema() {
    this.schema = null;
    const answer = await this.request(
        COLUMNS, this.query({limit: 1, dataset_name: this.appState.currentDataset}));
    if (answer == null) return;
    this.schema = {columns: answer.columns, kinds: columnKinds(answer.rows), rows: answer.total,
                   limits: answer.limits};
  }

  protected async load(): Promise<SearchResult> {
    // A value the column cannot hold is refused here, shown like a server error.
    const config = queryConfig(this.submitted!, this.schema?.kinds ?? new Map(),
                               this.appState.currentDataset, this.schema?.limits);
    return {answer: await this.query(config), config};
  }

  private run() {
    this.selectionNote = null;
    this.cancel(SELECT);
    this.submitted = {filters: this.filters, orderBy: this.orderBy, descending: this.descending,
                      limit: this.limit, pattern: this.patternOn ? this.pattern : null};
    this.reload();
  }

  // ---- selecting ------------------------------------------------------------------------------

  private async selectRows() {
    const rows = this.data?.answer.rows ?? [];
    this.selectionNote = null;
    const added = await this.request(SELECT, this.addAndSelect(rows));
    if (added == null) return;
    const count = `${rows.length} row${rows.length === 1 ? '' : 's'}`;
    this.selectionNote = added ? `Selected ${count}; ${added} added to the data table.` :
                                 `Selected ${count}.`;
  }

  /** Selects `rows`, first adding those LIT does not hold; resolves to how many were added. */
  private async addAndSelect(rows: StoreRow[]): Promise<number> {
    const plan = await addMissingRows(rows, this.appState);
    this.selectionService.selectIds(plan.ids, this);
    return plan.missing.length;
  }

  // ---- the form ---------------------------------------------------------------------------

  private setFilter(index: number, change: Partial<FilterForm>) {
    this.filters = this.filters.map((f, i) => (i === index ? {...f, ...change} : f));
  }

  private addFilter() {
    const column = this.schema?.columns.includes('correct') ? 'correct' :
                                                               this.schema?.columns[0] ?? '';
    this.filters = [...this.filters, {column, operator: '=', value: ''}];
  }

  private removeFilter(index: number) {
    this.filters = this.filters.filter((_, i) => i !== index);
  }

  private renderFilter(filter: FilterForm, index: number, columns: string[]) {
    return html`
      <div class="filter" data-index=${index}>
        <select class="filter-column" aria-label="Column"
            @change=${(e: Event) => this.setFilter(index, {column: (e.target as HTMLSelectElement).value})}>
          ${columns.map(c => html`<option value=${c} ?selected=${c === filter.column}>${c}</option>`)}
        </select>
        <select class="filter-operator" aria-label="Operator"
            @change=${(e: Event) => this.setFilter(index, {operator: (e.target as HTMLSelectElement).value as Operator})}>
          ${OPERATORS.map(op => html`<option value=${op} ?selected=${op === filter.operator}>${op}</option>`)}
        </select>
        <input class="filter-value" aria-label="Value" .value=${live(filter.value)}
            placeholder=${this.schema?.kinds.get(filter.column) ?? 'value'}
            @input=${(e: Event) => this.setFilter(index, {value: (e.target as HTMLInputElement).value})}
            @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.run()}>
        <button class="hairline-button remove-filter" title="Remove this filter"
            @click=${() => this.removeFilter(index)}>×</button>
      </div>`;
  }

  private setPattern(change: Partial<PatternForm>) {
    this.pattern = {...this.pattern, ...change};
  }

  private renderPattern(limits: PatternLimits) {
    const available = limits.edgeMinWeight != null;
    const number = (e: Event) => Number((e.target as HTMLInputElement).value);
    const text = (e: Event) => (e.target as HTMLInputElement).value;
    const enter = (e: KeyboardEvent) => e.key === 'Enter' && this.run();
    const on = available && this.patternOn;
    return html`
      <div class="toolbar pattern">
        <label title=${available ? 'Keep only rows where a head sends attention between tokens' :
                                   'This store holds no attention edges (precompute it with ' +
                                   'the attention_edges columns)'}>
          <input type="checkbox" class="pattern-on" ?disabled=${!available} .checked=${live(on)}
              @change=${(e: Event) => (this.patternOn = (e.target as HTMLInputElement).checked)}>
          Attention pattern</label>
        ${on ? html`
          <label>layer <input type="number" class="pattern-layer" min="0"
              max=${limits.numLayers - 1} .value=${live(String(this.pattern.layer))}
              @change=${(e: Event) => this.setPattern({layer: number(e)})}></label>
          <label>head <input type="number" class="pattern-head" min="0"
              max=${limits.numHeads - 1} .value=${live(String(this.pattern.head))}
              @change=${(e: Event) => this.setPattern({head: number(e)})}></label>
          <label>sends ≥ <input type="number" class="pattern-threshold"
              min=${limits.edgeMinWeight} max="1" step="0.05"
              .value=${live(String(this.pattern.threshold))}
              @change=${(e: Event) => this.setPattern({threshold: number(e)})}></label>
          <label>from <input class="pattern-from" .value=${live(this.pattern.fromToken)}
              placeholder="* any, word or /regex/" @keydown=${enter}
              @input=${(e: Event) => this.setPattern({fromToken: text(e)})}></label>
          <label>to <input class="pattern-to" .value=${live(this.pattern.toToken)}
              placeholder="* any, word or /regex/" @keydown=${enter}
              @input=${(e: Event) => this.setPattern({toToken: text(e)})}></label>
          <label><input type="checkbox" class="pattern-case" .checked=${live(this.pattern.caseSensitive)}
              @change=${(e: Event) => this.setPattern({caseSensitive: (e.target as HTMLInputElement).checked})}>
            case-sensitive</label>
          <span class="hint">strongest first; weights ≥ ${limits.edgeMinWeight} are stored</span>` :
          nothing}
      </div>`;
  }

  protected override renderControls() {
    const columns = this.schema?.columns ?? [];
    const schemaStatus = this.renderStatus(COLUMNS, null, 'Reading the store\'s columns…');
    if (this.schema == null) return html`<div class="toolbar">${schemaStatus}</div>`;
    return html`
      <div class="toolbar filters">
        <span class="hint">${this.schema.rows.toLocaleString()} rows in the store</span>
        ${this.filters.map((f, i) => this.renderFilter(f, i, columns))}
        <button class="hairline-button add-filter" @click=${() => this.addFilter()}>+ Filter</button>
      </div>
      ${this.renderPattern(this.schema.limits)}
      <div class="toolbar">
        <label>Sort by
          <select class="order-by" ?disabled=${this.patternOn} @change=${(e: Event) => (this.orderBy = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${this.orderBy === ''}>row</option>
            ${columns.map(c => html`<option value=${c} ?selected=${c === this.orderBy}>${c}</option>`)}
          </select>
        </label>
        <select class="direction" aria-label="Direction"
            ?disabled=${this.orderBy === '' || this.patternOn}
            @change=${(e: Event) => (this.descending = (e.target as HTMLSelectElement).value === 'desc')}>
          <option value="desc" ?selected=${this.descending}>descending</option>
          <option value="asc" ?selected=${!this.descending}>ascending</option>
        </select>
        <label>Show
          <input type="number" class="limit" min="1" max=${MAX_LIMIT} .value=${live(String(this.limit))}
              @change=${(e: Event) => (this.limit = Number((e.target as HTMLInputElement).value))}>
          rows</label>
        <button class="hairline-button run" @click=${() => this.run()}>Run</button>
      </div>`;
  }

  // ---- the results ------------------------------------------------------------------------

  protected renderData({answer, config}: SearchResult) {
    const spec = this.appState.currentDatasetSpec;
    const labelFields = new Set(Object.keys(spec).filter(f => spec[f]?.name === 'CategoryLabel'));
    const columns = tableColumns(answer, labelFields, config.order_by);
    const held = this.appState.currentInputDataById;
    const outside = answer.rows.filter(r => !held.has(r.id)).length;
    const shown = answer.rows.length < answer.total ? ` (showing the first ${answer.rows.length})` : '';
    const arrow = config.descending ? '↓' : '↑';
    return html`
      <div class="summary">
        <span class="match-count">${answer.total.toLocaleString()} of ${
            (this.schema?.rows ?? answer.total).toLocaleString()} rows match${shown}</span>
        <button class="hairline-button select-rows" ?disabled=${answer.rows.length === 0}
            @click=${() => this.selectRows()}>Select in data table</button>
        ${outside ? html`<span class="hint">${outside} outside the data table's sample (◦):
            selecting adds them</span>` : nothing}
        ${this.renderStatus(SELECT, this.selectionNote, 'Adding rows to the data table…')}
      </div>
      <table class="results">
        <thead>
          <tr>${columns.map(c => html`
            <th class=${c.numeric ? 'num' : ''} data-col=${c.key}>${c.key}${
                c.key === config.order_by ? ` ${arrow}` : ''}</th>`)}</tr>
        </thead>
        <tbody>
          ${answer.rows.map(row => html`
            <tr data-row=${row.row} data-id=${row.id}>
              ${columns.map(c => {
                const value = cellValue(row, c);
                return html`<td class=${c.numeric ? 'num' : c.source === 'data' ? 'text' : ''}
                    data-col=${c.key} title=${typeof value === 'number' ? String(value) : ''}>${
                    formatCell(value)}${c.key === 'row' && !held.has(row.id) ?
                        html`<span class="outside" title="outside the data table's sample"> ◦</span>` :
                        nothing}</td>`;
              })}
            </tr>`)}
        </tbody>
      </table>`;
  }

  override updated(changed: PropertyValues) {
    super.updated(changed);
    Object.assign(this.dataset, {
      columnsState: this.stateOf(COLUMNS, this.schema != null),
      selectState: this.stateOf(SELECT, this.selectionNote != null),
      total: String(this.data?.answer.total ?? ''),
    });
  }
}

defineModule('store-search-module', StoreSearchModule);

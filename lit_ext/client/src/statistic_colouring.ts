/**
 * The model view's "Colour by" a head statistic: which statistic, over which examples (the
 * selection, or the whole dataset on request, with progress), the merged aggregate, and the
 * legend. The model view asks it for each head's colour and tooltip text.
 */

import {html, nothing} from 'lit';

import {interpretPerBatch} from './batch_answers';
import {BatchRun} from './batch_run';
import {cssColor} from './colors';
import {HEAD_STATISTICS_INTERPRETER, mergeAggregates, parseHeadStatistics, scaleTop, STATISTIC_LABELS, statisticColor, StatisticsAggregate} from './head_statistics';
import {errorMessage} from './lit_base';
import type {ApiService, IndexedInput} from './lit_api';

type Scope = 'selection' | 'dataset';

/** What the colouring needs to know about its view, read when it loads. */
export interface ColouringContext {
  api: ApiService;
  model: string;
  dataset: string;
  selected: IndexedInput[];
  all: IndexedInput[];
}

export class StatisticColouring {
  /** The statistic heads are coloured by, or null. */
  statistic: string | null = null;
  private scope: Scope = 'selection';
  private aggregate: StatisticsAggregate | null = null;
  /** What `aggregate` was computed over (model, dataset, example ids). */
  private aggregateKey = '';
  /** What the run in flight computes over. */
  private runKey = '';
  private error: string | null = null;
  private readonly run: BatchRun;
  /** Numbers the loads: a run that finishes after a newer one started is dropped. */
  private seq = 0;

  /** `onChange` is called whenever what is painted, the legend or the progress changes. */
  constructor(private readonly context: () => ColouringContext,
              private readonly onChange: () => void) {
    this.run = new BatchRun(onChange);
  }

  /** Changes whenever the thumbnails' colours change. */
  get paintKey(): string {
    return this.statistic && this.aggregate ? `${this.statistic}\u0000${this.aggregateKey}` : '';
  }

  /** 'off', 'loading', 'error', 'ready' or 'empty', for `data-*` attributes. */
  get state(): string {
    if (this.statistic == null) return 'off';
    return this.run.running ? 'loading' : this.error ? 'error' : this.aggregate ? 'ready' : 'empty';
  }

  setStatistic(statistic: string | null) {
    this.statistic = statistic;
    this.refresh();
  }

  private setScope(scope: Scope) {
    this.scope = scope;
    this.refresh();
  }

  /** Loads the aggregate for the current examples, unless it has it already. */
  async refresh() {
    if (this.statistic == null) {
      this.seq++;
      this.run.stop();
      return;
    }
    const {api, model, dataset, selected, all} = this.context();
    const inputs = this.scope === 'dataset' ? all : selected;
    const key = [model, dataset, ...inputs.map(input => input.id)].join('\u0000');
    // A selection change while the whole dataset is computed must not restart it.
    if (key === this.runKey && this.run.running) return;
    const seq = ++this.seq;
    if (key === this.aggregateKey && this.aggregate) {
      this.run.stop();
      this.onChange();
      return;
    }
    this.aggregate = null;
    this.aggregateKey = '';
    this.error = null;
    if (inputs.length === 0) {
      this.run.stop();
      this.onChange();
      return;
    }
    this.runKey = key;
    try {
      const answers = await this.run.track(options => interpretPerBatch(
          api, inputs, model, dataset, HEAD_STATISTICS_INTERPRETER, {weighting: 'token'},
          {...options, message: 'Computing head statistics'}));
      if (seq !== this.seq) return;
      this.aggregate = mergeAggregates(answers.map(parseHeadStatistics));
      this.aggregateKey = key;
    } catch (err) {
      // A run stopped by a newer one (or the Stop button) is not an error.
      if (seq !== this.seq || (err as Error)?.name === 'AbortError') return;
      this.error = errorMessage(err);
    }
    this.onChange();
  }

  stop() {
    this.run.stop();
  }

  /** Head (layer, head)'s colour, or null while there is none to show. */
  color(layer: number, head: number): [number, number, number] | null {
    const value = this.valueOf(layer, head);
    return value == null ? null : statisticColor(value, scaleTop(this.aggregate!, this.statistic!));
  }

  /** ", <statistic> <value> <unit>" for a thumbnail's tooltip, or ''. */
  describe(layer: number, head: number): string {
    const value = this.valueOf(layer, head);
    if (value == null) return '';
    const unit = this.aggregate!.units[this.statistic!] ?? '';
    return `, ${STATISTIC_LABELS[this.statistic!] ?? this.statistic} ${value.toFixed(4)} ${unit}`;
  }

  private valueOf(layer: number, head: number): number | null {
    if (this.statistic == null || this.aggregate == null) return null;
    const values = this.aggregate.values[this.statistic];
    if (values == null) {
      throw new Error(`The server's head statistics have no '${this.statistic}'.`);
    }
    return values[layer]?.[head] ?? null;
  }

  renderLegend() {
    if (this.statistic == null) return nothing;
    const {selected, all} = this.context();
    const progress = this.run.progress;
    const aggregate = this.aggregate;
    const label = STATISTIC_LABELS[this.statistic] ?? this.statistic;
    let scale: unknown = nothing;
    if (aggregate != null) {
      const top = scaleTop(aggregate, this.statistic);
      const stops = [0, 0.25, 0.5, 0.75, 1].map(t => cssColor(statisticColor(t * top, top)));
      const unit = aggregate.units[this.statistic] ?? '';
      const topNote = this.statistic === 'entropy' ? ' (uniform attention)' : '';
      scale = html`
        <span class="hint statistic-summary">${label}, mean over ${aggregate.numQueries} tokens
          of ${aggregate.numExamples} example${aggregate.numExamples === 1 ? '' : 's'}:</span>
        <span class="statistic-scale">0
          <span class="ramp" style="background: linear-gradient(to right, ${stops.join(', ')})">
          </span>${top.toFixed(top === 1 ? 0 : 2)}${topNote} ${unit}</span>`;
    }
    return html`
      <div class="panel statistic-legend">
        <span class="scope" role="group" aria-label="Examples">
          <button class="hairline-button statistic-selection ${
              this.scope === 'selection' ? 'on' : ''}"
              @click=${() => this.setScope('selection')}>Selected (${selected.length})</button>
          <button class="hairline-button statistic-dataset ${this.scope === 'dataset' ? 'on' : ''}"
              @click=${() => this.setScope('dataset')}>All ${all.length} examples</button>
        </span>
        ${progress ? html`
          <progress max=${progress[1]} value=${progress[0]}></progress>
          <span class="hint">${progress[0]} / ${progress[1]}</span>
          <button class="hairline-button stop" @click=${() => this.setScope('selection')}
              ?hidden=${this.scope !== 'dataset'}>Stop</button>` : nothing}
        ${this.error ? html`<div class="status error" role="alert">${this.error}</div>` : nothing}
        ${selected.length === 0 && this.scope === 'selection' ?
            html`<span class="hint">Select examples, or use all of them.</span>` : scale}
      </div>`;
  }
}

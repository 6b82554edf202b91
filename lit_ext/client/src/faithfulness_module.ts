/**
 * Faithfulness: which salience map to trust. For the selected examples (or the whole dataset),
 * every salience method's ERASER comprehensiveness and sufficiency and its Kendall τ against
 * leave-one-out (`faithfulness`), averaged over the examples, best first, with a `random`
 * baseline row. Scores are computed a few examples at a time, with progress, and remembered
 * per example, so that widening the selection only scores the new examples.
 */

import {html, nothing, PropertyDeclarations, PropertyValues} from 'lit';
import {live} from 'lit/directives/live.js';

import {FAITHFULNESS_INTERPRETER, FaithfulnessPayload, parseFaithfulness} from './analysis_payloads';
import {defineModule, ExtModule, moduleStyles} from './base_module';
import {BatchRun} from './batch_run';
import {interpretInBatches} from './batches';
import styles from './faithfulness_module.css';
import {averageByMethod, bestFirst, SCORE_COLUMNS, ScoreKey} from './faithfulness_table';
import {someModelHasInterpreter} from './lit_base';
import type {IndexedInput, ModelInfoMap} from './lit_api';
import type {ExportSource} from './export_menu';
import {tableFigure} from './view_exports';

/** Examples per request: small enough for progress to move every second or two. */
const BATCH_SIZE = 4;
const RANDOM = 'random';
/**
 * Left out until the user ticks them: LIME explains by hundreds of perturbed forward passes
 * per example, more than all other methods together, and the table follows every selection.
 */
const OPT_IN_METHODS = ['LIME'];

type Scope = 'selection' | 'dataset';

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

export class FaithfulnessModule extends ExtModule<FaithfulnessPayload[]> {
  static override title = 'Faithfulness of Salience Maps';
  static override infoMarkdown =
      'Which salience map to trust (ERASER, DeYoung et al. 2020), for each salience method ' +
      'averaged over the examples; words are deleted from the text, top-scored first.\n\n' +
      '* **Comprehensiveness** (higher is better): p(predicted class | text) − p(predicted ' +
      'class | text without the method\'s top words), averaged over removing the top 10, 20 ' +
      'and 50% of the words (AOPC). Deleting truly important words should hurt.\n' +
      '* **Sufficiency** (lower is better): p(predicted class | text) − p(predicted class | ' +
      'only the top words), averaged the same way. The top words alone should be enough.\n' +
      '* **Kendall τ** (higher is better): rank correlation between the method\'s word scores ' +
      'and leave-one-out importance (the drop when that word alone is deleted).\n\n' +
      'The **random** row scores words at random: a method that does not beat it explains ' +
      'nothing about this model. Subword scores are summed into words. LIME, by far the ' +
      'slowest, is scored once you tick it.';
  static override numCols = 6;
  static override duplicateForExampleComparison = false;

  static override shouldDisplayModule(modelSpecs: ModelInfoMap) {
    return someModelHasInterpreter(modelSpecs, FAITHFULNESS_INTERPRETER);
  }

  static override styles = moduleStyles(styles);

  static override properties: PropertyDeclarations = {
    scope: {state: true},
    excluded: {state: true},
    sortKey: {state: true},
  };

  declare scope: Scope;
  /** Salience methods left out (all but OPT_IN_METHODS are scored by default). */
  declare excluded: ReadonlySet<string>;
  declare sortKey: ScoreKey;

  /** Scores per (model, dataset, methods, example), kept across selections. */
  private readonly scores = new Map<string, FaithfulnessPayload>();
  private readonly run = new BatchRun(() => this.requestUpdate());
  protected readonly emptyMessage =
      'Select examples to score the salience methods on them, or score the whole dataset.';

  constructor() {
    super();
    this.scope = 'selection';
    this.excluded = new Set(OPT_IN_METHODS);
    this.sortKey = 'comprehensiveness';
  }

  protected override get inputs(): IndexedInput[] {
    return this.scope === 'dataset' ? this.appState.currentInputData :
                                      this.selectionService.selectedInputData;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.run.stop();
  }

  /** The model's token salience methods, as the server names them. */
  private get methods(): string[] {
    const interpreters = this.appState.metadata?.interpreters ?? {};
    const names = this.appState.currentModelInfos[this.model]?.interpreters ?? [];
    return names.filter(name => Object.values(interpreters[name]?.metaSpec ?? {})
                                    .some(spec => spec?.name === 'TokenSalience'));
  }

  /** The `methods` config: empty for every method. */
  private get methodsConfig(): string {
    const kept = this.methods.filter(m => !this.excluded.has(m));
    return kept.length === this.methods.length ? '' : kept.join(',');
  }

  protected async load(inputs: IndexedInput[]) {
    const methods = this.methodsConfig;
    const prefix = [this.model, this.appState.currentDataset, methods].join('\u0000');
    const key = (input: IndexedInput) => `${prefix}\u0000${input.id}`;
    const missing = inputs.filter(input => !this.scores.has(key(input)));
    await this.run.track(options => interpretInBatches(
        this.apiService, missing, this.model, this.appState.currentDataset,
        FAITHFULNESS_INTERPRETER, {methods}, {
          ...options, batchSize: BATCH_SIZE,
          message: 'Scoring the faithfulness of salience maps',
          // Kept batch by batch: a run that is stopped or restarted loses nothing it scored.
          onBatch: (batch, results) => results.forEach(
              (raw, i) => this.scores.set(key(batch[i]), parseFaithfulness(raw))),
        }));
    return inputs.map(input => this.scores.get(key(input))!);
  }

  protected override get loadingMessage(): string {
    const [done, total] = this.run.progress ?? [0, 0];
    return total ? `Scoring examples: ${done} / ${total}…` : 'Scoring…';
  }

  // ---- controls ---------------------------------------------------------------------------

  protected override inputsChanged() {
    // Nothing to score (an empty selection) loads nothing, so would not stop a run in flight.
    this.run.stop();
  }

  private setScope(scope: Scope) {
    this.scope = scope;
    this.run.stop();
    this.reload();
  }

  private toggleMethod(name: string) {
    const next = new Set(this.excluded);
    if (!next.delete(name)) next.add(name);
    // At least one method besides the random baseline: the box the user cleared is ticked again.
    if (this.methods.every(m => next.has(m))) {
      this.requestUpdate();
      return;
    }
    this.excluded = next;
    this.reload();
  }

  protected override renderControls() {
    const selected = this.selectionService.selectedInputData.length;
    const all = this.appState.currentInputData.length;
    const progress = this.run.progress;
    return html`
      <div class="toolbar">
        <span class="scope" role="group" aria-label="Examples">
          <button class="hairline-button scope-selection ${this.scope === 'selection' ? 'on' : ''}"
              @click=${() => this.setScope('selection')}>Selected (${selected})</button>
          <button class="hairline-button scope-dataset ${this.scope === 'dataset' ? 'on' : ''}"
              @click=${() => this.setScope('dataset')}>All ${all} examples</button>
        </span>
        ${progress ? html`
          <progress max=${progress[1]} value=${progress[0]}></progress>
          <button class="hairline-button stop" @click=${() => this.setScope('selection')}
              ?hidden=${this.scope !== 'dataset'}>Stop</button>` : nothing}
      </div>
      <div class="methods" role="group" aria-label="Salience methods">
        <span class="hint">Methods</span>
        ${this.methods.map(name => html`
          <label><input type="checkbox" class="method" data-method=${name}
              .checked=${live(!this.excluded.has(name))} @change=${() => this.toggleMethod(name)}
              >${name}</label>`)}
      </div>`;
  }

  // ---- the table --------------------------------------------------------------------------

  protected renderData(payloads: FaithfulnessPayload[]) {
    if (payloads.length === 0) return nothing;
    const rows = bestFirst(averageByMethod(payloads), this.sortKey);
    const fractions = payloads[0].fractions.map(percent).join(', ');
    const count = `${payloads.length} example${payloads.length === 1 ? '' : 's'}`;
    return html`
      <div class="hint summary">Mean over ${count}; top ${fractions} of the words removed.
        Click a column to rank by it.</div>
      <table class="faithfulness">
        <thead>
          <tr>
            <th>Method</th>
            ${SCORE_COLUMNS.map(column => html`
              <th class="num sortable ${column.key === this.sortKey ? 'sorted' : ''}"
                  data-col=${column.key} title=${`${column.label}: ${column.definition}; ` +
                      `${column.higherIsBetter ? 'higher' : 'lower'} is better`}
                  @click=${() => (this.sortKey = column.key)}>
                ${column.label} ${column.higherIsBetter ? '↑' : '↓'}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(row => html`
            <tr data-method=${row.name} class=${row.name === RANDOM ? 'baseline' : ''}>
              <td>${row.name === RANDOM ? 'random (baseline)' : row.name}${row.refused ? html`
                <span class="refused" title=${row.errors.join('\n')}>refused ${
                    row.refused} of ${payloads.length}</span>` : nothing}</td>
              ${SCORE_COLUMNS.map(({key}) => {
                const value = row[key];
                const over = `over ${row.counts[key]} of ${payloads.length} examples`;
                return html`<td class="num" data-col=${key}
                    title=${value == null ? `undefined on every example` :
                                            `${value.toPrecision(6)} ${over}`}>${
                    value == null ? '–' : value.toFixed(3)}</td>`;
              })}
            </tr>`)}
        </tbody>
      </table>`;
  }

  protected override exportSource(payloads: FaithfulnessPayload[]): ExportSource | null {
    if (payloads.length === 0) return null;
    const rows = bestFirst(averageByMethod(payloads), this.sortKey);
    const fractions = payloads[0].fractions;
    const count = `${payloads.length} example${payloads.length === 1 ? '' : 's'}`;
    const caption = `Faithfulness of salience maps, mean over ${count} ` +
        `(top ${fractions.map(percent).join(', ')} of the words removed), best first by ` +
        `${SCORE_COLUMNS.find(c => c.key === this.sortKey)!.label}.`;
    const columns = SCORE_COLUMNS.map(c => ({
      key: c.key, label: `${c.label} ${c.higherIsBetter ? '↑' : '↓'}`,
    }));
    return {
      view: 'faithfulness', name: this.exportName('faithfulness', this.sortKey),
      title: 'Faithfulness of salience maps',
      figure: () => tableFigure(caption, columns, rows.map(row => ({
        name: row.name === RANDOM ? 'random (baseline)' : row.name,
        values: {comprehensiveness: row.comprehensiveness, sufficiency: row.sufficiency,
                 kendallTau: row.kendallTau},
      }))),
      data: () => ({
        model: this.model, examples: this.inputs.map(input => input.id), fractions,
        sort_key: this.sortKey, rows,
      }),
      standalone: () => null,
    };
  }

  override updated(changed: PropertyValues) {
    super.updated(changed);
    Object.assign(this.dataset, {
      scope: this.scope, sortKey: this.sortKey, methods: this.methodsConfig,
      examples: String(this.data?.length ?? 0),
    });
  }
}

defineModule('faithfulness-module', FaithfulnessModule);

/**
 * Corpus factors: the NMF factors fitted once over a corpus (`corpus_nmf`), each with the
 * served dataset's top tokens and top examples (a served store's: over every row), bars
 * proportional to the numbers; a click on an example selects it in LIT (adding a store row
 * LIT does not hold first), and the selected example's tokens are tinted by the picked factor.
 */

import {html, nothing, PropertyDeclarations, PropertyValues} from 'lit';

import {defineModule, ExtModule, moduleStyles} from './base_module';
import {categoricalColor, rgba} from './colors';
import {barFraction, CORPUS_NMF_INTERPRETER, CorpusFactorsPayload, corpusFactorsJson, factorActivations, fitDescription, formatValue, largest, listsDescription, parseCorpusFactors, tintScale, TopExample, topExampleRows} from './corpus_factors';
import styles from './corpus_factors_module.css';
import type {ExportSource} from './export_menu';
import {someModelHasInterpreter} from './lit_base';
import type {IndexedInput, ModelInfoMap} from './lit_api';
import {addMissingRows} from './store_search';
import {corpusFactorsFigure} from './view_exports';

const TOP_CHOICES = [5, 10, 20];
/** The request key of selecting top examples (adding store rows first). */
const SELECT = 'select';

/** The answer for one example, and whether that example is the user's selection. */
interface Loaded {
  payload: CorpusFactorsPayload;
  /** The example the activations are of; null when none was selected (a probe example). */
  exampleId: string | null;
  top: number;
}

export class CorpusFactorsModule extends ExtModule<Loaded> {
  static override title = 'Corpus Factors';
  static override infoMarkdown =
      'NMF factors fitted once over a corpus (the model\'s corpus_nmf setting) and applied to ' +
      'every example with the same components. Per factor: the served dataset\'s tokens with ' +
      'the most activation summed over their occurrences (total, occurrences) and the examples ' +
      'with the highest max activation; bars are proportional to the numbers, relative to the ' +
      'factor\'s first entry. Click an example to select it; the selected example\'s tokens are ' +
      'tinted by the picked factor, relative to the factor\'s largest max over the dataset. ' +
      'Served from a precomputed store, the top examples are those of every row of the store ' +
      '(the top tokens those of the sample in the data table); rows outside the sample are ' +
      'marked ◦ and added to the data table when selected.';
  static override numCols = 12;
  static override duplicateForExampleComparison = false;

  static override shouldDisplayModule(modelSpecs: ModelInfoMap) {
    return someModelHasInterpreter(modelSpecs, CORPUS_NMF_INTERPRETER);
  }

  static override styles = moduleStyles(styles);

  static override properties: PropertyDeclarations = {
    factor: {state: true},
    top: {state: true},
  };

  /** The factor the selected example's tokens are tinted by. */
  declare factor: number;
  /** Entries per factor (the interpreter's `top`). */
  declare top: number;

  protected readonly emptyMessage = 'The dataset is empty: there are no factors to show.';

  constructor() {
    super();
    this.factor = 0;
    this.top = 10;
  }

  /**
   * The selected example; with none, the dataset's first, as a probe: the top lists are the
   * dataset's and come with any example's answer.
   */
  protected override get inputs(): IndexedInput[] {
    const input = this.selectedInput ?? this.appState.currentInputData[0];
    return input == null ? [] : [input];
  }

  protected async load([input]: IndexedInput[]): Promise<Loaded> {
    const top = this.top;
    const selected = this.selectedInput?.id === input.id;
    const [raw] = await this.apiService.getInterpretations(
        [input], this.model, this.appState.currentDataset, CORPUS_NMF_INTERPRETER, {top},
        'Applying corpus factors', true);
    return {payload: parseCorpusFactors(raw), exampleId: selected ? input.id : null, top};
  }

  protected override accept(data: Loaded) {
    this.data = data;
    if (this.factor >= data.payload.k) this.factor = 0;
  }

  /** Selects `examples` in LIT, the first primary, adding store rows it does not hold first. */
  private async select(examples: TopExample[]) {
    const held = this.appState.currentInputDataById;
    const missing = examples.filter(example => !held.has(example.id));
    if (missing.length > 0) {
      const added = await this.request(SELECT, addMissingRows(topExampleRows(missing),
                                                              this.appState));
      if (added == null) return;  // failed (the error is shown) or overtaken by another click
    } else {
      this.cancel(SELECT);
    }
    const ids = [...new Set(examples.map(example => example.id))];
    this.selectionService.selectIds(ids);
    this.selectionService.setPrimarySelection(ids[0] ?? null);
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override renderControls() {
    const k = this.data?.payload.k ?? 0;
    return html`
      <div class="toolbar">
        <label title="Top tokens and examples listed per factor">Top
          <select class="dropdown top-select" @change=${(e: Event) => {
            this.top = Number((e.target as HTMLSelectElement).value);
            this.reload();
          }}>
            ${TOP_CHOICES.map(top => html`<option value=${top} ?selected=${top === this.top}>${
                top}</option>`)}
          </select>
        </label>
        <span class="factor-picker" role="group" aria-label="Factor to tint by">
          <span class="hint">Tint by</span>
          ${Array.from({length: k}, (_, f) => html`
            <button class="factor-chip ${this.factor === f ? 'on' : ''}" data-factor=${f}
                style="--factor-color: ${categoricalColor(f)}" @click=${() => (this.factor = f)}
                title="Tint the selected example's tokens by factor ${f}">F${f}</button>`)}
        </span>
      </div>`;
  }

  private renderFit(payload: CorpusFactorsPayload) {
    const lists = listsDescription(payload);
    return html`<div class="fit hint">${fitDescription(payload.fit, payload.k)}${
        lists ? html`<span class="over">; ${lists}</span>` : nothing}</div>
      ${this.renderStatus(SELECT, null, 'Adding store rows to the data table…')}`;
  }

  private renderExample({payload, exampleId}: Loaded) {
    if (exampleId == null) {
      return html`<div class="example hint">Select an example to see its tokens' activation of
          each factor.</div>`;
    }
    const f = this.factor;
    const values = factorActivations(payload, f);
    const scale = tintScale(payload, f);
    const color = categoricalColor(f);
    return html`
      <div class="example" data-id=${exampleId}>
        <span class="hint">Selected example, factor ${f} (max ${formatValue(payload.max[f])},
          mean ${formatValue(payload.mean[f])}; tint relative to the dataset's largest, ${
            formatValue(scale)}):</span>
        <div class="sentence">
          ${payload.displayTokens.map((token, t) => {
            if (!payload.tokenMask[t]) {
              return html`<span class="token excluded" data-index=${t}
                  title="${payload.tokens[t]}: left out of the factors">${token}</span>`;
            }
            const value = values[t];
            const strength = barFraction(value, scale);
            return html`<span class="token" data-index=${t} data-value=${value}
                data-strength=${strength.toFixed(4)}
                style="background: ${rgba(color, strength * 0.85)}"
                title="${payload.tokens[t]}: factor ${f} ${formatValue(value)} (${
                    (strength * 100).toFixed(0)}% of the dataset's largest)">${token}</span>`;
          })}
        </div>
      </div>`;
  }

  private bar(fraction: number, color: string) {
    return html`<span class="track"><span class="bar" data-fraction=${fraction.toFixed(6)}
        style="width: ${(fraction * 100).toFixed(3)}%; background: ${color}"></span></span>`;
  }

  private renderCard(payload: CorpusFactorsPayload, f: number, exampleId: string | null) {
    const color = categoricalColor(f);
    const tokens = payload.topTokens[f];
    const examples = payload.topExamples[f];
    const tokenScale = largest(tokens.map(token => token.total));
    const exampleScale = largest(examples.map(example => example.max));
    const held = this.appState.currentInputDataById;
    return html`
      <div class="card ${this.factor === f ? 'on' : ''}" data-factor=${f}
          style="--factor-color: ${color}">
        <div class="card-title">
          <span class="swatch"></span><span class="name" @click=${() => (this.factor = f)}
              title="Tint the selected example by this factor">Factor ${f}</span>
          ${exampleId != null ? html`<span class="hint selected-max">selected: max ${
              formatValue(payload.max[f])}</span>` : nothing}
          <button class="hairline-button select-top" data-factor=${f}
              ?disabled=${!examples.length} @click=${() => this.select(examples)}
              title="Select these ${examples.length} examples in LIT, the strongest primary">Select top ${
                  examples.length}</button>
        </div>
        <table class="top-tokens">
          <thead><tr><th>Top token</th><th></th><th class="num" title="Activation summed over
              occurrences">Total</th><th class="num" title="Occurrences in the dataset">Count</th>
          </tr></thead>
          <tbody>
            ${tokens.map(token => html`
              <tr data-token=${token.token}>
                <td class="display" title=${`${token.token}; largest single activation ${
                    formatValue(token.max)}`}>${token.display}</td>
                <td class="bar-cell">${this.bar(barFraction(token.total, tokenScale), color)}</td>
                <td class="num total">${formatValue(token.total)}</td>
                <td class="num count">${token.count}</td>
              </tr>`)}
          </tbody>
        </table>
        <table class="top-examples">
          <thead><tr><th></th><th class="num" title="The example's largest token activation">Max
              </th><th>Top example</th></tr></thead>
          <tbody>
            ${examples.map(example => html`
              <tr data-id=${example.id} data-row=${example.row ?? ''}
                  class=${example.id === exampleId ? 'selected' : ''}
                  title="Click to select this example" @click=${() => this.select([example])}>
                <td class="bar-cell">${this.bar(barFraction(example.max, exampleScale), color)}</td>
                <td class="num max">${formatValue(example.max)}</td>
                <td class="text">${held.has(example.id) ? nothing : html`<span class="outside"
                    title="Store row ${example.row}, outside the data table's sample: selecting ${
                    ''}adds it">◦ </span>`}${example.text}</td>
              </tr>`)}
          </tbody>
        </table>
      </div>`;
  }

  protected renderData(data: Loaded) {
    const {payload} = data;
    return html`
      ${this.renderFit(payload)}
      ${this.renderExample(data)}
      <div class="cards">
        ${Array.from({length: payload.k}, (_, f) => this.renderCard(payload, f, data.exampleId))}
      </div>`;
  }

  protected override exportSource(data: Loaded): ExportSource {
    const {payload, exampleId} = data;
    const factor = this.factor;
    const example = exampleId == null ? null : {id: exampleId};
    return {
      view: 'corpus_factors',
      name: ['corpus_factors', this.model, `k${payload.k}`, `top${data.top}`].join('_'),
      title: `Corpus factors: ${fitDescription(payload.fit, payload.k)}`,
      figure: () => corpusFactorsFigure(payload, fitDescription(payload.fit, payload.k)),
      data: () => ({model: this.model, top: data.top,
                    ...corpusFactorsJson(payload, factor, example)}),
      standalone: () => null,
    };
  }

  override updated(changed: PropertyValues) {
    super.updated(changed);
    const data = this.data;
    if (data == null) return;
    Object.assign(this.dataset, {
      k: String(data.payload.k), top: String(data.top), factor: String(this.factor),
      example: data.exampleId ?? '', selectState: this.stateOf(SELECT, false),
    });
  }
}

defineModule('corpus-factors-module', CorpusFactorsModule);

declare global {
  interface HTMLElementTagNameMap {
    'corpus-factors-module': CorpusFactorsModule;
  }
}

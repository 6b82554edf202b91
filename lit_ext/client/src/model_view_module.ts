/**
 * Model view: every layer × head of the selected example as a small attention matrix
 * (rows = attending tokens, columns = attended tokens), drawn only once scrolled into view.
 *
 * Clicking a head opens it in the head view, or, in "switch off" mode, switches it off: the
 * example's prediction with those heads off is shown next to the full model's
 * (`ablated_prediction`). Thumbnails can be coloured by head importance (`head_importance`,
 * averaged over the selected examples) or by a head statistic (`head_statistics`, over the
 * selected examples or the whole dataset) instead of one colour per head. When LIT compares
 * models, "Show" paints the difference A − B on a diverging scale and ranks the heads by how
 * much they changed.
 */

import {html, nothing, PropertyDeclarations, PropertyValues} from 'lit';

import {ABLATED_PREDICTION_INTERPRETER, AblatedPredictionPayload, HEAD_IMPORTANCE_INTERPRETER, IMPORTANCE_METHODS, ImportanceMethod, parseAblatedPrediction, parseHeadImportance} from './analysis_payloads';
import {differenceCaption, HeadChange, headChanges, rankChanges} from './attention_difference';
import {attentionSource, loadAttention, someModelHasAttention} from './attention_data';
import {defineModule, ExtModule, moduleStyles} from './base_module';
import {interpretInBatches} from './batches';
import {categoricalColor, cssColor, importanceColor, rgb} from './colors';
import {availableModes, otherModels, renderShowPicker, ShowMode, shownMode, subtrahendModel} from
    './comparison';
import {loadModelDifference, ShownAttention} from './difference_data';
import {focusStore} from './focus_store';
import {headKey, headsConfig, MeanImportance, meanImportance} from './head_analysis';
import {HEAD_STATISTICS_INTERPRETER, STATISTIC_LABELS, STATISTICS} from './head_statistics';
import type {IndexedInput, ModelInfoMap} from './lit_api';
import styles from './model_view_module.css';
import {renderPredictionChange} from './prediction_change';
import type {ExportSource} from './export_menu';
import {StatisticColouring} from './statistic_colouring';
import {hexColor} from './svg_figure';
import {paintMatrix, paintSignedMatrix} from './thumbnail_painting';
import {attentionDocument, modelViewFigure, modelViewJson} from './view_exports';

const SIZES = [48, 72, 104];
const IMPORTANCE = 'importance';
const ABLATION = 'ablation';
/** How many of the most changed heads a difference lists and marks. */
const RANKED = 8;

/** What a click on a thumbnail does. */
type ClickAction = 'open' | 'switch-off';

export class ModelViewModule extends ExtModule<ShownAttention> {
  static override title = 'Attention: Model View';
  static override infoMarkdown =
      'Every layer and head as a small attention matrix (rows attend to columns). ' +
      'Click one to open it in the head view. With "Click a head to: switch it off", clicks ' +
      'switch heads off (their context vectors zeroed) and the example\'s prediction is shown ' +
      'with and without them. "Colour by importance" colours each head by how much the ' +
      'prediction depends on it, averaged over the selected examples: ablation = the drop in ' +
      'the predicted class\'s probability when the head alone is switched off (blue: it ' +
      'supports the prediction, orange: it works against it); gradient = |∂L/∂ξ| for a gate ξ ' +
      'on the head (Michel et al. 2019). "Colour by" a head statistic (Clark et al. 2019) ' +
      'colours each head by where its attention goes on average over the selected examples ' +
      'or the whole dataset: fractions of attention on a 0–1 scale, entropy from 0 to that of ' +
      'uniform attention.';
  static override numCols = 6;

  static override shouldDisplayModule(modelSpecs: ModelInfoMap) {
    return someModelHasAttention(modelSpecs);
  }

  static override styles = moduleStyles(styles);

  static override properties: PropertyDeclarations = {
    size: {state: true},
    selected: {state: true},
    clickAction: {state: true},
    switchedOff: {state: true},
    ablation: {state: true},
    colorByImportance: {state: true},
    importanceMethod: {state: true},
    importance: {state: true},
    show: {state: true},
    otherModel: {state: true},
    statisticColours: {state: true},
  };

  declare size: number;
  declare selected: [number, number] | null;
  declare clickAction: ClickAction;
  /** The heads switched off, as "layer:head" keys. */
  declare switchedOff: ReadonlySet<string>;
  declare ablation: AblatedPredictionPayload | null;
  declare colorByImportance: boolean;
  declare importanceMethod: ImportanceMethod;
  declare importance: MeanImportance | null;
  /** What the user picked; `mode` is what is shown (the pick, if LIT still offers it). */
  declare show: ShowMode;
  /** B of a model difference, when several other models are selected. */
  declare otherModel: string | null;
  /** For a difference: every head, the most changed first. */
  private ranking: HeadChange[] = [];
  /** For a difference: the largest |Δ| of all heads (the colour scale's end). */
  private extent = 1;
  /** What the statistic colouring paints (its `paintKey`): a change repaints the thumbnails. */
  declare statisticColours: string;
  private readonly colouring = new StatisticColouring(() => ({
    api: this.apiService, model: this.model, dataset: this.appState.currentDataset,
    selected: this.selectionService.selectedInputData, all: this.appState.currentInputData,
  }), () => {
    this.statisticColours = this.colouring.paintKey;
    this.requestUpdate();
  });

  private observer: IntersectionObserver | null = null;
  private readonly drawn = new Set<HTMLCanvasElement>();
  private readonly pending = new Set<HTMLCanvasElement>();
  private frame = 0;
  protected readonly emptyMessage = 'Select an example to see its attention.';

  constructor() {
    super();
    this.size = SIZES[1];
    this.selected = null;
    this.clickAction = 'open';
    this.switchedOff = new Set();
    this.ablation = null;
    this.colorByImportance = false;
    this.importanceMethod = 'ablation';
    this.importance = null;
    this.show = 'attention';
    this.otherModel = null;
    this.statisticColours = '';
  }

  override connectedCallback() {
    super.connectedCallback();
    // Importance is averaged over every selected example, not only the one shown.
    this.reactImmediately(() => [this.selectionService.selectedInputData, this.model],
                          () => {
                            this.loadImportance();
                            this.colouring.refresh();
                          });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = null;
    cancelAnimationFrame(this.frame);
    this.colouring.stop();
  }

  // ---- loading ----------------------------------------------------------------------------

  /** What is shown: the user's pick while LIT offers it, else plain attention. */
  private get mode(): ShowMode {
    return shownMode(this.appState, this.model, this.show, false);
  }

  /** B of a model difference. */
  private get subtrahend(): string {
    return subtrahendModel(this.appState, this.model, this.otherModel);
  }

  protected override get inputs(): IndexedInput[] {
    void this.mode;  // read for LIT's reaction: a change of the compared models reloads the view
    return super.inputs;
  }

  protected async load([input]: IndexedInput[]) {
    if (this.mode === 'models') {
      return loadModelDifference(this.apiService, this.appState.currentDataset,
                                 this.appState.currentModelInfos, this.model, this.subtrahend,
                                 input, null);
    }
    const source = attentionSource(this.appState.currentModelInfos[this.model]);
    if (source == null) throw new Error(`Model '${this.model}' returns no attention.`);
    return loadAttention(this.apiService, this.appState.currentDataset, this.model, source, input,
                         null);
  }

  protected override inputsChanged() {
    this.loadAblation();
  }

  protected override accept(data: ShownAttention) {
    const n = data.tokens.length;
    this.ranking = data.difference ?
        rankChanges([...data.layers].flatMap(([layer, values]) =>
                                                 headChanges(layer, values, data.numHeads, n))) :
        [];
    // Identical models change nothing; any positive extent will do then.
    this.extent = this.ranking[0]?.maxAbs || 1;
    super.accept(data);
  }

  private setShow(mode: ShowMode) {
    this.show = mode;
    this.reload();
  }

  private setOtherModel(model: string) {
    this.otherModel = model;
    this.reload();
  }

  /** The shown example's prediction with the switched-off heads, live after every click. */
  private async loadAblation() {
    const input = this.selectedInput;
    if (input == null || (this.switchedOff.size === 0 && this.clickAction === 'open')) {
      this.cancel(ABLATION);
      this.ablation = null;
      return;
    }
    const request = this.apiService.getInterpretations(
        [input], this.model, this.appState.currentDataset, ABLATED_PREDICTION_INTERPRETER,
        {heads: headsConfig(this.switchedOff)}, 'Predicting with heads switched off', true);
    const answer = await this.request(ABLATION, request.then(([raw]) =>
                                                                 parseAblatedPrediction(raw)));
    if (answer != null) this.ablation = answer;
  }

  private async loadImportance() {
    const inputs = this.selectionService.selectedInputData;
    if (!this.colorByImportance || inputs.length === 0) {
      this.cancel(IMPORTANCE);
      this.importance = null;
      return;
    }
    const request = interpretInBatches(
        this.apiService, inputs, this.model, this.appState.currentDataset,
        HEAD_IMPORTANCE_INTERPRETER, {method: this.importanceMethod},
        {message: 'Measuring head importance'});
    const answer = await this.request(IMPORTANCE, request.then(
        results => meanImportance(results.map(parseHeadImportance))));
    if (answer != null) this.importance = answer;
  }

  // ---- clicks -----------------------------------------------------------------------------

  private onThumbnail(layer: number, head: number) {
    if (this.clickAction === 'open') {
      this.selected = [layer, head];
      focusStore.focusHead({model: this.model, layer, head});
      return;
    }
    const key = headKey(layer, head);
    const next = new Set(this.switchedOff);
    if (!next.delete(key)) next.add(key);
    this.switchedOff = next;
    this.loadAblation();
  }

  private switchAllOn() {
    this.switchedOff = new Set();
    this.loadAblation();
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override renderControls() {
    const value = (e: Event) => (e.target as HTMLSelectElement).value;
    const onClickAction = (e: Event) => {
      this.clickAction = value(e) as ClickAction;
      this.loadAblation();
    };
    const onColor = (e: Event) => {
      const by = value(e);
      this.colorByImportance = by === IMPORTANCE;
      this.loadImportance();
      this.colouring.setStatistic(STATISTICS.includes(by) ? by : null);
    };
    const onMethod = (e: Event) => {
      this.importanceMethod = value(e) as ImportanceMethod;
      this.loadImportance();
    };
    const others = otherModels(this.appState, this.model);
    return html`
      <div class="toolbar">
        ${renderShowPicker(availableModes(this.appState, this.model, false), this.mode,
                           this.model, others, this.subtrahend, mode => this.setShow(mode),
                           model => this.setOtherModel(model))}
        <label>Size
          <select class="dropdown size-select" @change=${(e: Event) => {
            this.size = Number(value(e));
          }}>
            ${SIZES.map(s => html`<option value=${s} ?selected=${s === this.size}>${s}px</option>`)}
          </select>
        </label>
        ${this.hasInterpreter(ABLATED_PREDICTION_INTERPRETER) ? html`
          <label title=${'A switched-off head has its context vector zeroed before the ' +
                         'attention output projection.'}>Click a head to
            <select class="dropdown click-action" @change=${onClickAction}>
              <option value="open" ?selected=${this.clickAction === 'open'}>open it in the head view</option>
              <option value="switch-off" ?selected=${this.clickAction === 'switch-off'}>switch it off</option>
            </select>
          </label>` :
          html`<span class="hint">Rows attend to columns. Click a head to open it in the head view.</span>`}
        ${this.mode === 'attention' ? this.renderColorBy(onColor) : nothing}
        ${this.colorByImportance && this.mode === 'attention' ? html`
          <select class="dropdown importance-method" @change=${onMethod}
              title="How head importance is measured">
            ${IMPORTANCE_METHODS.map(m => html`
              <option value=${m} ?selected=${m === this.importanceMethod}>${m}</option>`)}
          </select>` : nothing}
      </div>
      ${this.renderImportanceLegend()}
      ${this.mode === 'attention' ? this.colouring.renderLegend() : nothing}
      ${this.renderAblation()}`;
  }

  /** "Colour by": one colour per head, importance, or a head statistic (those offered). */
  private renderColorBy(onColor: (e: Event) => void) {
    const importance = this.hasInterpreter(HEAD_IMPORTANCE_INTERPRETER);
    const statistics = this.hasInterpreter(HEAD_STATISTICS_INTERPRETER);
    if (!importance && !statistics) return nothing;
    const by = this.colorByImportance ? IMPORTANCE : this.colouring.statistic ?? '';
    const option = (v: string, label: string) =>
        html`<option value=${v} ?selected=${v === by}>${label}</option>`;
    return html`
      <label>Colour by
        <select class="dropdown color-by" @change=${onColor}>
          ${option('', 'head')}
          ${importance ? option(IMPORTANCE, 'importance') : nothing}
          ${statistics ? STATISTICS.map(s => option(s, STATISTIC_LABELS[s])) : nothing}
        </select>
      </label>`;
  }

  private renderImportanceLegend() {
    // A difference paints its own scale; importance colours only plain attention.
    if (!this.colorByImportance || this.mode !== 'attention') return nothing;
    const importance = this.importance;
    const status = this.renderStatus(IMPORTANCE, null, 'Measuring head importance…');
    if (importance == null) return html`<div class="panel">${status}</div>`;
    const extent = importance.extent;
    const swatch = (v: number) => html`<span class="swatch"
        style="background: ${cssColor(importanceColor(v, extent))}"></span>`;
    const examples = `${importance.examples} selected example${importance.examples === 1 ? '' : 's'}`;
    return html`
      <div class="panel importance-legend">
        ${status}
        <span class="hint">Head importance (${importance.method}), mean over ${examples}:</span>
        ${importance.method === 'ablation' ? html`${swatch(-extent)}−${extent.toFixed(3)}` :
                                             nothing}
        ${swatch(0)}0 ${swatch(extent)}${extent.toFixed(3)}
      </div>`;
  }

  private renderAblation() {
    if (this.clickAction === 'open' && this.switchedOff.size === 0) {
      return nothing;
    }
    const off = headsConfig(this.switchedOff).split(',').filter(Boolean);
    return html`
      <div class="panel ablation">
        <div class="ablation-heads">
          <span class="hint">${off.length ? `Switched off (layer:head): ${off.join(', ')}` :
                                            'Click heads to switch them off.'}</span>
          ${off.length ? html`<button class="hairline-button switch-all-on"
              @click=${() => this.switchAllOn()}>Switch all on</button>` : nothing}
        </div>
        ${this.renderStatus(ABLATION, null, 'Predicting…')}
        ${this.ablation && !this.errorOf(ABLATION) ? renderPredictionChange(this.ablation) :
                                                     nothing}
      </div>`;
  }

  /** A and B, the colour key and the most changed heads (click one to open it). */
  private renderDifferencePanel(data: ShownAttention) {
    const diff = data.difference;
    if (diff == null) return nothing;
    const open = (c: HeadChange) => this.onThumbnail(c.layer, c.head);
    return html`
      <div class="panel difference-panel">
        <div>${differenceCaption(diff)}
          <span class="swatch positive"></span>A attends more
          <span class="swatch negative"></span>B attends more;
          full colour = |Δ| ${this.extent.toFixed(3)}, the largest change of any head.</div>
        <div class="ranking">
          <span class="hint">Most changed (max |Δ|, mean |Δ|):</span>
          ${this.ranking.slice(0, RANKED).map((c, i) => html`
            <button class="hairline-button ranked-head" data-layer=${c.layer}
                data-head=${c.head} data-rank=${i + 1} @click=${() => open(c)}>
              ${i + 1}. L${c.layer} H${c.head} ${c.maxAbs.toFixed(3)}, ${c.meanAbs.toFixed(4)}
            </button>`)}
        </div>
      </div>`;
  }

  /** Rank of (layer, head) among the most changed heads (1 = most), or 0. */
  private rankOf(layer: number, head: number): number {
    return this.ranking.slice(0, RANKED).findIndex(c => c.layer === layer && c.head === head) + 1;
  }

  private thumbnailTitle(layer: number, head: number): string {
    const change = this.data?.difference ?
        this.ranking.find(c => c.layer === layer && c.head === head) : undefined;
    if (change) {
      return `Layer ${layer}, head ${head}: max |Δ| ${change.maxAbs.toFixed(4)}, mean |Δ| ` +
             `${change.meanAbs.toFixed(4)}`;
    }
    const value = this.colorByImportance ? this.importance?.values[layer]?.[head] : undefined;
    const importance = value == null ? this.colouring.describe(layer, head) :
                                       `, importance ${value.toFixed(4)}`;
    const action = this.clickAction === 'open' ? 'click to open in the head view' :
        this.switchedOff.has(headKey(layer, head)) ? 'switched off: click to switch it on' :
                                                     'click to switch it off';
    return `Layer ${layer}, head ${head}${importance}: ${action}`;
  }

  protected renderData(data: ShownAttention) {
    const layers = [...data.layers.keys()].sort((a, b) => a - b);
    const heads = Array.from({length: data.numHeads}, (_, h) => h);
    const difference = data.difference != null;
    return html`
      ${this.renderDifferencePanel(data)}
      <div class="grid" style="--thumb: ${this.size}px; --heads: ${data.numHeads}">
        <div class="corner"></div>
        ${heads.map(h => html`<div class="col-label">H${h}</div>`)}
        ${layers.map(layer => html`
          <div class="row-label">L${layer}</div>
          ${heads.map(head => {
            const isSelected = this.selected?.[0] === layer && this.selected?.[1] === head;
            const isOff = this.switchedOff.has(headKey(layer, head));
            const rank = difference ? this.rankOf(layer, head) : 0;
            return html`
              <div class="thumb-cell ${isOff ? 'off' : ''}">
                ${rank ? html`<span class="rank-badge">${rank}</span>` : nothing}
                <canvas class="thumb ${isSelected ? 'selected' : ''}" width=${this.size}
                    height=${this.size} data-layer=${layer} data-head=${head}
                    title=${this.thumbnailTitle(layer, head)}
                    @click=${() => this.onThumbnail(layer, head)}></canvas>
              </div>`;
          })}`)}
      </div>`;
  }

  protected override exportSource(data: ShownAttention): ExportSource | null {
    // The export figures draw attention weights; a difference (signed) has no export yet.
    if (data.difference != null) return null;
    const importance = this.colorByImportance ? this.importance : null;
    const statistic = importance ? null : this.colouring.statistic;
    const colorNote = importance ? `Colour: head importance (${importance.method}), blue ` +
        `supports the prediction, orange works against it, grey: little effect.` :
        statistic ? `Colour: head statistic "${statistic}" (darker = higher).` :
        'One colour per head.';
    const off = headsConfig(this.switchedOff);
    return {
      view: 'model_view', name: this.exportName('model_view'),
      title: `Model view: ${data.displayTokens.join(' ')}`,
      figure: () => modelViewFigure(data, {
        color: (layer, head) => hexColor(this.headColor(layer, head)), selected: this.selected,
        switchedOff: this.switchedOff,
        colorNote: colorNote + (off ? ` Crossed out: switched off (${off}).` : ''),
      }),
      data: () => modelViewJson(data, {
        model: this.model, example: this.inputs[0]?.id, selected: this.selected,
        switched_off: [...this.switchedOff].sort(),
        importance: importance ? {method: importance.method, values: importance.values,
                                  examples: importance.examples} : null,
        ablation: this.ablation,
      }),
      standalone: () => attentionDocument(data, {
        layer: this.selected?.[0], heads: this.selected ? [this.selected[1]] : undefined,
      }),
    };
  }

  /** The colour head (layer, head) is painted in: its own, its importance's or a statistic's. */
  private headColor(layer: number, head: number): [number, number, number] {
    const importance = this.colorByImportance ? this.importance : null;
    const value = importance?.values[layer]?.[head];
    if (value != null) return importanceColor(value, importance!.extent);
    return this.colouring.color(layer, head) ?? rgb(categoricalColor(head));
  }

  override updated(changed: PropertyValues) {
    super.updated(changed);
    Object.assign(this.dataset, {
      selected: this.selected ? this.selected.join(':') : '',
      source: this.data?.source ?? '',
      show: this.data?.difference ? this.mode : 'attention',
      extent: this.data?.difference ? String(this.extent) : '',
      switchedOff: headsConfig(this.switchedOff),
      ablation: this.stateOf(ABLATION, this.ablation != null),
      importance: this.colorByImportance ? this.stateOf(IMPORTANCE, this.importance != null) :
                                           'off',
      statistic: this.colouring.statistic ?? '',
      statistics: this.colouring.state,
    });
    if (['data', 'size', 'importance', 'colorByImportance', 'statisticColours']
            .some(p => changed.has(p))) {
      this.drawn.clear();
      this.dataset['drawn'] = '0';
      this.observeThumbnails();
    }
  }

  /** Draws thumbnails as they scroll into view (all 144 of BERT-base need not be drawn). */
  private observeThumbnails() {
    const body = this.renderRoot.querySelector('.body');
    if (body == null) return;
    this.observer?.disconnect();
    this.observer = new IntersectionObserver(entries => {
      for (const entry of entries) {
        const canvas = entry.target as HTMLCanvasElement;
        if (entry.isIntersecting && !this.drawn.has(canvas)) this.pending.add(canvas);
      }
      this.scheduleDraw();
    }, {root: body, rootMargin: '64px'});
    body.querySelectorAll('canvas.thumb').forEach(c => this.observer!.observe(c));
  }

  private scheduleDraw() {
    if (this.frame || this.pending.size === 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const data = this.data;
      if (data == null) return;
      const n = data.tokens.length;
      // A bounded batch per frame keeps scrolling smooth at 256 tokens.
      const started = performance.now();
      for (const canvas of this.pending) {
        this.pending.delete(canvas);
        if (!canvas.isConnected) continue;
        const layer = Number(canvas.dataset['layer']);
        const head = Number(canvas.dataset['head']);
        const weights = data.layers.get(layer);
        if (weights == null) continue;
        if (data.difference) {
          paintSignedMatrix(canvas, weights, head, n, this.extent);
        } else {
          paintMatrix(canvas, weights, head, n, this.headColor(layer, head));
        }
        this.drawn.add(canvas);
        if (performance.now() - started > 12) break;
      }
      this.dataset['drawn'] = String(this.drawn.size);
      this.scheduleDraw();
    });
  }
}

defineModule('model-view-module', ModelViewModule);

declare global {
  interface HTMLElementTagNameMap {
    'model-view-module': ModelViewModule;
  }
}

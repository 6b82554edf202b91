/**
 * Head view: one layer's attention as lines from each query token (left) to each key token
 * (right), a colour per head, opacity = weight.
 *
 * Hover a token to isolate its lines and see every head's weight beside the tokens on the
 * other side; click to pin it, then hover the other side for exact values. Click a head to
 * toggle it, double-click to show it alone. The model view can send a layer/head here.
 * When LIT compares models or examples, "Show" draws a difference A − B instead
 * (`comparison.ts`, `difference_data.ts`).
 */

import {html, nothing, PropertyDeclarations, PropertyValues} from 'lit';

import {differenceCaption, differenceTooltipLine, headChanges, maxAbsOver, rankChanges} from './attention_difference';
import {attentionSource, loadAttention, someModelHasAttention} from './attention_data';
import {defineModule, ExtModule, moduleStyles} from './base_module';
import {categoricalColor} from './colors';
import {availableModes, examplePair, otherModels, renderShowPicker, ShowMode, shownMode,
        subtrahendModel} from './comparison';
import {loadExampleDifference, loadModelDifference, ShownAttention} from './difference_data';
import {FOCUS_EVENT, focusStore, HeadFocus} from './focus_store';
import styles from './head_view_module.css';
import {ActiveToken, drawLabels, drawLines, Geometry, HeadViewScene, hitTest, layout, LinesResult, PairFilter, Side, sizeCanvases, tokenCenter} from './head_view_drawing';
import type {IndexedInput, ModelInfoMap} from './lit_api';
import type {ExportSource} from './export_menu';
import {SPECIAL_TOKENS_HINT, tokenTitle} from './payloads';
import {attentionDocument, headViewFigure, headViewJson} from './view_exports';

const FILTERS: Array<[PairFilter, string]> = [
  ['all', 'All'], ['AA', 'A → A'], ['AB', 'A → B'], ['BA', 'B → A'], ['BB', 'B → B'],
];
const THRESHOLDS = [0.01, 0.02, 0.05, 0.1, 0.2];

export class HeadViewModule extends ExtModule<ShownAttention> {
  static override title = 'Attention: Head View';
  static override infoMarkdown =
      'Attention of one layer: lines from each token (left) to the tokens it attends to ' +
      '(right), one colour per head, opacity = weight. Hover or click a token to isolate it.';
  static override numCols = 6;

  static override shouldDisplayModule(modelSpecs: ModelInfoMap) {
    return someModelHasAttention(modelSpecs);
  }

  static override styles = moduleStyles(styles);

  static override properties: PropertyDeclarations = {
    layer: {state: true},
    selectedHeads: {state: true},
    filter: {state: true},
    hideSpecial: {state: true},
    threshold: {state: true},
    pinned: {state: true},
    show: {state: true},
    otherModel: {state: true},
  };

  declare layer: number;
  declare selectedHeads: number[];
  declare filter: PairFilter;
  declare hideSpecial: boolean;
  declare threshold: number;
  declare pinned: ActiveToken | null;
  /** What the user picked; `mode` is what is shown (the pick, if LIT still offers it). */
  declare show: ShowMode;
  /** B of a model difference, when several other models are selected. */
  declare otherModel: string | null;

  private hovered: ActiveToken | null = null;
  private scene: HeadViewScene | null = null;
  private geometry: Geometry | null = null;
  private canvasWidth = 0;
  /** What the laid-out canvases show, to skip re-layout when only the hover changed. */
  private sceneKey = '';
  private drawnWeights: Float32Array | null = null;
  /** The token texts last drawn, top to bottom (each side shows the same). */
  private labelsDrawn: string[] = [];
  /** The lines with nothing isolated, kept to restore them instantly after a hover. */
  private fullLines: HTMLCanvasElement | null = null;
  private fullResult: LinesResult | null = null;
  private resizeObserver: ResizeObserver | null = null;
  /** The lines canvas the layout was done for (a new one needs a new layout). */
  private laidOut: HTMLCanvasElement | null = null;
  protected readonly emptyMessage = 'Select an example to see its attention.';
  private readonly onFocus = (event: Event) => {
    this.applyFocus((event as CustomEvent<HeadFocus>).detail, true);
  };

  constructor() {
    super();
    this.layer = 0;
    this.selectedHeads = [];
    this.filter = 'all';
    this.hideSpecial = false;
    this.threshold = THRESHOLDS[0];
    this.pinned = null;
    this.show = 'attention';
    this.otherModel = null;
  }

  override connectedCallback() {
    super.connectedCallback();
    focusStore.addEventListener(FOCUS_EVENT, this.onFocus);
    // A head picked in the model view before this view was shown (e.g. in another tab).
    if (focusStore.focus?.model === this.model) this.applyFocus(focusStore.focus, false);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    focusStore.removeEventListener(FOCUS_EVENT, this.onFocus);
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
  }

  private applyFocus(focus: HeadFocus, reveal: boolean) {
    if (focus.model !== this.model) return;
    this.selectedHeads = [focus.head];
    if (focus.layer !== this.layer) {
      this.layer = focus.layer;
      this.reload();
    }
    if (reveal) this.scrollIntoView({block: 'nearest'});
  }

  protected override inputsChanged() {
    this.pinned = null;
  }

  // ---- differences ------------------------------------------------------------------------

  /** What is shown: the user's pick while LIT offers it, else plain attention. */
  private get mode(): ShowMode {
    return shownMode(this.appState, this.model, this.show, true);
  }

  /** B of a model difference. */
  private get subtrahend(): string {
    return subtrahendModel(this.appState, this.model, this.otherModel);
  }

  protected override get inputs(): IndexedInput[] {
    // Reads the comparison state every time, so that LIT's reaction follows it.
    const pair = examplePair(this.appState);
    const mode = this.mode;
    if (mode === 'examples' && pair != null) return pair;
    return super.inputs;
  }

  private setShow(mode: ShowMode) {
    this.show = mode;
    this.pinned = null;
    this.reload();
  }

  private setOtherModel(model: string) {
    this.otherModel = model;
    this.reload();
  }

  protected async load(inputs: IndexedInput[]) {
    const [input] = inputs;
    const dataset = this.appState.currentDataset;
    const infos = this.appState.currentModelInfos;
    if (this.mode === 'models') {
      return loadModelDifference(this.apiService, dataset, infos, this.model, this.subtrahend,
                                 input, [this.layer]);
    }
    if (this.mode === 'examples') {
      return loadExampleDifference(this.apiService, dataset, infos, this.model, inputs[0],
                                   inputs[1], [this.layer]);
    }
    const source = attentionSource(this.appState.currentModelInfos[this.model]);
    if (source == null) throw new Error(`Model '${this.model}' returns no attention.`);
    performance.mark('lit-ext:head-view:request');
    return loadAttention(this.apiService, this.appState.currentDataset, this.model, source, input,
                         [this.layer]);
  }

  protected override accept(data: ShownAttention) {
    performance.mark('lit-ext:head-view:data', {detail: {tokens: data.tokens.length}});
    if (data.allLayers && !data.allLayers.includes(this.layer)) {
      this.layer = data.allLayers[0];
      if (!data.layers.has(this.layer)) {
        this.reload();
        return;
      }
    }
    // All heads on first show and when the model's head count changes; otherwise the user's
    // choice (or a head picked in the model view) stays.
    const headsChanged = this.data != null && this.data.numHeads !== data.numHeads;
    const firstShow = this.data == null && this.selectedHeads.length === 0;
    if (headsChanged || firstShow || this.selectedHeads.some(h => h >= data.numHeads)) {
      this.selectedHeads = Array.from({length: data.numHeads}, (_, h) => h);
    }
    this.data = data;
    this.requestUpdate();
  }

  // ---- controls ---------------------------------------------------------------------------

  private setLayer(layer: number) {
    this.layer = layer;
    this.pinned = null;
    if (this.data?.layers.has(layer)) return;
    this.reload();
  }

  private toggleHead(head: number) {
    this.selectedHeads = this.selectedHeads.includes(head) ?
        this.selectedHeads.filter(h => h !== head) :
        [...this.selectedHeads, head].sort((a, b) => a - b);
  }

  private soloHead(head: number) {
    const numHeads = this.data?.numHeads ?? 0;
    const alone = this.selectedHeads.length === 1 && this.selectedHeads[0] === head;
    this.selectedHeads = alone ? Array.from({length: numHeads}, (_, h) => h) : [head];
  }

  // ---- rendering --------------------------------------------------------------------------

  private get isPair(): boolean {
    return this.data != null && this.data.segmentIds.some(s => s === 1);
  }

  protected override renderControls() {
    const data = this.data;
    const layers = data?.allLayers ?? [...(data?.layers.keys() ?? [])];
    const onLayer = (e: Event) => this.setLayer(Number((e.target as HTMLSelectElement).value));
    const onFilter = (e: Event) => {
      this.filter = (e.target as HTMLSelectElement).value as PairFilter;
    };
    const onThreshold = (e: Event) => {
      this.threshold = Number((e.target as HTMLSelectElement).value);
    };
    const onSpecial = (e: Event) => {
      this.hideSpecial = (e.target as HTMLInputElement).checked;
      this.pinned = null;
    };
    const others = otherModels(this.appState, this.model);
    const modes = availableModes(this.appState, this.model, true);
    return html`
      <div class="toolbar">
        ${renderShowPicker(modes, this.mode, this.model, others, this.subtrahend,
                           mode => this.setShow(mode), model => this.setOtherModel(model))}
        <label>Layer
          <select class="dropdown layer-select" @change=${onLayer} ?disabled=${!layers.length}>
            ${layers.map(l => html`<option value=${l} ?selected=${l === this.layer}>${l}</option>`)}
          </select>
        </label>
        ${this.isPair ? html`
          <label>Sentences
            <select class="dropdown pair-filter" @change=${onFilter}>
              ${FILTERS.map(([value, label]) => html`
                <option value=${value} ?selected=${value === this.filter}>${label}</option>`)}
            </select>
          </label>` : nothing}
        <label title="Lines for smaller weights are not drawn (they would be nearly invisible).">
          Hide weights below
          <select class="dropdown threshold" @change=${onThreshold}>
            ${THRESHOLDS.map(t => html`
              <option value=${t} ?selected=${t === this.threshold}>${t}</option>`)}
          </select>
        </label>
        <label title=${SPECIAL_TOKENS_HINT}><input type="checkbox" class="hide-special"
            .checked=${this.hideSpecial} @change=${onSpecial}>Hide special tokens</label>
      </div>
      ${data ? this.renderHeads(data.numHeads) : nothing}`;
  }

  private renderHeads(numHeads: number) {
    const all = () => {
      this.selectedHeads = Array.from({length: numHeads}, (_, h) => h);
    };
    return html`
      <div class="heads" role="group" aria-label="Heads">
        <span class="hint">Heads</span>
        ${Array.from({length: numHeads}, (_, head) => {
          const on = this.selectedHeads.includes(head);
          const color = categoricalColor(head);
          return html`
            <button class="head-chip ${on ? 'on' : ''}" data-head=${head}
                style="--head-color: ${color}" aria-pressed=${on}
                title="Head ${head}: click to toggle, double-click to show it alone"
                @click=${() => this.toggleHead(head)} @dblclick=${() => this.soloHead(head)}>
              ${head}
            </button>`;
        })}
        <button class="hairline-button" @click=${all}>All</button>
        <button class="hairline-button" @click=${() => (this.selectedHeads = [])}>None</button>
      </div>`;
  }

  protected renderData() {
    return html`
      <div class="hint legend">${this.legendText()}<span class="line-stats"></span></div>
      <div class="canvas-stack">
        <canvas class="lines"></canvas>
        <canvas class="labels" @mousemove=${this.onMouseMove}
            @mouseleave=${this.onMouseLeave} @click=${this.onCanvasClick}></canvas>
      </div>
      <div class="tooltip" hidden></div>`;
  }

  private legendText() {
    const pinned = this.pinned ? 'Click the pinned token again (or empty space) to unpin.' :
                                 'Hover a token to isolate its lines; click to pin it.';
    return html`${this.renderDifferenceLegend()}Left: attending tokens; right: attended tokens. ${
        pinned}`;
  }

  /** A and B, the colour key and the layer's most changed heads. */
  private renderDifferenceLegend() {
    const data = this.data;
    const diff = data?.difference;
    const weights = data?.layers.get(this.layer);
    if (data == null || diff == null || weights == null) return nothing;
    const n = data.tokens.length;
    const ranked = rankChanges(headChanges(this.layer, weights, data.numHeads, n)).slice(0, 4);
    const extent = this.differenceExtent(weights);
    return html`
      <div class="difference-legend">
        <div>${differenceCaption(diff)}</div>
        <div>
          <span class="swatch positive"></span>A attends more
          <span class="swatch negative"></span>B attends more;
          opacity = |Δ| / ${extent.toFixed(3)} (this layer's largest change), largest on top.
          Most changed heads: ${ranked.map(c => `H${c.head} (max |Δ| ${c.maxAbs.toFixed(3)}, ` +
                                                `mean ${c.meanAbs.toFixed(4)})`).join(', ')}.
        </div>
      </div>`;
  }

  /** The largest |Δ| of the layer over all heads: what full opacity stands for. */
  private differenceExtent(weights: Float32Array): number {
    const data = this.data!;
    const heads = Array.from({length: data.numHeads}, (_, h) => h);
    // A layer where nothing changed draws nothing; any positive extent will do.
    return maxAbsOver(weights, heads, data.tokens.length) || 1;
  }

  /** Keeps the canvas as wide as the module (the body appears once the module first shows). */
  private observeWidth() {
    const body = this.renderRoot.querySelector('.body') as HTMLElement | null;
    if (body == null || this.resizeObserver != null) return;
    this.resizeObserver = new ResizeObserver(() => {
      const width = Math.floor(body.clientWidth - 16);
      if (width > 0 && width !== this.canvasWidth) {
        this.canvasWidth = width;
        this.redraw();
      }
    });
    this.resizeObserver.observe(body);
  }

  override updated(changed: PropertyValues) {
    super.updated(changed);
    this.observeWidth();
    this.redraw();
  }

  private buildScene(): HeadViewScene | null {
    const data = this.data;
    const weights = data?.layers.get(this.layer);
    if (data == null || weights == null) return null;
    const visible = data.tokens.map((_, i) => i)
                        .filter(i => !this.hideSpecial || !data.specialTokens[i]);
    return {
      tokens: data.tokens, labels: data.displayTokens, segmentIds: data.segmentIds,
      numHeads: data.numHeads, weights,
      heads: this.selectedHeads,
      headColors: Array.from({length: data.numHeads}, (_, h) => categoricalColor(h)),
      visible, filter: this.isPair ? this.filter : 'all', threshold: this.threshold,
      active: this.pinned ?? this.hovered, pinned: this.pinned != null,
      diverging: data.difference ? {extent: this.differenceExtent(weights)} : null,
    };
  }

  private canvases(): [HTMLCanvasElement, HTMLCanvasElement] | null {
    const lines = this.renderRoot.querySelector('canvas.lines') as HTMLCanvasElement | null;
    const labels = this.renderRoot.querySelector('canvas.labels') as HTMLCanvasElement | null;
    return lines && labels ? [lines, labels] : null;
  }

  /**
   * Draws the current state. Layout and the full set of lines are redone only when what they
   * show changed (example, layer, heads, filter, threshold, width); hover and pin changes
   * only redraw the isolated lines and the labels.
   */
  private redraw() {
    const scene = this.buildScene();
    this.scene = scene;
    const canvases = this.canvases();
    if (scene == null || canvases == null || this.canvasWidth <= 0) return;
    const [lines, labels] = canvases;
    const key = [this.mode, this.layer, scene.heads.join(','), scene.filter, scene.threshold,
                 scene.visible.length, this.canvasWidth].join('|');
    if (key !== this.sceneKey || scene.weights !== this.drawnWeights || lines !== this.laidOut ||
        this.geometry == null) {
      this.sceneKey = key;
      this.laidOut = lines;
      this.drawnWeights = scene.weights;
      this.fullLines = null;
      this.fullResult = null;
      const geo = layout(labels.getContext('2d')!, scene, this.canvasWidth);
      this.geometry = geo;
      sizeCanvases(lines, labels, geo, window.devicePixelRatio || 1);
    }
    this.paint();
  }

  /** Draws lines (from the cache when nothing is isolated) and labels of the laid-out scene. */
  private paint() {
    const canvases = this.canvases();
    const scene = this.scene;
    const geo = this.geometry;
    if (canvases == null || scene == null || geo == null) return;
    const [lines, labels] = canvases;
    const ctx = lines.getContext('2d')!;
    let result: LinesResult;
    if (scene.active == null && this.fullLines && this.fullResult) {
      ctx.clearRect(0, 0, geo.width, geo.height);
      ctx.drawImage(this.fullLines, 0, 0);
      result = this.fullResult;
    } else {
      if (scene.active != null && this.fullLines == null && this.fullResult != null) {
        // Keep the full drawing before isolating a token's lines; copying it forces the
        // raster, so it is done on the first hover rather than on the first paint.
        const cache = document.createElement('canvas');
        cache.width = lines.width;
        cache.height = lines.height;
        cache.getContext('2d')!.drawImage(lines, 0, 0);
        this.fullLines = cache;
      }
      result = drawLines(ctx, scene, geo);
      if (scene.active == null) this.fullResult = result;
    }
    this.labelsDrawn = drawLabels(labels.getContext('2d')!, scene, geo);
    this.describeLines(result);
    const tokens = scene.tokens.length;
    requestAnimationFrame(() => {
      performance.mark('lit-ext:head-view:painted', {detail: {tokens, lines: result.lines}});
    });
  }

  private describeLines(result: LinesResult) {
    Object.assign(this.dataset, {
      source: this.data?.source ?? '', layer: String(this.layer), filter: this.scene?.filter ?? '',
      show: this.data?.difference ? this.mode : 'attention',
      extent: this.scene?.diverging ? String(this.scene.diverging.extent) : '',
      heads: this.scene?.heads.join(',') ?? '',
      tokens: String(this.scene?.tokens.length ?? 0), lines: String(result.lines),
      hiddenLines: String(result.overBudget),
      active: this.scene?.active ? `${this.scene.active.side}:${this.scene.active.index}` : '',
    });
    const stats = this.renderRoot.querySelector('.line-stats');
    if (stats == null) return;
    const count = result.lines.toLocaleString('en-US');
    const what = this.scene?.diverging ? '|Δ|' : 'weights';
    stats.textContent = result.overBudget > 0 ?
        `${count} strongest lines drawn (${what} ≥ ${result.cutoff.toFixed(3)}); ` +
            `${result.overBudget.toLocaleString('en-US')} weaker ones hidden to stay fast.` :
        `${count} lines (${what} ≥ ${result.cutoff}).`;
  }

  private repaintActive() {
    if (this.scene == null) return;
    this.scene.active = this.pinned ?? this.hovered;
    this.scene.pinned = this.pinned != null;
    this.paint();
  }

  protected override exportSource(data: ShownAttention): ExportSource | null {
    // The export figures draw attention weights; a difference (signed) has no export yet.
    if (data.difference != null) return null;
    const scene = this.buildScene();
    if (scene == null) return null;
    const layer = this.layer;
    const heads = scene.heads.length === data.numHeads ? 'all' : scene.heads.join('-');
    return {
      view: 'head_view', name: this.exportName('head_view', `layer${layer}`, `heads_${heads}`),
      title: `Head view, layer ${layer}: ${data.displayTokens.join(' ')}`,
      figure: () => headViewFigure(scene, layer),
      data: () => ({model: this.model, example: this.inputs[0]?.id,
                    ...headViewJson(data, scene, layer), hide_special: this.hideSpecial}),
      standalone: () => attentionDocument(data, {
        layer, heads: scene.heads, threshold: scene.threshold, hideSpecial: this.hideSpecial,
        pinned: this.pinned,
      }),
    };
  }

  // ---- pointer ----------------------------------------------------------------------------

  /** The token texts drawn on the canvas, top to bottom (for tests and tools). */
  drawnLabels(): string[] {
    return [...this.labelsDrawn];
  }

  /** Where token `index` is drawn on `side`, in canvas CSS pixels (for tests and tools). */
  tokenPosition(side: Side, index: number): {x: number, y: number} | null {
    return this.geometry ? tokenCenter(this.geometry, side, index) : null;
  }

  private tokenAt(event: MouseEvent): ActiveToken | null {
    if (this.scene == null || this.geometry == null) return null;
    const rect = (event.target as HTMLCanvasElement).getBoundingClientRect();
    return hitTest(this.scene, this.geometry, event.clientX - rect.left, event.clientY - rect.top);
  }

  private readonly onMouseMove = (event: MouseEvent) => {
    const token = this.tokenAt(event);
    const same = (a: ActiveToken | null, b: ActiveToken | null) =>
        a?.side === b?.side && a?.index === b?.index;
    if (this.pinned == null && !same(token, this.hovered)) {
      this.hovered = token;
      this.repaintActive();
    }
    this.showTooltip(event, token);
  };

  private readonly onMouseLeave = () => {
    this.showTooltip(null, null);
    if (this.hovered != null) {
      this.hovered = null;
      if (this.pinned == null) this.repaintActive();
    }
  };

  private readonly onCanvasClick = (event: MouseEvent) => {
    const token = this.tokenAt(event);
    const same = token && this.pinned && token.side === this.pinned.side &&
        token.index === this.pinned.index;
    this.pinned = token == null || same ? null : token;
    this.hovered = token;
  };

  private showTooltip(event: MouseEvent | null, token: ActiveToken | null) {
    const tip = this.renderRoot.querySelector('.tooltip') as HTMLElement | null;
    if (tip == null) return;
    const text = event && token ? this.tooltipText(token) : '';
    tip.hidden = !text;
    if (!text || !event) return;
    tip.textContent = text;
    tip.style.left = `${event.clientX + 14}px`;
    tip.style.top = `${event.clientY + 10}px`;
  }

  /** Exact weights for the pair (active token, hovered token), per shown head. */
  private tooltipText(token: ActiveToken): string {
    const scene = this.scene;
    const data = this.data;
    if (scene == null || data == null) return '';
    const label = (i: number) => tokenTitle(data, i);
    const anchor = this.pinned ?? this.hovered;
    const n = scene.tokens.length;
    if (anchor == null || anchor.side === token.side) {
      const role = token.side === 'left' ? 'attends from' : 'is attended by';
      return `${label(token.index)}\nlayer ${this.layer}: ${role} the lines shown` +
             (this.pinned ? '' : '\nclick to pin');
    }
    const [query, key] = anchor.side === 'left' ? [anchor.index, token.index] :
                                                  [token.index, anchor.index];
    const own = data.difference;
    const lines = scene.heads.map(head => {
      const cell = head * n * n + query * n + key;
      const w = scene.weights[cell];
      if (own) {
        return differenceTooltipLine(head, w, own.a.get(this.layer)![cell],
                                     own.b.get(this.layer)![cell]);
      }
      return `  head ${String(head).padStart(2)}: ${w.toFixed(4)}`;
    });
    return `${label(query)} → ${label(key)}, layer ${this.layer}\n${lines.join('\n')}`;
  }
}

defineModule('head-view-module', HeadViewModule);

declare global {
  interface HTMLElementTagNameMap {
    'head-view-module': HeadViewModule;
  }
}

/**
 * Neuron view: how one head's attention is computed for one query token. For every key token:
 * its key vector k, the elementwise product q∘k, the scaled score (q·k/√d, or the model's own
 * scale), one column per term the model adds before the softmax (DeBERTa's c2p and p2c,
 * MPNet's position bias) and their sum, and the softmax over the keys the query may attend to
 * (ModernBERT's local layers mask distant keys). The softmax must equal the model's attention;
 * the view checks and says so, in red when it does not.
 *
 * Layer, head and query token are pickers in plain sight; vector cells are blue for positive
 * and orange-red for negative values, stronger for larger magnitude (hover for exact values).
 */

import {html, nothing, PropertyDeclarations, PropertyValues} from 'lit';

import {defineModule, ExtModule, moduleStyles} from './base_module';
import {cssColor, signedColor} from './colors';
import {FOCUS_EVENT, focusStore, HeadFocus} from './focus_store';
import {someModelHasInterpreter} from './lit_base';
import type {IndexedInput, ModelInfoMap} from './lit_api';
import {modelShape, ModelShape} from './model_shape';
import styles from './neuron_view_module.css';
import {NEURON_INTERPRETER, NeuronPayload, parseNeuronView, tokenTitle} from './payloads';
import {QueryScores, queryScores, scaledScoreLabel, scoreFormula} from './score_decomposition';
import type {ExportSource} from './export_menu';
import {neuronDocument, neuronFigure, neuronJson} from './view_exports';

/** Largest |softmax − attention| the check accepts (the payload is float32). */
const TOLERANCE = 1e-3;

/** `value` to 3 decimals, without the "-0.000" of a tiny negative number. */
function signed3(value: number): string {
  const text = value.toFixed(3);
  return Number(text) === 0 ? (0).toFixed(3) : text;
}

/** Pixels per vector component: about 256 px per vector, 3 to 12 px per component. */
function cellWidth(headDim: number): number {
  return Math.max(3, Math.min(12, Math.floor(256 / headDim)));
}

function maxAbs(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, Math.abs(values[i]));
  return max;
}

function paintVector(canvas: HTMLCanvasElement, values: ArrayLike<number>, extent: number) {
  const ctx = canvas.getContext('2d')!;
  const cell = cellWidth(values.length);
  for (let c = 0; c < values.length; c++) {
    ctx.fillStyle = cssColor(signedColor(values[c], extent));
    ctx.fillRect(c * cell, 0, cell, canvas.height);
  }
}

export class NeuronViewModule extends ExtModule<NeuronPayload> {
  static override title = 'Neurons: Query × Key';
  static override infoMarkdown =
      'For one layer, head and query token: every key vector, q∘k, the scaled score q·k/√d ' +
      '(or the model\'s own scale, e.g. q·k/√(3d) for DeBERTa), one column per term the model ' +
      'adds before the softmax (DeBERTa\'s content→position and position→content, MPNet\'s ' +
      'relative position bias; hover a column header or read the notes under the check for ' +
      'what each is), their sum, and the softmax over the keys the query may attend to ' +
      '(masked keys get 0). The view checks that this softmax equals the model\'s attention. ' +
      'q and k are shown after the model\'s position transform (rotary for ModernBERT). ' +
      'Blue = positive, orange = negative.';
  static override numCols = 12;

  static override shouldDisplayModule(modelSpecs: ModelInfoMap) {
    return someModelHasInterpreter(modelSpecs, NEURON_INTERPRETER);
  }

  static override styles = moduleStyles(styles);

  static override properties: PropertyDeclarations = {
    shape: {state: true},
    layer: {state: true},
    head: {state: true},
    queryIndex: {state: true},
  };

  declare shape: ModelShape | null;
  declare layer: number;
  declare head: number;
  declare queryIndex: number;

  private rows: QueryScores | null = null;
  private readonly onFocus = (event: Event) => {
    const focus = (event as CustomEvent<HeadFocus>).detail;
    if (focus.model !== this.model) return;
    this.layer = focus.layer;
    this.head = focus.head;
    this.reload();
  };
  protected readonly emptyMessage = 'Select an example to see its query and key vectors.';

  constructor() {
    super();
    this.shape = null;
    this.layer = 0;
    this.head = 0;
    this.queryIndex = -1;
  }

  override connectedCallback() {
    super.connectedCallback();
    focusStore.addEventListener(FOCUS_EVENT, this.onFocus);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    focusStore.removeEventListener(FOCUS_EVENT, this.onFocus);
  }

  protected override inputsChanged() {
    this.queryIndex = -1;
  }

  protected async load([input]: IndexedInput[]) {
    const api = this.apiService;
    const dataset = this.appState.currentDataset;
    const model = this.model;
    const shape = await modelShape(api, dataset, model, this.appState.currentModelInfos[model],
                                   input);
    // The pickers need only the shape: fill them now, so that they work if the request fails.
    if (this.model === model) this.shape = shape;
    const layer = shape.layers.includes(this.layer) ? this.layer : shape.layers[0];
    const head = this.head < shape.numHeads ? this.head : 0;
    const [raw] = await api.getInterpretations([input], model, dataset, NEURON_INTERPRETER,
                                               {layer, head}, 'Fetching query/key vectors', true);
    return parseNeuronView(raw);
  }

  protected override accept(payload: NeuronPayload) {
    this.data = payload;
    this.layer = payload.layer;
    this.head = payload.head;
    const n = payload.tokens.length;
    if (this.queryIndex < 0 || this.queryIndex >= n) {
      const firstText = payload.specialTokens.findIndex(special => !special);
      this.queryIndex = Math.max(0, firstText);
    }
  }

  private setLayerHead(layer: number, head: number) {
    this.layer = layer;
    this.head = head;
    this.reload();
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override renderControls() {
    const shape = this.shape;
    const data = this.data;
    const tokens = data?.displayTokens ?? [];
    const onLayer = (e: Event) =>
        this.setLayerHead(Number((e.target as HTMLSelectElement).value), this.head);
    const onHead = (e: Event) =>
        this.setLayerHead(this.layer, Number((e.target as HTMLSelectElement).value));
    const onQuery = (e: Event) => {
      this.queryIndex = Number((e.target as HTMLSelectElement).value);
    };
    return html`
      <div class="toolbar">
        <label>Layer
          <select class="dropdown layer-select" @change=${onLayer} ?disabled=${!shape}>
            ${(shape?.layers ?? []).map(l => html`
              <option value=${l} ?selected=${l === this.layer}>${l}</option>`)}
          </select>
        </label>
        <label>Head
          <select class="dropdown head-select" @change=${onHead} ?disabled=${!shape}>
            ${Array.from({length: shape?.numHeads ?? 0}, (_, h) => html`
              <option value=${h} ?selected=${h === this.head}>${h}</option>`)}
          </select>
        </label>
        <label>Query token
          <select class="dropdown query-select" @change=${onQuery} ?disabled=${!tokens.length}>
            ${tokens.map((t, i) => html`
              <option value=${i} ?selected=${i === this.queryIndex}
                  title=${tokenTitle(data!, i)}>${i}: ${t}</option>`)}
          </select>
        </label>
        <span class="hint legend">
          <span class="swatch" style="background: ${cssColor(signedColor(1, 1))}"></span>positive
          <span class="swatch" style="background: ${cssColor(signedColor(-1, 1))}"></span>negative
        </span>
      </div>`;
  }

  private renderQueryChips(data: NeuronPayload) {
    return html`
      <div class="query-chips" role="listbox" aria-label="Query token">
        ${data.displayTokens.map((token, i) => html`
          <button class="chip ${i === this.queryIndex ? 'selected' : ''}" data-index=${i}
              role="option" aria-selected=${i === this.queryIndex} title=${tokenTitle(data, i)}
              @click=${() => (this.queryIndex = i)}>${token}</button>`)}
      </div>`;
  }

  /** The check line: the formula, and whether its softmax reproduces the model's attention. */
  private renderCheck(data: NeuronPayload, rows: QueryScores) {
    const allowed = rows.allowed.filter(a => a).length;
    const over = allowed < rows.allowed.length ? ` over the ${allowed} allowed keys` : '';
    const formula = `softmax(${scoreFormula(data)})${over}`;
    if (rows.maxDiff < TOLERANCE) {
      return html`<span class="check ok">${formula} equals the model's attention (max |Δ| ${
          rows.maxDiff.toExponential(1)})</span>`;
    }
    const by = Number.isFinite(rows.maxDiff) ? `by up to ${rows.maxDiff.toFixed(4)}` :
                                               '(a value is not a number)';
    return html`<span class="check bad">${formula} differs from the model's attention ${
        by}: these columns do not explain this head.</span>`;
  }

  /** What the position transform and each term are, in words. */
  private renderNotes(data: NeuronPayload, rows: QueryScores) {
    const masked = rows.allowed.length - rows.allowed.filter(a => a).length;
    const notes = [
      ...(data.positionTransform ?
              [`q and k are shown after the ${data.positionTransform} position transform.`] :
              []),
      ...data.terms.map(t => `${t.label} (${t.name}): ${t.description}.`),
      ...(masked ? [`${masked} key${masked === 1 ? ' is' : 's are'} masked for this query: the ` +
                    'model does not let it attend to them (probability 0).'] :
                   []),
    ];
    return notes.length ?
        html`<ul class="notes hint">${notes.map(note => html`<li>${note}</li>`)}</ul>` :
        nothing;
  }

  /** A signed number with a bar scaled to `extent`; `col` names the column for tools. */
  private renderSigned(col: string, value: number, extent: number) {
    return html`
      <td class="num" data-col=${col} title=${value.toFixed(6)}>
        <span class="bar signed" style="width: ${(28 * Math.abs(value)) / extent}px; background: ${
            cssColor(signedColor(value, extent))}"></span>${signed3(value)}</td>`;
  }

  private renderTable(data: NeuronPayload, rows: QueryScores) {
    const width = data.headDim * cellWidth(data.headDim);
    const n = data.tokens.length;
    // One extent for every score column, so that bars compare across the sum's parts.
    const scoreExtent = Math.max(maxAbs(rows.scaled), ...rows.terms.map(maxAbs),
                                 maxAbs(rows.sums)) || 1;
    const hasTerms = data.terms.length > 0;
    const canvas = (kind: string, row?: number) => html`
        <canvas class="vec" data-kind=${kind} data-row=${row ?? nothing} width=${width}
            height="12" style="width: ${width}px"></canvas>`;
    return html`
      <div class="summary">
        Layer ${data.layer}, head ${data.head}, d = ${data.headDim}; query
        <b class="mono" title=${tokenTitle(data, this.queryIndex)}>${
            data.displayTokens[this.queryIndex]}</b> (#${this.queryIndex}).
        ${this.renderCheck(data, rows)}
      </div>
      ${this.renderNotes(data, rows)}
      <table class="neurons">
        <thead>
          <tr>
            <th class="token-col">Key</th>
            <th>key k</th>
            <th>q ∘ k</th>
            <th class="num" title="q·k times the model's scale, ${data.scaleLabel}">${
                scaledScoreLabel(data.scaleLabel)}</th>
            ${data.terms.map(t => html`
              <th class="num term" title="${t.name}: ${t.description}">${t.label}</th>`)}
            ${hasTerms ? html`
              <th class="num" title="${scoreFormula(data)}: the score the softmax takes">sum</th>` :
              nothing}
            <th class="num" title="softmax over the keys this query may attend to">softmax</th>
          </tr>
          <tr class="query-row">
            <td class="token-col mono">query q</td>
            <td>${canvas('query')}</td>
            <td colspan=${3 + data.terms.length + (hasTerms ? 1 : 0)}></td>
          </tr>
        </thead>
        <tbody>
          ${data.displayTokens.map((token, j) => {
            const prob = rows.softmax[j];
            const classes = [j === this.queryIndex ? 'is-query' : '',
                             rows.allowed[j] ? '' : 'masked'].join(' ');
            return html`
              <tr class=${classes} data-key=${j}>
                <td class="token-col mono" title=${tokenTitle(data, j)}>${token}</td>
                <td>${canvas('key', j)}</td>
                <td>${canvas('product', j)}</td>
                ${this.renderSigned('scaled', rows.scaled[j], scoreExtent)}
                ${data.terms.map((t, k) => this.renderSigned(`term:${t.name}`, rows.terms[k][j],
                                                             scoreExtent))}
                ${hasTerms ? this.renderSigned('sum', rows.sums[j], scoreExtent) : nothing}
                ${rows.allowed[j] ? html`
                  <td class="num" data-col="softmax" title=${`softmax ${prob.toFixed(6)}; ` +
                      `model attention ${data.attention[this.queryIndex * n + j].toFixed(6)}`}>
                    <span class="bar" style="width: ${40 * prob}px"></span>${prob.toFixed(3)}</td>` :
                  html`<td class="num masked-cell" data-col="softmax"
                      title="masked: this query may not attend to this key (probability 0)"
                      >masked</td>`}
              </tr>`;
          })}
        </tbody>
      </table>`;
  }

  protected renderData(data: NeuronPayload) {
    const valid = this.queryIndex >= 0 && this.queryIndex < data.tokens.length;
    this.rows = valid ? queryScores(data, this.queryIndex) : null;
    if (this.rows == null) return nothing;
    return html`
      <div @mousemove=${this.onMouseMove} @mouseleave=${this.hideTooltip}>
        ${this.renderQueryChips(data)}${this.renderTable(data, this.rows)}
        <div class="tooltip" hidden></div>
      </div>`;
  }

  override updated(changed: PropertyValues) {
    super.updated(changed);
    const data = this.data;
    const rows = this.rows;
    if (data == null || rows == null || this.errorOf() != null) return;
    const keyExtent = Math.max(maxAbs(data.key), maxAbs(rows.query));
    const productExtent = Math.max(...rows.products.map(maxAbs)) || 1;
    for (const canvas of this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas.vec')) {
      const kind = canvas.dataset['kind'];
      const row = Number(canvas.dataset['row']);
      const d = data.headDim;
      if (kind === 'query') paintVector(canvas, rows.query, keyExtent);
      if (kind === 'key') paintVector(canvas, data.key.subarray(row * d, (row + 1) * d), keyExtent);
      if (kind === 'product') paintVector(canvas, rows.products[row], productExtent);
    }
    Object.assign(this.dataset, {
      layer: String(data.layer), head: String(data.head), query: String(this.queryIndex),
      queryToken: data.displayTokens[this.queryIndex], rows: String(data.tokens.length),
      headDim: String(data.headDim), maxDiff: rows.maxDiff.toExponential(2),
      check: rows.maxDiff < TOLERANCE ? 'ok' : 'bad', formula: scoreFormula(data),
      masked: String(rows.allowed.filter(a => !a).length),
    });
  }

  protected override exportSource(data: NeuronPayload): ExportSource | null {
    const query = this.queryIndex;
    if (query < 0 || query >= data.tokens.length) return null;
    // Computed on click: the toolbar asks for the source on every render.
    const rows = () => queryScores(data, query);
    return {
      view: 'neuron_view',
      name: this.exportName('neuron_view', `layer${data.layer}`, `head${data.head}`,
                            `query${query}`),
      title: `Neuron view, layer ${data.layer}, head ${data.head}: ${
          data.displayTokens.join(' ')}`,
      figure: () => neuronFigure(data, query, rows()),
      data: () => ({model: this.model, example: this.inputs[0]?.id,
                    ...neuronJson(data, query, rows())}),
      standalone: () => neuronDocument(data, query),
    };
  }

  // ---- exact values on hover --------------------------------------------------------------

  private readonly onMouseMove = (event: MouseEvent) => {
    const canvas = event.composedPath()[0] as HTMLElement;
    const data = this.data;
    const rows = this.rows;
    if (!(canvas instanceof HTMLCanvasElement) || !canvas.classList.contains('vec') ||
        data == null || rows == null) {
      this.hideTooltip();
      return;
    }
    const d = data.headDim;
    const dim = Math.min(d - 1, Math.max(0, Math.floor(event.offsetX / cellWidth(d))));
    const kind = canvas.dataset['kind'];
    const row = Number(canvas.dataset['row']);
    const q = rows.query[dim];
    let text = `query ${tokenTitle(data, this.queryIndex)}, dim ${dim}\nq = ${q.toFixed(4)}`;
    if (kind !== 'query') {
      const k = data.key[row * d + dim];
      text = `key ${tokenTitle(data, row)}, dim ${dim}\nq = ${q.toFixed(4)}\n` +
             `k = ${k.toFixed(4)}\nq∘k = ${(q * k).toFixed(4)}`;
    }
    const tip = this.renderRoot.querySelector('.tooltip') as HTMLElement;
    tip.textContent = text;
    tip.hidden = false;
    tip.style.left = `${event.clientX + 14}px`;
    tip.style.top = `${event.clientY + 10}px`;
  };

  private readonly hideTooltip = () => {
    const tip = this.renderRoot.querySelector('.tooltip') as HTMLElement | null;
    if (tip) tip.hidden = true;
  };
}

defineModule('neuron-view-module', NeuronViewModule);

declare global {
  interface HTMLElementTagNameMap {
    'neuron-view-module': NeuronViewModule;
  }
}

/**
 * Neuron view: how one head's attention is computed for one query token. For every key token:
 * its key vector k, the elementwise product q∘k, the score q·k/√d and the softmax over the
 * scores (which must equal the model's attention; the view checks and says so).
 *
 * Layer, head and query token are pickers in plain sight; vector cells are blue for positive
 * and orange-red for negative values, stronger for larger magnitude (hover for exact values).
 */

import {css, html, nothing, PropertyDeclarations, PropertyValues, unsafeCSS} from 'lit';

import {baseStyles, ExtModule} from './base_module';
import {cssColor, signedColor} from './colors';
import {FOCUS_EVENT, focusStore, HeadFocus} from './focus_store';
import {someModelHasInterpreter} from './lit_base';
import type {ModelInfoMap} from './lit_api';
import {modelShape, ModelShape} from './model_shape';
import styles from './neuron_view_module.css';
import {isSpecialToken, NEURON_INTERPRETER, NeuronPayload, parseNeuronView} from './payloads';

const CELL = 6;

/** Scores, softmax and products for one query token, derived from q and k. */
interface QueryRows {
  query: Float32Array;
  products: Float32Array[];
  scores: Float32Array;
  softmax: Float32Array;
  /** Largest |softmax − the model's attention| over the keys. */
  maxDiff: number;
}

function queryRows(data: NeuronPayload, queryIndex: number): QueryRows {
  const n = data.tokens.length;
  const d = data.headDim;
  const query = data.query.subarray(queryIndex * d, (queryIndex + 1) * d);
  const scale = 1 / Math.sqrt(d);
  const products: Float32Array[] = [];
  const scores = new Float32Array(n);
  for (let j = 0; j < n; j++) {
    const product = new Float32Array(d);
    let dot = 0;
    for (let c = 0; c < d; c++) {
      product[c] = query[c] * data.key[j * d + c];
      dot += product[c];
    }
    products.push(product);
    scores[j] = dot * scale;
  }
  const max = Math.max(...scores);
  const exps = scores.map(s => Math.exp(s - max));
  const total = exps.reduce((a, b) => a + b, 0);
  const softmax = exps.map(e => e / total);
  let maxDiff = 0;
  for (let j = 0; j < n; j++) {
    maxDiff = Math.max(maxDiff, Math.abs(softmax[j] - data.attention[queryIndex * n + j]));
  }
  return {query, products, scores, softmax, maxDiff};
}

function maxAbs(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, Math.abs(values[i]));
  return max;
}

function paintVector(canvas: HTMLCanvasElement, values: ArrayLike<number>, extent: number) {
  const ctx = canvas.getContext('2d')!;
  for (let c = 0; c < values.length; c++) {
    ctx.fillStyle = cssColor(signedColor(values[c], extent));
    ctx.fillRect(c * CELL, 0, CELL, canvas.height);
  }
}

export class NeuronViewModule extends ExtModule {
  static override title = 'Neurons: Query × Key';
  static override infoMarkdown =
      'For one layer, head and query token: every key vector, q∘k, the score q·k/√d and ' +
      'its softmax (the attention). Blue = positive, orange = negative.';
  static override numCols = 12;
  static override duplicateForExampleComparison = true;
  static override duplicateForModelComparison = true;
  static override template = (model: string, selectionServiceIndex: number,
                              shouldReact: number) => html`
      <neuron-view-module model=${model} .shouldReact=${shouldReact}
        selectionServiceIndex=${selectionServiceIndex}></neuron-view-module>`;

  static override shouldDisplayModule(modelSpecs: ModelInfoMap) {
    return someModelHasInterpreter(modelSpecs, NEURON_INTERPRETER);
  }

  static override styles = [...baseStyles, css`${unsafeCSS(styles)}`];

  static override properties: PropertyDeclarations = {
    data: {state: true},
    shape: {state: true},
    layer: {state: true},
    head: {state: true},
    queryIndex: {state: true},
  };

  declare data: NeuronPayload | null;
  declare shape: ModelShape | null;
  declare layer: number;
  declare head: number;
  declare queryIndex: number;

  private rows: QueryRows | null = null;
  private readonly onFocus = (event: Event) => {
    const focus = (event as CustomEvent<HeadFocus>).detail;
    if (focus.model !== this.model) return;
    this.layer = focus.layer;
    this.head = focus.head;
    this.fetch();
  };

  constructor() {
    super();
    this.data = null;
    this.shape = null;
    this.layer = 0;
    this.head = 0;
    this.queryIndex = -1;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.reactImmediately(() => [this.selectedInput, this.model], () => {
      this.queryIndex = -1;
      this.fetch();
    });
    focusStore.addEventListener(FOCUS_EVENT, this.onFocus);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    focusStore.removeEventListener(FOCUS_EVENT, this.onFocus);
  }

  private async fetch() {
    const input = this.selectedInput;
    if (input == null) {
      this.data = null;
      return;
    }
    const api = this.apiService;
    const dataset = this.appState.currentDataset;
    const info = this.appState.currentModelInfos[this.model];
    const request = (async () => {
      const shape = await modelShape(api, dataset, this.model, info, input);
      const layer = shape.layers.includes(this.layer) ? this.layer : shape.layers[0];
      const head = this.head < shape.numHeads ? this.head : 0;
      const [raw] = await api.getInterpretations([input], this.model, dataset, NEURON_INTERPRETER,
                                                 {layer, head}, 'Fetching query/key vectors',
                                                 true);
      return {shape, payload: parseNeuronView(raw)};
    })();
    const result = await this.request('neurons', request);
    if (result == null) return;
    this.shape = result.shape;
    this.data = result.payload;
    this.layer = result.payload.layer;
    this.head = result.payload.head;
    const n = result.payload.tokens.length;
    if (this.queryIndex < 0 || this.queryIndex >= n) {
      const firstWord = result.payload.tokens.findIndex(t => !isSpecialToken(t));
      this.queryIndex = Math.max(0, firstWord);
    }
  }

  private setLayerHead(layer: number, head: number) {
    this.layer = layer;
    this.head = head;
    this.fetch();
  }

  // ---- rendering --------------------------------------------------------------------------

  private renderControls() {
    const shape = this.shape;
    const tokens = this.data?.tokens ?? [];
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
              <option value=${i} ?selected=${i === this.queryIndex}>${i}: ${t}</option>`)}
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
        ${data.tokens.map((token, i) => html`
          <button class="chip ${i === this.queryIndex ? 'selected' : ''}" data-index=${i}
              role="option" aria-selected=${i === this.queryIndex}
              @click=${() => (this.queryIndex = i)}>${token}</button>`)}
      </div>`;
  }

  private renderTable(data: NeuronPayload, rows: QueryRows) {
    const d = data.headDim;
    const width = d * CELL;
    const scoreExtent = maxAbs(rows.scores) || 1;
    const query = data.tokens[this.queryIndex];
    const check = rows.maxDiff < 1e-3 ?
        html`<span class="check ok">softmax(q·k/√d) equals the model's attention (max |Δ| ${
            rows.maxDiff.toExponential(1)})</span>` :
        html`<span class="check bad">softmax(q·k/√d) differs from the model's attention by up to ${
            rows.maxDiff.toFixed(4)}</span>`;
    return html`
      <div class="summary">
        Layer ${data.layer}, head ${data.head}, d = ${d}; query
        <b class="mono">${query}</b> (#${this.queryIndex}). ${check}
      </div>
      <table class="neurons">
        <thead>
          <tr>
            <th class="token-col">Key</th>
            <th>key k</th>
            <th>q ∘ k</th>
            <th class="num">q·k/√d</th>
            <th class="num">softmax</th>
          </tr>
          <tr class="query-row">
            <td class="token-col mono">query q</td>
            <td><canvas class="vec" data-kind="query" width=${width} height="12"
                style="width: ${width}px"></canvas></td>
            <td colspan="3"></td>
          </tr>
        </thead>
        <tbody>
          ${data.tokens.map((token, j) => {
            const score = rows.scores[j];
            const prob = rows.softmax[j];
            return html`
              <tr class=${j === this.queryIndex ? 'is-query' : ''}>
                <td class="token-col mono" title="#${j}">${token}</td>
                <td><canvas class="vec" data-kind="key" data-row=${j} width=${width}
                    height="12" style="width: ${width}px"></canvas></td>
                <td><canvas class="vec" data-kind="product" data-row=${j} width=${width}
                    height="12" style="width: ${width}px"></canvas></td>
                <td class="num" title=${score.toFixed(6)}>
                  <span class="bar signed" style="width: ${
                      (28 * Math.abs(score)) / scoreExtent}px; background: ${
                      cssColor(signedColor(score, scoreExtent))}"></span>${score.toFixed(2)}</td>
                <td class="num" title=${`softmax ${prob.toFixed(6)}; model attention ${
                    data.attention[this.queryIndex * data.tokens.length + j].toFixed(6)}`}>
                  <span class="bar" style="width: ${40 * prob}px"></span>${prob.toFixed(3)}</td>
              </tr>`;
          })}
        </tbody>
      </table>`;
  }

  protected override renderImpl() {
    const data = this.data;
    const valid = data != null && this.queryIndex >= 0 && this.queryIndex < data.tokens.length;
    this.rows = valid ? queryRows(data!, this.queryIndex) : null;
    const empty = this.selectedInput == null ? 'Select an example to see its query and key vectors.' :
                                               null;
    return html`
      <div class="module-container">
        ${this.renderControls()}
        <div class="body" @mousemove=${this.onMouseMove} @mouseleave=${this.hideTooltip}>
          ${this.renderStatus(data ? null : empty)}
          ${data && this.rows && !this.error ?
              html`${this.renderQueryChips(data)}${this.renderTable(data, this.rows)}` : nothing}
          <div class="tooltip" hidden></div>
        </div>
      </div>`;
  }

  override updated(changed: PropertyValues) {
    super.updated(changed);
    const data = this.data;
    const rows = this.rows;
    this.dataset['state'] = this.error ? 'error' : this.loading ? 'loading' :
                                                                 data ? 'ready' : 'empty';
    if (data == null || rows == null) return;
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
      queryToken: data.tokens[this.queryIndex], rows: String(data.tokens.length),
      headDim: String(data.headDim), maxDiff: rows.maxDiff.toExponential(2),
    });
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
    const dim = Math.min(d - 1, Math.max(0, Math.floor(event.offsetX / CELL)));
    const kind = canvas.dataset['kind'];
    const row = Number(canvas.dataset['row']);
    const q = rows.query[dim];
    let text = `query ${data.tokens[this.queryIndex]}, dim ${dim}\nq = ${q.toFixed(4)}`;
    if (kind !== 'query') {
      const k = data.key[row * d + dim];
      text = `key ${data.tokens[row]} (#${row}), dim ${dim}\nq = ${q.toFixed(4)}\n` +
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

customElements.define('neuron-view-module', NeuronViewModule);

declare global {
  interface HTMLElementTagNameMap {
    'neuron-view-module': NeuronViewModule;
  }
}

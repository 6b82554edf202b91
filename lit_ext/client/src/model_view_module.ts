/**
 * Model view: every layer × head of the selected example as a small attention matrix
 * (rows = attending tokens, columns = attended tokens), drawn only once scrolled into view.
 * Clicking one opens that layer and head in the head view.
 */

import {html, PropertyDeclarations, PropertyValues} from 'lit';

import {AttentionData, attentionSource, loadAttention, someModelHasAttention} from './attention_data';
import {defineModule, ExtModule, moduleStyles} from './base_module';
import {categoricalColor, rgb} from './colors';
import {focusStore} from './focus_store';
import type {IndexedInput, ModelInfoMap} from './lit_api';
import styles from './model_view_module.css';

const SIZES = [48, 72, 104];

/**
 * Paints one head's n × n weights into `canvas` as a white-to-`color` matrix. Longer inputs
 * are max-pooled to the thumbnail's size, so a sharp pattern stays visible when shrunk.
 */
function paintMatrix(canvas: HTMLCanvasElement, weights: Float32Array, head: number, n: number,
                     color: string) {
  const [r, g, b] = rgb(color);
  const size = Math.min(n, canvas.width);
  const pooled = new Float32Array(size * size);
  const offset = head * n * n;
  for (let i = 0; i < n; i++) {
    const row = Math.floor((i * size) / n) * size;
    for (let j = 0; j < n; j++) {
      const cell = row + Math.floor((j * size) / n);
      const w = weights[offset + i * n + j];
      if (w > pooled[cell]) pooled[cell] = w;
    }
  }
  const pixels = new ImageData(size, size);
  for (let i = 0; i < size * size; i++) {
    // sqrt lifts small weights so a head's pattern shows even when attention is spread out.
    const t = Math.sqrt(Math.min(1, pooled[i]));
    pixels.data[4 * i] = Math.round(255 + (r - 255) * t);
    pixels.data[4 * i + 1] = Math.round(255 + (g - 255) * t);
    pixels.data[4 * i + 2] = Math.round(255 + (b - 255) * t);
    pixels.data[4 * i + 3] = 255;
  }
  const source = document.createElement('canvas');
  source.width = size;
  source.height = size;
  source.getContext('2d')!.putImageData(pixels, 0, 0);
  const ctx = canvas.getContext('2d')!;
  ctx.imageSmoothingEnabled = false;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
}

export class ModelViewModule extends ExtModule<AttentionData> {
  static override title = 'Attention: Model View';
  static override infoMarkdown =
      'Every layer and head as a small attention matrix (rows attend to columns). ' +
      'Click one to open it in the head view.';
  static override numCols = 6;

  static override shouldDisplayModule(modelSpecs: ModelInfoMap) {
    return someModelHasAttention(modelSpecs);
  }

  static override styles = moduleStyles(styles);

  static override properties: PropertyDeclarations = {
    size: {state: true},
    selected: {state: true},
  };

  declare size: number;
  declare selected: [number, number] | null;

  private observer: IntersectionObserver | null = null;
  private readonly drawn = new Set<HTMLCanvasElement>();
  private readonly pending = new Set<HTMLCanvasElement>();
  private frame = 0;
  protected readonly emptyMessage = 'Select an example to see its attention.';

  constructor() {
    super();
    this.size = SIZES[1];
    this.selected = null;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = null;
    cancelAnimationFrame(this.frame);
  }

  protected async load([input]: IndexedInput[]) {
    const source = attentionSource(this.appState.currentModelInfos[this.model]);
    if (source == null) throw new Error(`Model '${this.model}' returns no attention.`);
    return loadAttention(this.apiService, this.appState.currentDataset, this.model, source, input,
                         null);
  }

  private open(layer: number, head: number) {
    this.selected = [layer, head];
    focusStore.focusHead({model: this.model, layer, head});
  }

  protected override renderControls() {
    const onSize = (e: Event) => {
      this.size = Number((e.target as HTMLSelectElement).value);
    };
    return html`
      <div class="toolbar">
        <label>Size
          <select class="dropdown size-select" @change=${onSize}>
            ${SIZES.map(s => html`<option value=${s} ?selected=${s === this.size}>${s}px</option>`)}
          </select>
        </label>
        <span class="hint">Rows attend to columns. Click a head to open it in the head view.</span>
      </div>`;
  }

  protected renderData(data: AttentionData) {
    const layers = [...data.layers.keys()].sort((a, b) => a - b);
    const heads = Array.from({length: data.numHeads}, (_, h) => h);
    return html`
      <div class="grid" style="--thumb: ${this.size}px; --heads: ${data.numHeads}">
        <div class="corner"></div>
        ${heads.map(h => html`<div class="col-label">H${h}</div>`)}
        ${layers.map(layer => html`
          <div class="row-label">L${layer}</div>
          ${heads.map(head => {
            const isSelected = this.selected?.[0] === layer && this.selected?.[1] === head;
            return html`
              <canvas class="thumb ${isSelected ? 'selected' : ''}" width=${this.size}
                  height=${this.size} data-layer=${layer} data-head=${head}
                  title="Layer ${layer}, head ${head}: click to open in the head view"
                  @click=${() => this.open(layer, head)}></canvas>`;
          })}`)}
      </div>`;
  }

  override updated(changed: PropertyValues) {
    super.updated(changed);
    this.dataset['selected'] = this.selected ? this.selected.join(':') : '';
    this.dataset['source'] = this.data?.source ?? '';
    if (changed.has('data') || changed.has('size')) {
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
        paintMatrix(canvas, weights, head, n, categoricalColor(head));
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

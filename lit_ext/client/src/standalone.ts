/**
 * The views of an exported HTML file or notebook cell (`result.save("x.html")`, `_repr_html_`),
 * with no LIT, no server and no network: `lit_ext/results.py` inlines this bundle
 * (`bundle/lit_ext_standalone.js`, a classic script) and the result's data, then calls
 * `litExtStandalone.render(element, document)`.
 *
 * The data is the same payload our interpreters send to LIT (`payloads.ts` checks and decodes
 * it), and the drawing reuses the modules' pure helpers: the head view's canvas drawing, the
 * model view's thumbnails, the neuron view's score decomposition. No lit, no MobX: plain DOM.
 */

import {rgb, rgba, signedColor, cssColor} from './colors';
import {ActiveToken, drawLabels, drawLines, Geometry, HeadViewScene, hitTest, layout,
        sizeCanvases, tokenCenter} from './head_view_drawing';
import {argmax} from './numbers';
import {AttentionPayload, NeuronPayload, NmfPayload, parseAttention, parseNeuronView, parseNmf,
        tokenTitle} from './payloads';
import {queryScores, scoreFormula} from './score_decomposition';
import styles from './standalone.css';
import {paintMatrix} from './thumbnail_painting';

/** What `lit_ext/results.py` writes into the page (format version 1). */
export interface ExportDocument {
  format_version: number;
  view: 'attention' | 'neuron' | 'nmf';
  /** The interpreter payload of the view (`attention`, `neuron_view` or `nmf`). */
  payload: unknown;
  /** One `#rrggbb` colour per head (attention, neuron) or factor (NMF). */
  colors: string[];
  /**
   * Initial state: layer, head (null: all heads) or heads, threshold, hidden special tokens,
   * a pinned token (attention); query token (neuron).
   */
  options: {layer?: number, head?: number | null, heads?: number[], threshold?: number,
            hideSpecial?: boolean, pinned?: ActiveToken | null, query?: number | null};
}

export const FORMAT_VERSION = 1;

function element<K extends keyof HTMLElementTagNameMap>(
    tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** Draws `doc` into `root` (replacing its content); throws on a malformed document. */
export function render(root: HTMLElement, doc: ExportDocument) {
  if (doc.format_version !== FORMAT_VERSION) {
    throw new Error(`lit-ext export format ${doc.format_version}; this page reads ` +
                    `${FORMAT_VERSION}.`);
  }
  root.replaceChildren();
  root.classList.add('lit-ext-export');
  root.append(element('style', '', styles));
  root.dataset.view = doc.view;
  if (doc.view === 'attention') {
    renderAttention(root, parseAttention(doc.payload), doc);
  } else if (doc.view === 'neuron') {
    renderNeuron(root, parseNeuronView(doc.payload), doc);
  } else if (doc.view === 'nmf') {
    renderNmf(root, parseNmf(doc.payload), doc);
  } else {
    throw new Error(`unknown lit-ext view '${String(doc.view)}'.`);
  }
}

// ---- attention: head view and model-view thumbnails ------------------------------------------

/** Attention of every layer: head view of one layer (canvases) above thumbnails of every head. */
function renderAttention(root: HTMLElement, data: AttentionPayload, doc: ExportDocument) {
  const n = data.tokens.length;
  const threshold = doc.options.threshold ?? 0.01;
  let layerPos = Math.max(0, data.layers.indexOf(doc.options.layer ?? data.layers[0]));
  const shown = new Set<number>(doc.options.heads ?? (doc.options.head == null ?
      Array.from({length: data.numHeads}, (_, h) => h) : [doc.options.head]));
  const visible = Array.from({length: n}, (_, i) => i)
                      .filter(i => !doc.options.hideSpecial || !data.specialTokens[i]);
  let active: ActiveToken | null = doc.options.pinned ?? null;
  let pinned = active != null;
  let geo: Geometry | null = null;
  let scene: HeadViewScene | null = null;

  root.append(element('div', 'title',
      `Attention: ${data.layers.length} layers × ${data.numHeads} heads, ${n} tokens. ` +
      'Lines go from each query token (left) to the keys it attends to (right), ' +
      `opacity = weight (weights ≥ ${threshold}). Hover or click a token to isolate it.`));
  const controls = element('div', 'controls');
  const select = element('select', 'layer-select');
  data.layers.forEach((layer, pos) => select.append(new Option(`Layer ${layer}`, String(pos))));
  select.value = String(layerPos);
  const chips = doc.colors.slice(0, data.numHeads).map((color, head) => {
    const chip = element('button', 'head-chip', String(head));
    chip.dataset.head = String(head);
    chip.style.setProperty('--head-color', color);
    chip.title = `head ${head}: click to show or hide`;
    chip.onclick = () => {
      if (shown.has(head)) shown.delete(head); else shown.add(head);
      draw();
    };
    return chip;
  });
  const stats = element('span', 'line-stats');
  controls.append(select, ...chips, stats);
  const stack = element('div', 'canvas-stack');
  const lines = element('canvas', 'lines');
  const labels = element('canvas', 'labels');
  stack.append(lines, labels);
  const grid = element('div', 'thumbs');
  root.append(controls, stack, grid);

  const draw = () => {
    const weights = data.weights[layerPos];
    scene = {
      tokens: data.tokens, labels: data.displayTokens, segmentIds: data.segmentIds,
      numHeads: data.numHeads, weights, heads: [...shown].sort((a, b) => a - b),
      headColors: doc.colors, visible, filter: 'all',
      threshold, active, pinned,
    };
    geo = layout(labels.getContext('2d')!, scene, Math.max(480, Math.min(900, root.clientWidth)));
    sizeCanvases(lines, labels, geo, window.devicePixelRatio || 1);
    const result = drawLines(lines.getContext('2d')!, scene, geo);
    drawLabels(labels.getContext('2d')!, scene, geo);
    chips.forEach((chip, head) => chip.classList.toggle('on', shown.has(head)));
    stats.textContent = `${result.lines} lines` + (result.overBudget ?
        `; ${result.overBudget} weaker ones hidden (weights < ${result.cutoff.toFixed(3)})` : '');
    for (const thumb of grid.querySelectorAll<HTMLElement>('.thumb')) {
      thumb.classList.toggle('selected', Number(thumb.dataset.layer) === data.layers[layerPos] &&
                                         shown.has(Number(thumb.dataset.head)));
    }
    Object.assign(root.dataset, {
      layer: String(data.layers[layerPos]), heads: scene.heads.join(','), tokens: String(n),
      lines: String(result.lines), active: active ? `${active.side}:${active.index}` : '',
    });
  };

  select.onchange = () => {
    layerPos = Number(select.value);
    draw();
  };
  labels.onmousemove = event => {
    if (pinned || scene == null || geo == null) return;
    const hit = hitTest(scene, geo, event.offsetX, event.offsetY);
    if (hit?.side !== active?.side || hit?.index !== active?.index) {
      active = hit;
      draw();
    }
  };
  labels.onmouseleave = () => {
    if (!pinned && active) {
      active = null;
      draw();
    }
  };
  labels.onclick = event => {
    if (scene == null || geo == null) return;
    const hit = hitTest(scene, geo, event.offsetX, event.offsetY);
    pinned = hit != null && !(pinned && hit.side === active?.side && hit.index === active.index);
    active = hit;
    draw();
  };

  data.layers.forEach((layer, pos) => {
    const row = element('div', 'thumb-row');
    row.append(element('span', 'thumb-label', `L${layer}`));
    for (let head = 0; head < data.numHeads; head++) {
      const canvas = element('canvas', 'thumb');
      canvas.width = canvas.height = 48;
      Object.assign(canvas.dataset, {layer: String(layer), head: String(head)});
      canvas.title = `layer ${layer}, head ${head}: click to show it alone above`;
      paintMatrix(canvas, data.weights[pos], head, n, rgb(doc.colors[head]));
      canvas.onclick = () => {
        layerPos = pos;
        select.value = String(pos);
        shown.clear();
        shown.add(head);
        draw();
      };
      row.append(canvas);
    }
    grid.append(row);
  });
  draw();
  /** Where token `index` is drawn on `side`, in canvas CSS pixels (for tests and tools). */
  Object.assign(root, {
    tokenPosition: (side: 'left' | 'right', index: number) =>
        geo ? tokenCenter(geo, side, index) : null,
  });
}

// ---- neuron view: one query's scores ------------------------------------------------------

/** Signed cells of one vector (q, k or q∘k), coloured on a shared scale. */
function vectorCells(values: ArrayLike<number>, extent: number, what: string): HTMLElement {
  const strip = element('span', 'vector');
  for (let c = 0; c < values.length; c++) {
    const cell = element('i');
    cell.style.background = cssColor(signedColor(values[c], extent));
    cell.title = `${what}[${c}] = ${values[c].toFixed(4)}`;
    strip.append(cell);
  }
  return strip;
}

function largestMagnitude(values: ArrayLike<number>): number {
  let extent = 0;
  for (let i = 0; i < values.length; i++) extent = Math.max(extent, Math.abs(values[i]));
  return extent;
}

/** One layer/head: per key of the chosen query, k, q∘k, the score terms and the softmax. */
function renderNeuron(root: HTMLElement, data: NeuronPayload, doc: ExportDocument) {
  const n = data.tokens.length;
  const color = doc.colors[data.head % doc.colors.length];
  let query = doc.options.query ?? Math.max(0, data.specialTokens.indexOf(false));
  root.append(element('div', 'title',
      `Layer ${data.layer}, head ${data.head}: softmax(${scoreFormula(data)}) for the chosen ` +
      `query token, per key; head_dim ${data.headDim}` +
      (data.positionTransform ? `, q and k after the ${data.positionTransform} transform.` : '.')));
  const picker = element('div', 'queries');
  const table = element('table', 'scores');
  root.append(picker, table);
  const qkExtent = Math.max(largestMagnitude(data.query), largestMagnitude(data.key));

  const draw = () => {
    const scores = queryScores(data, query);
    const productExtent = Math.max(...scores.products.map(largestMagnitude));
    picker.querySelectorAll<HTMLElement>('.token').forEach(
        (chip, i) => chip.classList.toggle('on', i === query));
    const head = element('tr');
    for (const label of ['key', 'k', 'q∘k', 'scaled q·k', ...data.terms.map(t => t.name),
                         'score', 'softmax', 'attention']) {
      head.append(element('th', '', label));
    }
    const rows = [head];
    const qRow = element('tr', 'query-row');
    const qLabel = element('th', '', `q: ${data.displayTokens[query]}`);
    const qCell = element('td');
    qCell.append(vectorCells(scores.query, qkExtent, 'q'));
    qRow.append(qLabel, qCell);
    rows.push(qRow);
    for (let j = 0; j < n; j++) {
      const row = element('tr', 'key-row');
      row.dataset.key = String(j);
      const key = element('th', '', data.displayTokens[j]);
      key.title = tokenTitle(data, j);
      const kCell = element('td');
      kCell.append(vectorCells(data.key.subarray(j * data.headDim, (j + 1) * data.headDim),
                               qkExtent, 'k'));
      const pCell = element('td');
      pCell.append(vectorCells(scores.products[j], productExtent, 'q∘k'));
      row.append(key, kCell, pCell, element('td', 'num', scores.scaled[j].toFixed(3)),
                 ...scores.terms.map(term => element('td', 'num', term[j].toFixed(3))),
                 element('td', 'num', scores.allowed[j] ? scores.sums[j].toFixed(3) : 'masked'),
                 element('td', 'num', scores.softmax[j].toFixed(4)));
      const attention = data.attention[query * n + j];
      const bar = element('td', 'attention num', attention.toFixed(4));
      // As an attribute, so the alpha keeps its 3 decimals (CSSOM would round it to 8 bits).
      bar.setAttribute('style', `background: ${rgba(color, Math.min(1, attention))}`);
      row.append(bar);
      rows.push(row);
    }
    table.replaceChildren(...rows);
    Object.assign(root.dataset, {query: String(query), maxDiff: String(scores.maxDiff)});
  };
  data.displayTokens.forEach((text, i) => {
    const chip = element('button', 'token', text);
    chip.title = `${tokenTitle(data, i)}: show its scores`;
    chip.onclick = () => {
      query = i;
      draw();
    };
    picker.append(chip);
  });
  draw();
}

// ---- NMF: factor × token heatmap ----------------------------------------------------------

function renderNmf(root: HTMLElement, data: NmfPayload, doc: ExportDocument) {
  const n = data.tokens.length;
  const maxima = Array.from({length: data.k}, (_, f) =>
      largestMagnitude(data.factors.subarray(f * n, (f + 1) * n)));
  const relative = (f: number, t: number) =>
      maxima[f] > 0 ? data.factors[f * n + t] / maxima[f] : 0;
  root.append(element('div', 'title',
      `NMF: ${data.k} factors of the FFN neurons of layers ${data.layers[0]}–` +
      `${data.layers[data.layers.length - 1]} (relative reconstruction error ` +
      `${data.reconstructionError.toFixed(3)}). Each cell: the factor's activation on the ` +
      'token, relative to its largest.'));
  const sentence = element('div', 'sentence');
  for (let t = 0; t < n; t++) {
    const token = element('span', 'token', data.displayTokens[t]);
    const column = Array.from({length: data.k}, (_, f) => relative(f, t));
    const dominant = argmax(column);
    if (data.tokenMask[t] && column[dominant] > 0) {
      token.style.background = rgba(doc.colors[dominant], column[dominant] * 0.85);
    }
    token.title = `${tokenTitle(data, t)}: ` +
        column.map((_, f) => `F${f} ${data.factors[f * n + t].toFixed(3)}`).join(', ');
    sentence.append(token);
  }
  const heatmap = element('div', 'heatmap');
  heatmap.style.gridTemplateColumns = `48px repeat(${n}, 22px)`;
  heatmap.append(element('span'));
  for (let t = 0; t < n; t++) {
    const label = element('span', 'column-label', data.displayTokens[t]);
    label.title = tokenTitle(data, t);
    heatmap.append(label);
  }
  for (let f = 0; f < data.k; f++) {
    const chip = element('span', 'factor-chip', `F${f}`);
    chip.dataset.factor = String(f);
    chip.style.setProperty('--head-color', doc.colors[f]);
    heatmap.append(chip);
    for (let t = 0; t < n; t++) {
      const cell = element('div', 'cell');
      Object.assign(cell.dataset, {factor: String(f), token: String(t)});
      cell.setAttribute('style', `background: ${rgba(doc.colors[f], relative(f, t))}`);
      cell.title = `factor ${f}, ${tokenTitle(data, t)}: ${data.factors[f * n + t].toFixed(4)}`;
      heatmap.append(cell);
    }
  }
  const neurons = element('table', 'neurons');
  data.topNeurons.forEach((list, f) => {
    const row = element('tr');
    const chip = element('td', 'factor-chip', `F${f}`);
    chip.style.setProperty('--head-color', doc.colors[f]);
    row.append(chip,
               element('td', '', list.slice(0, 5).map(u => `L${u.layer}:${u.index}`).join(', ')),
               element('td', '', data.layers.map(
                   (layer, i) => `L${layer} ${(100 * data.layerShare[f][i]).toFixed(0)}%`)
                   .join(' ')));
    neurons.append(row);
  });
  root.append(sentence, heatmap, neurons);
  root.dataset.factors = String(data.k);
}

declare global {
  interface Window {
    litExtStandalone?: {render: typeof render, version: number};
  }
}

window.litExtStandalone = {render, version: FORMAT_VERSION};

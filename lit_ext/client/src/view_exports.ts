/**
 * What each module exports (`export_menu.ts`): its figure as shapes (`svg_figure.ts`), the data
 * it shows as JSON, and, for the views the standalone bundle draws, the standalone document.
 *
 * Figures show what is on screen, selection included (the layer and heads picked, hidden
 * special tokens, the pinned token, the query token, the picked factor, switched-off heads).
 * Opacity is the value itself (a weight, or an activation relative to its factor's largest),
 * written with 4 decimals; the screen's canvases quantise it, the figure does not.
 */

import type {LayerPredictionsPayload} from './analysis_payloads';
import type {AttentionData} from './attention_data';
import {barFraction, CorpusFactorsPayload, formatValue, largest} from './corpus_factors';
import {categoricalColor, signedColor} from './colors';
import {encodeFloat32} from './export_menu';
import type {HeadViewScene} from './head_view_drawing';
import {pairAllowed} from './head_view_drawing';
import type {LayerAccuracy} from './layer_accuracy';
import type {NeuronPayload, NmfPayload, TokenFields} from './payloads';
import type {QueryScores} from './score_decomposition';
import {scoreFormula} from './score_decomposition';
import type {ExportDocument} from './standalone';
import {hexColor, SvgFigure, textWidth} from './svg_figure';

/** px per token row. */
const ROW = 16;
const FONT = 12;
/** Longer token labels overflow, as in the head view. */
const TEXT_MAX = 150;

function labelWidth(labels: string[], size = FONT): number {
  return Math.min(TEXT_MAX, Math.max(20, ...labels.map(label => textWidth(label, size))));
}

function tokenJson(fields: TokenFields, indices: number[]) {
  return {
    tokens: indices.map(i => fields.tokens[i]),
    display_tokens: indices.map(i => fields.displayTokens[i]),
    special_tokens: indices.map(i => fields.specialTokens[i]),
    segment_ids: indices.map(i => fields.segmentIds[i]),
    token_indices: indices,
  };
}

function tokenPayload(fields: TokenFields) {
  return {tokens: fields.tokens, display_tokens: fields.displayTokens,
          special_tokens: fields.specialTokens, segment_ids: fields.segmentIds};
}

/** [rows][cols] of a row-major block starting at `offset`, restricted to `rows` × `cols`. */
function submatrix(values: ArrayLike<number>, offset: number, n: number, rows: number[],
                   cols: number[]): number[][] {
  return rows.map(i => cols.map(j => values[offset + i * n + j]));
}

// ---- attention: head view and model view -----------------------------------------------------

/** The standalone attention view of `data`'s loaded layers, opening on `options`. */
export function attentionDocument(data: AttentionData,
                                  options: ExportDocument['options']): ExportDocument {
  const layers = [...data.layers.keys()].sort((a, b) => a - b);
  const n = data.tokens.length;
  const block = data.numHeads * n * n;
  const values = new Float32Array(layers.length * block);
  layers.forEach((layer, i) => values.set(data.layers.get(layer)!, i * block));
  return {
    format_version: 1, view: 'attention',
    payload: {
      ...tokenPayload(data), layers, num_heads: data.numHeads,
      num_layers: data.allLayers?.length ?? null,
      attention: encodeFloat32(values, [layers.length, data.numHeads, n, n]),
    },
    colors: Array.from({length: data.numHeads}, (_, h) => categoricalColor(h)),
    options,
  };
}

/** The head view's figure: queries left, keys right, a line per weight shown. */
export function headViewFigure(scene: HeadViewScene, layer: number): SvgFigure {
  const n = scene.tokens.length;
  const {visible, weights, threshold, active} = scene;
  const text = labelWidth(visible.map(i => scene.labels[i]));
  const leftText = 8 + text;
  const lineFrom = leftText + 8;
  const lineTo = lineFrom + 240;
  const rightText = lineTo + 8;
  const top = 44;
  const figure = new SvgFigure(rightText + text + 8, top + visible.length * ROW + 8);
  const heads = scene.heads.length === scene.numHeads ? 'all heads' :
      scene.heads.length ? `heads ${scene.heads.join(', ')}` : 'no heads';
  const notes = [
    scene.filter === 'all' ? '' : `sentences ${scene.filter[0]} → ${scene.filter[1]}`,
    visible.length < n ? `${n - visible.length} special tokens hidden` : '',
    active ? `lines of ${active.side === 'left' ? 'query' : 'key'} ` +
             `'${scene.labels[active.index]}' only` : '',
  ].filter(Boolean);
  figure.text(8, 12, `Layer ${layer}, ${heads}: query (left) → key (right), opacity = ` +
              `attention weight (≥ ${threshold})${notes.length ? `; ${notes.join('; ')}` : ''}`,
              {size: 11, className: 'caption'});
  let x = 8;
  for (const h of scene.heads) {
    figure.rect(x, 26, 10, 10, scene.headColors[h], 1, {className: 'head-key', data: {head: h}});
    figure.text(x + 13, 31, `H${h}`, {size: 10});
    x += 13 + textWidth(`H${h}`, 10) + 10;
  }
  const y = new Map(visible.map((index, row) => [index, top + row * ROW + ROW / 2]));
  if (active) {
    const boxX = active.side === 'left' ? leftText - text - 2 : rightText - 2;
    figure.rect(boxX, y.get(active.index)! - ROW / 2 + 1, text + 4, ROW - 2, '#c0e7e3', 1,
                {className: 'active-token'});
  }
  const queries = active?.side === 'left' ? [active.index] : visible;
  const keys = active?.side === 'right' ? [active.index] : visible;
  for (const head of scene.heads) {
    for (const i of queries) {
      for (const j of keys) {
        const w = weights[head * n * n + i * n + j];
        if (!(w >= threshold && w > 0) || !pairAllowed(scene, i, j)) continue;
        figure.line(lineFrom, y.get(i)!, lineTo, y.get(j)!, scene.headColors[head], w,
                    {className: 'attention', data: {head, query: i, key: j}});
      }
    }
  }
  for (const i of visible) {
    const title = scene.tokens[i];
    figure.text(leftText, y.get(i)!, scene.labels[i],
                {anchor: 'end', className: 'query', title, data: {index: i}});
    figure.text(rightText, y.get(i)!, scene.labels[i],
                {anchor: 'start', className: 'key', title, data: {index: i}});
  }
  return figure;
}

/** The head view's data: the shown heads' weights over the shown tokens. */
export function headViewJson(data: AttentionData, scene: HeadViewScene, layer: number) {
  const n = data.tokens.length;
  return {
    ...tokenJson(data, scene.visible), layer, heads: scene.heads,
    threshold: scene.threshold, filter: scene.filter,
    active: scene.active ? {...scene.active, pinned: scene.pinned} : null,
    /** [head][query][key] over `token_indices`. */
    weights: scene.heads.map(h => submatrix(scene.weights, h * n * n, n, scene.visible,
                                            scene.visible)),
  };
}

/** Thumbnail cells per side at most: longer inputs are max-pooled, as on screen. */
const MAX_CELLS = 48;
const THUMB = 72;

export interface ModelViewState {
  /** The colour each head is painted in (its own, or its importance's). */
  color: (layer: number, head: number) => string;
  selected: [number, number] | null;
  switchedOff: ReadonlySet<string>;
  /** What the colours mean, when they are not one per head. */
  colorNote: string;
}

/** Every layer × head as a matrix of cells, opacity = weight (max-pooled above 48 tokens). */
export function modelViewFigure(data: AttentionData, state: ModelViewState): SvgFigure {
  const layers = [...data.layers.keys()].sort((a, b) => a - b);
  const n = data.tokens.length;
  const size = Math.min(n, MAX_CELLS);
  const cell = THUMB / size;
  const left = 36;
  const top = 56;
  const pitch = THUMB + 8;
  const figure = new SvgFigure(left + data.numHeads * pitch + 8, top + layers.length * pitch + 8);
  const pooled = size < n ? `, max-pooled to ${size} × ${size}` : '';
  figure.text(8, 12, `Attention of every layer (rows) and head (columns): cell (i, j) = weight ` +
              `of query i → key j as opacity${pooled}. ${state.colorNote}`,
              {size: 11, className: 'caption'});
  figure.text(8, 28, `Tokens: ${data.displayTokens.join(' ')}`, {size: 10});
  for (let h = 0; h < data.numHeads; h++) {
    figure.text(left + h * pitch + THUMB / 2, top - 8, `H${h}`, {anchor: 'middle', size: 10});
  }
  layers.forEach((layer, row) => {
    const weights = data.layers.get(layer)!;
    const y0 = top + row * pitch;
    figure.text(left - 6, y0 + THUMB / 2, `L${layer}`, {anchor: 'end', size: 10});
    for (let head = 0; head < data.numHeads; head++) {
      const x0 = left + head * pitch;
      const color = state.color(layer, head);
      const values = new Float32Array(size * size);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          const at = Math.floor((i * size) / n) * size + Math.floor((j * size) / n);
          values[at] = Math.max(values[at], weights[head * n * n + i * n + j]);
        }
      }
      const selected = state.selected?.[0] === layer && state.selected?.[1] === head;
      figure.rect(x0, y0, THUMB, THUMB, '#ffffff', 1, {
        stroke: selected ? '#202124' : '#dadce0', className: 'thumb',
        data: {layer, head, selected: selected ? 1 : 0},
      });
      for (let i = 0; i < size; i++) {
        for (let j = 0; j < size; j++) {
          const w = values[i * size + j];
          if (w <= 0) continue;
          figure.rect(x0 + j * cell, y0 + i * cell, cell, cell, color, w,
                      {className: 'cell', data: {layer, head, query: i, key: j}});
        }
      }
      if (state.switchedOff.has(`${layer}:${head}`)) {
        figure.line(x0, y0, x0 + THUMB, y0 + THUMB, '#202124', 1,
                    {width: 2, className: 'off', data: {layer, head}});
        figure.line(x0 + THUMB, y0, x0, y0 + THUMB, '#202124', 1, {width: 2, className: 'off'});
      }
    }
  });
  return figure;
}

export function modelViewJson(data: AttentionData, extra: Record<string, unknown>) {
  const layers = [...data.layers.keys()].sort((a, b) => a - b);
  const n = data.tokens.length;
  const all = data.tokens.map((_, i) => i);
  return {
    ...tokenJson(data, all), layers, num_heads: data.numHeads,
    /** [layer][head][query][key]. */
    weights: layers.map(layer => Array.from({length: data.numHeads}, (_, h) =>
        submatrix(data.layers.get(layer)!, h * n * n, n, all, all))),
    ...extra,
  };
}

// ---- neuron view ------------------------------------------------------------------------------

export function neuronDocument(data: NeuronPayload, query: number): ExportDocument {
  const n = data.tokens.length;
  return {
    format_version: 1, view: 'neuron',
    payload: {
      ...tokenPayload(data), layer: data.layer, head: data.head,
      query: encodeFloat32(data.query, [n, data.headDim]),
      key: encodeFloat32(data.key, [n, data.headDim]),
      attention: encodeFloat32(data.attention, [n, n]),
      scale: data.scale, scale_label: data.scaleLabel,
      position_transform: data.positionTransform,
      terms: data.terms.map(t => ({name: t.name, label: t.label, description: t.description,
                                   values: encodeFloat32(t.values, [n, n])})),
      key_allowed: data.keyAllowed ? encodeFloat32(data.keyAllowed, [n, n]) : null,
    },
    colors: Array.from({length: data.head + 1}, (_, h) => categoricalColor(h)),
    options: {query},
  };
}

function maxAbs(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, Math.abs(values[i]));
  return max;
}

/** The query's q, then per key: k, q∘k, the score columns and the softmax as a bar. */
export function neuronFigure(data: NeuronPayload, query: number, rows: QueryScores): SvgFigure {
  const n = data.tokens.length;
  const d = data.headDim;
  const cell = Math.max(2, Math.min(6, Math.floor(192 / d)));
  const text = labelWidth(data.displayTokens);
  const kLeft = 16 + text;
  const pLeft = kLeft + d * cell + 12;
  const columns = ['scaled', ...data.terms.map(t => t.name), ...(data.terms.length ? ['sum'] : [])];
  const numbersLeft = pLeft + d * cell + 12;
  const barLeft = numbersLeft + columns.length * 64 + 10;
  const top = 64;
  const figure = new SvgFigure(barLeft + 100 + 60, top + n * ROW + 8);
  figure.text(8, 12, `Layer ${data.layer}, head ${data.head}, query '${
      data.displayTokens[query]}' (#${query}): softmax(${scoreFormula(data)}) per key; max |` +
      `softmax − model attention| ${rows.maxDiff.toExponential(1)}`,
              {size: 11, className: 'caption'});
  figure.text(8 + text, 32, 'q', {anchor: 'end', className: 'header'});
  figure.text(kLeft, 50, 'k', {className: 'header'});
  figure.text(pLeft, 50, 'q∘k', {className: 'header'});
  columns.forEach((name, c) => figure.text(numbersLeft + (c + 1) * 64 - 6, 50, name,
                                           {anchor: 'end', size: 10, className: 'header'}));
  figure.text(barLeft, 50, 'softmax', {className: 'header'});
  const extent = Math.max(maxAbs(data.key), maxAbs(rows.query));
  const productExtent = Math.max(...rows.products.map(maxAbs)) || 1;
  rows.query.forEach((v, c) => figure.rect(kLeft + c * cell, 26, cell, 12,
                                           hexColor(signedColor(v, extent)), 1,
                                           {className: 'q', title: `q[${c}] = ${v.toFixed(4)}`}));
  const color = categoricalColor(data.head);
  for (let j = 0; j < n; j++) {
    const y = top + j * ROW;
    figure.text(8 + text, y + ROW / 2, data.displayTokens[j],
                {anchor: 'end', className: 'key-token', title: data.tokens[j], data: {index: j}});
    for (let c = 0; c < d; c++) {
      figure.rect(kLeft + c * cell, y + 2, cell, 12,
                  hexColor(signedColor(data.key[j * d + c], extent)), 1, {className: 'k'});
      figure.rect(pLeft + c * cell, y + 2, cell, 12,
                  hexColor(signedColor(rows.products[j][c], productExtent)), 1,
                  {className: 'product'});
    }
    const values = [rows.scaled[j], ...rows.terms.map(t => t[j]),
                    ...(data.terms.length ? [rows.sums[j]] : [])];
    values.forEach((v, c) => figure.text(numbersLeft + (c + 1) * 64 - 6, y + ROW / 2,
                                         v.toFixed(3),
                                         {anchor: 'end', size: 10, className: 'score',
                                          data: {column: columns[c], key: j}}));
    const p = rows.softmax[j];
    figure.rect(barLeft, y + 2, 100, 12, color, p,
                {className: 'softmax', title: p.toFixed(4), data: {key: j}});
    figure.text(barLeft + 104, y + ROW / 2, rows.allowed[j] ? p.toFixed(3) : 'masked',
                {size: 10});
  }
  return figure;
}

export function neuronJson(data: NeuronPayload, query: number, rows: QueryScores) {
  const n = data.tokens.length;
  const d = data.headDim;
  const all = data.tokens.map((_, i) => i);
  return {
    ...tokenJson(data, all), layer: data.layer, head: data.head, query_index: query,
    scale: data.scale, scale_label: data.scaleLabel, position_transform: data.positionTransform,
    query: [...rows.query],
    /** [key][dim]. */
    key: all.map(j => [...data.key.subarray(j * d, (j + 1) * d)]),
    scaled: [...rows.scaled],
    terms: Object.fromEntries(data.terms.map((t, k) => [t.name, [...rows.terms[k]]])),
    sum: [...rows.sums],
    allowed: rows.allowed,
    softmax: [...rows.softmax],
    attention: [...data.attention.subarray(query * n, (query + 1) * n)],
  };
}

// ---- NMF --------------------------------------------------------------------------------------

export function nmfDocument(data: NmfPayload): ExportDocument {
  return {
    format_version: 1, view: 'nmf',
    payload: {
      ...tokenPayload(data), token_mask: data.tokenMask, layers: data.layers,
      n_components: data.k, factors: encodeFloat32(data.factors, [data.k, data.tokens.length]),
      top_neurons: data.topNeurons, layer_share: data.layerShare,
      reconstruction_error: data.reconstructionError,
    },
    colors: Array.from({length: data.k}, (_, f) => categoricalColor(f)),
    options: {},
  };
}

/** Per factor, its largest activation. */
function factorMaxima(data: NmfPayload): number[] {
  const n = data.tokens.length;
  return Array.from({length: data.k}, (_, f) => maxAbs(data.factors.subarray(f * n, (f + 1) * n)));
}

/** Tokens down, factors across, opacity = activation / the factor's largest; top neurons. */
export function nmfFigure(data: NmfPayload, factor: number | null): SvgFigure {
  const n = data.tokens.length;
  const maxima = factorMaxima(data);
  const text = labelWidth(data.displayTokens);
  const left = 16 + text;
  const top = 44;
  const width = 26;
  const figure = new SvgFigure(left + data.k * (width + 2) + 8, top + n * ROW + 16 +
                               data.k * ROW);
  const picked = factor == null ? '' : `; factor ${factor} picked`;
  figure.text(8, 12, `NMF: ${data.k} factors of the FFN neurons of layers ${data.layers[0]}–${
      data.layers[data.layers.length - 1]} (relative error ${
      data.reconstructionError.toFixed(3)}); opacity = activation / the factor's largest${picked}`,
              {size: 11, className: 'caption'});
  for (let f = 0; f < data.k; f++) {
    const x = left + f * (width + 2);
    if (f === factor) {
      figure.rect(x - 1, 24, width + 2, 20 + n * ROW, '#ffffff', 0,
                  {stroke: '#202124', className: 'picked', data: {factor: f}});
    }
    figure.text(x + width / 2, 34, `F${f}`,
                {anchor: 'middle', color: categoricalColor(f), className: 'factor'});
  }
  for (let t = 0; t < n; t++) {
    const y = top + t * ROW;
    figure.text(8 + text, y + ROW / 2, data.displayTokens[t], {
      anchor: 'end', color: data.tokenMask[t] ? '#3c4043' : '#bdc1c6', className: 'token',
      title: data.tokens[t], data: {index: t},
    });
    for (let f = 0; f < data.k; f++) {
      const value = data.factors[f * n + t];
      figure.rect(left + f * (width + 2), y + 1, width, ROW - 2, categoricalColor(f),
                  maxima[f] > 0 ? value / maxima[f] : 0,
                  {className: 'cell', title: `F${f}: ${value.toFixed(4)}`,
                   data: {factor: f, token: t}});
    }
  }
  const below = top + n * ROW + 16;
  data.topNeurons.forEach((neurons, f) => figure.text(
      8, below + f * ROW, `F${f} top neurons (layer·unit): ${
          neurons.slice(0, 5).map(u => `L${u.layer}·${u.index}`).join(', ')}`,
      {size: 10, color: categoricalColor(f), className: 'neurons'}));
  return figure;
}

export function nmfJson(data: NmfPayload, factor: number | null) {
  const n = data.tokens.length;
  return {
    ...tokenJson(data, data.tokens.map((_, i) => i)), token_mask: data.tokenMask,
    layers: data.layers, picked_factor: factor,
    /** [factor][token]. */
    factors: Array.from({length: data.k}, (_, f) => [...data.factors.subarray(f * n, (f + 1) * n)]),
    top_neurons: data.topNeurons, layer_share: data.layerShare,
    reconstruction_error: data.reconstructionError,
  };
}

// ---- corpus factors ---------------------------------------------------------------------------

/**
 * Per factor, its top tokens (bar = total / the factor's largest total) beside its top examples
 * (bar = max / the factor's largest max), as the module draws them.
 */
export function corpusFactorsFigure(data: CorpusFactorsPayload, caption: string): SvgFigure {
  const tokenLabel = 110;
  const bar = 80;
  const exampleX = 8 + tokenLabel + bar + 110;
  const textWidthMax = 460;
  const rows = Math.max(1, ...data.topTokens.map(t => t.length),
                        ...data.topExamples.map(e => e.length));
  const block = 22 + rows * ROW + 10;
  const figure = new SvgFigure(exampleX + bar + 60 + textWidthMax, 28 + data.k * block);
  figure.text(8, 12, `Corpus factors: ${caption}`, {size: 11, className: 'caption'});
  for (let f = 0; f < data.k; f++) {
    const color = categoricalColor(f);
    const y0 = 28 + f * block;
    figure.text(8, y0 + 8, `F${f}: top tokens (total over occurrences, count)`,
                {color, className: 'factor', data: {factor: f}});
    figure.text(exampleX, y0 + 8, 'top examples (max activation)', {color});
    const tokenScale = largest(data.topTokens[f].map(t => t.total));
    data.topTokens[f].forEach((token, i) => {
      const y = y0 + 22 + i * ROW;
      figure.text(8 + tokenLabel - 4, y + ROW / 2, fitText(token.display, tokenLabel - 8, FONT),
                  {anchor: 'end', title: token.token, className: 'token'});
      figure.rect(8 + tokenLabel, y + 3, bar * barFraction(token.total, tokenScale), ROW - 6,
                  color, 1, {className: 'bar', data: {factor: f, value: token.total}});
      figure.text(8 + tokenLabel + bar + 4, y + ROW / 2,
                  `${formatValue(token.total)} ×${token.count}`, {size: 10});
    });
    const exampleScale = largest(data.topExamples[f].map(e => e.max));
    data.topExamples[f].forEach((example, i) => {
      const y = y0 + 22 + i * ROW;
      figure.rect(exampleX, y + 3, bar * barFraction(example.max, exampleScale), ROW - 6, color,
                  1, {className: 'bar', data: {factor: f, value: example.max, id: example.id}});
      figure.text(exampleX + bar + 4, y + ROW / 2, formatValue(example.max), {size: 10});
      figure.text(exampleX + bar + 56, y + ROW / 2, fitText(example.text, textWidthMax, 11),
                  {size: 11, title: example.text, className: 'example'});
    });
  }
  return figure;
}

// ---- charts: layer predictions ------------------------------------------------------------

const CHART_W = 260;

/** `text`, cut with an ellipsis to `width` px. */
function fitText(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  let cut = text.length;
  while (cut > 1 && textWidth(`${text.slice(0, cut)}…`, size) > width) cut--;
  return `${text.slice(0, cut)}…`;
}
const CHART_H = 120;

/** A probability chart (0..1 up, one slot per layer across) at (x0, y0); returns its bottom. */
function chart(figure: SvgFigure, x0: number, y0: number, title: string, layers: string[],
               series: Array<{name: string, color: string, values: number[]}>, bars: boolean) {
  const left = x0 + 30;
  const right = x0 + CHART_W - 8;
  const top = y0 + 22;
  const bottom = y0 + CHART_H - 18;
  const xOf = (i: number) => left + ((i + 0.5) * (right - left)) / layers.length;
  const yOf = (v: number) => bottom - Math.min(1, Math.max(0, v)) * (bottom - top);
  figure.text(x0, y0 + 8, fitText(title, CHART_W - 8, 11), {size: 11, title});
  for (const v of [0, 0.5, 1]) {
    figure.line(left, yOf(v), right, yOf(v), '#dadce0', 1);
    figure.text(left - 4, yOf(v), String(v), {anchor: 'end', size: 9});
  }
  layers.forEach((layer, i) => figure.text(xOf(i), bottom + 9, layer === 'embeddings' ? 'emb' :
                                           layer, {anchor: 'middle', size: 9}));
  for (const s of series) {
    s.values.forEach((v, i) => {
      if (bars) {
        const w = (0.7 * (right - left)) / layers.length;
        figure.rect(xOf(i) - w / 2, yOf(v), w, bottom - yOf(v), s.color, 1,
                    {className: 'bar', title: v.toFixed(3), data: {layer: layers[i], value: v}});
      } else {
        if (i > 0) figure.line(xOf(i - 1), yOf(s.values[i - 1]), xOf(i), yOf(v), s.color, 1,
                               {width: 1.5});
        figure.rect(xOf(i) - 2.5, yOf(v) - 2.5, 5, 5, s.color, 1, {
          className: 'point', title: `${s.name} at ${layers[i]}: ${v.toFixed(3)}`,
          data: {series: s.name, layer: layers[i], value: v},
        });
      }
    });
  }
  return y0 + CHART_H;
}

export interface ExampleChart {
  id: string;
  text: string;
  layers: LayerPredictionsPayload;
}

export function layerPredictionsFigure(examples: ExampleChart[],
                                       accuracy: LayerAccuracy | null): SvgFigure {
  const labels = examples[0]?.layers.labels ?? [];
  const columns = 2;
  const figure = new SvgFigure(8 + columns * (CHART_W + 12), 0);
  figure.text(8, 12, 'Probability of each class read off every layer (the model\'s own ' +
              'classification head); the last layer is the prediction.',
              {size: 11, className: 'caption'});
  let x = 8;
  labels.forEach((label, c) => {
    figure.rect(x, 24, 10, 10, categoricalColor(c), 1);
    figure.text(x + 13, 29, label, {size: 10});
    x += 13 + textWidth(label, 10) + 12;
  });
  let bottom = 40;
  examples.forEach((example, e) => {
    const x0 = 8 + (e % columns) * (CHART_W + 12);
    const y0 = 40 + Math.floor(e / columns) * (CHART_H + 8);
    const series = labels.map((name, c) => ({
      name, color: categoricalColor(c), values: example.layers.probas.map(row => row[c]),
    }));
    bottom = Math.max(bottom, chart(figure, x0, y0, example.text, example.layers.layers, series,
                                    false));
  });
  if (accuracy) {
    bottom = chart(figure, 8, bottom + 8, `Accuracy by layer over ${accuracy.scored} examples ` +
                   `(chance ${accuracy.majority.toFixed(3)})`, accuracy.layers,
                   [{name: 'accuracy', color: '#1f5fd6', values: accuracy.accuracy}], true);
  }
  figure.height = bottom + 8;
  return figure;
}

// ---- faithfulness table ---------------------------------------------------------------------

export interface TableColumn {
  key: string;
  label: string;
}

/** A table of numbers: a header row, then one row per entry; `null` shows as "–". */
export function tableFigure(caption: string, columns: TableColumn[],
                            rows: Array<{name: string, values: Record<string, number | null>}>,
                            ): SvgFigure {
  const nameWidth = labelWidth(rows.map(r => r.name)) + 16;
  const columnWidth = Math.max(...columns.map(c => textWidth(c.label, FONT))) + 20;
  const figure = new SvgFigure(8 + nameWidth + columns.length * columnWidth + 8,
                               44 + (rows.length + 1) * 20);
  figure.text(8, 12, caption, {size: 11, className: 'caption'});
  columns.forEach((c, k) => figure.text(8 + nameWidth + (k + 1) * columnWidth - 6, 40, c.label,
                                        {anchor: 'end', className: 'header'}));
  figure.line(8, 50, figure.width - 8, 50, '#3c4043', 1);
  rows.forEach((row, r) => {
    const y = 62 + r * 20;
    figure.text(8, y, row.name, {className: 'row', data: {row: row.name}});
    columns.forEach((c, k) => {
      const value = row.values[c.key];
      figure.text(8 + nameWidth + (k + 1) * columnWidth - 6, y,
                  value == null ? '–' : value.toFixed(3),
                  {anchor: 'end', className: 'value',
                   data: {row: row.name, column: c.key, value: value ?? 'null'}});
    });
  });
  return figure;
}

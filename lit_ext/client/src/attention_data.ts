/**
 * Attention for one example, from wherever the model offers it, shared by the head and model
 * views.
 *
 * Two sources, best first:
 * - our `attention` interpreter: compact encoded arrays, any subset of layers on demand;
 * - `AttentionHeads` fields of the model's predict() output (LIT's GLUE models, our wrappers'
 *   `attention_outputs`, any third-party wrapper): `layer_N/attention`, per example a nested
 *   list [heads][n][n] aligned to the Tokens field named by `align_in`, in LIT's convention
 *   (`fromLitAttention`, `litLayerIndices`). All layers arrive at once, as JSON, with raw tokens
 *   only: their display text, markup and segments are guessed from the token strings
 *   (`prediction_tokens.ts`).
 *
 * Internally, every view gets [heads][query][key] (row i: where token i looks; rows sum to 1)
 * and 0-based layers, transformers' order, whichever the source.
 *
 * Results are cached per (model, example) and merged as more layers arrive, so the model view's
 * full fetch also serves the head view, and two views asking at once share one request.
 */

import type {ApiService, IndexedInput, ModelInfo, ModelInfoMap} from './lit_api';
import {ATTENTION_INTERPRETER, parseAttention, TokenFields} from './payloads';
import {displayText, isMarkupToken, segmentsFromTokens} from './prediction_tokens';

export interface AttentionData extends TokenFields {
  numHeads: number;
  /** All layer indices of the model, in order (known after a full fetch or from the payload). */
  allLayers: number[] | null;
  /** Layer index → heads × n × n probabilities. */
  layers: Map<number, Float32Array>;
  source: 'interpreter' | 'predictions';
}

interface PredictionFields {
  tokensField: string;
  /** [model layer index (0-based), field name], ordered by layer. */
  layers: Array<[number, string]>;
}

export type AttentionSource =
    {kind: 'interpreter'} | ({kind: 'predictions'} & PredictionFields);

/** AttentionHeads fields of a model, grouped by their token field; the largest group wins. */
function predictionFields(info: ModelInfo): PredictionFields | null {
  const output = info.spec?.output ?? {};
  const groups = new Map<string, string[]>();
  for (const [name, spec] of Object.entries(output)) {
    if (spec?.name !== 'AttentionHeads' || !spec.align_in || !(spec.align_in in output)) continue;
    groups.set(spec.align_in, [...(groups.get(spec.align_in) ?? []), name]);
  }
  let best: [string, string[]] | null = null;
  for (const entry of groups) {
    if (best == null || entry[1].length > best[1].length) best = entry;
  }
  if (best == null) return null;
  const [tokensField, names] = best;
  const indices = litLayerIndices(names);
  const layers = names.map((name, i): [number, string] => [indices[i], name])
                     .sort((a, b) => a[0] - b[0]);
  return {tokensField, layers};
}

/**
 * 0-based layer indices of `AttentionHeads` fields named as in LIT: its GLUE models name
 * transformers' layer 0 `layer_1/attention` (1-based), and so do our wrappers. The number in
 * the name orders the fields (`layer_10` after `layer_2`); a set of names that includes a 0
 * (a third-party wrapper counting from 0) is taken as 0-based already; names without distinct
 * numbers are numbered in their order.
 */
export function litLayerIndices(names: string[]): number[] {
  const numbers = names.map(name => {
    const match = /(\d+)/.exec(name);
    return match ? Number(match[1]) : NaN;
  });
  const distinct = numbers.every(n => Number.isFinite(n)) &&
      new Set(numbers).size === numbers.length;
  if (!distinct) return names.map((_, i) => i);
  const offset = numbers.includes(0) ? 0 : 1;
  return numbers.map(n => n - offset);
}

export function attentionSource(info: ModelInfo | undefined): AttentionSource | null {
  if (info == null) return null;
  if (info.interpreters?.includes(ATTENTION_INTERPRETER)) return {kind: 'interpreter'};
  const fields = predictionFields(info);
  return fields ? {kind: 'predictions', ...fields} : null;
}

export function someModelHasAttention(modelSpecs: ModelInfoMap): boolean {
  return Object.values(modelSpecs).some(info => attentionSource(info) != null);
}

// ---- fetching -----------------------------------------------------------------------------

const CACHE_SIZE = 8;
const cache = new Map<string, AttentionData>();
const inFlight = new Map<string, Promise<AttentionData>>();
/** Layer indices per model, once a full fetch told us. */
const modelLayers = new Map<string, number[]>();

function remember(key: string, data: AttentionData) {
  cache.delete(key);
  cache.set(key, data);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

function hasLayers(data: AttentionData | undefined, wanted: number[] | null): boolean {
  if (data == null) return false;
  const needed = wanted ?? data.allLayers;
  return needed != null && needed.every(layer => data.layers.has(layer));
}

/**
 * One `AttentionHeads` value in LIT's orientation, [heads][key][query] (LIT's GLUE models
 * transpose transformers' [heads][query][key]; LIT's Attention module draws value[h][i][j] as a
 * line from align_out token i to align_in token j), as our [heads][query][key]: returns the
 * number of heads and values[(h * n + query) * n + key] = nested[h][key][query].
 */
export function fromLitAttention(nested: unknown, n: number, field: string,
                                 ): [number, Float32Array] {
  const heads = nested as number[][][];
  if (!Array.isArray(heads) || heads.some(h => !Array.isArray(h) || h.length !== n)) {
    const got = Array.isArray(heads) && Array.isArray(heads[0]) ? heads[0].length : '?';
    throw new Error(`${field} has ${got} positions but the tokens have ${n}.`);
  }
  const values = new Float32Array(heads.length * n * n);
  heads.forEach((rows, h) => rows.forEach((row, key) => {
    if (!Array.isArray(row) || row.length !== n) {
      throw new Error(`${field} row ${key} has ${row?.length} values, not ${n}.`);
    }
    row.forEach((weight, query) => {
      values[(h * n + query) * n + key] = weight;
    });
  }));
  return [heads.length, values];
}

async function fromPredictions(api: ApiService, dataset: string, model: string,
                               input: IndexedInput, fields: PredictionFields,
                               ): Promise<AttentionData> {
  const names = fields.layers.map(([, name]) => name);
  const [pred] = await api.getPreds([input], model, dataset, [], [fields.tokensField, ...names],
                                    'Fetching attention');
  const tokens = pred[fields.tokensField] as string[];
  const layers = new Map<number, Float32Array>();
  let numHeads = 0;
  for (const [layer, name] of fields.layers) {
    const [heads, values] = fromLitAttention(pred[name], tokens.length, name);
    numHeads = heads;
    layers.set(layer, values);
  }
  return {
    tokens, displayTokens: tokens.map(displayText), specialTokens: tokens.map(isMarkupToken),
    segmentIds: segmentsFromTokens(tokens), numHeads,
    allLayers: fields.layers.map(([layer]) => layer), layers, source: 'predictions',
  };
}

async function fromInterpreter(api: ApiService, dataset: string, model: string,
                               input: IndexedInput, wanted: number[] | null,
                               ): Promise<AttentionData> {
  const config = wanted ? {layers: wanted} : {};
  const [raw] = await api.getInterpretations([input], model, dataset, ATTENTION_INTERPRETER,
                                             config, 'Fetching attention', true);
  const payload = parseAttention(raw);
  const allLayers = payload.numLayers != null ?
      Array.from({length: payload.numLayers}, (_, i) => i) :
      wanted == null ? payload.layers : modelLayers.get(model) ?? null;
  if (allLayers) modelLayers.set(model, allLayers);
  return {
    tokens: payload.tokens, displayTokens: payload.displayTokens,
    specialTokens: payload.specialTokens, segmentIds: payload.segmentIds,
    numHeads: payload.numHeads,
    allLayers, layers: new Map(payload.layers.map((layer, i) => [layer, payload.weights[i]])),
    source: 'interpreter',
  };
}

function nextTask(): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, 0));
}

/**
 * Attention of `input` under `model` for layers `wanted` (null: every layer), from the cache
 * when it has them.
 */
export async function loadAttention(api: ApiService, dataset: string, model: string,
                                    source: AttentionSource, input: IndexedInput,
                                    wanted: number[] | null): Promise<AttentionData> {
  const key = `${model}\u0000${dataset}\u0000${input.id}`;
  const cached = cache.get(key);
  if (hasLayers(cached, wanted)) return cached!;
  // Until we know how many layers the model has, a partial request could not fill the layer
  // picker: ask for everything once per model.
  const request = source.kind === 'interpreter' && wanted != null && modelLayers.has(model) ?
      wanted : null;
  const requestKey = `${key}\u0000${request?.join(',') ?? 'all'}`;
  let pending = inFlight.get(requestKey);
  if (pending == null) {
    // A full fetch (model view) waits for partial ones of the same example (head view), so
    // the view the user is looking at is not queued behind megabytes it does not need. Both
    // views react to the same selection change, in either order: the full fetch looks for
    // partial ones only after the current task, when every view has asked for its layers.
    const partials = request == null ?
        nextTask().then(() => Promise.allSettled(
            [...inFlight].filter(([k]) => k.startsWith(`${key}\u0000`) && k !== requestKey)
                .map(([, p]) => p))) :
        Promise.resolve();
    pending = partials
                  .then(() => source.kind === 'interpreter' ?
                            fromInterpreter(api, dataset, model, input, request) :
                            fromPredictions(api, dataset, model, input, source))
                  .then(data => {
                    const merged = cache.get(key);
                    if (merged) {
                      data.layers.forEach((values, layer) => merged.layers.set(layer, values));
                      merged.allLayers ??= data.allLayers;
                      data = merged;
                    }
                    remember(key, data);
                    return data;
                  })
                  .finally(() => inFlight.delete(requestKey));
    inFlight.set(requestKey, pending);
  }
  return pending;
}

/**
 * What our interpreters return (one dict per example), checked and decoded into typed arrays.
 * The Python side lives in `lit_ext/interpreters/`; names here are the interpreters' names.
 */

import {decodeArray, EncodedArray} from './encoded_array';

export const ATTENTION_INTERPRETER = 'attention';
export const NEURON_INTERPRETER = 'neuron_view';
export const NMF_INTERPRETER = 'nmf';

export function field<T>(payload: Record<string, unknown>, name: string, what: string): T {
  if (!(name in payload)) {
    throw new Error(`${what} response has no '${name}' field.`);
  }
  return payload[name] as T;
}

function checkShape(name: string, shape: number[], expected: number[]) {
  const ok = shape.length === expected.length &&
      shape.every((size, i) => expected[i] < 0 || size === expected[i]);
  if (!ok) {
    const want = expected.map(s => (s < 0 ? '?' : s)).join(', ');
    throw new Error(`${name} has shape (${shape.join(', ')}); expected (${want}).`);
  }
}

function checkLength(name: string, values: unknown, n: number) {
  if (!Array.isArray(values) || values.length !== n) {
    const got = Array.isArray(values) ? values.length : typeof values;
    throw new Error(`${name} has ${got} entries but there are ${n} tokens.`);
  }
}

// ---- tokens -------------------------------------------------------------------------------

/** What every payload says about its tokens, one entry per token. */
export interface TokenFields {
  /** As the tokenizer writes them (`Ġgreat`, `##ing`, `[CLS]`): for tooltips. */
  tokens: string[];
  /** The text each token stands for, without word markers: what the views show. */
  displayTokens: string[];
  /** The tokenizer's markup ([CLS], <s>, [PAD], ...); [UNK] is text, not markup. */
  specialTokens: boolean[];
  /** 0 for the first text, 1 for the second. */
  segmentIds: number[];
}

export function parseTokenFields(payload: Record<string, unknown>, what: string): TokenFields {
  const tokens = field<string[]>(payload, 'tokens', what);
  const fields = {
    tokens,
    displayTokens: field<string[]>(payload, 'display_tokens', what),
    specialTokens: field<boolean[]>(payload, 'special_tokens', what),
    segmentIds: field<number[]>(payload, 'segment_ids', what),
  };
  checkLength('display_tokens', fields.displayTokens, tokens.length);
  checkLength('special_tokens', fields.specialTokens, tokens.length);
  checkLength('segment_ids', fields.segmentIds, tokens.length);
  return fields;
}

/** What "special tokens" means in the views' toggles, for their tooltips. */
export const SPECIAL_TOKENS_HINT = 'Special tokens: the tokenizer\'s markup, such as [CLS], ' +
    '[SEP], <s>, </s> and padding. Unknown-word tokens ([UNK], <unk>) stand for real text, ' +
    'such as an emoji, and are not special.';

/** Token `i` for a tooltip: its display text, position and, where it differs, the raw token. */
export function tokenTitle(fields: TokenFields, i: number): string {
  const shown = fields.displayTokens[i];
  const raw = fields.tokens[i];
  return raw === shown ? `${shown} (#${i})` : `${shown} (#${i}, token ${raw})`;
}

// ---- attention ----------------------------------------------------------------------------

export interface AttentionPayload extends TokenFields {
  /** Model layer index of each block of `weights`. */
  layers: number[];
  numHeads: number;
  /** Total number of layers in the model, when the interpreter says. */
  numLayers: number | null;
  /** Per returned layer, heads × n × n probabilities (row = query token). */
  weights: Float32Array[];
}

export function parseAttention(raw: unknown): AttentionPayload {
  const payload = raw as Record<string, unknown>;
  const what = `'${ATTENTION_INTERPRETER}' interpreter`;
  const tokenFields = parseTokenFields(payload, what);
  const layers = field<number[]>(payload, 'layers', what);
  const numHeads = field<number>(payload, 'num_heads', what);
  const array = decodeArray(field<EncodedArray>(payload, 'attention', what));
  const n = tokenFields.tokens.length;
  checkShape('attention', array.shape, [layers.length, numHeads, n, n]);
  const block = numHeads * n * n;
  const weights = layers.map((_, i) => array.values.subarray(i * block, (i + 1) * block));
  const numLayers = typeof payload['num_layers'] === 'number' ? payload['num_layers'] : null;
  return {...tokenFields, layers, numHeads, numLayers, weights};
}

// ---- neuron view --------------------------------------------------------------------------

/** A term the model adds to the scaled q·k before the softmax (DeBERTa's c2p, MPNet's bias). */
export interface ScoreTerm {
  name: string;
  label: string;
  description: string;
  /** n × n, row = query token. */
  values: Float32Array;
}

export interface NeuronPayload extends TokenFields {
  layer: number;
  head: number;
  headDim: number;
  /** n × headDim, after the projection and the model's position transform, before scaling. */
  query: Float32Array;
  key: Float32Array;
  /** Multiplies q·k; `scaleLabel` writes it for people ("1/√d", "1/√(3d)"). */
  scale: number;
  scaleLabel: string;
  /** What was applied to q and k before the product ("rotary"), or null. */
  positionTransform: string | null;
  terms: ScoreTerm[];
  /** n × n, 1 where query i may attend to key j; null when every key is allowed. */
  keyAllowed: Uint8Array | null;
  /** n × n attention probabilities of this head. */
  attention: Float32Array;
}

function parseTerm(raw: unknown, n: number, what: string): ScoreTerm {
  const term = raw as Record<string, unknown>;
  const name = field<string>(term, 'name', `${what} term`);
  const values = decodeArray(field<EncodedArray>(term, 'values', `${what} term '${name}'`));
  checkShape(`term '${name}'`, values.shape, [n, n]);
  return {
    name,
    label: String(term['label'] ?? name),
    description: String(term['description'] ?? ''),
    values: values.values,
  };
}

export function parseNeuronView(raw: unknown): NeuronPayload {
  const payload = raw as Record<string, unknown>;
  const what = `'${NEURON_INTERPRETER}' interpreter`;
  const tokenFields = parseTokenFields(payload, what);
  const n = tokenFields.tokens.length;
  const query = decodeArray(field<EncodedArray>(payload, 'query', what));
  const key = decodeArray(field<EncodedArray>(payload, 'key', what));
  const attention = decodeArray(field<EncodedArray>(payload, 'attention', what));
  checkShape('query', query.shape, [n, -1]);
  checkShape('key', key.shape, query.shape);
  checkShape('attention', attention.shape, [n, n]);
  const allowed = field<EncodedArray | null>(payload, 'key_allowed', what);
  let keyAllowed: Uint8Array | null = null;
  if (allowed != null) {
    const decoded = decodeArray(allowed);
    checkShape('key_allowed', decoded.shape, [n, n]);
    keyAllowed = Uint8Array.from(decoded.values, v => (v > 0.5 ? 1 : 0));
  }
  const scale = field<number>(payload, 'scale', what);
  if (!(typeof scale === 'number' && Number.isFinite(scale))) {
    throw new Error(`${what} response has scale ${scale}; expected a finite number.`);
  }
  return {
    ...tokenFields,
    layer: field<number>(payload, 'layer', what),
    head: field<number>(payload, 'head', what),
    headDim: query.shape[1],
    query: query.values,
    key: key.values,
    scale,
    scaleLabel: field<string>(payload, 'scale_label', what),
    positionTransform: field<string | null>(payload, 'position_transform', what),
    terms: field<unknown[]>(payload, 'terms', what).map(t => parseTerm(t, n, what)),
    keyAllowed,
    attention: attention.values,
  };
}

// ---- NMF ----------------------------------------------------------------------------------

export interface NeuronLoading {
  layer: number;
  index: number;
  loading: number;
}

export interface NmfPayload extends TokenFields {
  /** Tokens that were factorised (special tokens may be left out). */
  tokenMask: boolean[];
  layers: number[];
  k: number;
  /** k × n factor activations (0 for tokens outside the mask). */
  factors: Float32Array;
  topNeurons: NeuronLoading[][];
  /** Per factor, its share of each layer in `layers`. */
  layerShare: number[][];
  reconstructionError: number;
}

export function parseNmf(raw: unknown): NmfPayload {
  const payload = raw as Record<string, unknown>;
  const what = `'${NMF_INTERPRETER}' interpreter`;
  const tokenFields = parseTokenFields(payload, what);
  const tokens = tokenFields.tokens;
  const factors = decodeArray(field<EncodedArray>(payload, 'factors', what));
  checkShape('factors', factors.shape, [-1, tokens.length]);
  const k = factors.shape[0];
  const topNeurons = field<NeuronLoading[][]>(payload, 'top_neurons', what);
  const layerShare = field<number[][]>(payload, 'layer_share', what);
  if (topNeurons.length !== k || layerShare.length !== k) {
    throw new Error(`nmf response has ${k} factors but ${topNeurons.length} neuron lists and ` +
                    `${layerShare.length} layer shares.`);
  }
  return {
    ...tokenFields,
    tokenMask: (payload['token_mask'] as boolean[] | undefined) ?? tokens.map(() => true),
    layers: field<number[]>(payload, 'layers', what),
    k,
    factors: factors.values,
    topNeurons,
    layerShare,
    reconstructionError: Number(payload['reconstruction_error'] ?? NaN),
  };
}

/**
 * What our interpreters return (one dict per example), checked and decoded into typed arrays.
 * The Python side lives in `lit_ext/interpreters/`; names here are the interpreters' names.
 */

import {decodeArray, EncodedArray} from './encoded_array';

export const ATTENTION_INTERPRETER = 'attention';
export const NEURON_INTERPRETER = 'neuron_view';
export const NMF_INTERPRETER = 'nmf';

/** Special tokens of the tokenizers we support (BERT, RoBERTa, ...). */
const SPECIAL_TOKEN = /^(\[(CLS|SEP|PAD|MASK|UNK)\]|<\/?s>|<pad>|<mask>|<unk>)$/;

export function isSpecialToken(token: string): boolean {
  return SPECIAL_TOKEN.test(token);
}

/**
 * Segment of each token when the payload gives none: everything up to and including the first
 * separator is text A (0), the rest text B (1).
 */
export function segmentsFromTokens(tokens: string[]): number[] {
  const first = tokens.findIndex(t => t === '[SEP]' || t === '</s>');
  return tokens.map((_, i) => (first >= 0 && i > first ? 1 : 0));
}

function field<T>(payload: Record<string, unknown>, name: string, what: string): T {
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

// ---- attention ----------------------------------------------------------------------------

export interface AttentionPayload {
  tokens: string[];
  segmentIds: number[];
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
  const tokens = field<string[]>(payload, 'tokens', what);
  const layers = field<number[]>(payload, 'layers', what);
  const numHeads = field<number>(payload, 'num_heads', what);
  const array = decodeArray(field<EncodedArray>(payload, 'attention', what));
  const n = tokens.length;
  checkShape('attention', array.shape, [layers.length, numHeads, n, n]);
  const block = numHeads * n * n;
  const weights = layers.map((_, i) => array.values.subarray(i * block, (i + 1) * block));
  const segmentIds = (payload['segment_ids'] as number[] | undefined) ?? segmentsFromTokens(tokens);
  const numLayers = typeof payload['num_layers'] === 'number' ? payload['num_layers'] : null;
  return {tokens, segmentIds, layers, numHeads, numLayers, weights};
}

// ---- neuron view --------------------------------------------------------------------------

export interface NeuronPayload {
  tokens: string[];
  segmentIds: number[];
  layer: number;
  head: number;
  headDim: number;
  /** n × headDim, after the projection, before the 1/√d scaling. */
  query: Float32Array;
  key: Float32Array;
  /** n × n attention probabilities of this head. */
  attention: Float32Array;
}

export function parseNeuronView(raw: unknown): NeuronPayload {
  const payload = raw as Record<string, unknown>;
  const what = `'${NEURON_INTERPRETER}' interpreter`;
  const tokens = field<string[]>(payload, 'tokens', what);
  const n = tokens.length;
  const query = decodeArray(field<EncodedArray>(payload, 'query', what));
  const key = decodeArray(field<EncodedArray>(payload, 'key', what));
  const attention = decodeArray(field<EncodedArray>(payload, 'attention', what));
  checkShape('query', query.shape, [n, -1]);
  checkShape('key', key.shape, query.shape);
  checkShape('attention', attention.shape, [n, n]);
  return {
    tokens,
    segmentIds: (payload['segment_ids'] as number[] | undefined) ?? segmentsFromTokens(tokens),
    layer: field<number>(payload, 'layer', what),
    head: field<number>(payload, 'head', what),
    headDim: query.shape[1],
    query: query.values,
    key: key.values,
    attention: attention.values,
  };
}

// ---- NMF ----------------------------------------------------------------------------------

export interface NeuronLoading {
  layer: number;
  index: number;
  loading: number;
}

export interface NmfPayload {
  tokens: string[];
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
  const tokens = field<string[]>(payload, 'tokens', what);
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
    tokens,
    tokenMask: (payload['token_mask'] as boolean[] | undefined) ?? tokens.map(() => true),
    layers: field<number[]>(payload, 'layers', what),
    k,
    factors: factors.values,
    topNeurons,
    layerShare,
    reconstructionError: Number(payload['reconstruction_error'] ?? NaN),
  };
}

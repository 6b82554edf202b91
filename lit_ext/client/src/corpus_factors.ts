/**
 * Corpus factors (`corpus_nmf`): NMF factors fitted once over a corpus (`lit_ext/corpus/`).
 * The interpreter's answer for one example, checked and decoded, and what the view derives from
 * it: bar lengths, token tints and the fit's description.
 */

import {decodeArray, EncodedArray} from './encoded_array';
import {field} from './payloads';
import type {StoreRow} from './store_search';

export const CORPUS_NMF_INTERPRETER = 'corpus_nmf';

/** A token of the served dataset that carries much of a factor's activation. */
export interface TopToken {
  /** As the tokenizer writes it (`##s`, `Ġgood`). */
  token: string;
  /** Its text without word markers. */
  display: string;
  /** The factor's activation summed over every occurrence (its mass on the token). */
  total: number;
  /** Occurrences in the dataset. */
  count: number;
  /** The largest single activation. */
  max: number;
}

/**
 * An example with one of the highest max activations of a factor: of the served dataset, or,
 * when that is a precomputed store's sample, of every row of the store (`source: 'store'`).
 */
export interface TopExample {
  /** Position in the served dataset (not for store rows). */
  index?: number;
  /** LIT's example id (for a store row: the hash LIT gives the same example). */
  id: string;
  text: string;
  max: number;
  /** A store row: its number in the store and the example's fields (to add it to LIT). */
  source?: 'store';
  row?: number;
  data?: Record<string, unknown>;
}

export interface CorpusFactorsPayload {
  tokens: string[];
  displayTokens: string[];
  specialTokens: boolean[];
  /** Tokens the factors apply to (special tokens are left out unless the fit kept them). */
  tokenMask: boolean[];
  /** Number of factors. */
  k: number;
  /** k × n activations of this example's tokens (0 outside the mask). */
  activations: Float32Array;
  /** Per factor, the max and mean over the kept tokens (the data table's columns). */
  max: number[];
  mean: number[];
  /** Per factor, over the served dataset (or store), highest first. */
  topExamples: TopExample[][];
  topTokens: TopToken[][];
  /** What each list was taken over ("store of 200 rows", "sample of 30 rows"); null if unsaid. */
  topExamplesOver: string | null;
  topTokensOver: string | null;
  /** The fit's metadata, as saved (`lit_ext/corpus/storage.py`). */
  fit: Record<string, unknown>;
}

export function parseCorpusFactors(raw: unknown): CorpusFactorsPayload {
  const payload = raw as Record<string, unknown>;
  const what = `'${CORPUS_NMF_INTERPRETER}' interpreter`;
  if (payload == null || typeof payload !== 'object') throw new Error(`${what} sent no answer.`);
  const tokens = field<string[]>(payload, 'tokens', what);
  const n = tokens.length;
  const perToken = <T>(name: string): T[] => {
    const values = field<T[]>(payload, name, what);
    if (!Array.isArray(values) || values.length !== n) {
      throw new Error(`${name} has ${Array.isArray(values) ? values.length : typeof values} ` +
                      `entries but there are ${n} tokens.`);
    }
    return values;
  };
  const activations = decodeArray(field<EncodedArray>(payload, 'activations', what));
  const [k, columns] = activations.shape;
  if (activations.shape.length !== 2 || columns !== n) {
    throw new Error(`activations has shape (${activations.shape.join(', ')}); expected (k, ${n}).`);
  }
  const perFactor = <T>(name: string): T[] => {
    const values = field<T[]>(payload, name, what);
    if (!Array.isArray(values) || values.length !== k) {
      throw new Error(`${what}: ${name} has ${Array.isArray(values) ? values.length : 'no'} ` +
                      `entries for ${k} factors.`);
    }
    return values;
  };
  return {
    tokens,
    displayTokens: perToken<string>('display_tokens'),
    specialTokens: perToken<boolean>('special_tokens'),
    tokenMask: perToken<boolean>('token_mask'),
    k,
    activations: activations.values,
    max: perFactor<number>('max'),
    mean: perFactor<number>('mean'),
    topExamples: perFactor<TopExample[]>('top_examples'),
    topTokens: perFactor<TopToken[]>('top_tokens'),
    topExamplesOver: typeof payload['top_examples_over'] === 'string' ?
        payload['top_examples_over'] : null,
    topTokensOver: typeof payload['top_tokens_over'] === 'string' ?
        payload['top_tokens_over'] : null,
    fit: (payload['fit'] as Record<string, unknown> | undefined) ?? {},
  };
}

/** "top examples over the store of 200 rows, top tokens over the sample of 30 rows". */
export function listsDescription(data: CorpusFactorsPayload): string | null {
  const {topExamplesOver: examples, topTokensOver: tokens} = data;
  if (examples == null || tokens == null) return null;
  return examples === tokens ? `top lists over the ${examples}` :
                               `top examples over the ${examples}, top tokens over the ${tokens}`;
}

/**
 * Top examples as store rows, for `store_search.addMissingRows` to add those LIT lacks; throws
 * for an example that is not a store row (one of the served dataset is always held).
 */
export function topExampleRows(examples: TopExample[]): StoreRow[] {
  return examples.map(example => {
    if (example.source !== 'store' || example.row == null || example.data == null) {
      throw new Error(`Top example ${example.id} is not a store row (no row and data).`);
    }
    return {row: example.row, id: example.id, data: example.data, values: {max: example.max}};
  });
}

/** Factor `f`'s activation of each token of the example. */
export function factorActivations(data: CorpusFactorsPayload, f: number): Float32Array {
  const n = data.tokens.length;
  return data.activations.subarray(f * n, (f + 1) * n);
}

/** A bar's length as a fraction of its track: `value / largest`, within [0, 1]. */
export function barFraction(value: number, largest: number): number {
  if (!(largest > 0) || !(value > 0)) return 0;
  return Math.min(1, value / largest);
}

/** The largest value of a list (0 for none): the full length of its bars. */
export function largest(values: number[]): number {
  return values.reduce((max, value) => Math.max(max, value), 0);
}

/**
 * What a token tint is relative to: factor `f`'s largest max activation over the served
 * dataset (its top example), so that one example's tints compare with another's.
 */
export function tintScale(data: CorpusFactorsPayload, f: number): number {
  return largest(data.topExamples[f].map(example => example.max));
}

/** "0–5" for consecutive layers, else "0, 2, 5". */
export function layerRange(layers: number[]): string {
  if (!layers.length) return '?';
  const consecutive = layers.every((layer, i) => i === 0 || layer === layers[i - 1] + 1);
  return consecutive && layers.length > 1 ? `${layers[0]}–${layers[layers.length - 1]}` :
                                            layers.join(', ');
}

/** One line saying what the factors were fitted on: model, layers, k, data and sample. */
export function fitDescription(fit: Record<string, unknown>, k: number): string {
  const model = (fit['model'] ?? {}) as Record<string, unknown>;
  const data = (fit['data'] ?? {}) as Record<string, unknown>;
  const sample = (fit['sample'] ?? {}) as Record<string, unknown>;
  const layers = Array.isArray(fit['layers']) ? fit['layers'] as number[] : [];
  const name = [model['name'], model['kind'] ? `(${model['kind']})` : null]
                   .filter(part => part).join(' ') || 'a model';
  const parts = [`${k} factors of ${name}'s FFN units, layers ${layerRange(layers)}`];
  if (data['name'] != null) {
    const size = data['n_examples'] != null ? ` (${data['n_examples']} examples)` : '';
    parts.push(`fitted on ${data['name']}${size}`);
  }
  if (sample['n_sampled_rows'] != null && sample['n_token_rows'] != null) {
    parts.push(`${sample['n_sampled_rows']} of ${sample['n_token_rows']} token rows sampled`);
  }
  return parts.join('; ');
}

/** A value with 4 significant digits, as the view writes it (parseFloat reads it back). */
export function formatValue(value: number): string {
  return Math.abs(value) >= 1e4 ? value.toFixed(0) : value.toPrecision(4);
}

/** The top lists and the shown example, as the JSON export writes them. */
export function corpusFactorsJson(data: CorpusFactorsPayload, factor: number,
                                  example: {id: string} | null) {
  return {
    fit: data.fit,
    n_components: data.k,
    picked_factor: factor,
    factors: Array.from({length: data.k}, (_, f) => ({
      factor: f,
      top_tokens: data.topTokens[f],
      top_examples: data.topExamples[f],
    })),
    example: example == null ? null : {
      id: example.id,
      tokens: data.tokens,
      display_tokens: data.displayTokens,
      token_mask: data.tokenMask,
      /** [factor][token]. */
      activations: Array.from({length: data.k}, (_, f) => [...factorActivations(data, f)]),
      max: data.max,
      mean: data.mean,
    },
  };
}

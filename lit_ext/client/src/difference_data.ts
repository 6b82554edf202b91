/**
 * Loading attention differences for the head and model views: model A − model B for one
 * example, or the selected example − the pinned one under one model (over shared tokens).
 *
 * Both sides come from `loadAttention`, so they share its cache with the plain views; the
 * result is an `AttentionData` whose layers hold differences, plus what was subtracted from
 * what.
 */

import {checkComparable, subtract} from './attention_difference';
import {AttentionData, attentionSource, loadAttention} from './attention_data';
import type {ApiService, IndexedInput, ModelInfoMap} from './lit_api';
import {alignTokens, restrictTokens, TokenAlignment} from './token_alignment';

export interface AttentionDifference {
  kind: 'models' | 'examples';
  /** A in A − B, as the legend names it. */
  minuend: string;
  /** B in A − B. */
  subtrahend: string;
  /** Per layer, A's and B's own weights on the shown tokens (for tooltips). */
  a: Map<number, Float32Array>;
  b: Map<number, Float32Array>;
  /** For examples: how the pinned example's tokens map onto the selected one's. */
  alignment: TokenAlignment | null;
}

/** Attention as a view shows it; with `difference`, `layers` hold A − B. */
export type ShownAttention = AttentionData & {difference?: AttentionDifference};

function sourceOf(infos: ModelInfoMap, model: string) {
  const source = attentionSource(infos[model]);
  if (source == null) throw new Error(`Model '${model}' returns no attention.`);
  return source;
}

/**
 * Model A − model B on `input`, for layers `wanted` (null: all). Refuses models whose tokens,
 * heads or layers differ.
 */
export async function loadModelDifference(api: ApiService, dataset: string, infos: ModelInfoMap,
                                          modelA: string, modelB: string, input: IndexedInput,
                                          wanted: number[] | null): Promise<ShownAttention> {
  const [a, b] = await Promise.all([modelA, modelB].map(
      model => loadAttention(api, dataset, model, sourceOf(infos, model), input, wanted)));
  checkComparable(a, b, modelA, modelB);
  const layers = new Map<number, Float32Array>();
  const ownA = new Map<number, Float32Array>();
  const ownB = new Map<number, Float32Array>();
  for (const layer of wanted ?? a.allLayers ?? [...a.layers.keys()]) {
    const [wa, wb] = [a.layers.get(layer), b.layers.get(layer)];
    if (wa == null || wb == null) continue;
    layers.set(layer, subtract(wa, wb));
    ownA.set(layer, wa);
    ownB.set(layer, wb);
  }
  return {
    ...a, layers, allLayers: a.allLayers ?? b.allLayers,
    difference: {kind: 'models', minuend: modelA, subtrahend: modelB, a: ownA, b: ownB,
                 alignment: null},
  };
}

/**
 * `selected` − `pinned` under `model`, over the tokens the two share (aligned by a longest
 * common subsequence of their token lists), for layers `wanted` (null: all).
 */
export async function loadExampleDifference(api: ApiService, dataset: string,
                                            infos: ModelInfoMap, model: string,
                                            selected: IndexedInput, pinned: IndexedInput,
                                            wanted: number[] | null): Promise<ShownAttention> {
  const source = sourceOf(infos, model);
  const [edit, original] = await Promise.all([selected, pinned].map(
      input => loadAttention(api, dataset, model, source, input, wanted)));
  const alignment = alignTokens(original.tokens, edit.tokens);
  if (alignment.edited.length === 0) {
    throw new Error('No difference: the selected and the pinned example share no tokens.');
  }
  const heads = edit.numHeads;
  const [nEdit, nOriginal] = [edit.tokens.length, original.tokens.length];
  const layers = new Map<number, Float32Array>();
  const ownA = new Map<number, Float32Array>();
  const ownB = new Map<number, Float32Array>();
  for (const layer of wanted ?? edit.allLayers ?? [...edit.layers.keys()]) {
    const [we, wo] = [edit.layers.get(layer), original.layers.get(layer)];
    if (we == null || wo == null) continue;
    const a = restrictTokens(we, heads, nEdit, alignment.edited);
    const b = restrictTokens(wo, heads, nOriginal, alignment.original);
    layers.set(layer, subtract(a, b));
    ownA.set(layer, a);
    ownB.set(layer, b);
  }
  const pick = <T>(values: T[]) => alignment.edited.map(i => values[i]);
  return {
    ...edit,
    tokens: pick(edit.tokens), displayTokens: pick(edit.displayTokens),
    specialTokens: pick(edit.specialTokens), segmentIds: pick(edit.segmentIds),
    layers,
    difference: {kind: 'examples', minuend: 'selected', subtrahend: 'pinned', a: ownA, b: ownB,
                 alignment},
  };
}

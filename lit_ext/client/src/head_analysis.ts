/**
 * Heads as the model view's analysis needs them: importance averaged over the selected
 * examples, and the set of heads the user switched off, written as `ablated_prediction`'s
 * `heads` config takes it.
 */

import type {HeadImportancePayload, ImportanceMethod} from './analysis_payloads';
import {mean} from './numbers';

export interface MeanImportance {
  method: ImportanceMethod;
  numLayers: number;
  numHeads: number;
  /** [layer][head], the mean over `examples`. */
  values: number[][];
  examples: number;
  /** The largest |mean|, the end of the colour scale (0 when every head is 0). */
  extent: number;
}

/** The per-head mean over examples (the interpreter answers per example). */
export function meanImportance(payloads: HeadImportancePayload[]): MeanImportance {
  if (payloads.length === 0) throw new Error('No head importance to average.');
  const [first] = payloads;
  for (const p of payloads) {
    if (p.numLayers !== first.numLayers || p.numHeads !== first.numHeads ||
        p.method !== first.method) {
      throw new Error(`Head importance of different shapes or methods: ${first.numLayers}×` +
                      `${first.numHeads} ${first.method} and ${p.numLayers}×${p.numHeads} ` +
                      `${p.method}.`);
    }
  }
  const values = first.importance.map((row, layer) => row.map(
      (_, head) => mean(payloads.map(p => p.importance[layer][head]))));
  const extent = Math.max(0, ...values.flat().map(Math.abs));
  return {method: first.method, numLayers: first.numLayers, numHeads: first.numHeads, values,
          examples: payloads.length, extent};
}

/** "layer:head" — one head, as the `heads` config and the view's set of switched-off heads. */
export function headKey(layer: number, head: number): string {
  return `${layer}:${head}`;
}

/** The `heads` config of `ablated_prediction`: "layer:head,…" in layer, then head order. */
export function headsConfig(keys: Iterable<string>): string {
  return [...keys].map(key => key.split(':').map(Number))
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([layer, head]) => headKey(layer, head))
      .join(',');
}

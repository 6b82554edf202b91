/**
 * Accuracy of the model's own classifier read off each layer, over a dataset: at which layer
 * the right label appears.
 */

import type {LayerPredictionsPayload} from './analysis_payloads';
import {argmax} from './numbers';

export interface LayerAccuracy {
  layers: string[];
  /** Per layer, the fraction of scored examples whose argmax class is the gold label. */
  accuracy: number[];
  correct: number[];
  /** Examples scored (those with a gold label among the model's classes). */
  scored: number;
  /** Examples left out: no gold label, or one the model does not predict. */
  skipped: number;
  /** The accuracy of always predicting the most frequent gold label: the chance level. */
  majority: number;
}

/** `gold[i]` is example i's label (null or '' when it has none). */
export function accuracyByLayer(results: LayerPredictionsPayload[],
                                gold: Array<string | null | undefined>): LayerAccuracy {
  if (results.length !== gold.length) {
    throw new Error(`${results.length} layer predictions for ${gold.length} labels.`);
  }
  if (results.length === 0) throw new Error('No examples to score.');
  const layers = results[0].layers;
  const correct = layers.map(() => 0);
  const goldCounts = new Map<number, number>();
  let scored = 0;
  results.forEach((result, i) => {
    if (result.layers.length !== layers.length) {
      throw new Error(`Example ${i} has ${result.layers.length} layers, not ${layers.length}.`);
    }
    const label = gold[i] ? result.labels.indexOf(gold[i]!) : -1;
    if (label < 0) return;
    scored++;
    goldCounts.set(label, (goldCounts.get(label) ?? 0) + 1);
    result.probas.forEach((row, layer) => {
      if (argmax(row) === label) correct[layer]++;
    });
  });
  return {
    layers, correct, scored, skipped: results.length - scored,
    accuracy: correct.map(c => (scored ? c / scored : NaN)),
    majority: scored ? Math.max(...goldCounts.values()) / scored : NaN,
  };
}

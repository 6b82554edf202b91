/**
 * How many layers and heads a model has, for the neuron and NMF views' pickers.
 *
 * Our interpreters do not report it, but the attention data does (its layer list after a full
 * fetch, and `num_heads`); the result is remembered per model.
 */

import {attentionSource, loadAttention} from './attention_data';
import type {ApiService, IndexedInput, ModelInfo} from './lit_api';

export interface ModelShape {
  layers: number[];
  numHeads: number;
}

const shapes = new Map<string, ModelShape>();

export async function modelShape(api: ApiService, dataset: string, model: string,
                                 info: ModelInfo | undefined,
                                 input: IndexedInput): Promise<ModelShape> {
  const known = shapes.get(model);
  if (known) return known;
  const source = attentionSource(info);
  if (source == null) {
    throw new Error(`Model '${model}' has no 'attention' interpreter or AttentionHeads ` +
                    'outputs, so its layers and heads are unknown.');
  }
  const data = await loadAttention(api, dataset, model, source, input, [0]);
  const layers = data.allLayers ?? [...data.layers.keys()].sort((a, b) => a - b);
  const shape = {layers, numHeads: data.numHeads};
  shapes.set(model, shape);
  return shape;
}

/**
 * What the prediction-analysis interpreters return (one dict per example), checked: head
 * importance, the prediction with heads switched off, the prediction layer by layer, and the
 * faithfulness scores of salience methods. The Python side is in `lit_ext/interpreters/`.
 */

import {field} from './payloads';

export const HEAD_IMPORTANCE_INTERPRETER = 'head_importance';
export const ABLATED_PREDICTION_INTERPRETER = 'ablated_prediction';
export const LAYER_PREDICTIONS_INTERPRETER = 'layer_predictions';
export const FAITHFULNESS_INTERPRETER = 'faithfulness';

function isNumberArray(values: unknown, length?: number): values is number[] {
  return Array.isArray(values) && (length == null || values.length === length) &&
      values.every(v => typeof v === 'number' && Number.isFinite(v));
}

function numberArray(values: unknown, name: string, length?: number): number[] {
  if (!isNumberArray(values, length)) {
    const count = length == null ? '' : `${length} `;
    throw new Error(`${name} is not a list of ${count}finite numbers.`);
  }
  return values;
}

function matrix(values: unknown, name: string, rows: number, cols: number): number[][] {
  if (!Array.isArray(values) || values.length !== rows) {
    throw new Error(`${name} has ${Array.isArray(values) ? values.length : 'no'} rows; ` +
                    `expected ${rows}.`);
  }
  return values.map((row, i) => numberArray(row, `${name} row ${i}`, cols));
}

// ---- head importance ----------------------------------------------------------------------

export type ImportanceMethod = 'ablation' | 'gradient';
export const IMPORTANCE_METHODS: ImportanceMethod[] = ['ablation', 'gradient'];

export interface HeadImportancePayload {
  method: ImportanceMethod;
  numLayers: number;
  numHeads: number;
  /** [layer][head]. */
  importance: number[][];
  /** The predicted class and its probability. */
  label: string;
  probability: number;
}

export function parseHeadImportance(raw: unknown): HeadImportancePayload {
  const payload = raw as Record<string, unknown>;
  const what = `'${HEAD_IMPORTANCE_INTERPRETER}' interpreter`;
  const numLayers = field<number>(payload, 'num_layers', what);
  const numHeads = field<number>(payload, 'num_heads', what);
  return {
    method: field<ImportanceMethod>(payload, 'method', what),
    numLayers,
    numHeads,
    importance: matrix(field(payload, 'importance', what), 'importance', numLayers, numHeads),
    label: field<string>(payload, 'label', what),
    probability: field<number>(payload, 'probability', what),
  };
}

// ---- ablated prediction -------------------------------------------------------------------

export interface AblatedPredictionPayload {
  labels: string[];
  probas: number[];
  probasAblated: number[];
  /** [layer, head] pairs switched off. */
  heads: Array<[number, number]>;
}

export function parseAblatedPrediction(raw: unknown): AblatedPredictionPayload {
  const payload = raw as Record<string, unknown>;
  const what = `'${ABLATED_PREDICTION_INTERPRETER}' interpreter`;
  const labels = field<string[]>(payload, 'labels', what);
  return {
    labels,
    probas: numberArray(field(payload, 'probas', what), 'probas', labels.length),
    probasAblated: numberArray(field(payload, 'probas_ablated', what), 'probas_ablated',
                               labels.length),
    heads: field<Array<[number, number]>>(payload, 'heads', what),
  };
}

// ---- layer predictions --------------------------------------------------------------------

export interface LayerPredictionsPayload {
  labels: string[];
  /** "embeddings", then the layers "1" … "L". */
  layers: string[];
  /** [layer][class]; the last row is the model's prediction. */
  probas: number[][];
}

export function parseLayerPredictions(raw: unknown): LayerPredictionsPayload {
  const payload = raw as Record<string, unknown>;
  const what = `'${LAYER_PREDICTIONS_INTERPRETER}' interpreter`;
  const labels = field<string[]>(payload, 'labels', what);
  const layers = field<string[]>(payload, 'layers', what);
  return {
    labels,
    layers,
    probas: matrix(field(payload, 'probas', what), 'probas', layers.length, labels.length),
  };
}

// ---- faithfulness -------------------------------------------------------------------------

/** One salience method's scores on one example; null where undefined (e.g. one word). */
export interface MethodScores {
  name: string;
  comprehensiveness: number | null;
  sufficiency: number | null;
  kendallTau: number | null;
  /** Why the method gave no map for this example (e.g. attention_flow above its length limit). */
  error?: string;
}

export interface FaithfulnessPayload {
  label: string;
  probability: number;
  fractions: number[];
  methods: MethodScores[];
}

function scoreOrNull(value: unknown, name: string): number | null {
  if (value == null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`${name} is ${String(value)}; expected a finite number or null.`);
  }
  return value;
}

export function parseFaithfulness(raw: unknown): FaithfulnessPayload {
  const payload = raw as Record<string, unknown>;
  const what = `'${FAITHFULNESS_INTERPRETER}' interpreter`;
  const methods = field<Array<Record<string, unknown>>>(payload, 'methods', what).map(m => {
    const name = field<string>(m, 'name', `${what} method`);
    return {
      name,
      comprehensiveness: scoreOrNull(m['comprehensiveness'], `${name} comprehensiveness`),
      sufficiency: scoreOrNull(m['sufficiency'], `${name} sufficiency`),
      kendallTau: scoreOrNull(m['kendall_tau'], `${name} kendall_tau`),
      ...(m['error'] == null ? {} : {error: String(m['error'])}),
    };
  });
  return {
    label: field<string>(payload, 'label', what),
    probability: field<number>(payload, 'probability', what),
    fractions: numberArray(field(payload, 'fractions', what), 'fractions'),
    methods,
  };
}

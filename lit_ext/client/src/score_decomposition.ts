/**
 * One query token's attention, recomputed in the browser from the neuron-view payload: per key
 * the scaled q·k, every term the model adds before the softmax, their sum, and the softmax over
 * the keys the query may attend to. The neuron view shows these numbers and compares the
 * softmax with the model's own attention, so a decomposition that does not reproduce it is
 * visible rather than silently wrong.
 */

import type {NeuronPayload} from './payloads';

export interface QueryScores {
  /** q of the query token (after the model's position transform). */
  query: Float32Array;
  /** q∘k per key. */
  products: Float32Array[];
  /** scale·q·k per key. */
  scaled: Float64Array;
  /** Per payload term (same order), its value per key for this query. */
  terms: Float64Array[];
  /** scale·q·k + Σ terms per key: the score the softmax takes. */
  sums: Float64Array;
  /** Whether the query may attend to each key. */
  allowed: boolean[];
  /** Softmax of `sums` over the allowed keys; 0 for masked keys. */
  softmax: Float64Array;
  /** Largest |softmax − the model's attention| over all keys (Math.max keeps a NaN). */
  maxDiff: number;
}

export function queryScores(data: NeuronPayload, queryIndex: number): QueryScores {
  const n = data.tokens.length;
  const d = data.headDim;
  const row = queryIndex * n;
  const query = data.query.subarray(queryIndex * d, (queryIndex + 1) * d);
  const products: Float32Array[] = [];
  const scaled = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const product = new Float32Array(d);
    let dot = 0;
    for (let c = 0; c < d; c++) {
      product[c] = query[c] * data.key[j * d + c];
      dot += product[c];
    }
    products.push(product);
    scaled[j] = data.scale * dot;
  }
  const terms = data.terms.map(term => Float64Array.from(term.values.subarray(row, row + n)));
  const sums = scaled.map((s, j) => terms.reduce((total, term) => total + term[j], s));
  const allowed = Array.from({length: n}, (_, j) => data.keyAllowed?.[row + j] !== 0);
  const softmax = softmaxOver(sums, allowed);
  let maxDiff = 0;
  for (let j = 0; j < n; j++) {
    maxDiff = Math.max(maxDiff, Math.abs(softmax[j] - data.attention[row + j]));
  }
  return {query, products, scaled, terms, sums, allowed, softmax, maxDiff};
}

/** Softmax of `scores` over the entries where `allowed` holds; the others are 0. */
function softmaxOver(scores: Float64Array, allowed: boolean[]): Float64Array {
  let max = -Infinity;
  scores.forEach((s, j) => {
    if (allowed[j]) max = Math.max(max, s);
  });
  const exps = scores.map((s, j) => (allowed[j] ? Math.exp(s - max) : 0));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map(e => (total > 0 ? e / total : 0));
}

/** The scaled product as people write it: "1/√(3d)" gives "q·k/√(3d)". */
export function scaledScoreLabel(scaleLabel: string): string {
  return scaleLabel.startsWith('1/') ? `q·k/${scaleLabel.slice(2)}` : `q·k·${scaleLabel}`;
}

/** What the softmax is taken of, e.g. "q·k/√(3d) + c2p + p2c". */
export function scoreFormula(data: NeuronPayload): string {
  return [scaledScoreLabel(data.scaleLabel), ...data.terms.map(t => t.name)].join(' + ');
}

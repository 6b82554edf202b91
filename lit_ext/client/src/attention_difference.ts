/**
 * Attention differences, as the head and model views draw them: model A − model B on the same
 * tokens, or an edited example − its original over the tokens they share (`token_alignment.ts`).
 *
 * All arrays are heads × n × n probabilities of one layer, row = query token, as in
 * `AttentionData`. A difference lies in [−1, 1]: +0.3 means A puts 0.3 more of the query's
 * attention on that key than B does.
 */

import type {AttentionDifference} from './difference_data';
import type {TokenFields} from './payloads';

/** How much one head changed. */
export interface HeadChange {
  layer: number;
  head: number;
  /** The largest |Δ| over the head's n × n cells. */
  maxAbs: number;
  /** The mean |Δ| over the head's n × n cells. */
  meanAbs: number;
}

/** `a − b`, cell by cell. Throws when the two are not the same shape. */
export function subtract(a: Float32Array, b: Float32Array): Float32Array {
  if (a.length !== b.length) {
    throw new Error(`Cannot subtract attention of ${b.length} values from ${a.length} values.`);
  }
  const out = new Float32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] - b[i];
  return out;
}

/** Per head of `layer` (a heads × n × n difference): its largest and mean |Δ|. */
export function headChanges(layer: number, difference: Float32Array, numHeads: number,
                            n: number): HeadChange[] {
  if (difference.length !== numHeads * n * n) {
    throw new Error(`Layer ${layer} has ${difference.length} values; expected ${numHeads} heads ` +
                    `× ${n} × ${n}.`);
  }
  return Array.from({length: numHeads}, (_, head) => {
    let max = 0;
    let sum = 0;
    const base = head * n * n;
    for (let i = 0; i < n * n; i++) {
      const v = Math.abs(difference[base + i]);
      sum += v;
      if (v > max) max = v;
    }
    return {layer, head, maxAbs: max, meanAbs: n > 0 ? sum / (n * n) : 0};
  });
}

/** Heads with the largest change first: by max |Δ|, then mean |Δ|, then layer and head. */
export function rankChanges(changes: HeadChange[]): HeadChange[] {
  return [...changes].sort((x, y) => y.maxAbs - x.maxAbs || y.meanAbs - x.meanAbs ||
                                     x.layer - y.layer || x.head - y.head);
}

/** The largest |value| over `heads` of a heads × n × n array (0 when empty). */
export function maxAbsOver(values: Float32Array, heads: number[], n: number): number {
  let max = 0;
  for (const head of heads) {
    const base = head * n * n;
    for (let i = 0; i < n * n; i++) max = Math.max(max, Math.abs(values[base + i]));
  }
  return max;
}

/** A few tokens for a message: "[CLS] the film … [SEP]". */
function preview(tokens: string[]): string {
  const shown = tokens.length <= 8 ? tokens : [...tokens.slice(0, 4), '…', ...tokens.slice(-3)];
  return shown.join(' ');
}

/**
 * Checks that model A's and model B's attention for one example can be subtracted: the same
 * token list (the same tokenizer) and the same number of heads and layers. Throws an error that
 * names both models and what differs.
 */
export function checkComparable(a: TokenFields & {numHeads: number, allLayers: number[] | null},
                                b: TokenFields & {numHeads: number, allLayers: number[] | null},
                                modelA: string, modelB: string) {
  const sameTokens = a.tokens.length === b.tokens.length &&
      a.tokens.every((token, i) => token === b.tokens[i]);
  if (!sameTokens) {
    throw new Error(`No difference: '${modelA}' and '${modelB}' split this example into ` +
                    `different tokens (${a.tokens.length}: ${preview(a.tokens)}; ` +
                    `${b.tokens.length}: ${preview(b.tokens)}), so their attention cells do ` +
                    'not correspond. A difference needs two models with the same tokenizer; ' +
                    'compare these side by side (Show: attention).');
  }
  if (a.numHeads !== b.numHeads) {
    throw new Error(`No difference: '${modelA}' has ${a.numHeads} heads per layer and ` +
                    `'${modelB}' ${b.numHeads}; a difference needs the same heads.`);
  }
  const layersA = a.allLayers?.join(',');
  const layersB = b.allLayers?.join(',');
  if (layersA != null && layersB != null && layersA !== layersB) {
    throw new Error(`No difference: '${modelA}' has layers [${layersA}] and '${modelB}' ` +
                    `[${layersB}]; a difference needs the same layers.`);
  }
}

/** What a difference shows, for a legend: "A = …, B = …" and how its tokens were chosen. */
export function differenceCaption(diff: AttentionDifference): string {
  if (diff.kind === 'models') {
    return `Difference A − B, A = ${diff.minuend} (this view's model), B = ${diff.subtrahend}.`;
  }
  const alignment = diff.alignment!;
  const dropped = alignment.added + alignment.removed > 0 ?
      ` (${alignment.added} token${alignment.added === 1 ? '' : 's'} only in the selected and ` +
          `${alignment.removed} only in the pinned example left out)` :
      '';
  return `Difference A − B, A = the selected (edited) example, B = the pinned (original) one, ` +
         `over the ${alignment.edited.length} tokens they share, aligned by their position in ` +
         `the edit${dropped}.`;
}

/** One head's line of a difference tooltip: "head  3: +0.1234 (A 0.4567, B 0.3333)". */
export function differenceTooltipLine(head: number, delta: number, a: number, b: number): string {
  const sign = delta >= 0 ? '+' : '−';
  return `  head ${String(head).padStart(2)}: ${sign}${Math.abs(delta).toFixed(4)} ` +
         `(A ${a.toFixed(4)}, B ${b.toFixed(4)})`;
}

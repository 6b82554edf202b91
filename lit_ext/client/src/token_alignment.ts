/**
 * Aligning an example's tokens with an edited version's, so that their attention can be
 * subtracted cell by cell over the tokens they share.
 *
 * The shared tokens are a longest common subsequence of the two token lists (jsdiff's
 * `diffArrays`, Myers' O(ND) diff): "the film was good" → "the film was not good" shares
 * [the, film, was, good], so `good` (position 4 in the original, 5 in the edit) is compared with
 * `good`, not with `not`. Inserted and deleted tokens have no counterpart and are left out.
 */

import {diffArrays} from 'diff';

export interface TokenAlignment {
  /** Per shared token, its index in the original list, increasing. */
  original: number[];
  /** Per shared token, its index in the edited list, increasing. */
  edited: number[];
  /** Tokens of the original with no counterpart in the edit. */
  removed: number;
  /** Tokens of the edit with no counterpart in the original. */
  added: number;
}

/** The tokens `original` and `edited` share, in order (exact string matches). */
export function alignTokens(original: string[], edited: string[]): TokenAlignment {
  const alignment: TokenAlignment = {original: [], edited: [], removed: 0, added: 0};
  let i = 0;
  let j = 0;
  for (const part of diffArrays(original, edited)) {
    const count = part.value.length;
    if (part.removed) {
      i += count;
      alignment.removed += count;
    } else if (part.added) {
      j += count;
      alignment.added += count;
    } else {
      for (let k = 0; k < count; k++) {
        alignment.original.push(i + k);
        alignment.edited.push(j + k);
      }
      i += count;
      j += count;
    }
  }
  return alignment;
}

/** The rows and columns `indices` of a heads × n × n array: heads × m × m, m = indices.length. */
export function restrictTokens(values: Float32Array, numHeads: number, n: number,
                               indices: number[]): Float32Array {
  if (values.length !== numHeads * n * n) {
    throw new Error(`Attention has ${values.length} values; expected ${numHeads} heads × ${n} ` +
                    `× ${n}.`);
  }
  const m = indices.length;
  const out = new Float32Array(numHeads * m * m);
  for (let h = 0; h < numHeads; h++) {
    for (let a = 0; a < m; a++) {
      const row = (h * n + indices[a]) * n;
      for (let b = 0; b < m; b++) out[(h * m + a) * m + b] = values[row + indices[b]];
    }
  }
  return out;
}

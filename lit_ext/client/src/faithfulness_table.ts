/**
 * The faithfulness table: each salience method's scores averaged over examples, ordered best
 * first by a chosen score (ERASER's comprehensiveness by default).
 */

import type {FaithfulnessPayload, MethodScores} from './analysis_payloads';
import {mean} from './numbers';

export type ScoreKey = 'comprehensiveness' | 'sufficiency' | 'kendallTau';

export interface ScoreColumn {
  key: ScoreKey;
  label: string;
  higherIsBetter: boolean;
  definition: string;
}

export const SCORE_COLUMNS: ScoreColumn[] = [
  {
    key: 'comprehensiveness', label: 'Comprehensiveness', higherIsBetter: true,
    definition: 'how much the predicted class\'s probability drops when the method\'s top ' +
        'words are deleted, averaged over the fractions of words removed (AOPC)',
  },
  {
    key: 'sufficiency', label: 'Sufficiency', higherIsBetter: false,
    definition: 'how much it drops when only the top words are kept (AOPC)',
  },
  {
    key: 'kendallTau', label: 'Kendall τ', higherIsBetter: true,
    definition: 'rank correlation of the method\'s word scores with leave-one-out importance ' +
        '(the drop when that word alone is deleted)',
  },
];

export interface MethodRow {
  name: string;
  /** Mean over the examples where the score is defined; null where it never is. */
  comprehensiveness: number | null;
  sufficiency: number | null;
  kendallTau: number | null;
  /** Per score, how many examples it is averaged over. */
  counts: Record<ScoreKey, number>;
  /** Examples the method refused, and the distinct reasons it gave. */
  refused: number;
  errors: string[];
}

/** One row per method, in the order the first example lists them. */
export function averageByMethod(payloads: FaithfulnessPayload[]): MethodRow[] {
  const byName = new Map<string, MethodScores[]>();
  for (const payload of payloads) {
    for (const scores of payload.methods) {
      byName.set(scores.name, [...(byName.get(scores.name) ?? []), scores]);
    }
  }
  return [...byName].map(([name, all]) => {
    const row: MethodRow = {
      name, comprehensiveness: null, sufficiency: null, kendallTau: null,
      counts: {comprehensiveness: 0, sufficiency: 0, kendallTau: 0},
      refused: all.filter(s => s.error != null).length,
      errors: [...new Set(all.flatMap(s => (s.error == null ? [] : [s.error])))],
    };
    for (const {key} of SCORE_COLUMNS) {
      const defined = all.map(s => s[key]).filter((v): v is number => v != null);
      row.counts[key] = defined.length;
      row[key] = defined.length ? mean(defined) : null;
    }
    return row;
  });
}

/** `rows` best first by `key` (a stable sort; undefined scores last). */
export function bestFirst(rows: MethodRow[], key: ScoreKey): MethodRow[] {
  const column = SCORE_COLUMNS.find(c => c.key === key)!;
  const sign = column.higherIsBetter ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x == null || y == null) return (x == null ? 1 : 0) - (y == null ? 1 : 0);
    return sign * (x - y);
  });
}

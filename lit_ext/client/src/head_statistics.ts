/**
 * Head statistics (`head_statistics`: Clark et al. 2019, "What Does BERT Look At?") as the model
 * view colours heads by them: each request's aggregate, the aggregates of several requests merged
 * into one, and a statistic's colour scale.
 */

export const HEAD_STATISTICS_INTERPRETER = 'head_statistics';

/** The interpreter's statistics, in its order, with what the model view calls them. */
export const STATISTIC_LABELS: Readonly<Record<string, string>> = {
  cls: 'attention to [CLS]',
  sep: 'attention to [SEP]',
  punctuation: 'attention to punctuation',
  previous: 'attention to the previous token',
  next: 'attention to the next token',
  self: 'attention to itself',
  entropy: 'attention entropy',
};
export const STATISTICS = Object.keys(STATISTIC_LABELS);
export const ENTROPY = 'entropy';

export type Weighting = 'token' | 'example';

/** The aggregate over some examples; `values[statistic][layer][head]`. */
export interface StatisticsAggregate {
  weighting: Weighting;
  statistics: string[];
  units: Record<string, string>;
  numExamples: number;
  /** Query tokens over all examples (the weight of a "token" aggregate). */
  numQueries: number;
  /** The entropy of uniform attention, averaged like `values` (nats). */
  uniformEntropy: number;
  values: Record<string, number[][]>;
}

function fail(what: string): never {
  throw new Error(`Malformed head_statistics answer: ${what}.`);
}

function finiteNumber(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(`${what} is not a number`);
  return value;
}

/** The aggregate of one `head_statistics` answer (its per-example values are not needed). */
export function parseHeadStatistics(raw: unknown): StatisticsAggregate {
  const answer = raw as Record<string, unknown> | null;
  const aggregate = answer?.['aggregate'] as Record<string, unknown> | undefined;
  if (aggregate == null || typeof aggregate !== 'object') fail('no aggregate');
  const statistics = answer!['statistics'];
  if (!Array.isArray(statistics) || !statistics.every(s => typeof s === 'string')) {
    fail('no list of statistics');
  }
  const weighting = aggregate['weighting'];
  if (weighting !== 'token' && weighting !== 'example') fail(`weighting ${String(weighting)}`);
  const rawValues = aggregate['values'] as Record<string, unknown> | undefined;
  const values: Record<string, number[][]> = {};
  for (const name of statistics as string[]) {
    const grid = rawValues?.[name];
    if (!Array.isArray(grid) || !grid.every(row => Array.isArray(row))) {
      fail(`values of '${name}' are not [layer][head]`);
    }
    values[name] = (grid as unknown[][]).map(
        (row, layer) => row.map((v, head) => finiteNumber(v, `${name}[${layer}][${head}]`)));
  }
  return {
    weighting, statistics: statistics as string[],
    units: (answer!['units'] ?? {}) as Record<string, string>,
    numExamples: finiteNumber(answer!['num_examples'], 'num_examples'),
    numQueries: finiteNumber(aggregate['num_queries'], 'num_queries'),
    uniformEntropy: finiteNumber(aggregate['uniform_entropy'], 'uniform_entropy'),
    values,
  };
}

/**
 * One aggregate from those of disjoint sets of examples: weighted by their query tokens
 * ("token": every token of every example counts once) or by their examples ("example").
 */
export function mergeAggregates(parts: StatisticsAggregate[]): StatisticsAggregate {
  if (parts.length === 0) throw new Error('No head statistics to merge.');
  const [first] = parts;
  const shape = (a: StatisticsAggregate) =>
      a.statistics.map(s => `${s}:${a.values[s].map(row => row.length).join(',')}`).join(' ');
  for (const part of parts) {
    if (part.weighting !== first.weighting || shape(part) !== shape(first)) {
      throw new Error(`Head statistics of different weightings or shapes: ${first.weighting} ` +
                      `${shape(first)} and ${part.weighting} ${shape(part)}.`);
    }
  }
  const weights = parts.map(p => first.weighting === 'token' ? p.numQueries : p.numExamples);
  const total = weights.reduce((a, b) => a + b, 0);
  const average = (pick: (part: StatisticsAggregate) => number) =>
      parts.reduce((sum, part, i) => sum + weights[i] * pick(part), 0) / total;
  const values: Record<string, number[][]> = {};
  for (const name of first.statistics) {
    values[name] = first.values[name].map((row, layer) => row.map(
        (_, head) => average(part => part.values[name][layer][head])));
  }
  return {
    ...first, values,
    numExamples: parts.reduce((sum, p) => sum + p.numExamples, 0),
    numQueries: parts.reduce((sum, p) => sum + p.numQueries, 0),
    uniformEntropy: average(part => part.uniformEntropy),
  };
}

/**
 * The top of `statistic`'s colour scale, whose bottom is 0: fractions of attention on a fixed
 * 0–1 scale, so that colours compare across selections; entropy up to that of uniform attention
 * over the same tokens, the most spread-out a head can be.
 */
export function scaleTop(aggregate: StatisticsAggregate, statistic: string): number {
  return statistic === ENTROPY ? aggregate.uniformEntropy : 1;
}

// Grey → teal → dark purple: every step is darker, and even the bottom stays visible on white
// (a thumbnail is painted from white to its head's colour).
const RAMP: Array<[number, number, number]> = [[160, 160, 160], [33, 145, 140], [68, 1, 84]];

/** The colour of `value` on a scale from 0 to `top` (clamped to it). */
export function statisticColor(value: number, top: number): [number, number, number] {
  const t = top > 0 ? Math.min(1, Math.max(0, value / top)) : 0;
  const position = t * (RAMP.length - 1);
  const low = Math.min(RAMP.length - 2, Math.floor(position));
  const f = position - low;
  return [0, 1, 2].map(c => Math.round(RAMP[low][c] + (RAMP[low + 1][c] - RAMP[low][c]) * f)) as
      [number, number, number];
}

/**
 * Attention-pattern search (`attention_search`): "examples where layer L head H sends at least
 * x from a token matching T to a token matching U". Each request's matches, and the matches of
 * a dataset sent in several requests merged into one list, strongest first.
 */

export const ATTENTION_SEARCH_INTERPRETER = 'attention_search';

export interface SearchConfig {
  layer: number;
  head: number;
  /** Patterns: a word, `/regex/`, or `*` for any text token. */
  from_token: string;
  to_token: string;
  threshold: number;
  case_sensitive: boolean;
}

export interface SearchMatch {
  /** LIT's example id. */
  id: string;
  /** The largest weight from a `from_token` match to a `to_token` match. */
  weight: number;
  /** Token positions and display texts of that pair. */
  query: number;
  key: number;
  queryToken: string;
  keyToken: string;
}

export interface SearchAnswer {
  numExamples: number;
  matches: SearchMatch[];
}

function fail(what: string): never {
  throw new Error(`Malformed attention_search answer: ${what}.`);
}

export function parseSearchAnswer(raw: unknown): SearchAnswer {
  const answer = raw as Record<string, unknown> | null;
  const matches = answer?.['matches'];
  if (!Array.isArray(matches)) fail('no list of matches');
  const numExamples = answer!['num_examples'];
  if (typeof numExamples !== 'number') fail('no num_examples');
  return {
    numExamples,
    matches: (matches as Array<Record<string, unknown>>).map((m, i) => {
      const weight = m?.['weight'];
      if (typeof weight !== 'number' || !Number.isFinite(weight)) fail(`match ${i} has no weight`);
      if (typeof m['id'] !== 'string') fail(`match ${i} has no LIT id`);
      return {id: m['id'] as string, weight, query: Number(m['query']), key: Number(m['key']),
              queryToken: String(m['query_token']), keyToken: String(m['key_token'])};
    }),
  };
}

/**
 * The matches of consecutive batches as one list, strongest first; equal weights keep the
 * dataset's order (a stable sort of the batches' matches in batch order).
 */
export function mergeSearchAnswers(answers: SearchAnswer[]): SearchAnswer {
  return {
    numExamples: answers.reduce((sum, a) => sum + a.numExamples, 0),
    matches: answers.flatMap(a => a.matches).sort((a, b) => b.weight - a.weight),
  };
}

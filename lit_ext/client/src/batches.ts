/**
 * Interpreter requests over many examples, a batch at a time: the server refuses more than
 * MAX_EXAMPLES_PER_REQUEST examples per request to an interpreter that returns model
 * internals, and batches let a view show progress and stop early.
 */

import type {ApiService, IndexedInput} from './lit_api';

/** The server's cap (`lit_ext.server.MAX_INTROSPECTION_EXAMPLES`). */
export const MAX_EXAMPLES_PER_REQUEST = 32;

export function batches<T>(items: T[], size: number): T[][] {
  if (!(size >= 1)) throw new Error(`batch size must be at least 1, got ${size}`);
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    out.push(items.slice(start, start + size));
  }
  return out;
}

export interface BatchOptions {
  batchSize?: number;
  /** Called after each batch with the number of examples done so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Called with each batch's inputs and results as they arrive (to keep them if stopped). */
  onBatch?: (inputs: IndexedInput[], results: unknown[]) => void;
  /** Stops before the next batch (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
  /** LIT's loading-bar message. */
  message?: string;
}

/** `interpreter`'s results for every input, in order, requested one batch after another. */
export async function interpretInBatches(api: ApiService, inputs: IndexedInput[], model: string,
                                         dataset: string, interpreter: string,
                                         config: Record<string, unknown>,
                                         options: BatchOptions = {}): Promise<unknown[]> {
  const size = Math.min(options.batchSize ?? MAX_EXAMPLES_PER_REQUEST, MAX_EXAMPLES_PER_REQUEST);
  const results: unknown[] = [];
  options.onProgress?.(0, inputs.length);
  for (const batch of batches(inputs, size)) {
    options.signal?.throwIfAborted();
    const answer = await api.getInterpretations(batch, model, dataset, interpreter, config,
                                                options.message, true);
    if (!Array.isArray(answer) || answer.length !== batch.length) {
      throw new Error(`'${interpreter}' returned ${Array.isArray(answer) ? answer.length : 'no'} ` +
                      `results for ${batch.length} examples.`);
    }
    results.push(...answer);
    options.onBatch?.(batch, answer);
    options.onProgress?.(results.length, inputs.length);
  }
  return results;
}

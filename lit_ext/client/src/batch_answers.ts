/**
 * Interpreters that answer once per request (not once per example), such as `head_statistics`
 * and `attention_search`, over many examples: one request per batch of at most
 * MAX_EXAMPLES_PER_REQUEST, the answers in batch order for the caller to merge.
 */

import {batches, BatchOptions, MAX_EXAMPLES_PER_REQUEST} from './batches';
import type {ApiService, IndexedInput} from './lit_api';

/** One answer per batch of `inputs`, requested one batch after another. */
export async function interpretPerBatch(api: ApiService, inputs: IndexedInput[], model: string,
                                        dataset: string, interpreter: string,
                                        config: Record<string, unknown>,
                                        options: Omit<BatchOptions, 'onBatch'> = {},
                                        ): Promise<unknown[]> {
  if (inputs.length === 0) throw new Error(`No examples to send to '${interpreter}'.`);
  const size = Math.min(options.batchSize ?? MAX_EXAMPLES_PER_REQUEST, MAX_EXAMPLES_PER_REQUEST);
  const answers: unknown[] = [];
  let done = 0;
  options.onProgress?.(0, inputs.length);
  for (const batch of batches(inputs, size)) {
    options.signal?.throwIfAborted();
    // LIT's client types every interpretation as a list; these interpreters return one object.
    const answer: unknown = await api.getInterpretations(batch, model, dataset, interpreter,
                                                         config, options.message, true);
    if (answer == null || typeof answer !== 'object' || Array.isArray(answer)) {
      throw new Error(`'${interpreter}' should answer one object per request, got ` +
                      `${Array.isArray(answer) ? 'a list' : String(answer)}.`);
    }
    answers.push(answer);
    done += batch.length;
    options.onProgress?.(done, inputs.length);
  }
  return answers;
}

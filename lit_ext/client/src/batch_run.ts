/**
 * A long batched request that a view shows and can stop: its progress and its abort signal.
 * Starting a run stops the one before it.
 */

import type {BatchOptions} from './batches';

type RunOptions = Required<Pick<BatchOptions, 'signal' | 'onProgress'>>;

export class BatchRun {
  /** [done, total] examples of the run in flight, once it has reported. */
  progress: [number, number] | null = null;
  private controller: AbortController | null = null;

  /** `onChange` is called whenever `running` or `progress` changes (e.g. to re-render). */
  constructor(private readonly onChange: () => void) {}

  get running(): boolean {
    return this.controller != null;
  }

  /** Runs `work` with this run's signal and progress callback (for `interpretInBatches`). */
  async track<T>(work: (options: RunOptions) => Promise<T>): Promise<T> {
    this.stop();
    const controller = new AbortController();
    this.controller = controller;
    this.onChange();
    const onProgress = (done: number, total: number) => {
      if (controller.signal.aborted) return;
      this.progress = [done, total];
      this.onChange();
    };
    try {
      return await work({signal: controller.signal, onProgress});
    } finally {
      if (this.controller === controller) {
        this.controller = null;
        this.progress = null;
        this.onChange();
      }
    }
  }

  /** Aborts the run in flight, if any: it sends no further batch. */
  stop() {
    if (this.controller == null) return;
    this.controller.abort();
    this.controller = null;
    this.progress = null;
    this.onChange();
  }
}

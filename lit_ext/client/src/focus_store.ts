/**
 * The one piece of state our modules share: which layer/head the user asked to look at.
 *
 * LIT's own services (beyond the ones a module instance holds) are not reachable from a plugin,
 * so the model view tells the head view through this tiny store: the model view calls
 * `focusHead()`, head views of the same model listen.
 */

export interface HeadFocus {
  model: string;
  layer: number;
  head: number;
}

export const FOCUS_EVENT = 'head-focus';

class FocusStore extends EventTarget {
  private current: HeadFocus | null = null;

  get focus(): HeadFocus | null {
    return this.current;
  }

  focusHead(focus: HeadFocus) {
    this.current = {...focus};
    this.dispatchEvent(new CustomEvent<HeadFocus>(FOCUS_EVENT, {detail: {...focus}}));
  }
}

export const focusStore = new FocusStore();

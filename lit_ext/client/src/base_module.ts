/**
 * What lit-ext's four modules share on top of LIT's `LitModule`: loading state with inline
 * spinner and errors, and the example to show. In comparison mode LIT renders one copy per
 * example (`duplicateForExampleComparison`) and labels them "Pinned" and "Selected" itself.
 */

import {css, html, nothing, PropertyDeclarations, TemplateResult, unsafeCSS} from 'lit';

import baseCss from './base_module.css';
import type {IndexedInput} from './lit_api';
import {errorMessage, litSharedStyles, LitModule} from './lit_base';

export const baseStyles = [litSharedStyles, css`${unsafeCSS(baseCss)}`];

export abstract class ExtModule extends LitModule {
  static override properties: PropertyDeclarations = {
    loading: {state: true},
    error: {state: true},
  };

  /** Whether a request for this module is in flight. */
  declare loading: boolean;
  /** The last request's error, shown inline. */
  declare error: string | null;

  private readonly requestSeq = new Map<string, number>();

  constructor() {
    super();
    this.loading = false;
    this.error = null;
  }

  /** The example this instance shows: the primary selection (or the pinned one). */
  protected get selectedInput(): IndexedInput | null {
    return this.selectionService.primarySelectedInputData;
  }

  /**
   * Awaits `promise` as the latest request for `key`: resolves to null when a newer request
   * superseded it, and to null with `error` set when it failed.
   */
  protected async request<T>(key: string, promise: Promise<T>): Promise<T | null> {
    const seq = (this.requestSeq.get(key) ?? 0) + 1;
    this.requestSeq.set(key, seq);
    this.loading = true;
    this.error = null;
    try {
      const result = await this.loadLatest(key, promise);
      if (this.requestSeq.get(key) === seq) this.loading = false;
      return result;
    } catch (err) {
      if (this.requestSeq.get(key) === seq) {
        this.loading = false;
        this.error = errorMessage(err);
        this.setIsLoading(false);
      }
      return null;
    }
  }

  /** Marks a failure found on this side (e.g. a payload that does not decode). */
  protected fail(err: unknown) {
    this.loading = false;
    this.error = errorMessage(err);
  }

  /** Spinner while loading, the error if the last request failed, else `content`. */
  protected renderStatus(emptyMessage: string | null): TemplateResult | typeof nothing {
    if (this.error) {
      return html`<div class="status error" role="alert">${this.error}</div>`;
    }
    if (this.loading) {
      return html`<div class="status" role="status"><div class="spinner"></div>Loading…</div>`;
    }
    if (emptyMessage) {
      return html`<div class="status hint">${emptyMessage}</div>`;
    }
    return nothing;
  }
}

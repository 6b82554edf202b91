/**
 * What lit-ext's modules share on top of LIT's `LitModule`, so that a module is mostly its
 * drawing: the element template LIT needs, reloading when the selection or the model changes,
 * requests with an inline spinner and error, the layout (toolbar, status, content) and the
 * `data-state` attribute that tests and tools wait on.
 *
 * A module says which examples it shows (`inputs`, default the primary selection), how it
 * loads them (`load()`), and how it draws (`renderControls()`, `renderData()`); then
 * `defineModule('my-module', MyModule)`. In comparison mode LIT renders one copy per example
 * (`duplicateForExampleComparison`) and labels them "Pinned" and "Selected" itself.
 */

import {css, CSSResultGroup, html, nothing, PropertyDeclarations, PropertyValues, TemplateResult, unsafeCSS} from 'lit';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';

import baseCss from './base_module.css';
import {ExportSource, renderExportMenu} from './export_menu';
import type {IndexedInput} from './lit_api';
import {errorMessage, litSharedStyles, LitModule} from './lit_base';

/** LIT's shared styles, ours, then the module's own stylesheet. */
export function moduleStyles(ownCss: string): CSSResultGroup {
  return [litSharedStyles, css`${unsafeCSS(baseCss)}`, css`${unsafeCSS(ownCss)}`];
}

/** The request key of a module's main data (`load()`); other requests name their own. */
const MAIN = 'main';
/** Where a failed export says why. */
const EXPORT = 'export';

export abstract class ExtModule<T> extends LitModule {
  static override duplicateForExampleComparison = true;
  static override duplicateForModelComparison = true;

  static override properties: PropertyDeclarations = {
    data: {state: true},
  };

  /** What `load()` last returned for the current inputs, or null. */
  declare data: T | null;

  /** Per request key: the sequence number of its latest request. */
  private readonly requestSeqs = new Map<string, number>();
  private readonly requestsInFlight = new Set<string>();
  private readonly requestErrors = new Map<string, string>();

  constructor() {
    super();
    this.data = null;
  }

  // ---- what a module provides -------------------------------------------------------------

  /** Fetches what the view shows for `inputs` (when `canLoad`); a rejection is shown inline. */
  protected abstract load(inputs: IndexedInput[]): Promise<T>;

  /** Draws loaded data below the status line. */
  protected abstract renderData(data: T): unknown;

  /** The hint shown while no example is selected. */
  protected abstract readonly emptyMessage: string;

  /** The examples this view shows; a change (or a model change) reloads it. */
  protected get inputs(): IndexedInput[] {
    const input = this.selectedInput;
    return input == null ? [] : [input];
  }

  /**
   * Whether `load()` has anything to do: by default, when there are inputs. A view that loads
   * on demand (not from the selection) says when it was asked.
   */
  protected get canLoad(): boolean {
    return this.inputs.length > 0;
  }

  /** Takes freshly loaded data; modules override it to adjust their controls to it. */
  protected accept(data: T) {
    this.data = data;
  }

  /** Called when the inputs or the model changed, before reloading (reset per-example state). */
  protected inputsChanged() {}

  protected renderControls(): unknown {
    return nothing;
  }

  /** What the toolbar's Export buttons save (`export_menu.ts`); null: no export. */
  protected exportSource(_data: T): ExportSource | null {
    return null;
  }

  /** A file name for an export: the view, the model, the example and the view's state. */
  protected exportName(view: string, ...state: Array<string | number>): string {
    const example = this.inputs.length === 1 ? [this.inputs[0].id.slice(0, 8)] :
                                               [`${this.inputs.length}_examples`];
    return [view, this.model, ...example, ...state].join('_');
  }

  /** What the spinner says while `load()` runs (e.g. its progress). */
  protected get loadingMessage(): string {
    return 'Loading…';
  }

  // ---- loading ----------------------------------------------------------------------------

  /** Whether the server offers interpreter `name` for this module's model. */
  protected hasInterpreter(name: string): boolean {
    return this.appState.currentModelInfos[this.model]?.interpreters?.includes(name) ?? false;
  }

  /** The example this instance shows: the primary selection (or the pinned one). */
  protected get selectedInput(): IndexedInput | null {
    return this.selectionService.primarySelectedInputData;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.reactImmediately(() => [this.inputs, this.model], () => {
      this.inputsChanged();
      this.reload();
    });
  }

  /** Loads the current inputs again (after a control changed what `load()` asks for). */
  protected async reload() {
    if (!this.canLoad) {
      this.cancel(MAIN);
      this.data = null;
      return;
    }
    const data = await this.request(MAIN, this.load(this.inputs));
    if (data != null) this.accept(data);
  }

  /**
   * Awaits `promise` as the latest request for `key`: resolves to null when a newer request
   * (or `cancel(key)`) superseded it, and to null with the key's error set when it failed.
   */
  protected async request<R>(key: string, promise: Promise<R>): Promise<R | null> {
    const seq = (this.requestSeqs.get(key) ?? 0) + 1;
    this.requestSeqs.set(key, seq);
    this.requestsInFlight.add(key);
    this.requestErrors.delete(key);
    this.requestUpdate();
    const isLatest = () => this.requestSeqs.get(key) === seq;
    try {
      const result = await this.loadLatest(key, promise);
      if (!isLatest()) return null;
      this.requestsInFlight.delete(key);
      this.requestUpdate();
      return result;
    } catch (err) {
      if (isLatest()) {
        this.requestsInFlight.delete(key);
        this.requestErrors.set(key, errorMessage(err));
        // LIT's loadLatest leaves its loading bar on when the promise rejects.
        this.setIsLoading(false);
        this.requestUpdate();
      }
      return null;
    }
  }

  /** Forgets the request in flight for `key` and its error. */
  protected cancel(key: string) {
    this.requestSeqs.set(key, (this.requestSeqs.get(key) ?? 0) + 1);
    this.requestsInFlight.delete(key);
    this.requestErrors.delete(key);
    this.requestUpdate();
  }

  protected isLoading(key = MAIN): boolean {
    return this.requestsInFlight.has(key);
  }

  protected errorOf(key = MAIN): string | null {
    return this.requestErrors.get(key) ?? null;
  }

  /** 'error', 'loading', 'ready' or 'empty', for `data-*` attributes. */
  protected stateOf(key: string, hasResult: boolean): string {
    return this.requestErrors.has(key) ? 'error' : this.requestsInFlight.has(key) ? 'loading' :
                                            hasResult ? 'ready' : 'empty';
  }

  // ---- rendering --------------------------------------------------------------------------

  /** Spinner while `key` loads, its error if the last request failed, else `hint`. */
  protected renderStatus(key: string, hint: string | null = null,
                         loadingText = 'Loading…'): TemplateResult | typeof nothing {
    const error = this.errorOf(key);
    if (error) {
      return html`<div class="status error" role="alert">${error}</div>`;
    }
    if (this.isLoading(key)) {
      return html`<div class="status" role="status"><div class="spinner"></div>${
          loadingText}</div>`;
    }
    return hint ? html`<div class="status hint">${hint}</div>` : nothing;
  }

  private renderExport() {
    const data = this.data;
    if (data == null || this.errorOf() != null || this.exportSource(data) == null) return nothing;
    const onError = (message: string) => {
      this.requestErrors.set(EXPORT, message);
      this.requestUpdate();
    };
    const source = () => {
      this.requestErrors.delete(EXPORT);
      this.requestUpdate();
      return this.data == null ? null : this.exportSource(this.data);
    };
    return html`
      <div class="export-bar">${renderExportMenu(source, onError)}${
          this.renderStatus(EXPORT)}</div>`;
  }

  protected override renderImpl() {
    const empty = this.data == null && !this.canLoad ? this.emptyMessage : null;
    return html`
      <div class="module-container">
        ${this.renderExport()}
        ${this.renderControls()}
        <div class="body">
          ${this.renderStatus(MAIN, empty, this.loadingMessage)}
          ${this.data != null && !this.errorOf() ? this.renderData(this.data) : nothing}
        </div>
      </div>`;
  }

  override updated(changed: PropertyValues) {
    super.updated(changed);
    this.dataset['state'] = this.stateOf(MAIN, this.data != null);
  }
}

/**
 * Defines module element `tag` and the template LIT creates it with (LIT renders nothing for
 * a module without one).
 */
export function defineModule(tag: string, module: typeof ExtModule<unknown>) {
  const element = unsafeStatic(tag);
  module.template = (model: string, selectionServiceIndex: number, shouldReact: number) =>
      staticHtml`<${element} model=${model} .shouldReact=${shouldReact}
          selectionServiceIndex=${selectionServiceIndex}></${element}>`;
  customElements.define(tag, module as unknown as CustomElementConstructor);
}

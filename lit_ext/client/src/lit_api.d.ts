/**
 * The parts of LIT's prebuilt client (lit-nlp 1.3.1) that our modules use.
 *
 * LIT ships no type declarations; these were written from its behaviour and signatures. Only
 * what a module instance can reach is here: its services `apiService`, `appState` and
 * `selectionService`, and the base class's helpers.
 */

import type {LitElement, TemplateResult} from 'lit';

/** One example as LIT's client holds it. Edited/added examples carry `meta.added`. */
export interface IndexedInput {
  id: string;
  data: Record<string, unknown>;
  meta: {added?: boolean; parentId?: string; source?: string; [key: string]: unknown};
}

/** A field type in a model or dataset spec (an instance of a LitType subclass). */
export interface LitTypeInstance {
  /** The class name, e.g. "AttentionHeads", "Tokens". */
  readonly name: string;
  align_in?: string;
  align_out?: string;
  parent?: string;
  [key: string]: unknown;
}

export type Spec = Record<string, LitTypeInstance>;

export interface ModelInfo {
  datasets: string[];
  generators: string[];
  /** Names of the server's interpreters compatible with this model. */
  interpreters: string[];
  metrics: string[];
  spec: {input: Spec; output: Spec};
  description?: string;
}

export type ModelInfoMap = Record<string, ModelInfo>;

export interface ApiService {
  /** Runs (or reads cached) predictions; `requestedFields` limits the returned fields. */
  getPreds(inputs: IndexedInput[], model: string, datasetName: string,
           requestedTypes: Array<{name: string}>, requestedFields?: string[],
           loadMessage?: string): Promise<Array<Record<string, unknown>>>;
  /** Runs interpreter `interpreterName` on `inputs`; one result per input. */
  getInterpretations(inputs: IndexedInput[], modelName: string, datasetName: string,
                     interpreterName: string, config?: Record<string, unknown>,
                     loadMessage?: string, skipPredict?: boolean): Promise<unknown[]>;
}

/** What the server says about one interpreter (`/get_info`). */
export interface InterpreterInfo {
  configSpec: Spec;
  metaSpec: Spec;
  description?: string;
}

export interface AppState {
  readonly currentDataset: string;
  /** The current dataset's examples, including those the user added. */
  readonly currentInputData: IndexedInput[];
  readonly currentInputDataById: Map<string, IndexedInput>;
  readonly currentDatasetSpec: Spec;
  readonly metadata: {interpreters: Record<string, InterpreterInfo>};
  readonly currentModels: string[];
  readonly currentModelInfos: ModelInfoMap;
  compareExamplesEnabled: boolean;
  getModelSpec(modelName: string): {input: Spec; output: Spec};
  /**
   * Gives new examples (`meta.added` set) their ids and the dataset's annotations
   * (`/annotate_new_data`); they are not in the dataset until committed.
   */
  annotateNewData(inputs: IndexedInput[]): Promise<IndexedInput[]>;
  /** Adds annotated examples to the current dataset (ids it already holds are ignored). */
  commitNewDatapoints(inputs: IndexedInput[]): void;
}

export interface SelectionService {
  readonly primarySelectedId: string | null;
  readonly primarySelectedInputData: IndexedInput | null;
  readonly selectedInputData: IndexedInput[];
  /** Selected ids, in dataset order. */
  readonly selectedIds: string[];
  /** Replaces the selection; the first id becomes primary unless the primary stays selected. */
  selectIds(ids: string[], user?: object): void;
  /** Makes `id` (selected, else then selected alone) the primary selection. */
  setPrimarySelection(id: string | null): void;
}

export interface ReactionOptions {
  delay?: number;
  fireImmediately?: boolean;
}

/**
 * LIT's module base class (`LitModule`, a MobX-aware LitElement). Found at run time: see
 * lit_base.ts.
 */
export declare abstract class LitModule extends LitElement {
  static title: string;
  static infoMarkdown: string;
  /** Width in LIT's 12-column layout. */
  static numCols: number;
  static collapseByDefault: boolean;
  /** Render one copy for the pinned and one for the primary example when comparing. */
  static duplicateForExampleComparison: boolean;
  /** Render one copy per selected model. */
  static duplicateForModelComparison: boolean;
  static duplicateAsRow: boolean;
  /** Creates the module's element; without it LIT renders nothing. */
  static template: (model: string, selectionServiceIndex: number,
                    shouldReact: number) => TemplateResult;
  static shouldDisplayModule(modelSpecs: ModelInfoMap, datasetSpec: Spec): boolean;

  model: string;
  selectionServiceIndex: number;
  /** 0 while the module is hidden (e.g. in another tab): reactions wait until it shows. */
  shouldReact: number;
  /** Tells the surrounding widget to show (or stop showing) its loading bar. */
  setIsLoading: (isLoading: boolean) => void;

  protected readonly apiService: ApiService;
  protected readonly appState: AppState;
  protected get selectionService(): SelectionService;

  protected renderImpl(): unknown;
  /** Resolves to the promise's value, or null when a newer call with `key` superseded it. */
  loadLatest<T>(key: string, promise: Promise<T>): Promise<T | null>;
  protected react<T>(fn: () => T, effect: (value: T) => void, opts?: ReactionOptions): void;
  protected reactImmediately<T>(fn: () => T, effect: (value: T) => void,
                                opts?: ReactionOptions): void;
}

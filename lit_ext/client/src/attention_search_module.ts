/**
 * Attention search: the examples of the whole dataset where one head sends at least a threshold
 * of attention from a token matching one pattern to a token matching another
 * (`attention_search`, a batch of examples per request, with progress), strongest first; one
 * click makes them LIT's selection, so that the other views show them.
 */

import {html, nothing, PropertyDeclarations, PropertyValues} from 'lit';

import {ATTENTION_SEARCH_INTERPRETER, mergeSearchAnswers, parseSearchAnswer, SearchAnswer, SearchConfig} from './attention_search';
import styles from './attention_search_module.css';
import {defineModule, ExtModule, moduleStyles} from './base_module';
import {interpretPerBatch} from './batch_answers';
import {BatchRun} from './batch_run';
import {focusStore} from './focus_store';
import {someModelHasInterpreter} from './lit_base';
import type {IndexedInput, ModelInfoMap} from './lit_api';

const SEARCH = 'search';

/** A search's answer over the dataset, with the config it ran with. */
interface SearchResult extends SearchAnswer {
  config: SearchConfig;
}

export class AttentionSearchModule extends ExtModule<SearchResult> {
  static override title = 'Attention Search';
  static override infoMarkdown =
      'Finds the examples where layer L, head H sends at least the threshold of attention from ' +
      'a token matching "From" to a token matching "To", over the whole dataset, strongest ' +
      'first. A pattern is a word (the token\'s text, without ## or Ġ), /regex/ (searched in ' +
      'the token\'s text), or * for any token but [CLS], [SEP] and the like (which only a word ' +
      'spelling them matches). Patterns match one token: a word split into pieces is found by ' +
      'a piece. "Select" makes the matches LIT\'s selection, the strongest primary.';
  static override numCols = 6;
  static override duplicateForExampleComparison = false;

  static override shouldDisplayModule(modelSpecs: ModelInfoMap) {
    return someModelHasInterpreter(modelSpecs, ATTENTION_SEARCH_INTERPRETER);
  }

  static override styles = moduleStyles(styles);

  static override properties: PropertyDeclarations = {
    layer: {state: true},
    head: {state: true},
    fromToken: {state: true},
    toToken: {state: true},
    threshold: {state: true},
    caseSensitive: {state: true},
  };

  declare layer: number;
  declare head: number;
  declare fromToken: string;
  declare toToken: string;
  declare threshold: number;
  declare caseSensitive: boolean;

  private readonly run = new BatchRun(() => this.requestUpdate());
  protected readonly emptyMessage =
      'Choose a head and the patterns, then search the dataset for that attention.';

  constructor() {
    super();
    this.layer = 0;
    this.head = 0;
    this.fromToken = '*';
    this.toToken = '*';
    this.threshold = 0.5;
    this.caseSensitive = false;
  }

  /** A search runs over the whole dataset when asked, never on a selection change. */
  protected override get inputs(): IndexedInput[] {
    return [];
  }

  protected async load(): Promise<SearchResult> {
    throw new Error('Attention search runs from its Search button.');
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.stop();
  }

  protected override inputsChanged() {
    // Called on a change of model: the search in flight is for the previous one.
    this.stop();
  }

  private async search() {
    const config: SearchConfig = {
      layer: this.layer, head: this.head, from_token: this.fromToken, to_token: this.toToken,
      threshold: this.threshold, case_sensitive: this.caseSensitive,
    };
    const request = this.run.track(options => interpretPerBatch(
        this.apiService, this.appState.currentInputData, this.model,
        this.appState.currentDataset, ATTENTION_SEARCH_INTERPRETER, {...config},
        {...options, message: 'Searching attention'}));
    const result = await this.request(SEARCH, request.then(
        answers => ({config, ...mergeSearchAnswers(answers.map(parseSearchAnswer))})));
    if (result != null) this.data = result;
  }

  private stop() {
    this.run.stop();
    this.cancel(SEARCH);
  }

  /**
   * The matches become LIT's selection, the strongest the primary one, and the head view turns
   * to the searched head: it shows the strongest match's pattern.
   */
  private selectMatches(ids: string[], {layer, head}: SearchConfig) {
    this.selectionService.selectIds(ids);
    this.selectionService.setPrimarySelection(ids[0] ?? null);
    focusStore.focusHead({model: this.model, layer, head});
  }

  /** The example's text fields, as the data table shows them. */
  private textOf(id: string): string {
    const input = this.appState.currentInputData.find(example => example.id === id);
    if (input == null) return `(example ${id} is no longer in the dataset)`;
    const fields = Object.entries(this.appState.currentDatasetSpec)
                       .filter(([, spec]) => spec.name === 'TextSegment').map(([name]) => name);
    return fields.map(name => String(input.data[name] ?? '')).join(' | ');
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override renderControls() {
    const text = (e: Event) => (e.target as HTMLInputElement).value;
    const number = (e: Event) => Number((e.target as HTMLInputElement).value);
    const progress = this.run.progress;
    const all = this.appState.currentInputData.length;
    return html`
      <div class="toolbar">
        <label>Layer <input type="number" class="layer" min="0" .value=${String(this.layer)}
            @change=${(e: Event) => (this.layer = number(e))}></label>
        <label>Head <input type="number" class="head" min="0" .value=${String(this.head)}
            @change=${(e: Event) => (this.head = number(e))}></label>
        <label title="A word, /regex/ or * (any token)">From
          <input type="text" class="from-token pattern" .value=${this.fromToken}
              @change=${(e: Event) => (this.fromToken = text(e))}></label>
        <label title="A word, /regex/ or * (any token)">To
          <input type="text" class="to-token pattern" .value=${this.toToken}
              @change=${(e: Event) => (this.toToken = text(e))}></label>
        <label>At least <input type="number" class="threshold" min="0" max="1" step="0.05"
            .value=${String(this.threshold)}
            @change=${(e: Event) => (this.threshold = number(e))}></label>
        <label><input type="checkbox" class="case-sensitive" .checked=${this.caseSensitive}
            @change=${(e: Event) => (this.caseSensitive = (e.target as HTMLInputElement)
                                                            .checked)}>Case-sensitive</label>
        <button class="hairline-button search" ?disabled=${this.run.running}
            @click=${() => this.search()}>Search all ${all} examples</button>
        ${progress ? html`
          <progress max=${progress[1]} value=${progress[0]}></progress>
          <span class="hint">${progress[0]} / ${progress[1]}</span>
          <button class="hairline-button stop" @click=${() => this.stop()}>Stop</button>` :
          nothing}
      </div>
      ${this.renderStatus(SEARCH, null, 'Searching…')}`;
  }

  protected renderData(result: SearchResult) {
    const {config, matches} = result;
    const ids = matches.map(match => match.id);
    return html`
      <div class="summary">
        <span class="hint">${matches.length} of ${result.numExamples} examples: layer ${
            config.layer}, head ${config.head} sends ≥ ${config.threshold} from
          <code>${config.from_token}</code> to <code>${config.to_token}</code>.</span>
        ${matches.length ? html`<button class="hairline-button select-matches"
            @click=${() => this.selectMatches(ids, config)}>Select these ${matches.length} in LIT</button>` :
                           nothing}
      </div>
      ${matches.length ? html`
        <table class="matches">
          <thead><tr><th class="num">Weight</th><th>From → to</th><th>Example</th></tr></thead>
          <tbody>
            ${matches.map(match => html`
              <tr data-id=${match.id} title="Click to select this example"
                  @click=${() => this.selectMatches([match.id], config)}>
                <td class="num weight">${match.weight.toFixed(3)}</td>
                <td class="pair"><span class="token">${match.queryToken}</span> → <span
                    class="token">${match.keyToken}</span></td>
                <td class="text">${this.textOf(match.id)}</td>
              </tr>`)}
          </tbody>
        </table>` : nothing}`;
  }

  override updated(changed: PropertyValues) {
    super.updated(changed);
    Object.assign(this.dataset, {
      search: this.stateOf(SEARCH, this.data != null),
      matches: String(this.data?.matches.length ?? ''),
    });
  }
}

defineModule('attention-search-module', AttentionSearchModule);

declare global {
  interface HTMLElementTagNameMap {
    'attention-search-module': AttentionSearchModule;
  }
}

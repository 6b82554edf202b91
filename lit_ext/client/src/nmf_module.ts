/**
 * NMF factors (Ecco's method): the FFN neurons of a layer range factorised into k groups that
 * fire together. Shows the sentence tinted by each token's dominant factor (or by one picked
 * factor), a factor × token heatmap, and per factor its top neurons and how it spreads over
 * the layers — which Ecco never shows.
 */

import {html, nothing, PropertyDeclarations, PropertyValues} from 'lit';

import {defineModule, ExtModule, moduleStyles} from './base_module';
import {categoricalColor, rgba} from './colors';
import {someModelHasInterpreter} from './lit_base';
import type {IndexedInput, ModelInfoMap} from './lit_api';
import {modelShape, ModelShape} from './model_shape';
import styles from './nmf_module.css';
import type {ExportSource} from './export_menu';
import {NMF_INTERPRETER, NmfPayload, parseNmf, SPECIAL_TOKENS_HINT, tokenTitle} from './payloads';
import {nmfDocument, nmfFigure, nmfJson} from './view_exports';

const K_CHOICES = Array.from({length: 16}, (_, i) => i + 1);

/** Per factor, its largest activation (for normalising tints). */
function factorMaxima(nmf: NmfPayload): number[] {
  const n = nmf.tokens.length;
  return Array.from({length: nmf.k}, (_, f) => {
    let max = 0;
    for (let t = 0; t < n; t++) max = Math.max(max, nmf.factors[f * n + t]);
    return max;
  });
}

export class NmfModule extends ExtModule<NmfPayload> {
  static override title = 'NMF: Neuron Factors';
  static override infoMarkdown =
      'Non-negative matrix factorisation of the FFN neuron activations (Ecco\'s method): ' +
      'k factors of neurons that fire together, how strongly each token activates them, and ' +
      'which neurons and layers make up each factor.';
  static override numCols = 12;

  static override shouldDisplayModule(modelSpecs: ModelInfoMap) {
    return someModelHasInterpreter(modelSpecs, NMF_INTERPRETER);
  }

  static override styles = moduleStyles(styles);

  static override properties: PropertyDeclarations = {
    shape: {state: true},
    k: {state: true},
    fromLayer: {state: true},
    toLayer: {state: true},
    excludeSpecial: {state: true},
    factor: {state: true},
  };

  declare shape: ModelShape | null;
  declare k: number;
  declare fromLayer: number;
  /** Last layer included (the interpreter's `to_layer` is this + 1). */
  declare toLayer: number;
  declare excludeSpecial: boolean;
  /** The factor picked to tint by alone, or null for each token's dominant factor. */
  declare factor: number | null;

  protected readonly emptyMessage = 'Select an example to factorise its neurons.';

  constructor() {
    super();
    this.shape = null;
    this.k = 8;
    this.fromLayer = 0;
    this.toLayer = -1;
    this.excludeSpecial = true;
    this.factor = null;
  }

  protected async load([input]: IndexedInput[]) {
    const api = this.apiService;
    const dataset = this.appState.currentDataset;
    const model = this.model;
    const shape = await modelShape(api, dataset, model, this.appState.currentModelInfos[model],
                                   input);
    // The layer pickers need only the shape: fill them now, so that they still work when
    // the factorisation below fails (the user may pick a smaller layer range).
    if (this.model === model) this.shape = shape;
    const last = shape.layers[shape.layers.length - 1];
    const to = this.toLayer < 0 || this.toLayer > last ? last : this.toLayer;
    const from = Math.min(this.fromLayer, to);
    const config = {
      n_components: this.k, from_layer: from, to_layer: to + 1,
      exclude_special_tokens: this.excludeSpecial,
    };
    const [raw] = await api.getInterpretations([input], model, dataset, NMF_INTERPRETER, config,
                                               'Factorising neuron activations', true);
    return parseNmf(raw);
  }

  protected override accept(nmf: NmfPayload) {
    this.fromLayer = nmf.layers[0];
    this.toLayer = nmf.layers[nmf.layers.length - 1];
    this.data = nmf;
    if (this.factor != null && this.factor >= nmf.k) this.factor = null;
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override renderControls() {
    const layers = this.shape?.layers ?? [];
    // toLayer < 0 stands for the model's last layer until the first fit says which it is.
    const last = layers.length ? layers[layers.length - 1] : -1;
    const to = this.toLayer < 0 || this.toLayer > last ? last : this.toLayer;
    const number = (e: Event) => Number((e.target as HTMLSelectElement).value);
    // Every control change fits again (a few hundred ms at most on a CPU).
    const refit = (change: () => void) => {
      change();
      this.reload();
    };
    return html`
      <div class="toolbar">
        <label title="Number of factors (NMF components)">Factors
          <select class="dropdown k-select"
              @change=${(e: Event) => refit(() => (this.k = number(e)))}>
            ${K_CHOICES.map(k => html`<option value=${k} ?selected=${k === this.k}>${k}</option>`)}
          </select>
        </label>
        <label>Layers
          <select class="dropdown from-select" ?disabled=${!layers.length}
              @change=${(e: Event) => refit(() => {
                this.fromLayer = number(e);
                this.toLayer = Math.max(to, this.fromLayer);
              })}>
            ${layers.map(l => html`<option value=${l} ?selected=${l === this.fromLayer}>${l}</option>`)}
          </select>
          to
          <select class="dropdown to-select" ?disabled=${!layers.length}
              @change=${(e: Event) => refit(() => {
                this.toLayer = number(e);
                this.fromLayer = Math.min(this.fromLayer, this.toLayer);
              })}>
            ${layers.map(l => html`<option value=${l} ?selected=${l === to}>${l}</option>`)}
          </select>
        </label>
        <label title=${SPECIAL_TOKENS_HINT}><input type="checkbox" class="special-toggle"
            .checked=${this.excludeSpecial}
            @change=${(e: Event) => refit(() => {
              this.excludeSpecial = (e.target as HTMLInputElement).checked;
            })}>Leave out special tokens</label>
        ${this.data ? html`<span class="hint">Reconstruction error ${
            (this.data.reconstructionError * 100).toFixed(1)}%</span>` : nothing}
      </div>`;
  }

  private renderFactorPicker(nmf: NmfPayload) {
    const pick = (f: number | null) => () => {
      this.factor = this.factor === f ? null : f;
    };
    return html`
      <div class="factor-picker" role="group" aria-label="Factors">
        <button class="factor-chip all ${this.factor == null ? 'on' : ''}" @click=${pick(null)}
            title="Tint each token by its dominant factor">Dominant</button>
        ${Array.from({length: nmf.k}, (_, f) => html`
          <button class="factor-chip ${this.factor === f ? 'on' : ''}" data-factor=${f}
              style="--factor-color: ${categoricalColor(f)}" @click=${pick(f)}
              title="Tint tokens by factor ${f} alone">F${f}</button>`)}
      </div>`;
  }

  private renderSentence(nmf: NmfPayload, maxima: number[]) {
    const n = nmf.tokens.length;
    return html`
      <div class="sentence">
        ${nmf.displayTokens.map((token, t) => {
          if (!nmf.tokenMask[t]) {
            return html`<span class="token excluded" title="${tokenTitle(nmf, t)}: not factorised">${
                token}</span>`;
          }
          let f = this.factor;
          if (f == null) {
            f = 0;
            for (let g = 1; g < nmf.k; g++) {
              if (nmf.factors[g * n + t] > nmf.factors[f * n + t]) f = g;
            }
          }
          const value = nmf.factors[f * n + t];
          const alpha = maxima[f] > 0 ? Math.max(0.08, value / maxima[f]) : 0;
          return html`<span class="token" data-factor=${f}
              style="background: ${rgba(categoricalColor(f), alpha * 0.85)}"
              title="${tokenTitle(nmf, t)}: factor ${f} ${value.toFixed(4)}">${token}</span>`;
        })}
      </div>`;
  }

  private renderHeatmap(nmf: NmfPayload, maxima: number[]) {
    const n = nmf.tokens.length;
    const factors = Array.from({length: nmf.k}, (_, f) => f);
    return html`
      <div class="heatmap" style="--tokens: ${n}">
        <div></div>
        ${nmf.displayTokens.map((token, t) => html`
          <div class="col-label ${nmf.tokenMask[t] ? '' : 'excluded'}"
              title=${tokenTitle(nmf, t)}>${token}</div>`)}
        ${factors.map(f => html`
          <div class="row-label ${this.factor === f ? 'on' : ''}"
              @click=${() => (this.factor = this.factor === f ? null : f)}>F${f}</div>
          ${nmf.tokens.map((_, t) => {
            const value = nmf.factors[f * n + t];
            const alpha = maxima[f] > 0 ? value / maxima[f] : 0;
            return html`<div class="cell" title="factor ${f}, ${tokenTitle(nmf, t)}: ${
                value.toFixed(4)}"
                style="background: ${rgba(categoricalColor(f), alpha)}"></div>`;
          })}`)}
      </div>`;
  }

  private renderFactorCards(nmf: NmfPayload) {
    return html`
      <div class="cards">
        ${nmf.topNeurons.map((neurons, f) => {
          const share = nmf.layerShare[f];
          const maxShare = Math.max(...share, 1e-9);
          return html`
            <div class="card ${this.factor === f ? 'on' : ''}" data-factor=${f}
                style="--factor-color: ${categoricalColor(f)}">
              <div class="card-title"><span class="swatch"></span>Factor ${f}</div>
              <div class="card-section">Layer share</div>
              <div class="shares">
                ${nmf.layers.map((layer, i) => html`
                  <div class="share" title="layer ${layer}: ${(share[i] * 100).toFixed(1)}%">
                    <div class="share-bar" style="height: ${(24 * share[i]) / maxShare}px"></div>
                    <div class="share-label">${layer}</div>
                  </div>`)}
              </div>
              <div class="card-section">Top neurons (layer·unit, loading)</div>
              <ol class="neurons mono">
                ${neurons.map(n => html`
                  <li>L${n.layer}·${n.index}<span class="loading">${n.loading.toFixed(3)}</span></li>`)}
              </ol>
            </div>`;
        })}
      </div>`;
  }

  protected renderData(nmf: NmfPayload) {
    const maxima = factorMaxima(nmf);
    return html`
      ${this.renderFactorPicker(nmf)}
      ${this.renderSentence(nmf, maxima)}
      ${this.renderHeatmap(nmf, maxima)}
      ${this.renderFactorCards(nmf)}`;
  }

  protected override exportSource(nmf: NmfPayload): ExportSource {
    const layers = `layers${nmf.layers[0]}-${nmf.layers[nmf.layers.length - 1]}`;
    const factor = this.factor;
    return {
      view: 'nmf', name: this.exportName('nmf', `k${nmf.k}`, layers),
      title: `NMF, ${nmf.k} factors: ${nmf.displayTokens.join(' ')}`,
      figure: () => nmfFigure(nmf, factor),
      data: () => ({model: this.model, example: this.inputs[0]?.id,
                    exclude_special_tokens: this.excludeSpecial, ...nmfJson(nmf, factor)}),
      standalone: () => nmfDocument(nmf),
    };
  }

  override updated(changed: PropertyValues) {
    super.updated(changed);
    const nmf = this.data;
    if (nmf == null) return;
    Object.assign(this.dataset, {
      k: String(nmf.k), tokens: String(nmf.tokens.length),
      layers: `${nmf.layers[0]}-${nmf.layers[nmf.layers.length - 1]}`,
      factor: this.factor == null ? '' : String(this.factor),
    });
  }
}

defineModule('nmf-module', NmfModule);

declare global {
  interface HTMLElementTagNameMap {
    'nmf-module': NmfModule;
  }
}

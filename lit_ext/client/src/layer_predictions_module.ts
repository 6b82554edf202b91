/**
 * Layer predictions: when does the label appear? The model's own classification head read off
 * every layer's hidden state (`layer_predictions`), as a small chart per selected example
 * (probability of each class from the embeddings up to the last layer, whose row is the
 * model's prediction), and over the dataset the accuracy of each layer's argmax against the
 * gold labels.
 */

import {html, nothing, PropertyDeclarations, PropertyValues, svg} from 'lit';

import {LAYER_PREDICTIONS_INTERPRETER, LayerPredictionsPayload, parseLayerPredictions} from './analysis_payloads';
import {defineModule, ExtModule, moduleStyles} from './base_module';
import {BatchRun} from './batch_run';
import {interpretInBatches} from './batches';
import {barWidth, PlotArea, plotArea, xOf, yOf} from './chart_geometry';
import {categoricalColor} from './colors';
import {accuracyByLayer, LayerAccuracy} from './layer_accuracy';
import styles from './layer_predictions_module.css';
import {someModelHasInterpreter} from './lit_base';
import type {IndexedInput, ModelInfoMap} from './lit_api';
import type {ExportSource} from './export_menu';
import {argmax} from './numbers';
import {layerPredictionsFigure} from './view_exports';

/** At most this many per-example charts; the rest of a large selection is counted. */
const MAX_CHARTS = 8;
const DATASET = 'dataset';

interface ExampleLayers {
  input: IndexedInput;
  layers: LayerPredictionsPayload;
}

/** A layer's label on the x axis: "emb" for the embeddings, else its number. */
function axisLabel(layer: string): string {
  return layer === 'embeddings' ? 'emb' : layer;
}

/** The y axis: gridlines and labels at 0, 0.5 and 1. */
function yAxis(area: PlotArea) {
  return [0, 0.5, 1].map(v => svg`
    <line class="grid" x1=${area.left} x2=${area.right} y1=${yOf(area, v)} y2=${yOf(area, v)}></line>
    <text class="tick" x=${area.left - 4} y=${yOf(area, v) + 3} text-anchor="end">${v}</text>`);
}

function xAxis(area: PlotArea, layers: string[]) {
  return layers.map((layer, i) => svg`
    <text class="tick" x=${xOf(area, i, layers.length)} y=${area.bottom + 12}
        text-anchor="middle">${axisLabel(layer)}</text>`);
}

/** The plot area as "left,right,top,bottom", so that tools can read values off the drawing. */
function areaAttribute(area: PlotArea): string {
  return [area.left, area.right, area.top, area.bottom].join(',');
}

export class LayerPredictionsModule extends ExtModule<ExampleLayers[]> {
  static override title = 'Layer Predictions';
  static override infoMarkdown =
      'When does the label appear? The model\'s own classification head applied to each ' +
      'layer\'s hidden state at the pooling position ([CLS], <s>), from the embeddings up; the ' +
      'last layer\'s row is the model\'s prediction. Per selected example: the probability of ' +
      'each class by layer. Over the dataset: the accuracy of each layer\'s predicted class ' +
      'against the gold labels.';
  static override numCols = 6;
  static override duplicateForExampleComparison = false;

  static override shouldDisplayModule(modelSpecs: ModelInfoMap) {
    return someModelHasInterpreter(modelSpecs, LAYER_PREDICTIONS_INTERPRETER);
  }

  static override styles = moduleStyles(styles);

  static override properties: PropertyDeclarations = {
    accuracy: {state: true},
  };

  declare accuracy: LayerAccuracy | null;

  /** Scoring the dataset. */
  private readonly run = new BatchRun(() => this.requestUpdate());
  protected readonly emptyMessage = 'Select examples to see their prediction layer by layer.';

  constructor() {
    super();
    this.accuracy = null;
  }

  protected override get inputs(): IndexedInput[] {
    return this.selectionService.selectedInputData;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Accuracy over another model or dataset would be stale.
    this.react(() => [this.model, this.appState.currentDataset], () => this.stopScoring());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.run.stop();
  }

  protected async load(inputs: IndexedInput[]) {
    const shown = inputs.slice(0, MAX_CHARTS);
    const results = await interpretInBatches(
        this.apiService, shown, this.model, this.appState.currentDataset,
        LAYER_PREDICTIONS_INTERPRETER, {}, {message: 'Predicting layer by layer'});
    return results.map((raw, i) => ({input: shown[i], layers: parseLayerPredictions(raw)}));
  }

  /** The dataset field holding the gold label of the model's classification output. */
  private goldField(): string | null {
    const output = this.appState.currentModelInfos[this.model]?.spec?.output ?? {};
    const preds = Object.values(output).find(spec => spec?.name === 'MulticlassPreds');
    return preds?.parent ?? null;
  }

  private async scoreDataset() {
    const examples = this.appState.currentInputData;
    const field = this.goldField();
    this.accuracy = null;
    const request = this.run.track(options => interpretInBatches(
        this.apiService, examples, this.model, this.appState.currentDataset,
        LAYER_PREDICTIONS_INTERPRETER, {},
        {...options, message: 'Predicting layer by layer over the dataset'}));
    const accuracy = await this.request(DATASET, request.then(results => accuracyByLayer(
        results.map(parseLayerPredictions),
        examples.map(e => (field == null ? null : e.data[field] as string | null)))));
    if (accuracy != null) this.accuracy = accuracy;
  }

  private stopScoring() {
    this.run.stop();
    this.accuracy = null;
    this.cancel(DATASET);
  }

  // ---- rendering --------------------------------------------------------------------------

  protected override renderControls() {
    const count = this.appState.currentInputData.length;
    const running = this.run.running;
    const [done, total] = this.run.progress ?? [0, count];
    return html`
      <div class="toolbar">
        <button class="hairline-button score-dataset" ?disabled=${running || count === 0}
            @click=${() => this.scoreDataset()}>
          Accuracy by layer over the dataset (${count} examples)</button>
        ${running ? html`
          <progress class="dataset-progress" max=${total} value=${done}></progress>
          <span class="hint">${done} / ${total}</span>
          <button class="hairline-button stop" @click=${() => this.stopScoring()}>Stop</button>` :
          nothing}
      </div>
      ${this.renderAccuracy()}`;
  }

  private renderAccuracy() {
    const status = this.renderStatus(DATASET);
    const accuracy = this.accuracy;
    if (accuracy == null) return status === nothing ? nothing : html`<div class="panel">${status}</div>`;
    const area = plotArea(Math.max(240, 36 * accuracy.layers.length), 120);
    const n = accuracy.layers.length;
    const width = barWidth(area, n);
    const skipped = accuracy.skipped ?
        `; ${accuracy.skipped} without a gold label the model predicts were left out` : '';
    return html`
      <div class="panel accuracy">
        <div class="hint">Accuracy of each layer's predicted class over ${accuracy.scored}
          examples${skipped}. Dashed: the most frequent label's share (chance level).</div>
        <svg class="accuracy-chart" width=${area.width} height=${area.height}
            data-area=${areaAttribute(area)}>
          ${yAxis(area)}
          ${accuracy.accuracy.map((value, i) => svg`
            <rect class="bar" x=${xOf(area, i, n) - width / 2} y=${yOf(area, value)}
                width=${width} height=${area.bottom - yOf(area, value)}
                data-layer=${accuracy.layers[i]}>
              <title>${axisLabel(accuracy.layers[i])}: ${accuracy.correct[i]} / ${
                  accuracy.scored} = ${value.toFixed(3)}</title>
            </rect>
            <text class="value" x=${xOf(area, i, n)} y=${yOf(area, value) - 3}
                text-anchor="middle">${value.toFixed(2)}</text>`)}
          <line class="majority" x1=${area.left} x2=${area.right} y1=${yOf(area, accuracy.majority)}
              y2=${yOf(area, accuracy.majority)}>
            <title>Always predicting the most frequent label: ${accuracy.majority.toFixed(3)}</title>
          </line>
          ${xAxis(area, accuracy.layers)}
        </svg>
      </div>`;
  }

  protected renderData(examples: ExampleLayers[]) {
    const more = this.inputs.length - examples.length;
    const labels = examples[0]?.layers.labels ?? [];
    return html`
      <div class="legend">
        ${labels.map((label, c) => html`
          <span class="legend-item"><span class="swatch"
              style="background: ${categoricalColor(c)}"></span>${label}</span>`)}
      </div>
      <div class="charts">
        ${examples.map(example => this.renderExample(example))}
      </div>
      ${more > 0 ? html`<div class="hint">${more} more selected examples are not shown.</div>` :
                   nothing}`;
  }

  private renderExample({input, layers}: ExampleLayers) {
    const area = plotArea(Math.max(200, 26 * layers.layers.length), 110);
    const n = layers.layers.length;
    const text = Object.values(input.data).find(v => typeof v === 'string') as string | undefined;
    const predicted = layers.labels[argmax(layers.probas[n - 1])];
    return html`
      <figure class="example" data-id=${input.id}>
        <figcaption title=${text ?? input.id}>${text ?? input.id}</figcaption>
        <svg class="layer-chart" width=${area.width} height=${area.height}
            data-area=${areaAttribute(area)}>
          ${yAxis(area)}
          ${layers.labels.map((label, c) => {
            const points = layers.probas.map((row, i) => [xOf(area, i, n), yOf(area, row[c])]);
            return svg`
              <polyline class="line" stroke=${categoricalColor(c)}
                  points=${points.map(p => p.join(',')).join(' ')}></polyline>
              ${points.map(([x, y], i) => svg`
                <circle class="point" cx=${x} cy=${y} r="3" fill=${categoricalColor(c)}
                    data-class=${label} data-layer=${layers.layers[i]}>
                  <title>${label} at ${axisLabel(layers.layers[i])}: ${
                      layers.probas[i][c].toFixed(3)}</title>
                </circle>`)}`;
          })}
          ${xAxis(area, layers.layers)}
        </svg>
        <div class="hint">Prediction: ${predicted}</div>
      </figure>`;
  }

  protected override exportSource(examples: ExampleLayers[]): ExportSource {
    const charts = examples.map(({input, layers}) => ({
      id: input.id, layers,
      text: (Object.values(input.data).find(v => typeof v === 'string') as string) ?? input.id,
    }));
    const accuracy = this.accuracy;
    return {
      view: 'layer_predictions', name: this.exportName('layer_predictions'),
      title: 'Layer predictions',
      figure: () => layerPredictionsFigure(charts, accuracy),
      data: () => ({
        model: this.model,
        examples: charts.map(({id, text, layers}) => ({id, text, ...layers})),
        accuracy,
      }),
      standalone: () => null,
    };
  }

  override updated(changed: PropertyValues) {
    super.updated(changed);
    this.dataset['accuracy'] = this.stateOf(DATASET, this.accuracy != null);
    this.dataset['charts'] = String(this.data?.length ?? 0);
  }
}

defineModule('layer-predictions-module', LayerPredictionsModule);

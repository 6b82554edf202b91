/**
 * A prediction before and after switching heads off: per class the two probabilities with
 * bars and their difference, and whether the predicted class changed.
 */

import {html} from 'lit';

import type {AblatedPredictionPayload} from './analysis_payloads';
import {argmax} from './numbers';

/** `value` with an explicit sign and 3 decimals ("+0.012", "−0.200", "0.000"). */
export function signedDelta(value: number): string {
  const text = Math.abs(value).toFixed(3);
  if (Number(text) === 0) return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}

function probabilityCell(column: string, value: number) {
  return html`
    <td class="num" data-col=${column} data-value=${value} title=${value.toPrecision(6)}>
      <span class="bar" style="width: ${Math.round(48 * value)}px"></span>${value.toFixed(3)}</td>`;
}

export function renderPredictionChange(p: AblatedPredictionPayload) {
  const before = argmax(p.probas);
  const after = argmax(p.probasAblated);
  const verdict = p.heads.length === 0 ? 'No head is switched off.' :
      before === after ? `The prediction stays ${p.labels[before]}.` :
                         `The prediction changes: ${p.labels[before]} → ${p.labels[after]}.`;
  return html`
    <table class="prediction-change">
      <thead>
        <tr><th>Class</th><th class="num">Full model</th><th class="num">Heads off</th>
          <th class="num">Δ</th></tr>
      </thead>
      <tbody>
        ${p.labels.map((label, i) => html`
          <tr data-class=${label} class=${i === after ? 'predicted' : ''}>
            <td>${label}</td>
            ${probabilityCell('before', p.probas[i])}
            ${probabilityCell('after', p.probasAblated[i])}
            <td class="num delta" data-col="delta">${
                signedDelta(p.probasAblated[i] - p.probas[i])}</td>
          </tr>`)}
      </tbody>
    </table>
    <div class="verdict ${before === after ? '' : 'changed'}">${verdict}</div>`;
}

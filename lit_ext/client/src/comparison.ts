/**
 * What the head and model views can show besides one model's attention: the difference with
 * another selected model (LIT's model comparison), or between the selected and the pinned
 * example (LIT's example comparison), and the "Show" picker that switches between them.
 */

import {html, nothing} from 'lit';

import type {AppState, IndexedInput, SelectionService} from './lit_api';
import {LitModule} from './lit_base';

export type ShowMode = 'attention' | 'models' | 'examples';

// LIT keeps the selected and the pinned example in two selection services; a module reaches
// them only through LitModule's `selectionService` getter, which picks by selectionServiceIndex.
const selectionGetter =
    Object.getOwnPropertyDescriptor(LitModule.prototype, 'selectionService')?.get;

function selectionService(index: number): SelectionService | null {
  return selectionGetter ? selectionGetter.call({selectionServiceIndex: index}) : null;
}

/** [selected, pinned] while LIT compares two different examples, else null. */
export function examplePair(appState: AppState): [IndexedInput, IndexedInput] | null {
  const selected = selectionService(0)?.primarySelectedInputData ?? null;
  const pinned = selectionService(1)?.primarySelectedInputData ?? null;
  if (!appState.compareExamplesEnabled || selected == null || pinned == null ||
      selected.id === pinned.id) {
    return null;
  }
  return [selected, pinned];
}

/** The other models LIT is comparing `model` with (B candidates for A − B). */
export function otherModels(appState: AppState, model: string): string[] {
  return appState.currentModels.filter(m => m !== model);
}

/** The modes a view can show now, 'attention' first. */
export function availableModes(appState: AppState, model: string,
                               withExamples: boolean): ShowMode[] {
  const modes: ShowMode[] = ['attention'];
  if (otherModels(appState, model).length > 0) modes.push('models');
  if (withExamples && examplePair(appState) != null) modes.push('examples');
  return modes;
}

/** What a view shows: the user's pick while LIT offers it, else plain attention. */
export function shownMode(appState: AppState, model: string, picked: ShowMode,
                          withExamples: boolean): ShowMode {
  return availableModes(appState, model, withExamples).includes(picked) ? picked : 'attention';
}

/** B of a model difference: the picked other model while it is selected, else the first. */
export function subtrahendModel(appState: AppState, model: string, picked: string | null): string {
  const others = otherModels(appState, model);
  return picked != null && others.includes(picked) ? picked : others[0];
}

/** The picker's label for `mode` (B: the model subtracted). */
function modeLabel(mode: ShowMode, model: string, other: string | null): string {
  if (mode === 'models') return `difference ${model} − ${other ?? 'other model'}`;
  if (mode === 'examples') return 'difference selected − pinned example';
  return 'attention';
}

/**
 * The "Show" picker (only when there is more than one mode), and the B picker when several
 * other models are selected.
 */
export function renderShowPicker(modes: ShowMode[], current: ShowMode, model: string,
                                 others: string[], other: string | null,
                                 onMode: (mode: ShowMode) => void,
                                 onOther: (model: string) => void) {
  if (modes.length < 2) return nothing;
  const value = (e: Event) => (e.target as HTMLSelectElement).value;
  return html`
    <label title="A difference subtracts, cell by cell, the second's attention from the first's.">
      Show
      <select class="dropdown show-mode" @change=${(e: Event) => onMode(value(e) as ShowMode)}>
        ${modes.map(m => html`<option value=${m} ?selected=${m === current}>${
            modeLabel(m, model, other)}</option>`)}
      </select>
    </label>
    ${current === 'models' && others.length > 1 ? html`
      <label>B
        <select class="dropdown other-model" @change=${(e: Event) => onOther(value(e))}>
          ${others.map(m => html`<option value=${m} ?selected=${m === other}>${m}</option>`)}
        </select>
      </label>` : nothing}`;
}

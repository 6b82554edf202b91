/**
 * LIT's module base class and shared styles, taken from LIT's own registered elements.
 *
 * LIT's prebuilt `main.js` defines its custom elements synchronously, and our bundle is
 * loaded right after it, so `customElements.get('classification-module')` is there. Its
 * class inherits from `LitModule`; walking up the prototype chain to the class that owns
 * `renderImpl`, `loadLatest` and a static `shouldDisplayModule` gives us the base class
 * without a copy of LIT's code (and without a second MobX, which would break reactivity).
 */

import type {CSSResultGroup} from 'lit';

import type {LitModule as LitModuleType, ModelInfoMap} from './lit_api';

const PROBE_ELEMENT = 'classification-module';

type Constructor = abstract new (...args: never[]) => unknown;

function ownsModuleApi(cls: Constructor): boolean {
  const proto = cls.prototype as object;
  return Object.prototype.hasOwnProperty.call(proto, 'renderImpl') &&
      Object.prototype.hasOwnProperty.call(proto, 'loadLatest') &&
      Object.prototype.hasOwnProperty.call(cls, 'shouldDisplayModule');
}

function findLitModule(): typeof LitModuleType {
  const probe = customElements.get(PROBE_ELEMENT) as Constructor | undefined;
  if (probe == null) {
    throw new Error(`lit-ext: LIT's <${PROBE_ELEMENT}> is not defined; load lit-ext's bundle ` +
                    'right after LIT\'s main.js.');
  }
  let cls: Constructor | null = probe;
  while (cls != null && cls !== HTMLElement) {
    if (ownsModuleApi(cls)) return cls as unknown as typeof LitModuleType;
    cls = Object.getPrototypeOf(cls) as Constructor | null;
  }
  throw new Error('lit-ext: could not find LIT\'s LitModule class above ' +
                  `<${PROBE_ELEMENT}>; this LIT version is not supported.`);
}

export const LitModule = findLitModule();

/**
 * LIT's shared module styles (colour variables, buttons, dropdowns), so our modules look like
 * LIT's. Empty if this LIT version stores them differently.
 */
export const litSharedStyles: CSSResultGroup = (() => {
  const probe = customElements.get(PROBE_ELEMENT) as unknown as {styles?: unknown};
  const styles = probe?.styles;
  return (Array.isArray(styles) && styles.length > 0 ? [styles[0]] : []) as CSSResultGroup;
})();

/** Whether any of the loaded models has an interpreter named `name`. */
export function someModelHasInterpreter(modelSpecs: ModelInfoMap, name: string): boolean {
  return Object.values(modelSpecs).some(info => info.interpreters?.includes(name));
}

/** The first line of a LIT server error (the rest is a traceback). */
export function errorMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const summary = text.split('\n\nDetails:')[0].replace(/^Uncaught error:\s*/, '').trim();
  return summary.length > 500 ? `${summary.slice(0, 500)}…` : summary || 'Unknown error';
}

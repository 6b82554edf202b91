/**
 * Exporting what a module shows, from its toolbar: SVG and PNG (a figure of the view, selection
 * included), HTML (self-contained: interactive where the standalone bundle draws the view,
 * else the SVG figure in a page) and JSON (the data shown). Each download is a Blob saved
 * through an `<a download>`: no server round trip.
 *
 * The interactive HTML inlines `bundle/lit_ext_standalone.js` (the build puts its text into
 * this bundle as `LIT_EXT_STANDALONE_SOURCE`) and the view's data in the interpreters' wire
 * format, the same page `result.save("x.html")` writes in Python (`lit_ext/export.py`).
 */

import {html} from 'lit';

import type {EncodedArray} from './encoded_array';
import type {ExportDocument} from './standalone';
import {SvgFigure} from './svg_figure';

export const FORMATS = ['svg', 'png', 'html', 'json'] as const;
export type ExportFormat = typeof FORMATS[number];
export const JSON_FORMAT_VERSION = 1;

/** What a module offers for export, built when the user clicks (not on every render). */
export interface ExportSource {
  /** What the JSON's `view` says: `head_view`, `model_view`, `neuron_view`, ... */
  view: string;
  /** File name without the suffix (characters other than [\w.-] are replaced). */
  name: string;
  /** Page and figure title. */
  title: string;
  figure(): SvgFigure;
  /** The data shown, as JSON-ready values (`view` and `format_version` are added). */
  data(): Record<string, unknown>;
  /** The standalone view's document for an interactive page, or null for a static page. */
  standalone(): ExportDocument | null;
}

/** `view` name in the JSON; the `format` of every export. */
export function jsonDocument(view: string, data: Record<string, unknown>) {
  return {format: 'lit-ext', format_version: JSON_FORMAT_VERSION, view, data};
}

/** The little-endian float32 bytes of `values` as base64, in the interpreters' wire format. */
export function encodeFloat32(values: ArrayLike<number>, shape: number[]): EncodedArray {
  const array = Float32Array.from(values);
  const bytes = new Uint8Array(array.buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return {dtype: 'float32', shape, data: btoa(binary)};
}

/** Filled in by build.mjs (the built standalone bundle's text). */
declare const LIT_EXT_STANDALONE_SOURCE: string;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** JSON that is safe inside a `<script>`: every '<' escaped (it occurs only in strings). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** A complete, self-contained HTML page: interactive when `doc` is given, else the figure. */
export function htmlPage(title: string, figure: SvgFigure, doc: ExportDocument | null): string {
  const head = `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">` +
      `<title>${escapeHtml(title)}</title></head>\n<body>\n`;
  if (doc == null) {
    return `${head}<div class="lit-ext-export" data-view="figure">\n${figure.toSvg()}\n</div>\n` +
        '</body></html>\n';
  }
  const code = LIT_EXT_STANDALONE_SOURCE;
  return `${head}<div id="lit-ext-view" class="lit-ext-export"></div>\n` +
      `<script>${code}</script>\n<script>(function () {\n` +
      `  var root = document.getElementById("lit-ext-view");\n` +
      `  try { window.litExtStandalone.render(root, ${scriptJson(doc)}); }\n` +
      `  catch (e) { root.insertAdjacentText('afterbegin', 'lit-ext: ' + e.message); }\n` +
      `})();</script>\n</body></html>\n`;
}

function fileName(name: string, format: ExportFormat): string {
  return `${name.replace(/[^\w.-]+/g, '_')}.${format}`;
}

/** Saves `blob` as `name` through a temporary `<a download>`. */
export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the URL; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The file of `source` in `format`. */
export async function exportBlob(source: ExportSource, format: ExportFormat): Promise<Blob> {
  if (format === 'json') {
    return new Blob([JSON.stringify(jsonDocument(source.view, source.data()))],
                    {type: 'application/json'});
  }
  const figure = source.figure();
  if (format === 'svg') return new Blob([figure.toSvg()], {type: 'image/svg+xml'});
  if (format === 'png') return figure.toPng();
  return new Blob([htmlPage(source.title, figure, source.standalone())], {type: 'text/html'});
}

/** Exports `source` as `format` and downloads it; returns the file name. */
export async function exportAs(source: ExportSource, format: ExportFormat): Promise<string> {
  const name = fileName(source.name, format);
  download(await exportBlob(source, format), name);
  return name;
}

/** The toolbar's export buttons; `onError` shows a failure inline. */
export function renderExportMenu(source: () => ExportSource | null,
                                 onError: (message: string) => void) {
  const click = (format: ExportFormat) => async () => {
    const current = source();
    if (current == null) return;
    try {
      await exportAs(current, format);
    } catch (err) {
      onError(`Export as ${format.toUpperCase()} failed: ${(err as Error).message ?? err}`);
    }
  };
  return html`
    <span class="export-menu" role="group" aria-label="Export">
      <span class="hint">Export</span>
      ${FORMATS.map(format => html`
        <button class="hairline-button export" data-format=${format} @click=${click(format)}
            title=${TITLES[format]}>${format.toUpperCase()}</button>`)}
    </span>`;
}

const TITLES: Record<ExportFormat, string> = {
  svg: 'A vector figure of what this view shows (tokens as text)',
  png: 'The same figure as a PNG, 2 pixels per screen pixel',
  html: 'A self-contained page: opens offline, with no server',
  json: 'The data this view shows',
};


"""Saving notebook results (`lit_ext.attention`, `neurons`, `nmf`): JSON, SVG, PNG, HTML.

- `.json`: the result's data (tokens, display tokens, arrays as nested lists, with their dtypes)
  and a format version; `load()` reads it back into the same result class.
- `.svg` / `.png`: the result's publication figure (`lit_ext.figures`).
- `.html`: a self-contained interactive view, the same one `_repr_html_` shows in a notebook:
  the view's data in the interpreters' wire format (attention quantised to 10 bits) and our
  standalone drawing bundle (`lit_ext/client/bundle/lit_ext_standalone.js`), both inline. No
  `<script src>`, no CDN, no fetch, no iframe: it works offline and without a server.
"""

from __future__ import annotations

import functools
import html
import json
import uuid
from pathlib import Path
from typing import Any

import numpy as np

FORMAT = "lit-ext"
FORMAT_VERSION = 1
FORMATS = (".html", ".svg", ".png", ".json")
STANDALONE_BUNDLE = Path(__file__).parent / "client" / "bundle" / "lit_ext_standalone.js"


def output_path(path: str | Path) -> tuple[Path, str]:
    """`path` and its format (suffix); errors name the supported suffixes or the missing folder."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"Cannot save '{path.name}': the format comes from the suffix, one of "
                         f"{', '.join(FORMATS)} (got '{path.suffix or 'no suffix'}').")
    if not path.parent.is_dir():
        raise FileNotFoundError(f"Cannot save '{path}': the folder '{path.parent}' does not "
                                "exist (create it first).")
    return path, suffix


# ---- JSON -------------------------------------------------------------------------------------

def _plain(value: Any) -> Any:
    """`value` with arrays as nested lists and numpy scalars as Python numbers."""
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def _dtypes(fields: dict[str, Any]) -> dict[str, str]:
    """dtype of every array field (`terms.<name>` for the arrays inside a dict field)."""
    dtypes = {}
    for name, value in fields.items():
        if isinstance(value, np.ndarray):
            dtypes[name] = value.dtype.str
        elif isinstance(value, dict):
            dtypes |= {f"{name}.{key}": item.dtype.str for key, item in value.items()
                       if isinstance(item, np.ndarray)}
    return dtypes


def to_json_document(view: str, fields: dict[str, Any]) -> dict:
    """{format, format_version, view, dtypes, data}: `fields` with arrays as nested lists."""
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "view": view,
            "dtypes": _dtypes(fields), "data": _plain(fields)}


def from_json_document(document: dict) -> tuple[str, dict[str, Any]]:
    """(view, fields) of a document written by `to_json_document`, arrays back as numpy arrays
    of their saved dtypes."""
    if document.get("format") != FORMAT:
        raise ValueError("Not a lit-ext result: the JSON has no \"format\": \"lit-ext\".")
    if document.get("format_version") != FORMAT_VERSION:
        raise ValueError(f"lit-ext result format {document.get('format_version')}; this version "
                         f"reads {FORMAT_VERSION}.")
    fields = dict(document["data"])
    for name, dtype in document["dtypes"].items():
        outer, _, inner = name.partition(".")
        if inner:
            fields[outer] = dict(fields[outer])
            fields[outer][inner] = np.asarray(fields[outer][inner], dtype=dtype)
        elif fields[outer] is not None:
            fields[outer] = np.asarray(fields[outer], dtype=dtype)
    return document["view"], fields


# ---- HTML -------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def standalone_bundle() -> str:
    """Our standalone drawing code, to inline in a `<script>`."""
    if not STANDALONE_BUNDLE.is_file():
        raise FileNotFoundError(f"lit-ext's standalone bundle is missing ({STANDALONE_BUNDLE}); "
                                "build it with `make client`.")
    code = STANDALONE_BUNDLE.read_text(encoding="utf-8")
    if "</script" in code.lower():
        raise ValueError("The standalone bundle contains '</script' and cannot be inlined.")
    return code


def _script_json(value: Any) -> str:
    """JSON that is safe inside a `<script>`: every '<' escaped (it only occurs in strings)."""
    return json.dumps(value, separators=(",", ":"), allow_nan=False).replace("<", "\\u003c")


def html_fragment(view: str, payload: dict, colors: list[str], options: dict,
                  fallback: str) -> str:
    """A `<div>` that our inline script fills with the interactive view.

    `payload` is the view's interpreter payload (what LIT's modules receive), `colors` one
    `#rrggbb` per head or factor, `options` the initial state. `fallback` (HTML) stays where
    scripts do not run (a notebook rendered on GitHub, say).
    """
    element_id = f"lit-ext-{uuid.uuid4().hex[:12]}"
    document = {"format_version": FORMAT_VERSION, "view": view, "payload": payload,
                "colors": colors, "options": options}
    return (f'<div id="{element_id}" class="lit-ext-export">{fallback}</div>\n'
            f"<script>{standalone_bundle()}</script>\n"
            f"<script>(function () {{\n"
            f"  var root = document.getElementById({json.dumps(element_id)});\n"
            f"  try {{ window.litExtStandalone.render(root, {_script_json(document)}); }}\n"
            f"  catch (e) {{ root.insertAdjacentText('afterbegin', 'lit-ext: ' + e.message); }}\n"
            f"}})();</script>")


def html_page(title: str, fragment: str) -> str:
    """A complete HTML document around `fragment`."""
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title></head>\n<body>\n{fragment}\n</body></html>\n")

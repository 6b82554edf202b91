"""Saving notebook results: `save(path)` in JSON, SVG, PNG and HTML, and `_repr_html_`.

The figures are read back as a reader would (SVG parsed with ElementTree, PNG with Pillow) and
checked against the result's own arrays: which token a line starts from is found from where the
token's text is drawn, not from labels the exporter writes, so a transposed matrix or a wrong
token order fails. (The browser half, HTML in Chromium with the network off, is
`tests/browser/test_export_offline.py`.)
"""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from tiny_checkpoints import tiny_classifier

import lit_ext
from lit_ext.figures import categorical_color
from lit_ext.models.classifier import ClassifierModel
from lit_ext.results import AttentionResult, load

TEXT = "the story is thin , but the heart is enormous ."
SVG = "{http://www.w3.org/2000/svg}"
COLORS_TS = Path(__file__).parents[1] / "lit_ext" / "client" / "src" / "colors.ts"


@pytest.fixture(scope="module")
def results(sst2_model):
    return {"attention": lit_ext.attention(sst2_model, TEXT),
            "neuron": lit_ext.neurons(sst2_model, TEXT, layer=3, head=4),
            "nmf": lit_ext.nmf(sst2_model, TEXT, n_components=5)}


def rgb(color: str) -> tuple[int, int, int]:
    return tuple(int(color[i:i + 2], 16) for i in (1, 3, 5))


def svg_elements(path: Path, tag: str, cls: str | None = None) -> list[ET.Element]:
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    return [e for e in root.iter(f"{SVG}{tag}") if cls is None or e.get("class") == cls]


def label(text: ET.Element) -> str:
    """The visible text of a <text> element (its <title> tooltip left out)."""
    return (text.text or "") + "".join(child.tail or "" for child in text)


def row_of(texts: list[ET.Element]) -> dict[float, int]:
    """y of each token text -> its row, in drawing order."""
    return {float(t.get("y")): i for i, t in enumerate(texts)}


# ---- JSON -------------------------------------------------------------------------------------

@pytest.mark.parametrize("view", ["attention", "neuron", "nmf"])
def test_json_round_trips_to_the_same_numbers(results, tmp_path, view):
    result = results[view]
    path = result.save(tmp_path / f"{view}.json")
    document = json.loads(path.read_text())
    assert document["format"] == "lit-ext" and document["format_version"] == 1
    assert document["data"]["display_tokens"] == result.display_tokens
    loaded = lit_ext.load(path)
    assert type(loaded) is type(result)
    for name, value in vars(result).items():
        again = getattr(loaded, name)
        if isinstance(value, np.ndarray):
            assert again.dtype == value.dtype and np.array_equal(again, value), name
        elif isinstance(value, dict):
            assert value.keys() == again.keys()
            for key in value:
                assert np.array_equal(again[key], value[key]) and again[key].dtype == value[key].dtype
        else:
            assert again == value, name


def test_json_arrays_are_nested_lists(results, tmp_path):
    result = results["attention"]
    data = json.loads(result.save(tmp_path / "a.json").read_text())["data"]
    layers, heads, n, _ = result.weights.shape
    assert len(data["weights"]) == layers and len(data["weights"][0]) == heads
    assert data["weights"][2][3][1][4] == float(result.weights[2, 3, 1, 4])


def test_load_refuses_other_json(tmp_path):
    path = tmp_path / "other.json"
    path.write_text(json.dumps({"weights": [1, 2]}))
    with pytest.raises(ValueError, match="Not a lit-ext result"):
        load(path)


# ---- SVG --------------------------------------------------------------------------------------

def test_attention_svg_lines_go_from_query_to_key_with_the_weight_as_opacity(results, tmp_path):
    result = results["attention"]
    layer, threshold = 2, 0.01
    path = result.save(tmp_path / "heads.svg", layer=layer, threshold=threshold)
    queries, keys = svg_elements(path, "text", "query"), svg_elements(path, "text", "key")
    assert [label(t) for t in queries] == result.display_tokens == [label(t) for t in keys]
    assert float(queries[0].get("x")) < float(keys[0].get("x"))
    query_row, key_row = row_of(queries), row_of(keys)
    head_of = {categorical_color(h): h for h in range(result.weights.shape[1])}
    drawn = {}
    for line in svg_elements(path, "line"):
        cell = (head_of[line.get("stroke")], query_row[float(line.get("y1"))],
                key_row[float(line.get("y2"))])
        assert float(line.get("x1")) < float(line.get("x2"))
        drawn[cell] = float(line.get("stroke-opacity"))
    weights = result.weights[layer]
    expected = {(h, i, j) for h, i, j in zip(*np.nonzero(weights >= threshold))}
    assert set(drawn) == expected
    for h, i, j in expected:
        assert abs(drawn[h, i, j] - weights[h, i, j]) <= 5e-5, (h, i, j)
    # A few known cells: each head's strongest weight and an asymmetric pair.
    for h in range(weights.shape[0]):
        i, j = np.unravel_index(weights[h].argmax(), weights[h].shape)
        assert abs(drawn[h, i, j] - weights[h].max()) <= 5e-5


def test_attention_svg_of_one_head(results, tmp_path):
    result = results["attention"]
    path = result.save(tmp_path / "one.svg", layer=5, head=7, threshold=0.05)
    lines = svg_elements(path, "line")
    assert {line.get("stroke") for line in lines} == {categorical_color(7)}
    assert len(lines) == int((result.weights[5, 7] >= 0.05).sum())
    with pytest.raises(ValueError, match="head must be in 0..11"):
        result.save(tmp_path / "bad.svg", head=12)
    with pytest.raises(ValueError, match="layer must be in 0..5"):
        result.save(tmp_path / "bad.svg", layer=6)


def test_neuron_svg_shows_each_keys_attention_and_the_query_vector(results, tmp_path):
    result = results["neuron"]
    query = 4
    path = result.save(tmp_path / "neuron.svg", query=query)
    keys = svg_elements(path, "text", "key-token")
    assert [label(t) for t in keys] == result.display_tokens
    key_row = {float(t.get("y")): j for j, t in enumerate(keys)}
    bars = svg_elements(path, "rect", "attention")
    assert len(bars) == len(result.tokens)
    for bar in bars:
        j = key_row[float(bar.get("y")) + 6]  # bar: 12 px high, centred on its key's row
        assert bar.get("fill") == categorical_color(result.head)
        assert abs(float(bar.get("fill-opacity")) - result.attention[query, j]) <= 5e-5
    # The q cells: head_dim of them; the largest |q| component is fully saturated, blue for a
    # positive value, orange-red for a negative one (colors.ts signedColor's end points).
    q_cells = svg_elements(path, "rect", "q")
    assert len(q_cells) == result.query.shape[1]
    q, k = result.query[query], result.key
    if np.abs(q).max() >= np.abs(k).max():
        c = int(np.abs(q).argmax())
        assert rgb(q_cells[c].get("fill")) == ((33, 102, 172) if q[c] > 0 else (202, 72, 34))
    scores = [label(t) for t in svg_elements(path, "text", "score")]
    assert scores == [f"{s:.2f}" for s in result.scores[query]]


def test_nmf_svg_cells_show_each_factors_relative_activation(results, tmp_path):
    result = results["nmf"]
    path = result.save(tmp_path / "nmf.svg")
    tokens = svg_elements(path, "text", "token")
    assert [label(t) for t in tokens] == result.display_tokens
    factors = svg_elements(path, "text", "factor")
    factor_at = {float(t.get("x")): f for f, t in enumerate(factors)}
    token_at = {float(t.get("y")): i for i, t in enumerate(tokens)}
    k, n = result.factors.shape
    cells = svg_elements(path, "rect", "cell")
    assert len(cells) == k * n
    peak = result.factors.max(axis=1)
    seen = set()
    for cell in cells:
        x, y, w, h = (float(cell.get(a)) for a in ("x", "y", "width", "height"))
        f, t = factor_at[x + w / 2], token_at[y + h / 2]
        seen.add((f, t))
        assert cell.get("fill") == categorical_color(f)
        assert abs(float(cell.get("fill-opacity")) - result.factors[f, t] / peak[f]) <= 5e-5
    assert len(seen) == k * n


def test_svg_escapes_token_text(sst2_model, tmp_path):
    result = lit_ext.attention(sst2_model, "<b>bold</b> & fine")
    path = result.save(tmp_path / "escape.svg")
    texts = [label(t) for t in svg_elements(path, "text", "query")]
    assert "<" in texts and "&" in texts  # parsed back as the characters themselves


@pytest.mark.parametrize("architecture", ["deberta-v2", "mpnet", "modernbert"])
def test_neuron_exports_keep_score_terms_and_masked_keys(architecture, tmp_path):
    """DeBERTa's c2p/p2c, MPNet's position bias, ModernBERT's sliding-window mask."""
    model, tokenizer = tiny_classifier(architecture)
    result = lit_ext.neurons(ClassifierModel(model, tokenizer), TEXT, layer=1, head=1)
    loaded = load(result.save(tmp_path / "neuron.json"))
    assert loaded.terms.keys() == result.terms.keys()
    assert all(np.array_equal(loaded.terms[name], result.terms[name]) for name in result.terms)
    assert (loaded.key_allowed is None) == (result.key_allowed is None)
    if result.key_allowed is not None:
        assert np.array_equal(loaded.key_allowed, result.key_allowed)
    query = len(result.tokens) // 2
    scores = [label(t) for t in svg_elements(result.save(tmp_path / "n.svg", query=query), "text",
                                              "score")]
    allowed = (np.ones(len(result.tokens), bool) if result.key_allowed is None else
               result.key_allowed[query].astype(bool))
    assert scores == [f"{s:.2f}" if ok else "masked"
                      for s, ok in zip(result.scores[query], allowed)]
    assert architecture != "modernbert" or "masked" in scores


# ---- PNG --------------------------------------------------------------------------------------

def svg_size(path: Path) -> tuple[float, float]:
    root = ET.parse(path).getroot()
    return float(root.get("width")), float(root.get("height"))


@pytest.mark.parametrize("view", ["attention", "neuron", "nmf"])
def test_png_has_the_figures_size_and_is_drawn(results, tmp_path, view):
    result = results[view]
    width, height = svg_size(result.save(tmp_path / f"{view}.svg"))
    image = Image.open(io.BytesIO(result.save(tmp_path / f"{view}.png", scale=2).read_bytes()))
    assert image.size == (int(np.ceil(width * 2)), int(np.ceil(height * 2)))
    pixels = np.asarray(image.convert("RGB"))
    assert (pixels < 250).any(axis=2).mean() > 0.02, "next to nothing drawn"
    assert len(np.unique(pixels.reshape(-1, 3), axis=0)) > 20


def test_png_heatmap_pixels_blend_the_factor_colour_by_its_activation(results, tmp_path):
    result = results["nmf"]
    svg = result.save(tmp_path / "nmf.svg")
    pixels = np.asarray(Image.open(result.save(tmp_path / "nmf.png", scale=2)).convert("RGB"))
    tokens = svg_elements(svg, "text", "token")
    factors = svg_elements(svg, "text", "factor")
    peak = result.factors.max(axis=1)
    # Each factor's two strongest tokens (and a token with no activation).
    cells = [(f, int(t)) for f in range(result.factors.shape[0])
             for t in np.argsort(result.factors[f])[-2:]]
    for f, t in cells + [(0, int(result.factors[0].argmin()))]:
        x, y = float(factors[f].get("x")), float(tokens[t].get("y"))
        expected = 255 + (np.array(rgb(categorical_color(f))) - 255) * result.factors[f, t] / peak[f]
        assert np.abs(pixels[int(2 * y), int(2 * x)] - expected).max() <= 2, (f, t)


# ---- HTML and _repr_html_ ---------------------------------------------------------------------

@pytest.mark.parametrize("view", ["attention", "neuron", "nmf"])
def test_html_is_self_contained(results, tmp_path, view):
    page = results[view].save(tmp_path / f"{view}.html").read_text()
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<script[^>]*\bsrc\s*=", page)
    assert not re.search(r"<(iframe|link|img)\b", page)
    assert not re.search(r"https?://(?!www\.w3\.org/)", page)
    assert "litExtStandalone.render(" in page


def test_repr_html_is_the_interactive_view_with_a_static_fallback(results):
    fragment = results["attention"]._repr_html_()
    assert "litExtStandalone.render(" in fragment and "<iframe" not in fragment
    assert "6 layers × 12 heads" in fragment  # the fallback where scripts do not run
    # Two outputs get two elements.
    ids = re.findall(r'<div id="(lit-ext-[0-9a-f]+)"', fragment + results["attention"]._repr_html_())
    assert len(set(ids)) == 2


def test_html_data_cannot_close_the_script(sst2_model):
    fragment = lit_ext.attention(sst2_model, "</script><script>alert(1)</script>")._repr_html_()
    assert fragment.count("</script>") == 2  # our two scripts' own ends, nothing from the data
    assert '"\\u003c"' in fragment  # the token "<" in the data, as JSON escapes it
    assert "<script>alert" not in fragment


def test_html_of_64_tokens_and_72_heads_stays_small():
    """6 layers × 12 heads at 64 tokens: 10-bit attention is 1.25 bytes a weight (base64: 1.67)."""
    rng = np.random.default_rng(0)
    weights = rng.dirichlet(np.ones(64), size=(6, 12, 64)).astype(np.float32)
    tokens = [f"t{i}" for i in range(64)]
    result = AttentionResult(tokens=tokens, weights=weights, segment_ids=[0] * 64,
                             display_tokens=tokens)
    size = len(result._repr_html_().encode())
    assert size < 540_000, size  # vs 6.6 MB as JSON floats (DESIGN.md §5)


# ---- errors -----------------------------------------------------------------------------------

def test_unknown_suffix_names_the_supported_ones(results, tmp_path):
    with pytest.raises(ValueError, match=r"\.html, \.svg, \.png, \.json"):
        results["nmf"].save(tmp_path / "figure.pdf")
    with pytest.raises(ValueError, match="no suffix"):
        results["nmf"].save(tmp_path / "figure")


def test_missing_folder_is_a_clear_error(results, tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        results["attention"].save(tmp_path / "missing" / "figure.svg")
    assert not (tmp_path / "missing").exists()


def test_bad_options_are_named(results, tmp_path):
    with pytest.raises(ValueError, match="scale must be positive"):
        results["nmf"].save(tmp_path / "f.png", scale=0)
    with pytest.raises(ValueError, match="threshold must be in"):
        results["attention"].save(tmp_path / "f.svg", threshold=1.5)
    n = len(results["neuron"].tokens)
    with pytest.raises(ValueError, match=f"query must be a token index in 0..{n - 1}"):
        results["neuron"].save(tmp_path / "f.svg", query=n)
    assert not list(tmp_path.iterdir())


def test_figure_colours_are_the_views_colours():
    """figures.CATEGORICAL is a copy of colors.ts's: exported figures match the LIT modules."""
    source = COLORS_TS.read_text()
    block = re.search(r"const CATEGORICAL = \[(.*?)\];", source, flags=re.S).group(1)
    assert [categorical_color(i) for i in range(16)] == re.findall(r"'(#[0-9a-f]{6})'", block)
    # Beyond 16, colors.ts continues with hsl(index·137.508°, 65%, 42%); these are the rgb()
    # values colors.ts computes for it (run under Node).
    assert [categorical_color(i) for i in (16, 17, 20, 31)] == [
        "#b18325", "#25b1ab", "#253cb1", "#b125aa"]

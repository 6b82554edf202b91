"""`lit-ext export`: one file per example of a dataset or a slice, in every view and format.

The built-in sample dataset (`--data sample`) and the real SST-2 classifier; the exported
numbers are read back from the files (SVG parsed with ElementTree, PNG with Pillow, JSON with
`lit_ext.load`) and compared with plain transformers run on each example alone (`reference`),
so an exported wrong layer, a transposed matrix or an ignored `--head` fails.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image
from reference import reference

import lit_ext
from lit_ext import cli
from lit_ext.datasets import build_datasets
from lit_ext.figures import categorical_color, hex_rgb
from lit_ext.results import MODEL_CELLS, THUMB

SVG = "{http://www.w3.org/2000/svg}"
# Figures write opacities with 4 decimals.
OPACITY = 5e-5 + 2e-6


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    dataset = build_datasets([cli.dataset_from_argument("sample")])["sample_reviews"]
    return [example["sentence"] for example in dataset.examples]


@pytest.fixture(scope="module")
def expected(sst2_model, sentences):
    """index -> plain transformers on that sample sentence alone."""
    model = sst2_model.model
    if model.config._attn_implementation != "eager":
        model.config._attn_implementation = "eager"
    cache = {}

    def get(index: int):
        if index not in cache:
            cache[index] = reference(model, sst2_model.tokenizer, sentences[index])
        return cache[index]
    return get


def run(tmp_path, *options: str) -> list:
    """Runs `lit-ext export --data sample ... --out tmp_path/out`; returns the files made."""
    out = tmp_path / "out"
    assert cli.main(["export", "--data", "sample", "--out", str(out), *options]) == 0
    return sorted(out.iterdir())


def svg_root(path):
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg" and root.find(f".//{SVG}image") is None
    return root


def test_head_view_svg_per_example_draws_that_layer_and_head(tmp_path, expected, capsys):
    files = run(tmp_path, "--view", "head", "--layer", "2", "--head", "5", "--format", "svg",
                "--examples", "0:3")
    assert [f.name for f in files] == [f"sample_reviews_000{i}_head_layer2_head5.svg"
                                       for i in range(3)]
    assert "100%" in capsys.readouterr().err  # the progress bar ran to the end
    for index, path in enumerate(files):
        ref = expected(index)
        weights = ref.attention[2, 5]
        svg = svg_root(path)
        queries = [t for t in svg.iter(f"{SVG}text") if t.get("class") == "query"]
        assert [t.find(f"{SVG}title").text for t in queries] == ref.tokens
        rows = {float(t.get("y")): i for i, t in enumerate(queries)}
        lines = {}
        for line in svg.iter(f"{SVG}line"):
            assert line.get("class") == "head-5", "only the chosen head is drawn"
            i, j = rows[float(line.get("y1"))], rows[float(line.get("y2"))]
            lines[i, j] = float(line.get("stroke-opacity"))
        assert set(lines) == {(i, j) for i, j in zip(*np.nonzero(weights >= 0.01))}
        for (i, j), opacity in lines.items():
            assert abs(opacity - weights[i, j]) <= OPACITY, (index, i, j)


def test_model_view_svg_cells_are_every_layers_weights(tmp_path, expected):
    [path] = run(tmp_path, "--view", "model", "--format", "svg", "--examples", "4")
    assert path.name == "sample_reviews_0004_model.svg"
    weights = expected(4).attention
    layers, heads, n, _ = weights.shape
    assert n <= MODEL_CELLS
    cell, pitch, left, top = THUMB / n, THUMB + 8, 36, 56
    drawn = {}
    for rect in svg_root(path).iter(f"{SVG}rect"):
        if rect.get("class") != "cell":
            continue
        x, y = float(rect.get("x")), float(rect.get("y"))
        layer, head = int((y - top) // pitch), int((x - left) // pitch)
        i = round((y - top - layer * pitch) / cell)
        j = round((x - left - head * pitch) / cell)
        drawn[layer, head, i, j] = float(rect.get("fill-opacity"))
    assert len(drawn) == weights.size
    for key, opacity in drawn.items():
        assert abs(opacity - weights[key]) <= OPACITY, key


def test_model_view_png_is_the_figure_at_twice_its_size(tmp_path, expected):
    [svg] = run(tmp_path, "--view", "model", "--format", "svg", "--examples", "4")
    files = run(tmp_path, "--view", "model", "--format", "png", "--examples", "4")
    [png] = [f for f in files if f.suffix == ".png"]
    root = svg_root(svg)
    image = np.asarray(Image.open(png).convert("RGB")).astype(float)
    assert image.shape[1::-1] == (2 * round(float(root.get("width"))),
                                  2 * round(float(root.get("height"))))
    # Each cell's centre pixel: white blended with the head's colour at the weight's opacity.
    weights = expected(4).attention
    n = weights.shape[-1]
    cell, pitch, left, top = THUMB / n, THUMB + 8, 36, 56
    for layer, head, i, j in np.ndindex(weights.shape):
        x = 2 * (left + head * pitch + (j + 0.5) * cell)
        y = 2 * (top + layer * pitch + (i + 0.5) * cell)
        color = np.array(hex_rgb(categorical_color(head)), dtype=float)
        want = 255 + (color - 255) * weights[layer, head, i, j]
        assert np.abs(image[int(y), int(x)] - want).max() <= 2, (layer, head, i, j)


def test_json_of_a_list_and_a_range_loads_back_as_the_attention(tmp_path, expected):
    files = run(tmp_path, "--view", "head", "--format", "json", "--examples", "7,10:12")
    assert [f.name for f in files] == [f"sample_reviews_{i:04d}_head_layer0.json"
                                       for i in (7, 10, 11)]
    for index, path in zip((7, 10, 11), files):
        result = lit_ext.load(path)
        ref = expected(index)
        assert result.tokens == ref.tokens
        np.testing.assert_allclose(result.weights, ref.attention, atol=1e-5)


def test_neuron_html_and_nmf_json(tmp_path, sentences):
    files = run(tmp_path, "--view", "neuron", "--layer", "1", "--head", "3", "--format", "html",
                "--examples", "1")
    assert [f.name for f in files] == ["sample_reviews_0001_neuron_layer1_head3.html"]
    page = files[0].read_text()
    assert "litExtStandalone.render" in page and "<script src" not in page
    files = run(tmp_path, "--view", "nmf", "--components", "4", "--format", "json",
                "--examples", "1")
    [nmf] = [f for f in files if f.suffix == ".json"]
    assert nmf.name == "sample_reviews_0001_nmf.json"
    result = lit_ext.load(nmf)
    assert result.factors.shape == (4, len(result.tokens)) and result.layers == list(range(6))


@pytest.mark.parametrize("options, message", [
    (["--view", "neuron", "--layer", "2"], "--view neuron shows one head: give --layer and --head"),
    (["--view", "model", "--layer", "2"],
     "--layer does not apply to --view model (it shows every layer and head); leave it out."),
    (["--view", "nmf", "--head", "1"], "--head does not apply to --view nmf"),
    (["--view", "head", "--components", "3"], "apply to --view nmf only"),
    (["--view", "head", "--examples", "40:60"], "'40:60' is not an index or START:END range "
                                                "within the dataset's 48 examples"),
    (["--view", "head", "--examples", "x"], "(indices 0..47; e.g. --examples 0:100"),
    (["--view", "head", "--layer", "6", "--examples", "0"], "--layer 6: the model has layers 0..5"),
    (["--view", "neuron", "--layer", "0", "--head", "12", "--examples", "0"],
     "--head 12: the model has heads 0..11"),
])
def test_bad_options_are_refused_with_the_fix(tmp_path, capsys, options, message):
    code = cli.main(["export", "--data", "sample", "--format", "svg", "--out",
                     str(tmp_path / "out"), *options])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_unknown_format_view_or_file_out(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["export", "--data", "sample", "--view", "head", "--format", "gif",
                  "--out", str(tmp_path)])
    assert exit_info.value.code == 2
    assert "invalid choice: 'gif' (choose from 'svg', 'png', 'html', 'json')" in \
        capsys.readouterr().err
    afile = tmp_path / "file.txt"
    afile.write_text("")
    assert cli.main(["export", "--data", "sample", "--view", "head", "--format", "svg",
                     "--out", str(afile)]) == 2
    assert "exists and is not a folder" in capsys.readouterr().err

"""Saving and loading corpus factors: one safetensors file, components plus JSON metadata.

The metadata (`lit_ext.corpus_nmf` in the safetensors header, readable with
`safetensors.safe_open(path, "np").metadata()`) records the model (config name, kind and path,
the checkpoint's name, type, layer count and FFN width), the layers, k, whether special tokens
were left out, the data (name, size, sampled rows, seed) and the sklearn and lit-ext versions.
`check_matches` refuses a fit made for another model or layer range.
"""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path

import numpy as np
import sklearn
from safetensors import safe_open
from safetensors.numpy import save_file

from lit_ext.corpus.estimator import CorpusNMF
from lit_ext.corpus.factors import CorpusFactors
from lit_ext.models.transformer_wrapper import TransformerWrapper

METADATA_KEY = "lit_ext.corpus_nmf"
FORMAT_VERSION = 1
# Fields of the model description that must agree for a fit to apply to a model.
_IDENTITY_FIELDS = ("name_or_path", "model_type", "num_layers", "ffn_width", "ablated_heads")


def ffn_width(wrapper: TransformerWrapper) -> int:
    """d_ff: the number of FFN units per layer, read off one tiny forward pass."""
    probe = {wrapper.text_a: "a"} | ({wrapper.text_b: "a"} if wrapper.text_b else {})
    return int(wrapper.introspect([probe], what=["ffn"], layers=[0])[0].ffn.shape[-1])


def describe_model(wrapper: TransformerWrapper, name: str = "", kind: str = "",
                   path: str | None = None) -> dict:
    """What a fit records about its model; `name`, `kind`, `path` as in the config."""
    return {"name": name, "kind": kind, "path": path,
            "name_or_path": wrapper.model.config.name_or_path,
            "model_type": wrapper.model.config.model_type,
            "num_layers": wrapper.num_layers, "ffn_width": ffn_width(wrapper),
            "ablated_heads": [list(pair) for pair in wrapper.ablated_heads]}


def save_factors(factors: CorpusFactors, path: str | os.PathLike, model: dict, data: dict) -> Path:
    """Writes `factors` to `path` (a .safetensors file) with `model` (`describe_model`) and
    `data` (name, source) in its metadata; returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    metadata = factors.metadata | {
        "format_version": FORMAT_VERSION,
        "model": model,
        "data": data,
        "layers": factors.layers,
        "n_components": factors.n_components,
        "exclude_special_tokens": factors.exclude_special_tokens,
        "estimator": {"fit": "sklearn.decomposition.MiniBatchNMF (partial_fit)",
                      "transform": "exact NNLS per token, components fixed (scipy.optimize.nnls)",
                      "params": factors.nmf.get_params()},
        "sklearn_version": sklearn.__version__,
        "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    }
    save_file({"components": np.ascontiguousarray(factors.nmf.components_, np.float32)},
              str(path), metadata={METADATA_KEY: json.dumps(metadata)})
    factors.metadata = metadata
    return path


def load_factors(path: str | os.PathLike) -> CorpusFactors:
    """Reads factors saved by `save_factors`; raises ValueError for a file that is not one."""
    try:
        with safe_open(str(path), "np") as handle:
            header = handle.metadata() or {}
            components = handle.get_tensor("components")
    except Exception as err:  # safetensors raises its own error types for bad files
        raise ValueError(f"{path}: not a corpus NMF file saved by lit-ext ({err}).") from None
    if METADATA_KEY not in header:
        raise ValueError(f"{path}: no '{METADATA_KEY}' metadata; not a corpus NMF file saved by "
                         "lit-ext.")
    metadata = json.loads(header[METADATA_KEY])
    params = {key: value for key, value in metadata["estimator"]["params"].items()
              if key != "n_components"}
    return CorpusFactors(CorpusNMF.from_components(components, **params), metadata["layers"],
                         metadata["exclude_special_tokens"], metadata)


def check_matches(factors: CorpusFactors, model: dict, path: str | os.PathLike,
                  layers: list[int] | None = None, n_components: int | None = None) -> None:
    """Raises ValueError, naming the difference and the fix, unless the fit at `path` was made
    for `model` (`describe_model`) and, where given, these layers and k."""
    saved = factors.metadata.get("model", {})
    differences = [f"{field} {saved.get(field)!r} vs {model.get(field)!r}"
                   for field in _IDENTITY_FIELDS if saved.get(field) != model.get(field)]
    if layers is not None and list(layers) != list(factors.layers):
        differences.append(f"layers {factors.layers} vs {list(layers)}")
    if n_components is not None and n_components != factors.n_components:
        differences.append(f"n_components {factors.n_components} vs {n_components}")
    width = factors.nmf.components_.shape[1]
    if width != len(factors.layers) * model.get("ffn_width", 0):
        differences.append(f"{width} neurons in the factors vs {len(factors.layers)} layers × "
                           f"{model.get('ffn_width')} FFN units")
    if differences:
        raise ValueError(
            f"The corpus NMF fit at {path} does not match model '{model.get('name')}' "
            f"(saved vs this model: {'; '.join(differences)}). Delete the file and set "
            "fit_if_missing: true to refit, or point corpus_nmf.path at a fit of this model.")

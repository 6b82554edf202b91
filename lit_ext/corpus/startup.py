"""Corpus factors at server start-up: load the saved fit a config names, or fit and save it."""

from __future__ import annotations

import logging
from pathlib import Path

from lit_nlp.api import model as lit_model

from lit_ext.config import ConfigError, ModelConfig
from lit_ext.corpus.fitting import fit_corpus_factors
from lit_ext.corpus.lit_model import CorpusNMFModel
from lit_ext.corpus.storage import check_matches, describe_model, load_factors, save_factors
from lit_ext.models.introspection import check_layers
from lit_ext.models.transformer_wrapper import TransformerWrapper

logger = logging.getLogger(__name__)
DEFAULT_COMPONENTS = 8


def with_corpus_nmf(model: lit_model.Model, config: ModelConfig, datasets: dict) -> CorpusNMFModel:
    """`model` with its corpus-factor columns, per `config.corpus_nmf`.

    An existing file is loaded and checked against the model (and against layers and k where
    the config gives them); a missing one is fitted over the config's dataset when
    `fit_if_missing`, else it is an error naming both ways to make one.
    Raises ConfigError (config problems, missing file) or ValueError (a fit of another model).
    """
    settings = config.corpus_nmf
    if not isinstance(model, TransformerWrapper) or not model.supports_introspection:
        raise ConfigError(f"models '{config.name}': corpus_nmf needs a lit-ext model whose FFN "
                          "units can be captured (kind sst2_minilm, classifier or encoder).")
    layers = None if settings.layers is None else check_layers(settings.layers, model.num_layers)
    identity = describe_model(model, config.name, config.kind, config.path)
    path = Path(settings.path)
    if path.exists():
        factors = load_factors(path)
        check_matches(factors, identity, path, layers, settings.n_components)
        logger.info("Loaded corpus NMF factors from %s.", path)
        return CorpusNMFModel(model, factors)
    if not settings.fit_if_missing:
        raise ConfigError(
            f"models '{config.name}': corpus_nmf.path {path} does not exist. Set "
            "corpus_nmf.fit_if_missing: true to fit it at start-up, or fit it beforehand with "
            "scripts/corpus_nmf_fit.py.")
    name = settings.dataset or next(iter(datasets))
    examples = [dict(example) for example in datasets[name].examples][:settings.max_examples]
    factors = fit_corpus_factors(
        model, examples, layers=layers, n_components=settings.n_components or DEFAULT_COMPONENTS,
        sample_fraction=settings.sample_fraction, n_epochs=settings.n_epochs, seed=settings.seed,
        exclude_special_tokens=settings.exclude_special_tokens)
    save_factors(factors, path, identity, {"name": name, "n_examples": len(examples),
                                           "description": datasets[name].description()})
    logger.info("Fitted corpus NMF factors over '%s' and saved them to %s.", name, path)
    return CorpusNMFModel(model, factors)

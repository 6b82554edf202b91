"""What lit-ext's interpreters share: finding our wrapper behind LIT's caching wrapper."""

from __future__ import annotations

from lit_nlp.api import components as lit_components
from lit_nlp.api import dataset as lit_dataset
from lit_nlp.api import model as lit_model
from lit_nlp.api import types as lit_types

from lit_ext.models.introspection import Internals
from lit_ext.models.transformer_wrapper import TransformerWrapper


def unwrap_model(model: lit_model.Model) -> lit_model.Model:
    """The model inside LIT's `ModelWrapper`s (the app wraps every model in a cache)."""
    while isinstance(model, lit_model.ModelWrapper):
        model = model.wrapped
    return model


class IntrospectionInterpreter(lit_components.Interpreter):
    """Base for interpreters that read a lit-ext wrapper's internals via `introspect()`."""

    def is_compatible(self, model: lit_model.Model, dataset: lit_dataset.Dataset) -> bool:
        del dataset
        inner = unwrap_model(model)
        return isinstance(inner, TransformerWrapper) and inner.supports_introspection

    def meta_spec(self) -> lit_types.Spec:
        # Nothing here is a salience map or a metric: LIT's generic modules should ignore us.
        return {}

    def wrapper(self, model: lit_model.Model) -> TransformerWrapper:
        inner = unwrap_model(model)
        if not self.is_compatible(inner, None):
            raise ValueError(f"{type(self).__name__} needs a lit-ext model wrapper with "
                             f"introspection; got {type(inner).__name__}.")
        return inner


def token_fields(item: Internals) -> dict:
    """What every payload says about its tokens: the raw tokens (as the tokenizer writes them),
    their display text, which are special tokens and which text each belongs to."""
    return {
        "tokens": item.tokens,
        "display_tokens": item.display_tokens,
        "special_tokens": item.special_tokens,
        "segment_ids": item.segment_ids,
    }


def config_int(config: dict, key: str, default: int | None = None) -> int | None:
    """An integer config value; LIT's UI may send numbers as strings or floats.

    A missing or empty value gives `default`; with no default it is an error (an empty entry
    in a comma-separated list, say), not a None that fails later with a TypeError.
    """
    value = config.get(key, default)
    if value is None or (isinstance(value, str) and not value.strip()):
        if default is None:
            raise ValueError(f"Config '{key}' must be an integer, got {value!r}.")
        return default
    if isinstance(value, bool):
        raise ValueError(f"Config '{key}' must be an integer, got {value!r}.")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"Config '{key}' must be an integer, got {value!r}.") from None
    if not number.is_integer():
        raise ValueError(f"Config '{key}' must be an integer, got {value!r}.")
    return int(number)


def config_bool(config: dict, key: str, default: bool) -> bool:
    value = config.get(key, default)
    if isinstance(value, str):
        if value.strip().lower() not in ("true", "false", "1", "0", ""):
            raise ValueError(f"Config '{key}' must be true or false, got {value!r}.")
        return value.strip().lower() in ("true", "1")
    return bool(value)

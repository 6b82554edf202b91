"""Two-line notebook API, mirroring BERTviz and Ecco:

    import lit_ext
    lit_ext.attention("sst2", "not bad at all")            # renders inline; .weights for BERTviz
    lit_ext.neurons("sst2", "not bad at all", layer=2, head=5)
    lit_ext.nmf("sst2", "not bad at all", n_components=8)

`model` is a lit-ext wrapper, or a name: a shipped config ("sst2"), a config file, "sst2_minilm",
"minilm_base" (the encoder it was fine-tuned from), or `[classifier:|encoder:]HUB_ID_OR_PATH`.
Named models are loaded once and kept.
"""

from __future__ import annotations

import functools
import numbers
from pathlib import Path

from lit_ext.config import ConfigError, load_config, model_config_from_spec
from lit_ext.interpreters.neuron_view import check_head
from lit_ext.interpreters.nmf import factorise, layer_range
from lit_ext.models.transformer_wrapper import TransformerWrapper
from lit_ext.results import AttentionResult, NeuronResult, NMFResult


@functools.lru_cache(maxsize=4)
def _load_named_model(name: str) -> TransformerWrapper:
    from lit_ext.server import build_model

    try:
        model_config = load_config(name).models[0]
    except ConfigError:
        if name.endswith((".yaml", ".yml")) or Path(name).is_file():
            raise
        model_config = model_config_from_spec(name)
    model = build_model(model_config)
    if not isinstance(model, TransformerWrapper):
        raise TypeError(f"'{name}' is not a lit-ext model wrapper.")
    return model


def resolve_model(model: TransformerWrapper | str) -> TransformerWrapper:
    return model if isinstance(model, TransformerWrapper) else _load_named_model(str(model))


def _integer(name: str, value) -> int:
    """`value` as an int; a string or float here is a caller's mistake worth naming."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be an integer, got {value!r}.")
    return int(value)


def _example(wrapper: TransformerWrapper, text: str, text_b: str | None) -> dict:
    for name, value in (("text", text), ("text_b", text_b)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a str, got {type(value).__name__}"
                            f"{' (decode it first)' if isinstance(value, bytes) else ''}.")
    example = {wrapper.text_a: text}
    if text_b is not None:
        if not wrapper.text_b:
            raise ValueError("This model takes a single text; load it with text_b set for pairs.")
        example[wrapper.text_b] = text_b
    return example


def attention(model: TransformerWrapper | str, text: str, text_b: str | None = None) -> AttentionResult:
    """Attention of every layer and head: `weights` (layers, heads, n, n) and `tokens`."""
    wrapper = resolve_model(model)
    item = wrapper.introspect([_example(wrapper, text, text_b)], what=["attention"])[0]
    return AttentionResult(tokens=item.tokens, weights=item.attention, segment_ids=item.segment_ids,
                           display_tokens=item.display_tokens, special_tokens=item.special_tokens)


def neurons(model: TransformerWrapper | str, text: str, layer: int, head: int,
            text_b: str | None = None) -> NeuronResult:
    """Query and key vectors (n, head_dim) of one layer/head, the terms the model adds to their
    scaled product, and its attention (n, n): `result.softmax()` equals `result.attention`."""
    wrapper = resolve_model(model)
    layer, head = _integer("layer", layer), _integer("head", head)
    check_head(head, wrapper.num_heads)
    item = wrapper.introspect([_example(wrapper, text, text_b)], what=["attention", "query_key"],
                              layers=[layer])[0]
    return NeuronResult(
        tokens=item.tokens, display_tokens=item.display_tokens, layer=layer, head=head,
        query=item.query[0, head], key=item.key[0, head], attention=item.attention[0, head],
        scale=item.score_scale, scale_label=item.score_scale_label,
        terms={term.name: term.values[0, head] for term in item.score_terms},
        key_allowed=None if item.key_allowed is None else item.key_allowed[0, head],
        position_transform=item.position_transform, segment_ids=item.segment_ids,
        special_tokens=item.special_tokens)


def nmf(model: TransformerWrapper | str, text: str, n_components: int = 8,
        from_layer: int | None = None, to_layer: int | None = None, text_b: str | None = None,
        exclude_special_tokens: bool = True) -> NMFResult:
    """Ecco-style NMF of FFN activations in layers from_layer <= l < to_layer (default: all)."""
    wrapper = resolve_model(model)
    n_components = _integer("n_components", n_components)
    bounds = {key: _integer(key, value) for key, value in
              (("from_layer", from_layer), ("to_layer", to_layer)) if value is not None}
    if bounds.get("from_layer", 0) >= bounds.get("to_layer", wrapper.num_layers):
        raise ValueError(f"from_layer ({bounds.get('from_layer', 0)}) must be below to_layer "
                         f"({bounds.get('to_layer', wrapper.num_layers)}).")
    layers = layer_range(bounds, wrapper.num_layers)
    item, fitted = factorise(wrapper, [_example(wrapper, text, text_b)], n_components, layers,
                             exclude_special_tokens)[0]
    return NMFResult(
        tokens=item.tokens, display_tokens=item.display_tokens,
        token_mask=fitted.token_mask_.tolist(), layers=layers,
        factors=fitted.factors_, components=fitted.components_,
        top_neurons=[[(layers[pos], index, loading) for pos, index, loading in factor]
                     for factor in fitted.top_neurons()],
        layer_share=fitted.layer_share(), relative_error=fitted.relative_error_,
        segment_ids=item.segment_ids, special_tokens=item.special_tokens)

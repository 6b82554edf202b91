"""Interpreters that tie a classifier's internals to its prediction: which heads matter for it
(`head_importance`), what it becomes without some heads (`ablated_prediction`), and at which
layer the label appears (`layer_predictions`). The computations live in `lit_ext.models`
(`head_ablation`, `layer_lens`); these turn them into LIT payloads.
"""

from __future__ import annotations

from lit_nlp.api import types as lit_types

from lit_ext.interpreters.introspection_interpreter import IntrospectionInterpreter, unwrap_model
from lit_ext.models import head_ablation, layer_lens
from lit_ext.models.classification_heads import has_classification_head
from lit_ext.models.transformer_wrapper import TransformerWrapper

METHODS = ("ablation", "gradient")


def parse_heads(value) -> list[tuple[int, int]]:
    """(layer, head) pairs from "layer:head,layer:head" or a list of pairs; empty: none."""
    if value in (None, "", []):
        return []
    items = value.split(",") if isinstance(value, str) else list(value)
    pairs = []
    for item in items:
        try:
            layer, head = (item.split(":") if isinstance(item, str) else item)
            pairs.append((int(layer), int(head)))
        except (TypeError, ValueError):
            raise ValueError(f"Heads must be written layer:head, comma-separated (e.g. "
                             f"'0:3,5:11'); got {item!r}.") from None
    return pairs


class ClassifierInterpreter(IntrospectionInterpreter):
    """For lit-ext classifiers whose head lit-ext can apply (see `classification_heads`)."""

    def is_compatible(self, model, dataset) -> bool:
        return (super().is_compatible(model, dataset)
                and has_classification_head(unwrap_model(model).model))

    def labels(self, wrapper: TransformerWrapper) -> list[str]:
        return list(getattr(wrapper, "labels", []))


class HeadImportance(ClassifierInterpreter):
    """Per layer and head, how much the prediction depends on it.

    method "ablation" (default): p(predicted class) − p(predicted class with the head's context
    zeroed), signed. method "gradient": |∂(−log p(predicted class))/∂ξ_h| for a gate ξ_h = 1 on
    the head (Michel et al. 2019). Per example; average over examples in the client.
    """

    def config_spec(self) -> lit_types.Spec:
        return {"method": lit_types.CategoryLabel(vocab=list(METHODS), default=METHODS[0],
                                                  required=False)}

    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        del dataset, model_outputs
        wrapper = self.wrapper(model)
        method = (config or {}).get("method") or "ablation"
        if method not in METHODS:
            raise ValueError(f"Unknown head importance method {method!r}; choose from {list(METHODS)}.")
        labels = self.labels(wrapper)
        if method == "gradient":
            probabilities, importances = zip(*head_ablation.gradient_importance(wrapper, inputs))
        else:
            probabilities, importances = [], []
            for example in inputs:
                base, ablated = head_ablation.ablation_probabilities(wrapper, example)
                predicted = int(base.argmax())
                probabilities.append(base)
                importances.append(base[predicted] - ablated[..., predicted])
        return [{"method": method, "num_layers": int(importance.shape[0]),
                 "num_heads": int(importance.shape[1]), "importance": importance.tolist(),
                 "label": labels[int(probas.argmax())], "probability": float(probas.max())}
                for importance, probas in zip(importances, probabilities)]


class AblatedPrediction(ClassifierInterpreter):
    """The prediction with some heads switched off, next to the full model's."""

    def config_spec(self) -> lit_types.Spec:
        return {"heads": lit_types.TextSegment(default="", required=False)}  # "layer:head,..."

    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        del dataset, model_outputs
        wrapper = self.wrapper(model)
        heads = parse_heads((config or {}).get("heads"))
        full = head_ablation.ablated_probabilities(wrapper, inputs, [])
        ablated = head_ablation.ablated_probabilities(wrapper, inputs, heads)
        return [{"labels": self.labels(wrapper), "probas": before.tolist(),
                 "probas_ablated": after.tolist(), "heads": [list(pair) for pair in heads]}
                for before, after in zip(full, ablated)]


class LayerPredictions(ClassifierInterpreter):
    """The classifier's own head on every layer's hidden states: (layers + 1, classes)."""

    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        del dataset, model_outputs, config
        wrapper = self.wrapper(model)
        layers = ["embeddings"] + [str(layer + 1) for layer in range(wrapper.num_layers)]
        return [{"labels": self.labels(wrapper), "layers": layers, "probas": probas.tolist()}
                for probas in layer_lens.layer_probabilities(wrapper, inputs)]

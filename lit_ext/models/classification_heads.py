"""Each sequence classifier's own head, applicable to the hidden states after any layer.

A classifier reads its prediction off the last layer through a head of its own: BERT and ALBERT
pool [CLS] through a dense+tanh pooler, DistilBERT through `pre_classifier` and a ReLU, RoBERTa,
ELECTRA and MPNet through a dense+tanh+projection head on the first token, DeBERTa through its
`ContextPooler`, ModernBERT through its final norm, [CLS] or mean pooling and a prediction head.
Applying that same head to every layer's hidden states shows when the label appears: the logit
lens (nostalgebraist 2020) for classifiers. Applied to the last layer's output it gives the
model's prediction exactly (tested for every architecture).

`hidden` is what the layer hands to the next one (batch, n, hidden), before any final norm the
encoder applies after its last layer (ModernBERT's `final_norm` is part of its head here).
"""

from __future__ import annotations

from collections.abc import Callable

import torch

# (model, hidden (batch, n, hidden), attention_mask (batch, n)) -> logits (batch, classes)
HeadFunction = Callable[[torch.nn.Module, torch.Tensor, torch.Tensor], torch.Tensor]


def _bert(model, hidden, mask):
    return model.classifier(model.dropout(model.bert.pooler(hidden)))


def _albert(model, hidden, mask):
    pooled = model.albert.pooler_activation(model.albert.pooler(hidden[:, 0]))
    return model.classifier(model.dropout(pooled))


def _distilbert(model, hidden, mask):
    pooled = torch.relu(model.pre_classifier(hidden[:, 0]))
    return model.classifier(model.dropout(pooled))


def _sequence_head(model, hidden, mask):
    """RoBERTa, ELECTRA, MPNet: `classifier` takes the whole sequence and pools the first token."""
    return model.classifier(hidden)


def _deberta(model, hidden, mask):
    return model.classifier(model.dropout(model.pooler(hidden)))


def _modernbert(model, hidden, mask):
    hidden = model.model.final_norm(hidden)
    weights = pooling_weights(model, mask).to(hidden.dtype)
    pooled = torch.einsum("bn,bnh->bh", weights, hidden)
    return model.classifier(model.drop(model.head(pooled)))


CLASSIFICATION_HEADS: dict[str, HeadFunction] = {
    "bert": _bert,
    "albert": _albert,
    "distilbert": _distilbert,
    "roberta": _sequence_head,
    "xlm-roberta": _sequence_head,
    "camembert": _sequence_head,
    "electra": _sequence_head,
    "mpnet": _sequence_head,
    "deberta-v2": _deberta,
    "modernbert": _modernbert,
}


def has_classification_head(model: torch.nn.Module) -> bool:
    return (model.config.model_type in CLASSIFICATION_HEADS
            and type(model).__name__.endswith("ForSequenceClassification"))


def classification_head(model: torch.nn.Module) -> HeadFunction:
    """The head function of `model`; raises ValueError for bare encoders or unknown types."""
    if not has_classification_head(model):
        raise ValueError(
            f"{type(model).__name__} has no sequence classification head lit-ext can apply to "
            f"intermediate layers; supported: *ForSequenceClassification of "
            f"{', '.join(sorted(CLASSIFICATION_HEADS))}.")
    return CLASSIFICATION_HEADS[model.config.model_type]


def pooling_weights(model: torch.nn.Module, attention_mask: torch.Tensor) -> torch.Tensor:
    """(batch, n) weights of the positions the prediction is read from, summing to 1 per row:
    the first token ([CLS], <s>) for every family, except ModernBERT with mean pooling."""
    mask = attention_mask.float()
    if getattr(model.config, "classifier_pooling", "cls") == "mean":
        return mask / mask.sum(dim=1, keepdim=True)
    weights = torch.zeros_like(mask)
    weights[:, 0] = 1
    return weights

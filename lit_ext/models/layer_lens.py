"""Layer by layer: the classifier's own head on each layer's hidden states (a logit lens).

Shows at which layer the predicted label appears (nostalgebraist 2020, "interpreting GPT: the
logit lens", applied to a classification head instead of the unembedding). The head of each
architecture is in `classification_heads`; its last row is the model's prediction.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch

from lit_ext.models.classification_heads import classification_head
from lit_ext.models.layer_trace import trace_layers
from lit_ext.models.transformer_wrapper import JsonDict, TransformerWrapper


def layer_probabilities(wrapper: TransformerWrapper, inputs: Sequence[JsonDict]) -> list[np.ndarray]:
    """Per example, (layers + 1, classes) probabilities: from the embeddings (row 0) to the last
    layer (row L, the model's prediction)."""
    model = wrapper.model
    head = classification_head(model)
    encoding, _ = wrapper.tokenize(inputs)
    model_inputs = wrapper._model_inputs(encoding)
    with wrapper.forward_lock:
        trace = trace_layers(model, model_inputs)
    with torch.inference_mode():
        logits = torch.stack([head(model, hidden, model_inputs["attention_mask"])
                              for hidden in trace.hidden_states()], dim=1)
    return list(torch.softmax(logits.float(), dim=-1).numpy())

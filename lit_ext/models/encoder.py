"""LIT wrapper for bare HF encoders (`AutoModel`): tokens, embeddings and attention only."""

from __future__ import annotations

from collections.abc import Sequence

import torch
import transformers

from lit_ext.models.loading import dtype_argument, load_pretrained
from lit_ext.models.transformer_wrapper import JsonDict, TransformerWrapper


class EncoderModel(TransformerWrapper):
    """A bare transformer encoder: no task head, so no predictions are invented for it."""

    @classmethod
    def from_pretrained(cls, name_or_path: str, dtype: str = "auto", **kwargs) -> EncoderModel:
        """Loads `AutoModel` + `AutoTokenizer` from a hub id or a local directory.

        dtype: "auto" (as saved), "float32", "float16" or "bfloat16".
        """
        model = load_pretrained(transformers.AutoModel, name_or_path, attn_implementation="eager",
                                **dtype_argument(dtype))
        tokenizer = load_pretrained(transformers.AutoTokenizer, name_or_path)
        return cls(model, tokenizer, **kwargs)

    def predict_minibatch(self, inputs: Sequence[JsonDict]) -> list[JsonDict]:
        encoding, dropped = self.tokenize(inputs)
        with self.forward_lock, torch.inference_mode():
            outputs = self.model(**self._model_inputs(encoding),
                                 output_attentions=self.attention_outputs)
        return self._encoder_outputs(encoding, outputs.last_hidden_state, outputs.attentions,
                                     dropped)

"""LIT wrapper for HF sequence classifiers (`AutoModelForSequenceClassification`).

Besides probabilities it returns what LIT's own salience components need: the input token
embeddings and the gradient of the target class's log-probability with respect to them
(Grad L2 Norm, Grad·Input), and it accepts modified embeddings back (Integrated Gradients).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch
import transformers
from lit_nlp.api import types as lit_types

from lit_ext.models.loading import dtype_argument, load_pretrained
from lit_ext.models.transformer_wrapper import JsonDict, TransformerWrapper


class ClassifierModel(TransformerWrapper):
    """A sentence (or sentence-pair) classifier.

    Args:
      labels: class names in logit order; defaults to the checkpoint's `id2label`. They must
        match the dataset's label vocabulary for LIT's metrics.
      label_field: the dataset field with the gold label (the predictions' parent).
      Other arguments as for `TransformerWrapper`.
    """

    def __init__(self, model, tokenizer, *, labels: Sequence[str] | None = None,
                 label_field: str = "label", **kwargs):
        super().__init__(model, tokenizer, **kwargs)
        num_labels = model.config.num_labels
        if labels is None:
            labels = [model.config.id2label[i] for i in range(num_labels)]
        if len(labels) != num_labels:
            raise ValueError(
                f"{len(labels)} labels given ({list(labels)}) but the model has {num_labels} classes.")
        self.labels = [str(label) for label in labels]
        self.label_field = label_field

    @classmethod
    def from_pretrained(cls, name_or_path: str, dtype: str = "auto", **kwargs) -> ClassifierModel:
        """Loads `AutoModelForSequenceClassification` + `AutoTokenizer` by hub id or path.

        dtype: "auto" (as saved), "float32", "float16" or "bfloat16".
        """
        model = load_pretrained(transformers.AutoModelForSequenceClassification, name_or_path,
                                attn_implementation="eager", **dtype_argument(dtype))
        tokenizer = load_pretrained(transformers.AutoTokenizer, name_or_path)
        return cls(model, tokenizer, **kwargs)

    def input_spec(self) -> lit_types.Spec:
        return super().input_spec() | {
            self.label_field: lit_types.CategoryLabel(vocab=self.labels, required=False),
            "input_embs": lit_types.TokenEmbeddings(align="tokens", required=False),
            "grad_class": lit_types.CategoryLabel(vocab=self.labels, required=False),
        }

    def output_spec(self) -> lit_types.Spec:
        return super().output_spec() | {
            "probas": lit_types.MulticlassPreds(vocab=self.labels, parent=self.label_field),
            "input_embs": lit_types.TokenEmbeddings(align="tokens"),
            "token_grads": lit_types.TokenGradients(
                align="tokens", grad_for="input_embs", grad_target_field_key="grad_class"),
            "grad_class": lit_types.CategoryLabel(vocab=self.labels, required=False),
        }

    def _input_embeddings(self, inputs: Sequence[JsonDict], input_ids: torch.Tensor) -> torch.Tensor:
        """Word embeddings of the batch, replaced by caller-given ones where present (IG)."""
        embeddings = self.model.get_input_embeddings()(input_ids).detach().clone()
        for i, example in enumerate(inputs):
            given = example.get("input_embs")
            if given is not None:
                given = torch.as_tensor(np.asarray(given), dtype=embeddings.dtype)
                if given.shape[0] > embeddings.shape[1] or given.shape[1] != embeddings.shape[2]:
                    raise ValueError(
                        f"input_embs has shape {tuple(given.shape)}, which does not fit "
                        f"{embeddings.shape[1]} tokens of width {embeddings.shape[2]}.")
                embeddings[i, :given.shape[0]] = given
        return embeddings.requires_grad_(True)

    def _target_classes(self, inputs: Sequence[JsonDict], probas: torch.Tensor) -> list[int]:
        targets = []
        for example, row in zip(inputs, probas):
            wanted = example.get("grad_class")
            if wanted in (None, ""):
                targets.append(int(row.argmax()))
            elif wanted in self.labels:
                targets.append(self.labels.index(wanted))
            else:
                raise ValueError(f"grad_class {wanted!r} is not one of {self.labels}.")
        return targets

    def predict_minibatch(self, inputs: Sequence[JsonDict]) -> list[JsonDict]:
        encoding, dropped = self.tokenize(inputs)
        model_inputs = self._model_inputs(encoding)
        input_ids = model_inputs.pop("input_ids")
        for scale in self.gradient_scales():
            with self.forward_lock, torch.enable_grad():
                embeddings = self._input_embeddings(inputs, input_ids)
                outputs = self.model(inputs_embeds=embeddings, **model_inputs,
                                     output_attentions=self.attention_outputs,
                                     output_hidden_states=True)
                # In float32 whatever the model's dtype, so that probabilities near 0 or 1 keep
                # their digits; the gradient flows through the cast.
                log_probs = torch.log_softmax(outputs.logits.float(), dim=-1)
                targets = self._target_classes(inputs, log_probs)
                (scale * log_probs[torch.arange(len(targets)), targets].sum()).backward()
            gradients = embeddings.grad.float() / scale
            if bool(torch.isfinite(gradients).all()):
                break

        results = self._encoder_outputs(encoding, outputs.hidden_states[-1].detach(),
                                        outputs.attentions, dropped)
        probas = log_probs.detach().exp().numpy()
        for i, result in enumerate(results):
            n = len(result["tokens"])
            result.update(
                probas=probas[i],
                input_embs=embeddings[i, :n].detach().float().numpy(),
                token_grads=gradients[i, :n].numpy(),
                grad_class=self.labels[targets[i]],
            )
        return results

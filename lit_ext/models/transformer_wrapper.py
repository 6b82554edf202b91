"""What every lit-ext model wrapper shares: tokenisation, batching and introspection.

Subclasses add their own outputs (`EncoderModel`, `ClassifierModel`). Internals that would bloat
LIT's per-example prediction cache (attention of every head, q/k vectors, FFN units) are not
part of `predict()`; `introspect()` computes them on demand for the examples a view asks about.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable, Iterator, Sequence

import torch
import transformers
from lit_nlp.api import model as lit_model
from lit_nlp.api import types as lit_types
from lit_nlp.lib import utils as lit_utils

from lit_ext.models import introspection
from lit_ext.models.architectures import supports_introspection

JsonDict = lit_types.JsonDict

# LIT warns about wrappers that are slow to batch; 16 keeps a 2-core CPU busy without
# holding 512-token batches of every layer's activations in memory.
DEFAULT_BATCH_SIZE = 16
# predict() sorts this many batches' worth of examples at a time by length, so that a batch pads
# to similar lengths (2x faster on SST-2 dev) while LIT's progress bar still moves.
SORT_WINDOW_BATCHES = 16


class TransformerWrapper(lit_model.BatchedModel):
    """A HF encoder behind LIT's `Model` API, with on-demand introspection.

    Args:
      model: a loaded HF model (bare encoder or with a task head), eager attention.
      tokenizer: its tokenizer.
      text_a: name of the input field holding the (first) sentence.
      text_b: name of the field holding the second sentence of a pair, or None.
      max_length: longest token sequence fed to the model; longer inputs are truncated (and
        the `dropped_tokens` output says by how much). Defaults to the model's limit.
      batch_size: examples per forward pass.
      attention_outputs: also return every layer's `AttentionHeads` from `predict()`. Off by
        default: LIT caches predictions of every example, and attention is megabytes each.
    """

    def __init__(
        self,
        model: transformers.PreTrainedModel,
        tokenizer: transformers.PreTrainedTokenizerBase,
        *,
        text_a: str = "sentence",
        text_b: str | None = None,
        max_length: int | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        attention_outputs: bool = False,
    ):
        # Gradients are only ever taken with respect to input embeddings; without this every
        # backward pass would also compute (and accumulate) gradients for all weights, which
        # doubled the cost of predictions.
        self.model = model.eval().requires_grad_(False)
        self.tokenizer = tokenizer
        self.text_a = text_a
        self.text_b = text_b
        self.max_length = self._resolve_max_length(max_length)
        self.batch_size = batch_size
        self.attention_outputs = attention_outputs
        # Introspection hooks see every pass through a module, so all forward passes of this
        # model (predictions too) are serialised; the 2-thread CPU gains nothing from overlap.
        self.forward_lock = threading.Lock()

    # ---- LIT Model API -------------------------------------------------------------------

    def max_minibatch_size(self) -> int:
        return self.batch_size

    def predict(self, inputs: Iterable[JsonDict], **kw) -> Iterator[JsonDict]:
        """Outputs for `inputs` in their order, computed in batches of similar text length."""
        for window in lit_utils.batch_iterator(inputs, self.batch_size * SORT_WINDOW_BATCHES):
            order = sorted(range(len(window)), key=lambda i: self._text_length(window[i]))
            outputs: list[JsonDict] = [{}] * len(window)
            for start in range(0, len(order), self.batch_size):
                batch = order[start:start + self.batch_size]
                for i, output in zip(batch, self.predict_minibatch([window[i] for i in batch], **kw)):
                    outputs[i] = output
            # As LIT's BatchedModel does: copy array slices so the padded batch tensors can go.
            yield from (lit_model.scrub_numpy_refs(output) for output in outputs)

    def _text_length(self, example: JsonDict) -> int:
        fields = [self.text_a] + ([self.text_b] if self.text_b else [])
        return sum(len(str(example.get(field) or "")) for field in fields)

    def input_spec(self) -> lit_types.Spec:
        spec = {self.text_a: lit_types.TextSegment()}
        if self.text_b:
            spec[self.text_b] = lit_types.TextSegment()
        return spec

    def output_spec(self) -> lit_types.Spec:
        spec = {
            "tokens": lit_types.Tokens(parent=self.text_a),
            "cls_emb": lit_types.Embeddings(),
            "mean_emb": lit_types.Embeddings(),
            "dropped_tokens": lit_types.Scalar(),
        }
        if self.attention_outputs:
            for layer in range(self.num_layers):
                spec[f"layer_{layer}/attention"] = lit_types.AttentionHeads(
                    align_in="tokens", align_out="tokens")
        return spec

    def description(self) -> str:
        return f"{type(self).__name__}({self.model.config.name_or_path})"

    # ---- Shared helpers ------------------------------------------------------------------

    @property
    def num_layers(self) -> int:
        return self.model.config.num_hidden_layers

    @property
    def num_heads(self) -> int:
        return self.model.config.num_attention_heads

    @property
    def supports_introspection(self) -> bool:
        return supports_introspection(self.model)

    def _resolve_max_length(self, requested: int | None) -> int:
        positions = getattr(self.model.config, "max_position_embeddings", None)
        if positions and self.model.config.model_type in ("roberta", "xlm-roberta", "camembert"):
            positions -= 2  # RoBERTa's position ids start after the padding index
        # Tokenizers without a limit report ~1e30.
        limits = [limit for limit in (positions, self.tokenizer.model_max_length)
                  if limit and limit < 100_000]
        model_limit = min(limits) if limits else 512
        if requested is None:
            return model_limit
        if not 2 < requested <= model_limit:
            raise ValueError(f"max_length must be in 3..{model_limit} for this model, got {requested}.")
        return requested

    def _texts(self, inputs: Sequence[JsonDict]) -> tuple[list[str], list[str] | None]:
        """The input texts, validated: empty or whitespace-only text is an error."""
        fields = [self.text_a] + ([self.text_b] if self.text_b else [])
        for example in inputs:
            for field in fields:
                text = example.get(field)
                if not isinstance(text, str):
                    raise ValueError(f"Input field '{field}' must be text, got {type(text).__name__}.")
                if not text.strip():
                    raise ValueError(f"Input field '{field}' is empty; enter some text to analyse.")
        texts_a = [example[self.text_a] for example in inputs]
        texts_b = [example[self.text_b] for example in inputs] if self.text_b else None
        return texts_a, texts_b

    def tokenize(self, inputs: Sequence[JsonDict]) -> tuple[transformers.BatchEncoding, list[int]]:
        """A padded, truncated batch, and for each example how many tokens truncation dropped."""
        texts_a, texts_b = self._texts(inputs)
        encoding = self.tokenizer(texts_a, texts_b, truncation=True, max_length=self.max_length,
                                  padding=True, return_tensors="pt")
        kept = encoding["attention_mask"].sum(dim=1).tolist()
        dropped = [0] * len(kept)
        # Only examples that reached max_length can have lost tokens: count theirs again in full.
        full = [i for i, length in enumerate(kept) if length >= self.max_length]
        if full:
            lengths = self.tokenizer([texts_a[i] for i in full],
                                     [texts_b[i] for i in full] if texts_b else None,
                                     truncation=False, verbose=False)["input_ids"]
            for i, ids in zip(full, lengths):
                dropped[i] = len(ids) - kept[i]
        return encoding, dropped

    def _model_inputs(self, encoding: transformers.BatchEncoding) -> dict[str, torch.Tensor]:
        """The encoding's tensors that this model's forward() accepts."""
        accepted = {"input_ids", "attention_mask"}
        # DistilBERT has no segment embeddings; RoBERTa has a single one (and its tokenizer
        # sends none), so only BERT-style models with several get token_type_ids.
        if getattr(self.model.config, "type_vocab_size", 0) > 1:
            accepted.add("token_type_ids")
        return {k: v for k, v in encoding.items() if k in accepted}

    def _tokens(self, encoding: transformers.BatchEncoding) -> list[list[str]]:
        lengths = encoding["attention_mask"].sum(dim=1).tolist()
        return [self.tokenizer.convert_ids_to_tokens(ids[:n].tolist())
                for ids, n in zip(encoding["input_ids"], lengths)]

    def _segment_ids(self, encoding: transformers.BatchEncoding) -> list[list[int]]:
        """Per token 0 for the first text, 1 for the second (and the tokens around it)."""
        lengths = encoding["attention_mask"].sum(dim=1).tolist()
        return [[0 if seq is None else seq for seq in
                 self._fill_special(encoding.sequence_ids(i)[:n])]
                for i, n in enumerate(lengths)]

    def _special_tokens(self, encoding: transformers.BatchEncoding) -> list[list[bool]]:
        # [UNK] stands for real text the vocabulary lacks (CJK, rare symbols), not markup.
        special_ids = set(self.tokenizer.all_special_ids) - {self.tokenizer.unk_token_id}
        lengths = encoding["attention_mask"].sum(dim=1).tolist()
        return [[token_id in special_ids for token_id in ids[:n].tolist()]
                for ids, n in zip(encoding["input_ids"], lengths)]

    @staticmethod
    def _fill_special(sequence_ids: list[int | None]) -> list[int | None]:
        # Special tokens have no sequence id; give each the id of the text before it, so the
        # [SEP] closing text A belongs to A and the final [SEP] to B.
        filled, current = [], 0
        for seq in sequence_ids:
            current = current if seq is None else seq
            filled.append(current)
        return filled

    def _encoder_outputs(self, encoding, hidden: torch.Tensor, attentions, dropped: list[int],
                         ) -> list[JsonDict]:
        """The outputs every wrapper returns, one dict per example."""
        mask = encoding["attention_mask"].unsqueeze(-1).to(hidden.dtype)
        mean = (hidden * mask).sum(dim=1) / mask.sum(dim=1)
        outputs = []
        for i, tokens in enumerate(self._tokens(encoding)):
            n = len(tokens)
            output = {
                "tokens": tokens,
                "cls_emb": hidden[i, 0].float().numpy(),
                "mean_emb": mean[i].float().numpy(),
                "dropped_tokens": dropped[i],
            }
            if self.attention_outputs:
                for layer, layer_attention in enumerate(attentions):
                    output[f"layer_{layer}/attention"] = (
                        layer_attention[i, :, :n, :n].detach().float().numpy())
            outputs.append(output)
        return outputs

    # ---- Introspection -------------------------------------------------------------------

    def introspect(
        self,
        inputs: Sequence[JsonDict],
        what: Collection[str] = introspection.INTERNALS,
        layers: Sequence[int] | None = None,
    ) -> list[introspection.Internals]:
        """Attention, query/key vectors and/or FFN units for `inputs`, computed now.

        Args:
          inputs: examples with this model's input fields.
          what: any of "attention", "query_key", "ffn".
          layers: layer indices to return (numeric order); None for all.
        """
        if not self.supports_introspection:
            raise NotImplementedError(
                f"{self.model.config.model_type} models do not support introspection.")
        layers = introspection.check_layers(layers, self.num_layers)
        results = []
        for start in range(0, len(inputs), self.batch_size):
            chunk = inputs[start:start + self.batch_size]
            encoding, _ = self.tokenize(chunk)
            with self.forward_lock:
                captured = introspection.capture_internals(
                    self.model, self._model_inputs(encoding), what, layers)
            results.extend(introspection.split_examples(
                captured, self._tokens(encoding), self._segment_ids(encoding),
                self._special_tokens(encoding), layers))
        return results


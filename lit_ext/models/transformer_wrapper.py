"""What every lit-ext model wrapper shares: tokenisation, batching and introspection.

Subclasses add their own outputs (`EncoderModel`, `ClassifierModel`). Internals that would bloat
LIT's per-example prediction cache (attention of every head, q/k vectors, FFN units) are not
part of `predict()`; `introspect()` computes them on demand for the examples a view asks about.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Collection, Iterable, Iterator, Sequence

import numpy as np
import torch
import transformers
from lit_nlp.api import model as lit_model
from lit_nlp.api import types as lit_types
from lit_nlp.lib import utils as lit_utils

from lit_ext.finite import require_finite
from lit_ext.models import introspection, tokenization
from lit_ext.models.architectures import supports_introspection
from lit_ext.models.head_gating import switch_off_heads

JsonDict = lit_types.JsonDict
logger = logging.getLogger(__name__)

# LIT warns about wrappers that are slow to batch; 16 keeps a 2-core CPU busy without
# holding 512-token batches of every layer's activations in memory.
DEFAULT_BATCH_SIZE = 16
# predict() sorts this many batches' worth of examples at a time by length, so that a batch pads
# to similar lengths (2x faster on SST-2 dev) while LIT's progress bar still moves.
SORT_WINDOW_BATCHES = 16
# Tokens per example unless a config asks for more: ModernBERT accepts 8192, where eager
# attention alone takes 3 GB per layer and the views show only noise.
DEFAULT_MAX_LENGTH = 512
# Model types whose position ids start after the padding index, so that two positions of
# max_position_embeddings are never used.
_POSITIONS_AFTER_PADDING = ("roberta", "xlm-roberta", "camembert", "mpnet")


def owned_arrays(output: JsonDict) -> JsonDict:
    """`output` with every array that is a view replaced by a copy of its own.

    LIT caches predictions for as long as the server runs. An array made by `tensor[i].numpy()`
    is a view whose base is a torch tensor, and through it the padded tensor of the whole batch
    stays alive (the batch's hidden states behind each `cls_emb`). LIT's `scrub_numpy_refs`
    copies only views whose base it judges larger, and a torch base passes its check.
    """
    return {key: np.array(value) if isinstance(value, np.ndarray) and value.base is not None
            else value for key, value in output.items()}


def use_eager_attention(model: transformers.PreTrainedModel) -> None:
    """Switches `model` to transformers' eager attention, the only one that returns its weights.

    SDPA and flash attention compute the same outputs without materialising the probabilities,
    so a model loaded with them silently returns no attention. The switch changes no prediction
    beyond float rounding.
    """
    current = getattr(model.config, "_attn_implementation", None)
    if current in (None, "eager"):
        return
    setter = getattr(model, "set_attn_implementation", None)
    if setter is not None:
        setter("eager")
    if getattr(model.config, "_attn_implementation", None) != "eager":
        raise ValueError(
            f"This model uses '{current}' attention, which returns no attention weights, and "
            "could not be switched: load it with attn_implementation='eager'.")
    logger.info("Switched %s from %s to eager attention (attention weights need it).",
                model.config.name_or_path or model.config.model_type, current)


def lit_attention_field(layer: int) -> str:
    """The `AttentionHeads` output field of transformers' (0-based) `layer`, named as LIT's own
    GLUE models name theirs: `layer_1/attention` is layer 0."""
    return f"layer_{layer + 1}/attention"


def to_lit_attention(attention: np.ndarray) -> np.ndarray:
    """One example's attention [heads, query, key] (transformers' order) in the orientation of
    LIT's `AttentionHeads` fields, [heads, key, query]: LIT's GLUE models transpose theirs, and
    LIT's Attention module draws value[h][i][j] from align_out token i to align_in token j. Our
    client turns it back (`attention_data.ts`), so both kinds of model draw the same pattern."""
    return np.ascontiguousarray(attention.transpose(0, 2, 1))


class TransformerWrapper(lit_model.BatchedModel):
    """A HF encoder behind LIT's `Model` API, with on-demand introspection.

    Args:
      model: a loaded HF model (bare encoder or with a task head), in float32, float16 or
        bfloat16. A model loaded with SDPA or flash attention is switched to eager attention
        (`use_eager_attention`): the wrapper never declares outputs it could not return.
      tokenizer: its tokenizer.
      text_a: name of the input field holding the (first) sentence.
      text_b: name of the field holding the second sentence of a pair, or None.
      max_length: longest token sequence fed to the model; longer inputs are truncated (and
        the `dropped_tokens` output says by how much). Defaults to the model's limit or 512,
        whichever is smaller; up to the model's limit when given.
      batch_size: examples per forward pass.
      attention_outputs: also return every layer's `AttentionHeads` from `predict()`. Off by
        default: LIT caches predictions of every example, and attention is megabytes each. The
        fields follow LIT's own GLUE models (`lit_attention_field`): `layer_1/attention` is
        transformers' layer 0, and each is [heads, key, query].
      ablated_heads: (layer, head) pairs switched off in every forward pass (a pruned variant;
        `head_gating`). The wrapper then owns `model`: do not share it with a full variant.
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
        ablated_heads: Sequence[tuple[int, int]] = (),
    ):
        # Gradients are only ever taken with respect to input embeddings; without this every
        # backward pass would also compute (and accumulate) gradients for all weights, which
        # doubled the cost of predictions.
        self.model = model.eval().requires_grad_(False)
        use_eager_attention(self.model)
        self.tokenizer = tokenizer
        self.text_a = text_a
        self.text_b = text_b
        self.max_length = self._resolve_max_length(max_length)
        self.batch_size = batch_size
        self.attention_outputs = attention_outputs
        self.ablated_heads = [tuple(pair) for pair in ablated_heads]
        if self.ablated_heads:
            switch_off_heads(self.model, self.ablated_heads)
        self.num_layers = (introspection.num_layer_applications(self.model)
                           if self.supports_introspection else self.model.config.num_hidden_layers)
        self._token_type_ids = (
            getattr(self.model.config, "type_vocab_size", 0) > 1
            and "token_type_ids" in inspect.signature(self.model.forward).parameters)
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
                    require_finite(output, "prediction")
                    outputs[i] = output
            yield from (owned_arrays(output) for output in outputs)

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
                spec[lit_attention_field(layer)] = lit_types.AttentionHeads(
                    align_in="tokens", align_out="tokens")
        return spec

    def description(self) -> str:
        pruned = (f", heads {', '.join(f'{layer}:{head}' for layer, head in self.ablated_heads)} switched off"
                  if self.ablated_heads else "")
        return f"{type(self).__name__}({self.model.config.name_or_path}{pruned})"

    # ---- Shared helpers ------------------------------------------------------------------

    @property
    def num_heads(self) -> int:
        return self.model.config.num_attention_heads

    @property
    def supports_introspection(self) -> bool:
        return supports_introspection(self.model)

    def gradient_scales(self) -> tuple[float, ...]:
        """Factors to try, in order, for the objective of a backward pass; divide the gradients
        by the one whose gradients came out finite.

        float16 gradients of a confident prediction's log-probability underflow (25% error
        against float32 on the shipped classifier); scaling the objective by 2**10, as
        mixed-precision training does (Micikevicius et al. 2018, "Mixed Precision Training"),
        keeps them within 0.4%. Should the scaled gradients overflow, the pass is redone unscaled.
        """
        return (1024.0, 1.0) if self.model.dtype == torch.float16 else (1.0,)

    def _resolve_max_length(self, requested: int | None) -> int:
        positions = getattr(self.model.config, "max_position_embeddings", None)
        if positions and self.model.config.model_type in _POSITIONS_AFTER_PADDING:
            positions -= 2
        # Tokenizers without a limit report ~1e30.
        limits = [limit for limit in (positions, self.tokenizer.model_max_length)
                  if limit and limit < 100_000]
        model_limit = min(limits) if limits else DEFAULT_MAX_LENGTH
        if requested is None:
            return min(model_limit, DEFAULT_MAX_LENGTH)
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
        """A right-padded, truncated batch, and for each example how many tokens truncation dropped."""
        texts_a, texts_b = self._texts(inputs)
        return tokenization.encode(self.tokenizer, texts_a, texts_b, self.max_length,
                                   token_type_ids=self._token_type_ids)

    def _model_inputs(self, encoding: transformers.BatchEncoding) -> dict[str, torch.Tensor]:
        """The encoding's tensors that this model's forward() accepts."""
        accepted = {"input_ids", "attention_mask"}
        # DistilBERT, ModernBERT and DeBERTa-v3 have no segment embeddings, RoBERTa a single one
        # (and its tokenizer sends none): only models with several get token_type_ids.
        if self._token_type_ids:
            accepted.add("token_type_ids")
        return {k: v for k, v in encoding.items() if k in accepted}

    def _tokens(self, encoding: transformers.BatchEncoding) -> list[list[str]]:
        return tokenization.tokens(self.tokenizer, encoding)

    def words(self, inputs: Sequence[JsonDict]) -> list[tuple[list[int], list[str]]]:
        """Per example: the word index of every token (a special token is a word of its own) and
        the text of every word."""
        encoding, _ = self.tokenize(inputs)
        return [(words, tokenization.word_texts(self.tokenizer, tokens, special, words))
                for tokens, special, words in zip(
                    self._tokens(encoding), tokenization.special_token_masks(self.tokenizer, encoding),
                    tokenization.word_ids(self.tokenizer, encoding))]

    def _encoder_outputs(self, encoding, hidden: torch.Tensor, attentions, dropped: list[int],
                         ) -> list[JsonDict]:
        """The outputs every wrapper returns, one dict per example."""
        # Pooled in float32 whatever the model's dtype: a bfloat16 sum of 100 tokens loses digits.
        hidden = hidden.detach().float()
        mask = encoding["attention_mask"].unsqueeze(-1).float()
        mean = (hidden * mask).sum(dim=1) / mask.sum(dim=1)
        outputs = []
        for i, tokens in enumerate(self._tokens(encoding)):
            n = len(tokens)
            output = {
                "tokens": tokens,
                "cls_emb": hidden[i, 0].numpy(),
                "mean_emb": mean[i].numpy(),
                "dropped_tokens": dropped[i],
            }
            if self.attention_outputs:
                for layer, layer_attention in enumerate(attentions):
                    output[lit_attention_field(layer)] = to_lit_attention(
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
            tokens = self._tokens(encoding)
            special = tokenization.special_token_masks(self.tokenizer, encoding)
            display = [tokenization.display_tokens(self.tokenizer, example_tokens, example_special)
                       for example_tokens, example_special in zip(tokens, special)]
            results.extend(introspection.split_examples(
                captured, tokens, display, tokenization.segment_ids(self.tokenizer, encoding),
                special, layers))
        return results


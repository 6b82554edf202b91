"""Right values computed independently of lit-ext: plain transformers, one example, no padding.

Nothing here imports lit-ext. A test compares what lit-ext returns for a padded batch (or over
HTTP) with these values, so a bug in lit-ext's batching, cutting, hooks or encoding cannot make
both sides wrong in the same way.
"""

from __future__ import annotations

import dataclasses
import inspect

import numpy as np
import torch


@dataclasses.dataclass
class Reference:
    """One example run alone. Arrays are float32 numpy.

    probas (classes,); cls_emb/mean_emb (hidden,) of the last hidden state; input_embs (n, emb)
    and token_grads (n, emb): the gradient of the predicted (or given) class's log-probability
    with respect to the input embeddings; attention (layers, heads, n, n); inputs/outputs:
    per module path, what each call of that module received / returned, in call order.
    """

    tokens: list[str]
    ids: list[int]
    offsets: list[tuple[int, int]] | None
    probas: np.ndarray | None
    cls_emb: np.ndarray
    mean_emb: np.ndarray
    input_embs: np.ndarray
    token_grads: np.ndarray | None
    attention: np.ndarray
    inputs: dict[str, list[torch.Tensor]]
    outputs: dict[str, list[torch.Tensor]]


def reference(model, tokenizer, text: str, text_b: str | None = None, *,
              capture_inputs: tuple[str, ...] = (), capture_outputs: tuple[str, ...] = (),
              target: int | None = None) -> Reference:
    """Runs `model` on one example, unpadded, with eager attention and `output_attentions`.

    capture_inputs/capture_outputs: module paths (from the top-level model, e.g.
    "bert.encoder.layer.0.output.dense") whose first input / output to record on every call.
    """
    if model.config._attn_implementation != "eager":
        raise ValueError("The reference needs a model loaded with attn_implementation='eager'.")
    fast = getattr(tokenizer, "is_fast", False)
    encoding = tokenizer(text, text_b, return_tensors="pt", return_offsets_mapping=fast)
    offsets = [tuple(pair) for pair in encoding.pop("offset_mapping")[0].tolist()] if fast else None
    accepted = inspect.signature(model.forward).parameters
    kwargs = {k: v for k, v in encoding.items() if k in accepted and k != "input_ids"}
    ids = encoding["input_ids"]
    inputs: dict[str, list[torch.Tensor]] = {path: [] for path in capture_inputs}
    outputs: dict[str, list[torch.Tensor]] = {path: [] for path in capture_outputs}
    handles = [model.get_submodule(path).register_forward_pre_hook(
        lambda _m, args, path=path: inputs[path].append(args[0].detach().float()))
        for path in capture_inputs]
    handles += [model.get_submodule(path).register_forward_hook(
        lambda _m, _a, out, path=path: outputs[path].append(
            (out[0] if isinstance(out, tuple) else out).detach().float()))
        for path in capture_outputs]
    try:
        with torch.enable_grad():
            embeddings = model.get_input_embeddings()(ids).detach().requires_grad_(True)
            result = model(inputs_embeds=embeddings, output_attentions=True,
                           output_hidden_states=True, **kwargs)
            probas = grads = None
            if hasattr(result, "logits"):
                log_probs = torch.log_softmax(result.logits.float(), dim=-1)[0]
                chosen = int(log_probs.argmax()) if target is None else target
                log_probs[chosen].backward()
                probas = log_probs.detach().exp().numpy()
                grads = embeddings.grad[0].float().numpy()
    finally:
        for handle in handles:
            handle.remove()
    last = (result.hidden_states[-1] if result.hidden_states is not None
            else result.last_hidden_state)[0].detach().float()
    return Reference(
        tokens=tokenizer.convert_ids_to_tokens(ids[0].tolist()), ids=ids[0].tolist(),
        offsets=offsets, probas=probas, cls_emb=last[0].numpy(), mean_emb=last.mean(0).numpy(),
        input_embs=embeddings[0].detach().float().numpy(), token_grads=grads,
        attention=torch.stack(result.attentions, dim=1)[0].detach().float().numpy(),
        inputs=inputs, outputs=outputs)


def split_heads(projected: torch.Tensor, heads: int) -> np.ndarray:
    """(1, n, heads·d) -> (heads, n, d)."""
    _, n, width = projected.shape
    return projected[0].view(n, heads, width // heads).transpose(0, 1).numpy()


def softmax(scores: np.ndarray, allowed: np.ndarray | None = None) -> np.ndarray:
    """Softmax over the last axis, over the allowed positions only."""
    if allowed is not None:
        scores = np.where(allowed, scores, -np.inf)
    exps = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return exps / exps.sum(axis=-1, keepdims=True)

"""An encoder's forward pass recorded layer by layer, and replayed from any layer on.

`trace_layers` keeps the arguments of every layer application (the hidden states entering it,
masks, position embeddings, relative-position tables) and the hidden states after the last one.
That gives every layer's hidden states for the layer-by-layer prediction lens, and lets head
ablation start at the ablated layer instead of recomputing the layers before it, which are the
same with and without the ablation (`replay_layers`).
"""

from __future__ import annotations

import dataclasses

import torch

from lit_ext.models.architectures import find_layer_modules
from lit_ext.models.head_gating import gate_context
from lit_ext.models.layer_hooks import per_layer_hooks


@dataclasses.dataclass
class LayerTrace:
    """calls[l]: (args, kwargs) of layer application l, args[0] the hidden states entering it;
    output: hidden states after the last layer (batch, n, hidden); logits of the whole model."""

    calls: list[tuple[tuple, dict]]
    output: torch.Tensor
    logits: torch.Tensor
    replayable: bool

    def hidden_states(self) -> torch.Tensor:
        """(layers + 1, batch, n, hidden): entering layer 0 (embeddings), then after each layer."""
        return torch.stack([args[0] for args, _ in self.calls] + [self.output])


def _hidden(output) -> torch.Tensor:
    return output[0] if isinstance(output, tuple) else output


def trace_layers(model: torch.nn.Module, inputs: dict[str, torch.Tensor]) -> LayerTrace:
    """Runs `model(**inputs)` once (no gradients) and records it layer by layer.

    `replayable` says whether each layer's output is exactly the next layer's input, i.e. nothing
    runs between layers (DeBERTa-v2's optional convolution after its first layer does): only then
    can `replay_layers` reproduce the encoder.
    """
    layers = [m.layer for m in find_layer_modules(model)]
    calls: list = [None] * len(layers)
    outputs: list = [None] * len(layers)

    def keep_call(layer, _module, args, kwargs):
        calls[layer] = (args, kwargs)

    def keep_output(layer, _module, _args, output):
        outputs[layer] = _hidden(output)

    with (torch.inference_mode(), per_layer_hooks(model, layers, keep_call),
          per_layer_hooks(model, layers, keep_output, after=True)):
        logits = model(**inputs).logits
    replayable = all(torch.equal(outputs[i], calls[i + 1][0][0]) for i in range(len(layers) - 1))
    return LayerTrace(calls=calls, output=outputs[-1], logits=logits, replayable=replayable)


def replay_layers(model: torch.nn.Module, trace: LayerTrace, start: int, hidden: torch.Tensor,
                  start_gates: torch.Tensor | None = None) -> torch.Tensor:
    """The hidden states after the last layer when `hidden` (batch, n, hidden) enters layer
    `start`, with the heads of layer `start` scaled by `start_gates` (batch, heads) if given.

    Layers run with the traced call's other arguments, which broadcast over a larger batch (they
    have batch size 1 or none): trace a single example.
    """
    modules = find_layer_modules(model)

    def gate(_module, args):
        return (gate_context(args[0], start_gates),) + args[1:]

    with torch.inference_mode():
        for layer in range(start, len(modules)):
            args, kwargs = trace.calls[layer]
            handle = (modules[layer].attention_output.register_forward_pre_hook(gate)
                      if layer == start and start_gates is not None else None)
            try:
                hidden = _hidden(modules[layer].layer(hidden, *args[1:], **kwargs))
            finally:
                if handle is not None:
                    handle.remove()
    return hidden

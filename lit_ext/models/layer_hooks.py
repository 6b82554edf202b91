"""Forward hooks that know which layer is running, even when layers share a module.

ALBERT applies one shared layer `num_hidden_layers` times, so a hook on its query projection
fires once per layer: a hook must be told which *application* it sees, not which module. One
hook is registered per distinct module; it hands the layer index of each call to the callback,
counting calls in the order the encoder runs its layers. The count restarts at every forward
pass of the whole model (a pre-hook on it), so the hooks can stay installed.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence

import torch
from torch.utils.hooks import RemovableHandle

# callback(layer, module, args, kwargs) before a call: may return new (args, kwargs), as torch's
# pre-hooks; after a call, callback(layer, module, args, output) may return a new output.
LayerCallback = Callable[..., object]


def install_per_layer_hooks(model: torch.nn.Module, modules: Sequence[torch.nn.Module],
                            callback: LayerCallback, *, after: bool = False,
                            ) -> list[RemovableHandle]:
    """Hooks calling `callback` with the layer index of each application of `modules[layer]`.

    `modules[i]` is the module that runs as layer i, in the order `model`'s forward runs them.
    Before each call (`after=False`): `callback(layer, module, args, kwargs)`; after it:
    `callback(layer, module, args, output)`. Returns the handles; remove them to uninstall.
    """
    applications: dict[int, list[int]] = defaultdict(list)
    for layer, module in enumerate(modules):
        applications[id(module)].append(layer)
    calls: dict[int, int] = defaultdict(int)

    def layer_of(module) -> int:
        layers = applications[id(module)]
        layer = layers[calls[id(module)] % len(layers)]
        calls[id(module)] += 1
        return layer

    def before(module, args, kwargs):
        return callback(layer_of(module), module, args, kwargs)

    def after_call(module, args, output):
        return callback(layer_of(module), module, args, output)

    handles = [model.register_forward_pre_hook(lambda *_: calls.clear())]
    for module in {id(m): m for m in modules}.values():
        handles.append(module.register_forward_hook(after_call) if after else
                       module.register_forward_pre_hook(before, with_kwargs=True))
    return handles


@contextlib.contextmanager
def per_layer_hooks(model: torch.nn.Module, modules: Sequence[torch.nn.Module],
                    callback: LayerCallback, *, after: bool = False) -> Iterator[None]:
    """`install_per_layer_hooks` for the duration of a `with` block."""
    handles = install_per_layer_hooks(model, modules, callback, after=after)
    try:
        yield
    finally:
        for handle in handles:
            handle.remove()

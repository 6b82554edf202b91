"""lit-ext's LIT interpreters, by the names the UI and the HTTP API use."""

from __future__ import annotations

from lit_nlp.api import components as lit_components

from lit_ext.interpreters.attention import AttentionInterpreter
from lit_ext.interpreters.neuron_view import NeuronViewInterpreter
from lit_ext.interpreters.nmf import NMFInterpreter


def lit_ext_interpreters() -> dict[str, lit_components.Interpreter]:
    return {
        "attention": AttentionInterpreter(),
        "neuron_view": NeuronViewInterpreter(),
        "nmf": NMFInterpreter(),
    }

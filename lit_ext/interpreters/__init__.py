"""lit-ext's LIT interpreters, by the names the UI and the HTTP API use."""

from __future__ import annotations

from lit_nlp.api import components as lit_components

from lit_ext.interpreters.attention import AttentionInterpreter
from lit_ext.interpreters.attention_salience import AttentionFlow, AttentionNorm, AttentionRollout
from lit_ext.interpreters.neuron_view import NeuronViewInterpreter
from lit_ext.interpreters.nmf import NMFInterpreter
from lit_ext.interpreters.prediction_analysis import AblatedPrediction, HeadImportance, LayerPredictions
from lit_ext.interpreters.salience_methods import is_salience_method
from lit_ext.interpreters.subword_merging import SubwordMergingSalience


def lit_ext_interpreters() -> dict[str, lit_components.Interpreter]:
    return {
        "attention": AttentionInterpreter(),
        "neuron_view": NeuronViewInterpreter(),
        "nmf": NMFInterpreter(),
        "attention_rollout": AttentionRollout(),
        "attention_flow": AttentionFlow(),
        "attention_norm": AttentionNorm(),
        "head_importance": HeadImportance(),
        "ablated_prediction": AblatedPrediction(),
        "layer_predictions": LayerPredictions(),
    }


def with_subword_merging(interpreters: dict[str, lit_components.Interpreter],
                         ) -> dict[str, lit_components.Interpreter]:
    """Every salience interpreter (LIT's and ours) with a `merge_subwords` option."""
    return {name: SubwordMergingSalience(interpreter) if is_salience_method(interpreter)
            else interpreter for name, interpreter in interpreters.items()}

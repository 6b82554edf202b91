"""The `neuron_view` interpreter: one head's query and key vectors (BERTviz's neuron view)."""

from __future__ import annotations

from lit_nlp.api import types as lit_types

from lit_ext.interpreters.array_codec import encode_array
from lit_ext.interpreters.introspection_interpreter import IntrospectionInterpreter, config_int


def check_head(head: int, num_heads: int) -> None:
    if not 0 <= head < num_heads:
        raise ValueError(f"Head {head} is invalid: this model has heads 0..{num_heads - 1}.")


class NeuronViewInterpreter(IntrospectionInterpreter):
    """Query and key vectors of one layer/head, with that head's attention.

    query/key are (n, head_dim) after the projection and before the 1/sqrt(d) scaling, so the
    UI can show q, k, q∘k and q·k/√d; softmax(q·k/√d) over the keys equals `attention` (n, n).
    """

    def config_spec(self) -> lit_types.Spec:
        return {"layer": lit_types.Scalar(min_val=0, max_val=47, default=0, step=1, required=False),
                "head": lit_types.Scalar(min_val=0, max_val=63, default=0, step=1, required=False)}

    def run(self, inputs, model, dataset, model_outputs=None, config=None):
        del dataset, model_outputs
        wrapper = self.wrapper(model)
        config = config or {}
        layer = config_int(config, "layer", 0)
        head = config_int(config, "head", 0)
        check_head(head, wrapper.num_heads)
        results = []
        for item in wrapper.introspect(inputs, what=["attention", "query_key"], layers=[layer]):
            results.append({
                "tokens": item.tokens,
                "segment_ids": item.segment_ids,
                "layer": layer,
                "head": head,
                "query": encode_array(item.query[0, head]),
                "key": encode_array(item.key[0, head]),
                "attention": encode_array(item.attention[0, head]),
            })
        return results

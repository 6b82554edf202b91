"""A LIT model whose predictions carry corpus-factor activations, so they become data-table columns.

LIT 1.3.1's data table shows a column `<model>:<field>` for every `Scalar` in a model's output
spec (its DataService fetches them with `get_preds` for the whole dataset, and again for every
example the datapoint editor adds), sortable, filterable and usable for slices and facets. Dataset
fields would not do: the editor would copy a dataset example's stored values into its edit.
Here every prediction, of a dataset example or an edit, transforms the example with the fixed
factors.
"""

from __future__ import annotations

from collections.abc import Iterable

from lit_nlp.api import model as lit_model
from lit_nlp.api import types as lit_types

from lit_ext.corpus.factors import SUMMARIES, CorpusFactors, column_name, factor_columns
from lit_ext.models.transformer_wrapper import TransformerWrapper


class CorpusNMFModel(lit_model.ModelWrapper):
    """`model`'s outputs plus Scalars `nmf_f{j}_max` and `nmf_f{j}_mean` for each factor j.

    Max and mean are over the example's tokens, special tokens excluded unless the fit included
    them. They cost one extra forward pass without gradients per prediction batch (FFN capture
    runs through `introspect()`, which also serves the views).
    """

    def __init__(self, model: TransformerWrapper, factors: CorpusFactors):
        super().__init__(model)
        self.factors = factors

    def output_spec(self) -> lit_types.Spec:
        spec = dict(self.wrapped.output_spec())
        for summary in SUMMARIES:
            for factor in range(self.factors.n_components):
                spec[column_name(factor, summary)] = lit_types.Scalar()
        return spec

    def max_minibatch_size(self) -> int:
        return self.wrapped.max_minibatch_size()

    def predict(self, inputs: Iterable[lit_types.JsonDict], **kw) -> list[lit_types.JsonDict]:
        inputs = list(inputs)
        outputs = [dict(output) for output in self.wrapped.predict(inputs, **kw)]
        columns = factor_columns(self.factors.transform(self.wrapped, inputs),
                                 self.factors.n_components)
        for i, output in enumerate(outputs):
            output.update({name: float(values[i]) for name, values in columns.items()})
        return outputs

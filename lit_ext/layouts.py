"""lit-ext's LIT layouts, as data (LIT's own layouts stay available after ours)."""

from __future__ import annotations

from lit_nlp.api import layout

modules = layout.LitModuleName

SST2_LAYOUT = layout.LitCanonicalLayout(
    upper={"Data": [modules.DataTableModule, modules.DatapointEditorModule]},
    lower={
        # lit-ext's own modules are defined by the plugin bundle (lit_ext/client), named here by
        # element name. "Store" shows only when a precomputed store is served (`store_query`),
        # and then first: searching the whole store is what serving one is for.
        "Store": ["store-search-module"],
        "Predictions": [modules.ClassificationModule, modules.SalienceMapModule,
                        "faithfulness-module"],
        "Layers": ["layer-predictions-module"],
        # The search has a tab of its own: a third module here would narrow the model view
        # below its 12 heads.
        "Attention": ["head-view-module", "model-view-module"],
        "Attention search": ["attention-search-module"],
        "Neurons": ["neuron-view-module"],
        "NMF": ["nmf-module"],
        # Shows only for a model with corpus NMF factors (its `corpus_nmf` setting).
        "Corpus factors": ["corpus-factors-module"],
        "Embeddings": [modules.EmbeddingsModule],
        "Metrics": [modules.MetricsModule, modules.ConfusionMatrixModule],
    },
    layoutSettings=layout.LayoutSettings(mainHeight=40),
    description="lit-ext: data table and editor above; a precomputed store's search, "
                "predictions, salience maps and their faithfulness, predictions layer by layer, "
                "attention (head and model view, head importance and ablation, head statistics, "
                "pattern search), neurons, NMF factors, corpus NMF factors, embeddings and metrics below.",
)

LAYOUTS: dict[str, layout.LitCanonicalLayout] = {
    "lit_ext": SST2_LAYOUT,
    **layout.DEFAULT_LAYOUTS,
}
DEFAULT_LAYOUT = "lit_ext"

"""lit-ext's LIT layouts, as data (LIT's own layouts stay available after ours)."""

from __future__ import annotations

from lit_nlp.api import layout

modules = layout.LitModuleName

SST2_LAYOUT = layout.LitCanonicalLayout(
    upper={"Data": [modules.DataTableModule, modules.DatapointEditorModule]},
    lower={
        "Predictions": [modules.ClassificationModule, modules.SalienceMapModule],
        "Embeddings": [modules.EmbeddingsModule],
        "Metrics": [modules.MetricsModule, modules.ConfusionMatrixModule],
    },
    layoutSettings=layout.LayoutSettings(mainHeight=40),
    description="lit-ext: data table and editor above; predictions, salience, embeddings "
                "and metrics below.",
)

LAYOUTS: dict[str, layout.LitCanonicalLayout] = {
    "lit_ext": SST2_LAYOUT,
    **layout.DEFAULT_LAYOUTS,
}
DEFAULT_LAYOUT = "lit_ext"

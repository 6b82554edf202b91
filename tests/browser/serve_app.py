"""Starts lit-ext's LIT server for the browser tests.

    python tests/browser/serve_app.py CONFIG PORT [--client-root DIR]

Like `lit-ext serve`, but (1) when lit-ext's default layout does not show all four of our
modules yet, a test layout with the same tabs is put first, and (2) `--client-root` replaces
the assembled client (the missing-bundle test serves one without our bundle).
"""

from __future__ import annotations

import argparse

from lit_nlp import dev_server
from lit_nlp.api import layout

from lit_ext import server
from lit_ext.config import load_config

OUR_MODULES = ("head-view-module", "model-view-module", "neuron-view-module", "nmf-module")
modules = layout.LitModuleName

TEST_LAYOUT = layout.LitCanonicalLayout(
    upper={"Data": [modules.DataTableModule, modules.DatapointEditorModule]},
    lower={
        "Predictions": [modules.ClassificationModule],
        "Attention": ["head-view-module", "model-view-module"],
        "Neurons": ["neuron-view-module"],
        "NMF": ["nmf-module"],
    },
    layoutSettings=layout.LayoutSettings(mainHeight=40),
    description="lit-ext browser tests",
)


def module_names(canonical: layout.LitCanonicalLayout) -> set[str]:
    groups = [canonical.upper, canonical.lower, getattr(canonical, "left", {}) or {}]
    return {str(getattr(m, "value", m)) for group in groups for tab in group.values() for m in tab}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("config")
    parser.add_argument("port", type=int)
    parser.add_argument("--client-root")
    args = parser.parse_args()

    config = load_config(args.config)
    models, datasets = server.build_components(config)
    kwargs = server.app_kwargs(config, models)
    default = kwargs["layouts"][kwargs["default_layout"]]
    if not set(OUR_MODULES) <= module_names(default):
        kwargs["layouts"] = {"lit_ext_browser_test": TEST_LAYOUT, **kwargs["layouts"]}
        kwargs["default_layout"] = "lit_ext_browser_test"
    if args.client_root:
        kwargs["client_root"] = args.client_root
    dev_server.Server(models, datasets, host="127.0.0.1", port=args.port,
                      warm_start=config.server.warm_start, **kwargs).serve()


if __name__ == "__main__":
    main()

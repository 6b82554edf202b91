"""lit-ext: attention, neuron and NMF views for text classifiers inside LIT.

`lit_ext.attention`, `lit_ext.neurons` and `lit_ext.nmf` are the notebook API (see `lit_ext.api`),
`lit_ext.load` reads back a result saved as JSON (see `lit_ext.results`); they are imported on
first use so that `import lit_ext` stays light.
"""

__version__ = "0.1.0"
__all__ = ["attention", "neurons", "nmf", "load"]


def __getattr__(name: str):
    if name == "load":
        from lit_ext.results import load

        return load
    if name in __all__:
        from lit_ext import api

        return getattr(api, name)
    raise AttributeError(f"module 'lit_ext' has no attribute {name!r}")

"""Corpus-fitted NMF factors of FFN activations: fit once over a dataset, transform any example.

- `estimator.CorpusNMF`: the sklearn-style estimator over token rows (MiniBatchNMF fit, exact
  NNLS transform with the components fixed, `nnls.py`).
- `token_rows`: examples -> rows (FFN units of a layer range per non-special token).
- `fitting.fit_corpus_factors`: streams a dataset through the model, samples rows, fits.
- `factors.CorpusFactors`: a fit with its layers; `transform` per example, `factor_columns`
  (max/mean per factor: data-table or Parquet columns).
- `top_factors`: each factor's top examples and tokens.
- `storage`: save/load (safetensors + JSON metadata), checked against the model.
- `lit_model.CorpusNMFModel`: the factor columns as LIT model outputs; `startup`: from a config.
"""

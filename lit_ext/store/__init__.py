"""A precomputed store: a corpus's predictions (and analyses) in sharded Parquet files.

`lit-ext precompute` writes it (`precompute.py`, on Ray Data), `manifest.py` describes its
layout, `store_reader.py` queries it with DuckDB, and `lit-ext serve --data DIR` serves it.
"""

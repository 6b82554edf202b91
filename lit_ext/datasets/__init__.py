"""lit-ext's datasets, and building them from a config.

Imports stay inside `build_dataset`: the CLI loads data before it imports torch and LIT's app,
so a bad data file is reported in about a second rather than after the heavy imports.
"""

from __future__ import annotations

from collections.abc import Sequence

from lit_ext.config import DatasetConfig


def build_dataset(config: DatasetConfig):
    """The LIT dataset a `DatasetConfig` describes; errors name the file and line."""
    if config.kind == "sample":
        from lit_ext.datasets.sample_reviews import SampleReviews
        return SampleReviews()
    if config.kind == "store":
        from lit_ext.store.store_dataset import StoreSample
        return StoreSample(config.path, config.max_examples)
    if config.kind == "sst2":
        from lit_ext.datasets.sst2 import SST2Data
        return SST2Data(config.source, config.split, config.max_examples)
    from lit_ext.datasets.text_classification import TextClassificationData
    return TextClassificationData(config.path, config.labels, config.max_examples)


def build_datasets(configs: Sequence[DatasetConfig]) -> dict:
    """name -> LIT dataset, in config order."""
    return {config.name: build_dataset(config) for config in configs}

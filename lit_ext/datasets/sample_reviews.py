"""A small labelled sample of movie-review sentences written for lit-ext.

It lets the default server run with no data path. The sentences were written for this project
(not taken from SST-2) and cover the cases sentiment classifiers find hard: negation ("not
bad"), contrast ("..., but ..."), intensifiers ("utterly", "barely") and sarcasm.
"""

from __future__ import annotations

from importlib import resources

from lit_nlp.api import dataset as lit_dataset

from lit_ext.datasets.sst2 import LABELS
from lit_ext.datasets.text_classification import labelled_examples, read_rows


class SampleReviews(lit_dataset.Dataset):
    """48 hand-written movie-review sentences, labelled negative/positive."""

    def __init__(self):
        path = resources.files("lit_ext.datasets") / "data" / "sample_reviews.tsv"
        examples, spec = labelled_examples(read_rows(str(path)), LABELS)
        super().__init__(spec=spec, examples=examples)

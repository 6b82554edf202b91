"""How much a one-pass streamed fit loses against in-memory NMF on the same token rows.

    nice -n 10 python scripts/corpus_nmf_quality.py --data ../shared/data/sst2/train.tsv

Takes the FFN rows (all 6 layers, non-special tokens) of a seeded sample of sentences, fits k
factors on 5,000 rows with `CorpusNMF` (MiniBatchNMF mini-batches, one or five passes), lit-ext's
HALS and sklearn's batch `NMF` (cd), and prints each fit's time and the relative error
||X - WH|| / ||X|| on 2,000 held-out rows, W by `CorpusNMF.transform` (exact NNLS).
"""

from __future__ import annotations

import argparse
import time

import numpy as np
from sklearn.decomposition import NMF

from lit_ext.corpus.estimator import CorpusNMF
from lit_ext.corpus.nnls import nnls_activations
from lit_ext.corpus.token_rows import iter_token_rows
from lit_ext.datasets.text_classification import TextClassificationData
from lit_ext.interpreters.hals import hals
from lit_ext.models.sst2_minilm import sst2_classifier


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True)
    parser.add_argument("--sentences", type=int, default=600)
    parser.add_argument("--k", type=int, default=8)
    args = parser.parse_args()
    wrapper = sst2_classifier(max_length=128, batch_size=64)
    examples = [dict(example) for example in TextClassificationData(args.data).examples]
    order = np.random.default_rng(0).permutation(len(examples))[:args.sentences]
    rows = np.concatenate([item.rows for item in iter_token_rows(
        wrapper, [examples[i] for i in order], range(wrapper.num_layers))])
    np.random.default_rng(1).shuffle(rows)
    train, test = rows[:5000], rows[5000:7000]

    def report(name: str, seconds: float, components: np.ndarray) -> None:
        fitted = nnls_activations(test, components) @ components
        error = np.linalg.norm(test - fitted) / np.linalg.norm(test)
        print(f"{name}: {seconds:.1f} s, held-out relative error {error:.4f}", flush=True)

    for batch_rows, epochs in ((1024, 1), (256, 1), (1024, 5), (256, 5)):
        start = time.perf_counter()
        nmf = CorpusNMF(args.k, batch_size=batch_rows, max_epochs=epochs).fit(train)
        report(f"CorpusNMF batch_rows={batch_rows} epochs={epochs}", time.perf_counter() - start,
               nmf.components_)
    start = time.perf_counter()
    _, components, _ = hals(train, args.k, max_iter=200)
    report("HALS (in memory)", time.perf_counter() - start, components)
    start = time.perf_counter()
    nmf = NMF(args.k, init="nndsvda", solver="cd", max_iter=300).fit(train)
    report("sklearn NMF cd (in memory)", time.perf_counter() - start, nmf.components_)


if __name__ == "__main__":
    main()

"""RSS per dataset example that `lit-ext serve` keeps after its warm start.

    python scripts/serving_memory.py --data ../shared/data/sst2 --examples 3000

Loads the model and N SST-2 train sentences, measures RSS, builds the app exactly as
`lit-ext serve` does with a full warm start (`make_app`, predictions of every example, PCA), and
reports (RSS after − RSS before) / N. One torch thread, so that thread-local allocator arenas do
not vary between runs.
"""

from __future__ import annotations

import argparse
import gc
import time

import psutil
import torch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/sst2")
    parser.add_argument("--examples", type=int, default=3000)
    args = parser.parse_args()
    torch.set_num_threads(1)

    from lit_ext.config import DatasetConfig, load_config
    from lit_ext.server import LitExtApp, app_kwargs, build_components

    config = load_config("sst2")
    config.datasets = [DatasetConfig(name="train", kind="sst2", source=args.data, split="train",
                                     max_examples=args.examples)]
    models, datasets = build_components(config)
    kwargs = app_kwargs(config, models)
    gc.collect()
    before = psutil.Process().memory_info().rss
    started = time.perf_counter()
    app = LitExtApp(models, datasets, warm_start=1.0, **kwargs)
    gc.collect()
    after = psutil.Process().memory_info().rss
    print(f"{args.examples} examples: warm start {time.perf_counter() - started:.0f} s, RSS "
          f"{before / 2**20:.0f} -> {after / 2**20:.0f} MiB, "
          f"{(after - before) / args.examples / 1024:.1f} KiB per example "
          f"({len(app._models['sst2-minilm']._cache._d)} cached)")


if __name__ == "__main__":
    main()

"""How long queries and attention-pattern searches over every row of a store take.

    python scripts/store_search_latency.py --store stores/sst2-train [--repeats 5]

Opens the store as `lit-ext serve --data` does (`StoreReader`), then times each query: the first
run (the pattern searches' first one also reads the store's distinct tokens once) and the median
of `--repeats` further runs, in milliseconds, with the number of rows matching. Prints a Markdown
table; the store's size on disk and rows go in its heading.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from lit_ext.interpreters.attention_search import parse_pattern
from lit_ext.store.store_reader import Filter, StoreReader

QUERIES = [
    ("count of wrong predictions", "count", dict(filters=[Filter("correct", "=", False)])),
    ("top 100 negatives by p_positive", "query",
     dict(filters=[Filter("predicted", "=", "negative")], order_by="p_positive", descending=True)),
    ("regex over the text", "count", dict(filters=[Filter("sentence", "regex", r"\bnot\b")])),
    ("pattern: L1 H8 ≥ 0.5, any → any", "search", dict(layer=1, head=8, threshold=0.5)),
    ("pattern: L0 H2 ≥ 0.5, /ly$/ → any", "search",
     dict(layer=0, head=2, threshold=0.5, from_token="/ly$/")),
    ("pattern: L4 H11 ≥ 0.3, not → any, wrong only", "search",
     dict(layer=4, head=11, threshold=0.3, from_token="not",
          filters=[Filter("correct", "=", False)])),
    ("pattern: L2 H5 ≥ 0.6, any → [CLS]", "search",
     dict(layer=2, head=5, threshold=0.6, to_token="[CLS]")),
]


def run(reader: StoreReader, kind: str, arguments: dict) -> int:
    if kind == "count":
        return reader.count(arguments["filters"])
    if kind == "query":
        return len(reader.query(**arguments, limit=100))
    arguments = dict(arguments)
    from_pattern = parse_pattern(arguments.pop("from_token", "*"))
    to_pattern = parse_pattern(arguments.pop("to_token", "*"))
    total, _ = reader.search_attention(from_pattern=from_pattern, to_pattern=to_pattern,
                                       limit=100, **arguments)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True, help="a store written by lit-ext precompute")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    reader = StoreReader(args.store)
    opened = time.perf_counter() - started
    size = sum(path.stat().st_size for path in Path(args.store).rglob("*.parquet"))
    rows = reader.manifest.num_rows
    print(f"Store {args.store}: {rows:,} rows, {size / 1e6:,.0f} MB of Parquet "
          f"({size / rows / 1e3:.1f} kB a row); opened in {opened * 1e3:.0f} ms\n")
    print("| query | rows matching | first run, ms | median of next runs, ms |")
    print("|---|---|---|---|")
    for name, kind, arguments in QUERIES:
        started = time.perf_counter()
        matching = run(reader, kind, arguments)
        first = time.perf_counter() - started
        times = []
        for _ in range(args.repeats):
            started = time.perf_counter()
            run(reader, kind, arguments)
            times.append(time.perf_counter() - started)
        print(f"| {name} | {matching:,} | {first * 1e3:.0f} | "
              f"{statistics.median(times) * 1e3:.0f} |")


if __name__ == "__main__":
    main()

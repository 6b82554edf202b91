"""lit-ext's benchmark: every cost of issues 5, 11 and 13 next to its baseline, measured in one run.

    .venv/bin/python scripts/bench.py                 # the full run (~15-20 min), writes BENCHMARKS.md
    .venv/bin/python scripts/bench.py --quick         # smoke run: few reps, short inputs, small data
    .venv/bin/python scripts/bench.py --rows 1,4,5    # some rows only (also: sizes, profile)

Rows: 1 attention interpreter, 2 HTTP round trip, 3 bytes on the wire, 4 NMF vs Ecco, 5 neuron
view, 6 click → head view painted, 7 model view painted, 8 server start-up, 9 server memory,
10 attention rollout, 11 all head ablations of an example, 12 layer predictions, 13 faithfulness,
14 head statistics and 15 attention search over a set of dev sentences (≤ 1.5× a plain attention
forward each), 16 corpus NMF columns with a fixed fit (≤ 1× predict()), 17 a filtered, sorted query
of a store precomputed in the run with a local Ray (≤ 200 ms; issue 13 aims at 67k rows, the
bench's store has 2,000, quick 300; baseline pyarrow + numpy), 18 an attention-pattern search
over every row of that store (≤ 200 ms; baseline the attention_search interpreter over the same
rows); budgets and baselines of 14-18 in scripts/bench/dataset_rows.py;
`sizes` start-up vs dataset size, `profile` pyinstrument on the path furthest over its budget.
Inputs of rows 1-13 are SST-2 dev sentences joined into passages of exactly 16…512 tokens; each
repetition gets a fresh passage (rows 14-16: a fresh set of sentences), and subject and baseline
run back to back on it. The budget verdicts are
reported, not asserted: a FAIL still exits 0; a row that could not be measured exits 1.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ALL_ROWS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
            "17", "18", "sizes", "profile")


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_data = os.environ.get("LIT_EXT_SST2_DIR", str(REPO.parent / "shared" / "data" / "sst2"))
    parser.add_argument("--data", default=default_data, help="GLUE SST-2 directory (dev.tsv)")
    parser.add_argument("--quick", action="store_true",
                        help="smoke mode: 3 reps, 16/64 tokens, one shared server on a small subset")
    parser.add_argument("--rows", default=",".join(ALL_ROWS),
                        help=f"comma-separated rows to run, from {','.join(ALL_ROWS)}")
    parser.add_argument("--lengths", help="token counts (default 16,64,128,256,512; quick 16,64)")
    parser.add_argument("--reps", type=int, help="timed repetitions (default 10; quick 3)")
    parser.add_argument("--warmup", type=int, help="warm-up repetitions (default 2; quick 1)")
    parser.add_argument("--threads", type=int, default=2, help="torch threads, here and in servers")
    parser.add_argument("--requests", type=int, help="row 9 requests (default 200; quick 12)")
    parser.add_argument("--sizes", help="dataset sizes for `sizes` (default 100,1000,5000)")
    parser.add_argument("--profile-runs", type=int, help="runs under the profiler (default 3)")
    parser.add_argument("--output", default=str(REPO / "BENCHMARKS.md"))
    parser.add_argument("--before", help="an earlier BENCHMARKS.md: adds a before → after table "
                                         "of the budget rows")
    args = parser.parse_args(argv)
    rows = {row.strip() for row in args.rows.split(",") if row.strip()}
    if rows - set(ALL_ROWS):
        parser.error(f"unknown rows {sorted(rows - set(ALL_ROWS))}; choose from {','.join(ALL_ROWS)}")
    args.numbered = {int(row) for row in rows if row.isdigit()}
    args.extras = rows - {str(row) for row in args.numbered}
    quick = args.quick
    args.lengths = [int(n) for n in (args.lengths or ("16,64" if quick else "16,64,128,256,512"))
                    .split(",")]
    args.reps = args.reps or (3 if quick else 10)
    args.warmup = args.warmup if args.warmup is not None else (1 if quick else 2)
    args.requests = args.requests or (12 if quick else 200)
    args.sizes = [int(n) for n in (args.sizes or ("" if quick else "100,1000,5000")).split(",") if n]
    args.profile_runs = args.profile_runs or (1 if quick else 3)
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    sys.path.insert(0, str(REPO / "scripts"))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from bench import runner

    started = time.perf_counter()
    results, context = runner.run(args, REPO)
    context["command"] = shlex.join([".venv/bin/python", "scripts/bench.py", *sys.argv[1:]]) \
        if argv is None else shlex.join(["scripts/bench.py", *argv])
    context["facts"]["wall time of this run"] = f"{(time.perf_counter() - started) / 60:.1f} min"
    from bench.report import render, report_commit

    if args.before:
        text = Path(args.before).read_text(encoding="utf-8")
        context["before"] = {"path": args.before, "text": text, "commit": report_commit(text)}

    Path(args.output).write_text(render(results, context), encoding="utf-8")
    print(f"wrote {args.output}")
    if results.errors:
        print(f"rows that could not be measured: {sorted(map(str, results.errors))}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

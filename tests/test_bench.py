"""The benchmark (scripts/bench.py) still runs end to end: a quick-mode smoke run, no timings checked.

The quick run uses tiny settings (16/64 tokens, 3 repetitions, one server on 24 dev sentences,
a dozen requests, 16 sentences per set and a store of 300), so its figures mean nothing; what is
checked is that every row (issues 5, 11 and 13) is measured and lands in the table with a
verdict, that the growth tables and the profile are there, and that the report names the
machine, the versions and the command.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

ROWS = range(1, 19)
ISSUE_5_ROWS = range(1, 10)  # the rows of docs/benchmarks/before-issue-5.md
# Rows over a set of sentences or a store: one line each, no token count.
DATASET_ROWS = {14: "plain attention forward", 15: "plain attention forward", 16: "predict()",
                17: "pyarrow read", 18: "attention_search"}


def test_quick_bench_produces_every_row(tmp_path, sst2_dir):
    output = tmp_path / "BENCHMARKS.md"
    command = [sys.executable, str(REPO / "scripts" / "bench.py"), "--quick", "--threads", "1",
               "--data", str(sst2_dir), "--output", str(output)]
    run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600,
                         env=os.environ | {"OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1"})
    assert run.returncode == 0, f"bench failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"
    report = output.read_text()
    assert "ERROR" not in report, report

    # Every row has a line with a budget verdict (quick lengths include 64 tokens, where the
    # browser rows have budgets), and the summary says PASS or FAIL for each.
    for row in ROWS:
        lines = [line for line in report.splitlines() if line.startswith(f"| {row} | ")]
        verdicts = {re.search(r"\*\*(PASS|FAIL|info)\*\*", line).group(1) for line in lines}
        assert verdicts & {"PASS", "FAIL"}, f"row {row} has no budget verdict:\n{lines}"
        assert re.search(rf"^- {row}\. .*: \*\*(PASS|FAIL)", report, re.M), f"row {row} summary"
    for tokens in (16, 64):
        assert re.search(rf"^\| 1 \| .* \| {tokens} \| [\d.]+ ms \|", report, re.M)
    for row, baseline in DATASET_ROWS.items():
        assert re.search(rf"^\| {row} \| .* \| — \| [\d.]+ ms \| [\d.]+ ms \({re.escape(baseline)}",
                         report, re.M), f"row {row} has no time next to its baseline"

    # Growth with tokens for every measured cost, with a fitted exponent.
    growth = report.split("## How each cost grows with tokens")[1].split("##")[0]
    for series in ("bare forward", "attention interpreter", "nmf interpreter", "Ecco NMF",
                   "neuron_view interpreter", "HTTP attention round trip", "attention on the wire",
                   "attention as JSON floats", "head view painted", "model view painted"):
        assert re.search(rf"^\| {re.escape(series)}.*\| -?\d+\.\d\d \|", growth, re.M), series

    assert "Profiled:" in report or "pyinstrument is not installed" in report
    assert re.search(r"\| machine \| \d+ cores, .+ \|", report)
    assert "lit-nlp 1.3.1" in report and "torch" in report and "lit-ext commit" in report
    assert "scripts/bench.py --quick" in report


def test_before_after_reads_an_earlier_report():
    sys.path.insert(0, str(REPO / "scripts"))
    from bench.report import budget_rows, report_commit

    before = (REPO / "docs" / "benchmarks" / "before-issue-5.md").read_text()
    rows = budget_rows(before)
    assert report_commit(before) == "d845d18"
    assert rows[(1, "512")] == ("854 ms", "4.72×", "FAIL")
    assert rows[(8, "—")] == ("35.2 s", "4.45×", "FAIL")
    assert {row for row, _ in rows} == set(ISSUE_5_ROWS)


def test_before_after_skips_the_earlier_reports_own_before_after_table():
    """A report made with --before holds a second table of the same shape; its cells are the
    report before that one and must not replace the budget rows."""
    sys.path.insert(0, str(REPO / "scripts"))
    from bench.report import budget_rows

    report = "\n".join([
        "| # | what | tokens | lit-ext | baseline (same run) | ratio | budget | verdict | notes |",
        "|---|---|---|---|---|---|---|---|---|",
        "| 1 | `attention` interpreter | 16 | 6.4 ms | 5.9 ms | 1.09× | ≤ 1.5× | **PASS** |  |",
        "",
        "| # | what | tokens | before | before ratio | after | after ratio | before → after |",
        "|---|---|---|---|---|---|---|---|",
        "| 1 | `attention` interpreter | 16 | 15.5 ms | 2.6× | 6.4 ms | 1.09× | FAIL → PASS |",
    ])
    assert budget_rows(report) == {(1, "16"): ("6.4 ms", "1.09×", "PASS")}

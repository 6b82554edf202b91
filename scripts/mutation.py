"""Mutation testing of lit-ext's Python packages with mutmut (`make mutation`; slow, not in CI).

For each package, a copy of the committed tree (`git archive HEAD`) goes to
runs/mutation/<package>/, mutmut mutates only that package there and runs the package's test
subset against every mutant (only the tests that reach the mutated function), under `nice`.
The summary (kill rate, surviving mutants with their diffs) is written to
runs/mutation/<package>/summary.json and printed.

    python scripts/mutation.py                      # every package
    python scripts/mutation.py server --children 1  # one package, one worker
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RUNS = REPO / "runs" / "mutation"
BIN = Path(sys.executable).parent

# Package -> what mutmut mutates and the tests that judge it: fast, in-process tests (tiny
# models, werkzeug's test client), no servers in subprocesses (they would not see the mutant).
PACKAGES = {
    "server": {
        "only_mutate": ["lit_ext/server.py"],
        "tests": ["tests/test_request_rules.py", "tests/test_entry_points.py", "tests/test_config.py",
                  "tests/test_field_faults.py"],
        "deselect": "not for_real and not real_entry and not half_precision",
    },
    "interpreters": {
        "only_mutate": ["lit_ext/interpreters/*"],
        "tests": ["tests/test_interpreters.py", "tests/test_independent_values.py",
                  "tests/test_payload_decoding.py", "tests/test_request_rules.py",
                  "tests/test_architectures.py", "tests/test_field_faults.py",
                  "tests/test_prediction_analysis.py", "tests/test_faithfulness.py"],
        "deselect": "not typescript and not half_precision",
    },
    "models": {
        "only_mutate": ["lit_ext/models/*"],
        "tests": ["tests/test_wrappers.py", "tests/test_introspection.py",
                  "tests/test_independent_values.py", "tests/test_architectures.py",
                  "tests/test_field_faults.py", "tests/test_prediction_analysis.py",
                  "tests/test_loading.py", "tests/test_sst2_model.py",
                  # class_probabilities is reached only through the faithfulness interpreter.
                  "tests/test_faithfulness.py"],
        "deselect": "not half_precision and not dev_accuracy",
    },
}


def commit() -> str:
    return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                          text=True, check=True).stdout.strip()


def prepare(package: str) -> Path:
    """runs/mutation/<package>/: the committed tree plus a [tool.mutmut] section for it."""
    workdir = RUNS / package
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    with tempfile.TemporaryFile() as archive:
        subprocess.run(["git", "archive", "--format=tar", "HEAD", "lit_ext", "configs", "tests",
                        "scripts", "pyproject.toml"], cwd=REPO, stdout=archive, check=True)
        archive.seek(0)
        with tarfile.open(fileobj=archive) as tar:
            tar.extractall(workdir, filter="tar")
    # lit_ext/configs links to ../configs; mutmut copies lit_ext alone, so make it a real folder.
    (workdir / "lit_ext" / "configs").unlink()
    shutil.copytree(workdir / "configs", workdir / "lit_ext" / "configs")
    spec = PACKAGES[package]
    settings = {
        "source_paths": ["lit_ext"],
        "only_mutate": spec["only_mutate"],
        # Some tests import the scripts they check (faithfulness_sst2).
        "also_copy": ["tests", "scripts"],
        "pytest_add_cli_args_test_selection": spec["tests"],
        "pytest_add_cli_args": ["-p", "no:cacheprovider", "-k", spec["deselect"]],
        # mutmut's default (15x a test's clean time) made a slow mutant cost minutes; 3x counted
        # 265 of 424 server mutants as timeouts on a busy 2-core machine, where a clean run can
        # take 3x its measured time. A mutant that makes the tests 8x slower is caught all the same.
        "timeout_multiplier": 8.0,
        # A module-scoped fixture (a tiny app, a model) is timed with the first test that uses
        # it; a mutant's run of other tests of the module builds it again, untimed. With
        # mutmut's 1 s allowance, 94 of the first 246 server mutants "timed out" while their
        # tests passed in 8 s when rerun by hand: 20 s covers building one app.
        "timeout_constant": 20.0,
    }
    with open(workdir / "pyproject.toml", "a", encoding="utf-8") as pyproject:
        pyproject.write("\n[tool.mutmut]\n")
        for key, value in settings.items():
            pyproject.write(f"{key} = {json.dumps(value)}\n")
    return workdir


def run(package: str, children: int, resume: bool = False, only: list[str] | None = None) -> dict:
    """Mutates `package` and returns the summary; `resume` continues the run already in
    runs/mutation/<package>/ (mutmut keeps the mutants it has judged), on its commit; `only`
    restricts mutmut to mutants matching these globs (the rest keep their status)."""
    workdir = RUNS / package
    if resume:
        measured = json.loads((workdir / "commit.json").read_text())["commit"]
    else:
        # The commit the copy is made from: HEAD may move on while mutmut runs.
        measured = commit()
        workdir = prepare(package)
        (workdir / "commit.json").write_text(json.dumps({"commit": measured}))
    env = os.environ | {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1",
                        "TOKENIZERS_PARALLELISM": "false"}
    started = time.monotonic()
    with open(workdir / "mutmut.log", "a" if resume else "w") as log:
        subprocess.run(["nice", "-n", "19", str(BIN / "mutmut"), "run", "--max-children", str(children),
                        *(only or [])],
                       cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT)
    results = subprocess.run([str(BIN / "mutmut"), "results", "--all", "true"], cwd=workdir, env=env,
                             capture_output=True, text=True).stdout
    statuses: dict[str, str] = {}
    for line in results.splitlines():
        match = re.match(r"\s*(\S+): (.+)$", line)
        if match:
            statuses[match.group(1)] = match.group(2).strip()
    counts: dict[str, int] = {}
    for status in statuses.values():
        counts[status] = counts.get(status, 0) + 1
    survivors = {}
    for name, status in statuses.items():
        if status in ("survived", "no tests"):
            shown = subprocess.run([str(BIN / "mutmut"), "show", name], cwd=workdir, env=env,
                                   capture_output=True, text=True).stdout
            survivors[name] = {"status": status, "diff": shown}
    judged = sum(n for status, n in counts.items() if status not in ("skipped", "not checked"))
    summary = {"package": package, "commit": measured, "counts": counts,
               "kill_rate": counts.get("killed", 0) / judged if judged else None,
               "minutes": round((time.monotonic() - started) / 60, 1), "survivors": survivors}
    (workdir / "summary.json").write_text(json.dumps(summary, indent=1))
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("packages", nargs="*", default=list(PACKAGES),
                        help=f"any of {list(PACKAGES)} (default: all)")
    parser.add_argument("--children", type=int, default=2, help="mutants tested at once")
    parser.add_argument("--resume", action="store_true",
                        help="continue the stopped run in runs/mutation/<package>/ instead of "
                             "starting over from HEAD")
    parser.add_argument("--only", nargs="+", metavar="GLOB",
                        help="with --resume: judge only mutants matching these globs, e.g. "
                             "'lit_ext.server.x_make_app*' (one function's mutants)")
    args = parser.parse_args()
    unknown = [p for p in args.packages if p not in PACKAGES]
    if unknown:
        parser.error(f"unknown package(s) {unknown}; choose from {list(PACKAGES)}")
    for package in args.packages:
        summary = run(package, args.children, args.resume, args.only)
        rate = summary["kill_rate"]
        print(f"{package} @ {summary['commit']}: {summary['counts']}, killed "
              f"{'n/a' if rate is None else f'{100 * rate:.1f}%'} in {summary['minutes']} min; "
              f"{len(summary['survivors'])} survivors listed in runs/mutation/{package}/summary.json",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What the benchmark records: one line per (row, size), growth series, errors."""

from __future__ import annotations

import dataclasses

ROWS = {
    1: "`attention` interpreter, server side, one example (all layers)",
    2: "HTTP round trip `/get_interpretations?interpreter=attention`",
    3: "attention bytes on the wire, all heads (JSON response body)",
    4: "`nmf` interpreter, k = 8, all layers",
    5: "`neuron_view` data, one layer/head",
    6: "click in data table → head view painted",
    7: "click in data table → model view (all layers × heads) painted",
    8: "`lit-ext serve` on the 872 SST-2 dev examples: time until the UI answers",
    9: "peak RSS of that server after warm start + 200 interpretation requests",
    10: "`attention_rollout` salience, one example (against the `attention` interpreter)",
    11: "`head_importance`: all layers × heads ablated for one example",
    12: "`layer_predictions`: the classifier's head on every layer, one example",
    13: "`faithfulness`: every salience method but LIME, one example",
    14: "`head_statistics` over a set of dev sentences (all layers × heads)",
    15: "`attention_search` over a set of dev sentences (one head)",
    16: "corpus NMF columns (fixed fit, k = 8) of a set of dev sentences",
    17: "store query (`StoreReader.query`: filter + sort) over a precomputed store",
    18: "attention-pattern search over every row of a precomputed store",
}


@dataclasses.dataclass
class Line:
    row: int
    tokens: int | None
    figure: str            # formatted, with unit
    baseline: str          # formatted, with what it is
    ratio: str
    budget: str
    passed: bool | None    # None: no budget at this size (shown for growth only)
    note: str = ""

    @property
    def verdict(self) -> str:
        return "info" if self.passed is None else "PASS" if self.passed else "FAIL"


@dataclasses.dataclass
class Results:
    lines: list[Line] = dataclasses.field(default_factory=list)
    errors: dict[int | str, str] = dataclasses.field(default_factory=dict)
    # series name -> {size: value}; sizes are tokens, or examples for the dataset series
    token_series: dict[str, tuple[str, dict[int, float]]] = dataclasses.field(default_factory=dict)
    dataset_series: dict[str, tuple[str, dict[int, float]]] = dataclasses.field(default_factory=dict)
    profile: str = ""
    notes: list[str] = dataclasses.field(default_factory=list)

    def add(self, line: Line) -> None:
        self.lines.append(line)
        tokens = f" @ {line.tokens} tokens" if line.tokens else ""
        print(f"  [{line.row}]{tokens}: {line.figure} vs {line.baseline} -> {line.ratio} "
              f"(budget {line.budget}) {line.verdict} {line.note}", flush=True)

    def series(self, name: str, unit: str, size: int, value: float, dataset: bool = False) -> None:
        table = self.dataset_series if dataset else self.token_series
        table.setdefault(name, (unit, {}))[1][size] = value


def ms(value: float) -> str:
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def mb(num_bytes: float) -> str:
    value = num_bytes / 1e6
    return f"{value:.3f} MB" if value < 1 else f"{value:.2f} MB" if value < 100 else f"{value:.0f} MB"


def ratio(value: float) -> str:
    return f"{value:.2f}×" if value >= 0.1 else f"1/{1 / value:.0f}" if value > 0 else "0"

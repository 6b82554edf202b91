"""Timing and memory helpers: interleaved medians, log-log growth fits, a process's RSS."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Sequence


def interleaved_ms(calls: dict[str, Callable[[int], object]], reps: int, warmup: int,
                   ) -> dict[str, float]:
    """Median milliseconds of each call, run in turn within every repetition.

    Each call gets the repetition index (warm-up repetitions are negative), so it can use a
    fresh input per repetition. Alternating the calls exposes subject and baseline to the same
    machine load, which matters on a shared 2-core machine.
    """
    times: dict[str, list[float]] = {name: [] for name in calls}
    for rep in range(-warmup, reps):
        for name, call in calls.items():
            started = time.perf_counter()
            call(rep)
            if rep >= 0:
                times[name].append((time.perf_counter() - started) * 1000)
    return {name: statistics.median(values) for name, values in times.items()}


def loglog_slope(points: dict[float, float]) -> float | None:
    """Least-squares exponent b of cost ≈ a·size^b over the (size, cost) points."""
    pairs = [(math.log(x), math.log(y)) for x, y in points.items() if x > 0 and y and y > 0]
    if len(pairs) < 2:
        return None
    mean_x = sum(x for x, _ in pairs) / len(pairs)
    mean_y = sum(y for _, y in pairs) / len(pairs)
    spread = sum((x - mean_x) ** 2 for x, _ in pairs)
    return sum((x - mean_x) * (y - mean_y) for x, y in pairs) / spread if spread else None


def linear_fit(points: dict[float, float]) -> tuple[float, float] | None:
    """Least-squares (intercept, slope) of cost ≈ intercept + slope·size."""
    if len(points) < 2:
        return None
    xs, ys = list(points), list(points.values())
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if not spread:
        return None
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / spread
    return mean_y - slope * mean_x, slope


def growth_word(slope: float | None) -> str:
    if slope is None:
        return "n/a"
    if slope < 0.3:
        return "flat (fixed cost dominates)"
    if slope < 0.8:
        return "sub-linear (fixed cost + linear)"
    if slope < 1.25:
        return "linear"
    if slope < 1.75:
        return "between linear and quadratic"
    if slope < 2.3:
        return "quadratic"
    return "worse than quadratic"


def upper_points(points: dict[float, float], count: int = 3) -> dict[float, float]:
    """The `count` largest sizes: the exponent there is not masked by fixed overheads."""
    return dict(sorted(points.items())[-count:])


def proc_memory_mb(pid: int) -> dict[str, float]:
    """VmRSS (now) and VmHWM (peak) of a process, in MB, from /proc/<pid>/status."""
    values = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024  # kB -> MB
    return values


def median(values: Sequence[float]) -> float:
    return statistics.median(values)

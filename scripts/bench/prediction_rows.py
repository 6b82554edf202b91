"""Rows 10-12 (issue 11): analysing predictions, each next to its same-run baseline.

10: `attention_rollout` against the `attention` interpreter (≤ 1.3×), every length;
11: every head ablation of one example (`head_importance`, all layers × heads) against a bare
    forward (≤ 8× at 64 tokens; the other lengths up to 128 for growth);
12: `layer_predictions` against a bare forward (≤ 1.3×), every length.
"""

from __future__ import annotations

from bench.inprocess import bare_forward
from bench.results import Line, Results, ms, ratio
from bench.timing import interleaved_ms
from lit_ext.interpreters.attention import AttentionInterpreter
from lit_ext.interpreters.attention_salience import AttentionRollout
from lit_ext.interpreters.prediction_analysis import HeadImportance, LayerPredictions

ROWS = {10, 11, 12}
# All 72 ablations cost ~30 forwards; beyond this length a run would take minutes per row.
ABLATION_MAX_TOKENS = 128
ABLATION_BUDGET_TOKENS = 64


def measure(results: Results, wrapper, passages: dict[int, list[tuple[str, int]]], rows: set[int],
            reps: int, warmup: int) -> None:
    for n, texts in passages.items():
        measure_length(results, wrapper, n, [text for text, _ in texts], rows, reps, warmup)


def measure_length(results: Results, wrapper, n: int, texts: list[str], rows: set[int], reps: int,
                   warmup: int) -> None:
    examples = [{"sentence": text} for text in texts]
    encodings = [wrapper.tokenizer(text, return_tensors="pt") for text in texts]
    calls = {"forward": lambda rep: bare_forward(wrapper.model, encodings[rep + warmup])}
    if 10 in rows:
        attention, rollout = AttentionInterpreter(), AttentionRollout()
        calls["attention"] = lambda rep: attention.run([examples[rep + warmup]], wrapper, None)
        calls["rollout"] = lambda rep: rollout.run([examples[rep + warmup]], wrapper, None)
    if 11 in rows and n <= ABLATION_MAX_TOKENS:
        importance = HeadImportance()
        calls["ablation"] = lambda rep: importance.run([examples[rep + warmup]], wrapper, None)
    if 12 in rows:
        lens = LayerPredictions()
        calls["layer_predictions"] = lambda rep: lens.run([examples[rep + warmup]], wrapper, None)
    print(f"- in process, {n} tokens: {', '.join(calls)} × {reps} (+{warmup} warm-up)", flush=True)
    median = interleaved_ms(calls, reps, warmup)
    forward = median["forward"]
    base = f"{ms(forward)} (bare forward)"
    if "rollout" in median:
        value, attention_ms = median["rollout"], median["attention"]
        results.series("attention_rollout interpreter", "ms", n, value)
        results.add(Line(10, n, ms(value), f"{ms(attention_ms)} (attention interpreter)",
                         ratio(value / attention_ms), "≤ 1.3×", value <= 1.3 * attention_ms))
    if "ablation" in median:
        value = median["ablation"]
        results.series("head_importance (72 ablations)", "ms", n, value)
        results.add(Line(11, n, ms(value), base, ratio(value / forward), "≤ 8×",
                         value <= 8 * forward if n == ABLATION_BUDGET_TOKENS else None))
    if "layer_predictions" in median:
        value = median["layer_predictions"]
        results.series("layer_predictions interpreter", "ms", n, value)
        results.add(Line(12, n, ms(value), base, ratio(value / forward), "≤ 1.3×",
                         value <= 1.3 * forward))

"""Row 13 (issue 11): the `faithfulness` interpreter for one example, every salience method the
server has except LIME, next to a bare forward and to Integrated Gradients alone (the one method
whose own cost is large: 30 forward and backward passes), measured in the same run.

Budget: ≤ 3 s at 64 tokens. Lengths up to 128 only: leave-one-out needs one forward per word, so
the cost grows with the square of the length (minutes per repetition at 512 tokens).
"""

from __future__ import annotations

from bench.inprocess import bare_forward
from bench.results import Line, Results, ms, ratio
from bench.timing import interleaved_ms
from lit_ext.interpreters.salience_methods import default_config, salience_methods
from lit_ext.server import build_interpreters

ROW = 13
MAX_TOKENS = 128
BUDGET_TOKENS = 64
BUDGET_MS = 3000.0
LEFT_OUT = ("LIME",)


def measure(results: Results, wrapper, passages: dict[int, list[tuple[str, int]]], reps: int,
            warmup: int) -> None:
    interpreters = build_interpreters(None, {"sst2": wrapper})
    methods = [name for name in salience_methods(interpreters, wrapper, None)
               if name not in LEFT_OUT]
    for n, texts in passages.items():
        if n <= MAX_TOKENS:
            measure_length(results, wrapper, interpreters, methods, n,
                           [text for text, _ in texts], reps, warmup)


def measure_length(results: Results, wrapper, interpreters: dict, methods: list[str], n: int,
                   texts: list[str], reps: int, warmup: int) -> None:
    faithfulness, integrated = interpreters["faithfulness"], interpreters["Integrated Gradients"]
    config = {"methods": ",".join(methods)}
    examples = [{"sentence": text} for text in texts]
    encodings = [wrapper.tokenizer(text, return_tensors="pt") for text in texts]
    calls = {
        "forward": lambda rep: bare_forward(wrapper.model, encodings[rep + warmup]),
        "integrated_gradients": lambda rep: integrated.run(
            [examples[rep + warmup]], wrapper, None, config=default_config(integrated)),
        "faithfulness": lambda rep: faithfulness.run(
            [examples[rep + warmup]], wrapper, None, config=dict(config)),
    }
    print(f"- in process, {n} tokens: {', '.join(calls)} × {reps} (+{warmup} warm-up); "
          f"methods {methods} + random", flush=True)
    median = interleaved_ms(calls, reps, warmup)
    value, forward = median["faithfulness"], median["forward"]
    results.series("faithfulness interpreter (all methods but LIME)", "ms", n, value)
    results.add(Line(
        ROW, n, ms(value), f"{ms(forward)} (bare forward)", ratio(value / forward),
        "≤ 3 s at 64 tokens", value <= BUDGET_MS if n == BUDGET_TOKENS else None,
        f"{len(methods)} methods + random; Integrated Gradients alone "
        f"{ms(median['integrated_gradients'])}"))

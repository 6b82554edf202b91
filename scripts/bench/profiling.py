"""Where the time goes on the path furthest over its budget: a pyinstrument profile."""

from __future__ import annotations

from lit_nlp.lib import serialize

from bench.inprocess import NEURON_CONFIG, NMF_CONFIG
from bench.results import Results
from lit_ext.interpreters.attention import AttentionInterpreter
from lit_ext.interpreters.neuron_view import NeuronViewInterpreter
from lit_ext.interpreters.nmf import NMFInterpreter


def over_budget(results: Results, n: int) -> dict[str, float]:
    """Per server-side path, its time at n tokens over the time its budget allows."""
    def at(name):
        return results.token_series.get(name, ("", {}))[1].get(n)

    forward, ecco = at("bare forward"), at("Ecco NMF (sklearn fit only)")
    paths = {
        "attention": (at("attention interpreter"), forward and 1.5 * forward),
        "http_attention": (at("HTTP attention round trip"), forward and 3 * forward + 20),
        "nmf": (at("nmf interpreter"), ecco and 0.4 * ecco),
        "neuron_view": (at("neuron_view interpreter"), forward and 1.5 * forward),
    }
    return {name: value / allowed for name, (value, allowed) in paths.items() if value and allowed}


def path_call(name: str, wrapper, example: dict):
    if name in ("attention", "http_attention"):
        def call():
            output = AttentionInterpreter().run([example], wrapper, None, config={})
            if name == "http_attention":  # what LIT's handler does with it before sending
                serialize.to_json(output, simple=True)
    elif name == "nmf":
        def call():
            NMFInterpreter().run([example], wrapper, None, config=dict(NMF_CONFIG))
    else:
        def call():
            NeuronViewInterpreter().run([example], wrapper, None, config=dict(NEURON_CONFIG))
    return call


def profile(results: Results, wrapper, passage: str, n: int, runs: int) -> None:
    """Profiles the path furthest over its budget, and the next one if it is over budget too."""
    ratios = over_budget(results, n)
    if not ratios:
        results.notes.append("profile skipped: no server-side path was measured")
        return
    try:
        from pyinstrument import Profiler
    except ImportError:
        results.profile = "pyinstrument is not installed (pip install pyinstrument)."
        return
    ranked = sorted(ratios, key=ratios.get, reverse=True)
    chosen = [ranked[0]] + [name for name in ranked[1:2] if ratios[name] > 1]
    described = ", ".join(f"{path} {value:.2f}" for path, value in sorted(ratios.items()))
    sections = [f"Time over the time its budget allows, per server-side path at {n} tokens: "
                f"{described}. Profiled: {', '.join(chosen)}.\n"]
    for name in chosen:
        call = path_call(name, wrapper, {"sentence": passage})
        call()  # warm-up
        print(f"- profiling {name} at {n} tokens ({runs} runs)", flush=True)
        profiler = Profiler(interval=0.001)
        profiler.start()
        for _ in range(runs):
            call()
        profiler.stop()
        tree = profiler.output_text(unicode=True, time="percent_of_total",
                                    processor_options={"filter_threshold": 0.02})
        flat = profiler.output_text(unicode=True, flat=True, time="percent_of_total")
        sections.append(
            f"### {name} at {n} tokens ({runs} runs, {profiler.last_session.duration:.2f} s)\n\n"
            f"Top frames by own time:\n\n```\n{top_lines(flat, 16)}\n```\n\n"
            f"Call tree (frames ≥ 2 %):\n\n```\n{top_lines(tree, 40)}\n```\n")
    results.profile = "\n".join(sections)


def top_lines(text: str, count: int) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines() if line.strip()]
    # pyinstrument's header (the ASCII logo, recorded time) is not useful in a report
    body = [line for line in lines
            if not line.lstrip().startswith(("_", "/", "|", "\\", "Profile at", "Recorded:"))]
    return "\n".join(body[:count])

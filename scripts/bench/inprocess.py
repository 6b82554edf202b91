"""Rows 1, 4 and 5: lit-ext's interpreters called in this process, each next to its baseline.

Every repetition uses a fresh passage of the same length (so no cache of a previous request can
help) and runs subject and baseline back to back on it.
"""

from __future__ import annotations

import json

import numpy as np
import torch
from sklearn.decomposition import NMF

from bench.results import Line, Results, ms, ratio
from bench.timing import interleaved_ms
from lit_ext.interpreters.attention import AttentionInterpreter
from lit_ext.interpreters.neuron_view import NeuronViewInterpreter
from lit_ext.interpreters.nmf import NMFInterpreter

NMF_K = 8
NEURON_CONFIG = {"layer": 3, "head": 7}
NMF_CONFIG = {"n_components": NMF_K, "exclude_special_tokens": True}


def bare_forward(model, encoding) -> None:
    """The baseline: the HF model as loaded (eager attention), no outputs requested."""
    with torch.inference_mode():
        model(**encoding)


def ecco_matrix(wrapper, example: dict) -> np.ndarray:
    """What the `nmf` interpreter factorises: ReLU'd FFN units of all layers, tokens × neurons
    (layer-major), special tokens left out as the interpreter's default does."""
    item = wrapper.introspect([example], what=["ffn"])[0]
    keep = ~np.asarray(item.special_tokens, bool)
    return np.maximum(item.ffn[:, keep].transpose(1, 0, 2).reshape(int(keep.sum()), -1), 0)


def ecco_nmf(matrix: np.ndarray) -> float:
    """Ecco's settings; returns the relative reconstruction error."""
    reference = NMF(n_components=min(NMF_K, matrix.shape[0]), init="random", random_state=0,
                    max_iter=500)
    reference.fit_transform(matrix)
    return float(reference.reconstruction_err_ / np.linalg.norm(matrix))


def json_float_bytes(attention: np.ndarray) -> int:
    """len(json.dumps(attention.tolist())) without building the whole string (GBs at 512).

    json.dumps joins list items with ", ", so the total is the sum of the per-matrix strings
    plus brackets and separators at the outer levels.
    """
    layers, heads = attention.shape[:2]
    total = 2 + 2 * (layers - 1) + layers * (2 + 2 * (heads - 1))
    for layer in attention:
        for matrix in layer:
            total += len(json.dumps(matrix.tolist()))
    return total


def hf_attention(wrapper, sentence: str) -> np.ndarray:
    """All heads of all layers straight from HF, float32 (layers, heads, n, n)."""
    encoding = wrapper.tokenizer(sentence, return_tensors="pt")
    with torch.inference_mode():
        outputs = wrapper.model(**encoding, output_attentions=True)
    return torch.stack(outputs.attentions, dim=1)[0].float().numpy()


def measure(results: Results, wrapper, passages: dict[int, list[tuple[str, int]]], rows: set[int],
            reps: int, warmup: int) -> None:
    """Rows 1, 4, 5 at every length in `passages` (reps + warmup passages per length)."""
    for n, texts in passages.items():
        measure_length(results, wrapper, n, [text for text, _ in texts], rows, reps, warmup)


def measure_length(results: Results, wrapper, n: int, texts: list[str], rows: set[int], reps: int,
                   warmup: int) -> None:
    examples = [{"sentence": text} for text in texts]
    encodings = [wrapper.tokenizer(text, return_tensors="pt") for text in texts]
    assert all(e["input_ids"].shape[1] == n for e in encodings), f"passages must be {n} tokens"
    attention, neurons, nmf = AttentionInterpreter(), NeuronViewInterpreter(), NMFInterpreter()
    calls = {"forward": lambda rep: bare_forward(wrapper.model, encodings[rep + warmup])}
    if 1 in rows:
        calls["attention"] = lambda rep: attention.run([examples[rep + warmup]], wrapper, None)
    if 5 in rows:
        calls["neuron_view"] = lambda rep: neurons.run([examples[rep + warmup]], wrapper, None,
                                                      config=dict(NEURON_CONFIG))
    errors: dict[str, dict[int, float]] = {"ours": {}, "ecco": {}}
    if 4 in rows:
        matrices = [ecco_matrix(wrapper, example) for example in examples]

        def run_nmf(rep):
            out = nmf.run([examples[rep + warmup]], wrapper, None, config=dict(NMF_CONFIG))[0]
            errors["ours"][rep] = float(out["reconstruction_error"])

        def run_ecco(rep):
            errors["ecco"][rep] = ecco_nmf(matrices[rep + warmup])

        calls["nmf"], calls["ecco"] = run_nmf, run_ecco
    print(f"- in process, {n} tokens: {', '.join(calls)} × {reps} (+{warmup} warm-up)", flush=True)
    median = interleaved_ms(calls, reps, warmup)
    forward = median["forward"]
    results.series("bare forward", "ms", n, forward)
    base = f"{ms(forward)} (bare forward)"
    if "attention" in median:
        value = median["attention"]
        results.series("attention interpreter", "ms", n, value)
        results.add(Line(1, n, ms(value), base, ratio(value / forward), "≤ 1.5×",
                         value <= 1.5 * forward))
    if "nmf" in median:
        value, ecco = median["nmf"], median["ecco"]
        results.series("nmf interpreter", "ms", n, value)
        results.series("Ecco NMF (sklearn fit only)", "ms", n, ecco)
        timed = range(reps)  # warm-up repetitions are negative
        ours_err = float(np.median([errors["ours"][r] for r in timed]))
        ecco_err = float(np.median([errors["ecco"][r] for r in timed]))
        worst = max(errors["ours"][r] - errors["ecco"][r] for r in timed)
        results.add(Line(
            4, n, f"{ms(value)}, error {ours_err:.4f}",
            f"{ms(ecco)}, error {ecco_err:.4f} (Ecco; sklearn fit alone)", ratio(value / ecco),
            "≤ 0.4× and error ≤ Ecco's + 0.01",
            value <= 0.4 * ecco and ours_err <= ecco_err + 0.01,
            f"worst per-passage error excess {worst:+.4f}"))
    if "neuron_view" in median:
        value = median["neuron_view"]
        results.series("neuron_view interpreter", "ms", n, value)
        results.add(Line(5, n, ms(value), base, ratio(value / forward), "≤ 1.5×",
                         value <= 1.5 * forward))

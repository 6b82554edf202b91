"""Rows 2, 3, 8, 9 and the dataset-size series: a real `lit-ext serve` over HTTP."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import torch

from bench.inprocess import bare_forward, hf_attention, json_float_bytes
from bench.inputs import repeated_dev, write_jsonl
from bench.results import Line, Results, mb, ms, ratio
from bench.serving import LitExtServer, new_example
from bench.timing import interleaved_ms

RSS_BUDGET_MIB = 1536
RSS_GROWTH_MIB = 16  # or 2 %: allocator noise, not a leak


def http_rows(results: Results, server: LitExtServer, dataset: str, wrapper,
              passages: dict[int, list[tuple[str, int]]], rows: set[int], reps: int, warmup: int,
              ) -> None:
    """Rows 2 and 3: `/get_interpretations?interpreter=attention` on a new example per repetition."""
    for n, texts in passages.items():
        examples = [new_example(text, f"bench-http-{n}-{i}") for i, (text, _) in enumerate(texts)]
        encodings = [wrapper.tokenizer(text, return_tensors="pt") for text, _ in texts]
        first_body: list[bytes] = []

        def request(rep, examples=examples, first_body=first_body):
            body = server.interpret("attention", dataset, [examples[rep + warmup]]).content
            if rep == 0:
                first_body.append(body)

        print(f"- HTTP attention, {n} tokens × {reps} (+{warmup} warm-up)", flush=True)
        median = interleaved_ms({
            "forward": lambda rep, encodings=encodings: bare_forward(
                wrapper.model, encodings[rep + warmup]),
            "http": request}, reps, warmup)
        forward, http = median["forward"], median["http"]
        payload = json.loads(first_body[0])[0]
        if len(payload["tokens"]) != n:
            raise AssertionError(f"the server saw {len(payload['tokens'])} tokens, not {n}")
        results.series("HTTP attention round trip", "ms", n, http)
        if 2 in rows:
            results.add(Line(2, n, ms(http), f"{ms(forward)} (bare forward)", ratio(http / forward),
                             "≤ 3× + 20 ms", http <= 3 * forward + 20,
                             f"allowed {ms(3 * forward + 20)}"))
        if 3 in rows:
            wire = len(first_body[0])
            floats = json_float_bytes(hf_attention(wrapper, texts[warmup][0]))
            results.series("attention on the wire", "MB", n, wire / 1e6)
            results.series("attention as JSON floats", "MB", n, floats / 1e6)
            results.add(Line(3, n, mb(wire), f"{mb(floats)} (JSON floats)", ratio(wire / floats),
                             "≤ 1/10", wire <= floats / 10))


def import_seconds(threads: int) -> float:
    """What `lit-ext serve` spends importing before it loads anything, in a fresh process."""
    code = ("import time; t = time.perf_counter(); import lit_ext.cli, lit_ext.server, "
            "lit_ext.models.sst2_minilm, lit_ext.models.classifier; print(time.perf_counter() - t)")
    env = os.environ | {"OMP_NUM_THREADS": str(threads), "HF_HUB_OFFLINE": "1"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=300, check=True)
    return float(run.stdout.strip().splitlines()[-1])


def batched_inference(model, tokenizer, sentences: list[str], batch_size: int, max_length: int):
    """The baseline of row 8: plain batched HF inference, no gradients, no LIT."""
    with torch.inference_mode():
        for start in range(0, len(sentences), batch_size):
            encoding = tokenizer(sentences[start:start + batch_size], padding=True, truncation=True,
                                 max_length=max_length, return_tensors="pt")
            model(**encoding)


def startup_row(results: Results, server: LitExtServer, wrapper, sentences: list[str], reps: int,
                batch_size: int, max_length: int, note: str = "") -> None:
    """Row 8: the server's time until LIT answers vs batched inference over the same sentences."""
    ready = server.wait_ready()
    print(f"- baseline: batched inference over {len(sentences)} sentences × {reps} (+1 warm-up)",
          flush=True)
    median = interleaved_ms({"batched": lambda rep: batched_inference(
        wrapper.model, wrapper.tokenizer, sentences, batch_size, max_length)}, reps, 1)["batched"]
    results.add(Line(8, None, f"{ready:.1f} s", f"{median / 1000:.1f} s (batched inference, "
                     f"batch {batch_size}, {len(sentences)} sentences)", ratio(ready * 1000 / median),
                     "≤ 3×", ready * 1000 <= 3 * median, note))


def memory_row(results: Results, server: LitExtServer, dataset: str, count: int, num_layers: int,
               num_heads: int) -> None:
    """Row 9: peak RSS after warm start + `count` mixed interpretation requests, and its growth."""
    after_start = server.memory()
    ids = [example["id"] for example in server.post("get_dataset", dataset_name=dataset).json()]
    checkpoints: dict[int, float] = {}
    timings: dict[str, list[float]] = {"attention": [], "neuron_view": [], "nmf": []}
    print(f"- {count} interpretation requests (attention / neuron_view / nmf)", flush=True)
    for i in range(count):
        interpreter = list(timings)[i % 3]
        config = {"attention": {}, "neuron_view": {"layer": i % num_layers, "head": i % num_heads},
                  "nmf": {"n_components": 8}}[interpreter]
        started = time.perf_counter()
        server.interpret(interpreter, dataset, [ids[i % len(ids)]], config)
        timings[interpreter].append((time.perf_counter() - started) * 1000)
        if i + 1 in (count // 2, count):
            checkpoints[i + 1] = server.memory()["VmRSS"]
    peak = server.memory()["VmHWM"]
    half, full = checkpoints[count // 2], checkpoints[count]
    growth = full - half
    allowed = max(RSS_GROWTH_MIB, 0.02 * half)
    spent = ", ".join(f"{name} {ms(sorted(values)[len(values) // 2])}"
                      for name, values in timings.items())
    results.add(Line(
        9, None, f"{peak:.0f} MiB peak", f"{after_start['VmRSS']:.0f} MiB after warm start",
        f"RSS {half:.0f} → {full:.0f} MiB (requests {count // 2} → {count})",
        f"≤ {RSS_BUDGET_MIB} MiB; growth ≤ {allowed:.0f} MiB",
        peak <= RSS_BUDGET_MIB and growth <= allowed,
        f"median request: {spent}"))


def dataset_sizes(results: Results, workdir: Path, dev: list[tuple[str, int]], sizes: list[int],
                  threads: int) -> None:
    """Start-up time and RSS of `lit-ext serve` (shipped config) on growing datasets."""
    for size in sizes:
        path = write_jsonl(workdir / f"dev_x{size}.jsonl", repeated_dev(dev, size))
        print(f"- lit-ext serve on {size} examples", flush=True)
        server = LitExtServer("sst2", [path], workdir / f"serve_{size}.log", threads)
        try:
            ready = server.wait_ready()
            memory = server.memory()
        finally:
            server.stop()
        print(f"  {size} examples: UI answers after {ready:.1f} s, RSS {memory['VmRSS']:.0f} MiB",
              flush=True)
        record_size(results, size, ready, memory)


def record_size(results: Results, size: int, ready: float, memory: dict[str, float]) -> None:
    results.series("time until the UI answers", "s", size, ready, dataset=True)
    results.series("RSS after warm start", "MiB", size, memory["VmRSS"], dataset=True)

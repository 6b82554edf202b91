"""The order of a run: in-process rows, then the servers, the browser, the profile."""

from __future__ import annotations

import contextlib
import tempfile
import time
import traceback
from pathlib import Path

import torch
import transformers

from bench import dataset_rows, faithfulness_row, inprocess, prediction_rows, report, server_rows
from bench.inputs import TokenWindows, dev_examples, write_jsonl
from bench.results import Results
from bench.serving import LitExtServer, config_with_max_length
from lit_ext.config import load_config
from lit_ext.models.sst2_minilm import base_model_path, sst2_classifier
from lit_ext.models.transformer_wrapper import DEFAULT_BATCH_SIZE

# Passages for different consumers start at different dev sentences, so a request never meets
# a sentence another part of the run already sent.
FIRST_SENTENCE = {"inprocess": 0, "http": 300, "browser": 600}
QUICK_DEV_EXAMPLES = 24


@contextlib.contextmanager
def stage(results: Results, rows: list, name: str):
    """Runs a part of the benchmark; a failure is recorded against its rows, the run goes on."""
    try:
        yield
    except Exception as err:  # noqa: BLE001 — one broken row must not lose the others
        traceback.print_exc()
        done = {line.row for line in results.lines}
        for row in rows:
            if row not in done:
                results.errors[row] = f"{name}: {type(err).__name__}: {err}"


def run(args, repo: Path) -> tuple[Results, dict]:
    torch.set_num_threads(args.threads)
    results = Results()
    context = {"date": report.now(), "mode": "quick smoke run, figures not meaningful"
               if args.quick else "full run", "notes": notes(args)}
    load_before = report.load_average()
    rows = args.numbered
    workdir = Path(tempfile.mkdtemp(prefix="lit-ext-bench-"))
    dev = dev_examples(Path(args.data))
    tokenizer = transformers.AutoTokenizer.from_pretrained(base_model_path())
    windows = TokenWindows(tokenizer, dev)

    def passages(consumer: str) -> dict[int, list[tuple[str, int]]]:
        return {n: windows.passages(n, args.reps + args.warmup, FIRST_SENTENCE[consumer])
                for n in args.lengths}

    browser_passages = passages("browser")
    # A passage spans sentences of both labels; alternating labels keeps both classes in the
    # file, or LIT would find its label vocabulary incompatible with the model and show no data.
    lengths_file = write_jsonl(workdir / "lengths.jsonl", [
        (text, i % 2) for i, (text, _) in
        enumerate(item for texts in browser_passages.values() for item in texts)])
    dev_for_startup = dev[:QUICK_DEV_EXAMPLES] if args.quick else dev
    shared = None
    if args.quick and rows & {2, 3, 6, 7, 8, 9}:
        # One server for every server row, started now so it loads while the in-process rows run.
        subset = write_jsonl(workdir / "dev_subset.jsonl", dev_for_startup)
        shared = LitExtServer(config_with_max_length(workdir, 512), [lengths_file, subset],
                              workdir / "shared.log", args.threads)

    print(f"loading the SST-2 classifier (max_length 512), {args.threads} threads", flush=True)
    loaded = time.perf_counter()
    wrapper = sst2_classifier(max_length=512)
    load_seconds = time.perf_counter() - loaded
    try:
        with stage(results, [1, 4, 5], "in-process rows"):
            if rows & {1, 4, 5}:
                inprocess.measure(results, wrapper, passages("inprocess"), rows, args.reps, args.warmup)
        with stage(results, sorted(prediction_rows.ROWS), "prediction-analysis rows"):
            if rows & prediction_rows.ROWS:
                prediction_rows.measure(results, wrapper, passages("inprocess"), rows, args.reps,
                                        args.warmup)
        with stage(results, [faithfulness_row.ROW], "faithfulness row"):
            if faithfulness_row.ROW in rows:
                faithfulness_row.measure(results, wrapper, passages("inprocess"), args.reps,
                                         args.warmup)
        with stage(results, sorted(dataset_rows.ATTENTION_ROWS), "head statistics and search rows"):
            if rows & dataset_rows.ATTENTION_ROWS:
                dataset_rows.measure(results, wrapper, dev, FIRST_SENTENCE["inprocess"], rows,
                                     args.reps, args.warmup, args.quick)
        with stage(results, [dataset_rows.NMF_ROW], "corpus NMF row"):
            if dataset_rows.NMF_ROW in rows:
                dataset_rows.measure_nmf(results, wrapper, dev, Path(args.data),
                                         FIRST_SENTENCE["inprocess"], args.reps, args.warmup,
                                         args.quick)
        with stage(results, sorted(dataset_rows.STORE_ROWS), "store rows"):
            if rows & dataset_rows.STORE_ROWS:
                dataset_rows.measure_store(results, wrapper, Path(args.data), rows, args.reps,
                                           args.warmup, args.threads, args.quick)
        if rows & {2, 3, 6, 7}:
            views_rows(results, args, workdir, wrapper, shared, lengths_file, browser_passages,
                       passages("http"))
        if rows & {8, 9}:
            startup_rows(results, args, workdir, wrapper, shared, dev_for_startup, load_seconds)
    finally:
        if shared is not None:
            shared.stop()
    if "sizes" in args.extras and args.sizes:
        with stage(results, ["sizes"], "dataset sizes"):
            server_rows.dataset_sizes(results, workdir, dev, args.sizes, args.threads)
    if "profile" in args.extras:
        with stage(results, ["profile"], "profile"):
            from bench import profiling
            n = max(args.lengths)
            text = windows.passages(n, 1, FIRST_SENTENCE["inprocess"] + 50)[0][0]
            profiling.profile(results, wrapper, text, n, args.profile_runs)
    context["facts"] = facts(args, repo, load_before)
    return results, context


def views_rows(results, args, workdir, wrapper, shared, lengths_file, browser_passages,
               http_passages) -> None:
    """Rows 2, 3 (HTTP) and 6, 7 (browser) on a server whose dataset has the passages as rows."""
    server = shared or LitExtServer(config_with_max_length(workdir, 512), [lengths_file],
                                    workdir / "views.log", args.threads)
    try:
        with stage(results, [2, 3, 6, 7], "views server"):
            print("- waiting for lit-ext serve (max_length 512, passage dataset)", flush=True)
            server.wait_ready()
            dataset = server.dataset(lengths_file.stem)
            with stage(results, [2, 3], "HTTP rows"):
                if args.numbered & {2, 3}:
                    server_rows.http_rows(results, server, dataset, wrapper, http_passages,
                                          args.numbered, args.reps, args.warmup)
            with stage(results, [6, 7], "browser rows"):
                if args.numbered & {6, 7}:
                    from bench import browser
                    rows_by_length, start = {}, 0
                    for n, texts in browser_passages.items():
                        rows_by_length[n] = list(range(start, start + len(texts)))
                        start += len(texts)
                    browser.measure(results, server.url, rows_by_length, args.warmup, args.numbered)
    finally:
        if shared is None:
            server.stop()


def startup_rows(results, args, workdir, wrapper, shared, dev, load_seconds: float) -> None:
    """Rows 8, 9: `lit-ext serve` on the dev set (the shipped config), start-up then memory."""
    shipped = load_config("sst2").models[0]
    max_length = 512 if shared else shipped.max_length
    batch_size = shipped.batch_size or DEFAULT_BATCH_SIZE
    sentences = [sentence for sentence, _ in dev]
    server = shared
    try:
        with stage(results, [8, 9], "start-up server"):
            note = "quick mode: one server for all rows, started during the in-process rows"
            if not shared:
                # Where start-up goes: imports and model loading are fixed costs; the rest is LIT
                # building the app and warm-starting predictions (with gradients) on every example.
                imports = server_rows.import_seconds(args.threads) if 8 in args.numbered else 0
                note = (f"one start: imports {imports:.1f} s + model load {load_seconds:.1f} s (timed "
                        "in this process) + the rest (LIT app, warm-start predictions on every example)")
                server = LitExtServer("sst2", [args.data], workdir / "startup.log", args.threads)
            if 8 in args.numbered:
                server_rows.startup_row(results, server, wrapper, sentences, 1 if args.quick else 3,
                                        batch_size, max_length, note)
            else:
                server.wait_ready()
            if not shared:
                server_rows.record_size(results, len(dev), server.seconds_until_ready,
                                        server.memory())
            if 9 in args.numbered:
                dataset = server.dataset("dev_subset" if shared else "sst2_dev")
                server_rows.memory_row(results, server, dataset, args.requests,
                                       wrapper.num_layers, wrapper.num_heads)
    finally:
        if server is not None and shared is None:
            server.stop()


def notes(args) -> list[str]:
    return [
        "Inputs: SST-2 dev sentences joined into passages of exactly n tokens ([CLS] and [SEP] "
        "included); every repetition uses a new passage, subject and baseline alternate on it.",
        f"Timings are medians of {args.reps} repetitions after {args.warmup} warm-up, with "
        f"torch.set_num_threads({args.threads}) here and OMP_NUM_THREADS={args.threads} in servers.",
        "Bare forward = `model(**encoding)` under torch.inference_mode, eager attention as loaded, "
        "tokenisation outside the timing; the interpreters' times include their tokenisation.",
        "Row 2 sends the example as new data with an id (do_predict=0, as lit-ext's modules do) "
        "and times until the whole body is read; row 3 is that body's size.",
        "Row 4: the baseline is Ecco's sklearn fit alone (NMF(n_components=8, init='random', "
        "random_state=0, max_iter=500)) on the matrix the interpreter factorises (ReLU'd FFN units "
        "of all layers, tokens × neurons, special tokens excluded as the interpreter's default); "
        "lit-ext's time is the whole interpreter, forward pass included. Errors are "
        "||X − WH|| / ||X||.",
        "Rows 6, 7: Chromium headless, viewport 1920×1400 (all 72 model-view thumbnails visible), "
        "LIT's Attention tab; each click is on a row not clicked before. Head view: click → the "
        "frame after `lit-ext:head-view:painted`; model view: click → the frame after every "
        "thumbnail is drawn.",
        "Row 8: wall time from launching `lit-ext serve --data DIR` (shipped `sst2` config, warm "
        "start over the whole dataset) to LIT's first answer on /get_info.",
        "Row 9: VmHWM / VmRSS from /proc/<pid>/status of that server; requests cycle attention "
        "(all layers), neuron_view (layer i mod 6, head i mod 12) and nmf (k = 8) over dev "
        "examples by id.",
        "Rows 14-16: each repetition sends a new set of dev sentences (64; quick 16) as one "
        "request; 14 and 15 against transformers' forward with output_attentions=True on the "
        "interpreters' own padded batches, 16 against predict() (which takes gradients) on the "
        "same set, with the corpus fit made first on SST-2 train sentences. Row 17: a store of "
        "SST-2 train sentences precomputed here by `precompute()` on a local Ray, queried by "
        "DuckDB against pyarrow + numpy computing the same rows (checked equal first); each "
        "repetition filters and sorts on another head. Row 18: a pattern search over every row "
        "of that store against the attention_search interpreter over the same rows in batches "
        "of 32 (both must find the same rows).",
        "Dataset sizes: dev sentences repeated, each repeat with a different letter case (the "
        "model is uncased, so the work is identical, but LIT's content-hash ids stay distinct).",
    ]


def facts(args, repo: Path, load_before: str) -> dict[str, str]:
    info = report.machine()
    versions = report.versions(repo)
    return {
        "machine": f"{info['cores']} cores, {info['cpu']}, {info['memory']} RAM",
        "load average (1/5/15 min) before → after": f"{load_before} → {report.load_average()}",
        "versions": ", ".join(f"{k} {v}" for k, v in versions.items() if k not in ("lit-ext", "chromium")),
        "lit-ext commit": versions["lit-ext"],
        "browser": versions["chromium"],
        "settings": f"lengths {args.lengths}, {args.reps} reps + {args.warmup} warm-up, "
                    f"{args.threads} threads, {args.requests} requests in row 9, "
                    f"dataset sizes {args.sizes or '—'}",
    }

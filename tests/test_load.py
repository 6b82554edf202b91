"""Concurrency and load (issue 6): scripts/load_test.py, smaller, against real servers.

8 clients x 25 mixed attention / neuron_view / nmf / get_preds requests, each on its own
SST-2 dev sentence, against `lit-ext serve` (werkzeug, a thread per request) and the WSGI entry
point `lit_ext.wsgi` (on gunicorn with 8 threads where gunicorn is installed, else on werkzeug
with a thread per request). Every response must match the
single-threaded in-process reference; RSS must stay within 10% of its value after 100 requests
(with a 64-example prediction LRU, so eviction happens during the run).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

from lit_ext.interpreters.array_codec import encode_array, encode_probabilities

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "load_test.py"


def load_script():
    if "load_test" in sys.modules:
        return sys.modules["load_test"]
    spec = importlib.util.spec_from_file_location("load_test", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["load_test"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def threaded_server_kind() -> str:
    return "gunicorn" if importlib.util.find_spec("gunicorn") else "threaded"


def test_eight_clients_get_their_own_correct_results(tmp_path, sst2_dir):
    threaded = threaded_server_kind()
    output = tmp_path / "load.json"
    command = [sys.executable, str(SCRIPT), "--clients", "8", "--requests", "25",
               "--server", f"serve,{threaded}", "--data", str(sst2_dir), "--cache-size", "64",
               "--time-limit", "300", "--json", str(output)]
    run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=900,
                         env=os.environ | {"OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1"})
    print(run.stdout)  # the figures, shown with -s or on failure
    assert run.returncode == 0, f"load test failed:\n{run.stdout[-4000:]}\n{run.stderr[-3000:]}"
    reports = json.loads(output.read_text())
    assert [r["server"] for r in reports] == ["serve", threaded]
    for report in reports:
        assert report["requests_done"] == report["requests_planned"] == 200
        assert report["errors"] == report["mismatches"] == report["unfinished_clients"] == 0
        assert {kind: stats["n"] for kind, stats in report["latency_ms"].items()} == \
            {"attention": 50, "neuron_view": 50, "nmf": 50, "get_preds": 50}
        assert 0 < report["rss_after_first"] and report["rss_end"] <= 1.10 * report["rss_after_first"]


def test_plan_gives_every_request_its_own_sentence():
    module = load_script()
    sentences = [f"sentence {i}" for i in range(300)]
    plans = module.plan_requests(sentences, clients=8, per_client=200)
    requests = [r for plan in plans for r in plan]
    assert len(requests) == 1600
    assert len({r.sentence for r in requests}) == 1600
    assert len({r.example_id for r in requests}) == 1600
    for plan in plans:
        assert {r.kind for r in plan} == set(module.KINDS)


def test_checker_rejects_results_of_another_input():
    """The checks that guard against mixed-up results do fail on them."""
    module = load_script()
    rng = np.random.default_rng(0)
    attention = rng.dirichlet(np.ones(5), size=(6, 12, 5))
    tokens = ["[CLS]", "a", "fine", "film", "[SEP]"]
    want = {"tokens": tokens, "layers": list(range(6)), "attention": encode_probabilities(attention)}
    assert module.check_response("attention", dict(want), want) == []
    shuffled = dict(want, attention=encode_probabilities(attention[:, :, ::-1]))
    assert module.check_response("attention", shuffled, want)
    other_tokens = ["[CLS]", "a", "dull", "film", "[SEP]"]
    assert module.check_response("attention", dict(want, tokens=other_tokens), want)

    preds = {"tokens": tokens, "probas": [0.25, 0.75]}
    assert module.check_response("get_preds", {"tokens": tokens, "probas": [0.25, 0.75]}, preds) == []
    assert module.check_response("get_preds", {"tokens": tokens, "probas": [0.2501, 0.7499]}, preds)

    factors = rng.random((4, 5)).astype(np.float32)
    nmf = {"tokens": tokens, "n_components": 4, "factors": encode_array(factors),
           "reconstruction_error": 0.3}
    assert module.check_response("nmf", dict(nmf), nmf) == []
    assert module.check_response("nmf", dict(nmf, reconstruction_error=0.31), nmf)
    assert module.check_response("nmf", dict(nmf, factors=encode_array(factors[::-1])), nmf)
    assert module.check_response("nmf", dict(nmf, n_components=3), nmf)

    vectors = rng.normal(size=(5, 32)).astype(np.float32)
    neuron = {"tokens": tokens, "layer": 1, "head": 2, "query": encode_array(vectors),
              "key": encode_array(vectors), "attention": encode_array(attention[0, 0])}
    assert module.check_response("neuron_view", dict(neuron), neuron) == []
    assert module.check_response("neuron_view", dict(neuron, head=3), neuron)
    assert module.check_response("neuron_view", dict(neuron, key=encode_array(vectors + 0.01)), neuron)

"""Faults (issue 6): a model that raises on one input, an interpreter that raises, a request
cancelled midway. The failing request gets an error naming the fault; every other request, the
server and its caches keep working.

The app is lit-ext's (`LitExtApp`, bounded prediction cache) with the real SST-2 classifier behind
`tests/fault_injection.py`'s faulty wrappers, served by werkzeug with a thread per request (the
production path of `lit_ext.wsgi`) on a free loopback port in this process.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import portpicker
import pytest
import requests
from fault_injection import MODEL_FAULT, NMF_FAULT, GatedAttention, faulty_app
from werkzeug import serving

from lit_ext.datasets.sample_reviews import SampleReviews

MODEL, DATASET = "sst2-minilm", "sample_reviews"
GOOD = ["a warm , funny and moving film .", "the plot is thin and the jokes are stale .",
        "an utterly brilliant piece of filmmaking .", "dull , slow and far too long ."]
LONG = " ".join(["the acting is superb but the script meanders"] * 12) + " ."


@pytest.fixture(scope="module")
def gate():
    return GatedAttention()


@pytest.fixture(scope="module")
def url(sst2_model, gate):
    app = faulty_app(sst2_model, {DATASET: SampleReviews()}, {"gated": gate})
    port = portpicker.pick_unused_port()
    httpd = serving.make_server("127.0.0.1", port, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"
    httpd.shutdown()
    thread.join(30)


def example(sentence: str) -> dict:
    example_id = f"fault-test-{abs(hash(sentence))}"
    return {"id": example_id, "data": {"sentence": sentence, "_id": example_id}, "meta": {}}


def post(url: str, kind: str, sentence: str, timeout: float = 120, **config) -> requests.Response:
    if kind == "get_preds":
        return requests.post(f"{url}/get_preds", params={"model": MODEL, "dataset_name": DATASET},
                             json={"inputs": [example(sentence)]}, timeout=timeout)
    return requests.post(f"{url}/get_interpretations",
                         params={"model": MODEL, "dataset_name": DATASET, "interpreter": kind},
                         json={"inputs": [example(sentence)], "config": config}, timeout=timeout)


def assert_serves(url: str, sentence: str = GOOD[0]) -> None:
    """Every endpoint our modules use answers correctly for `sentence`."""
    assert requests.post(f"{url}/get_info", timeout=30).ok
    preds = post(url, "get_preds", sentence)
    assert preds.ok, preds.text[:300]
    tokens = preds.json()[0]["tokens"]
    assert abs(sum(preds.json()[0]["probas"]) - 1) < 1e-5
    for kind, config in [("attention", {}), ("neuron_view", {"layer": 2, "head": 3}),
                         ("nmf", {"n_components": 3})]:
        response = post(url, kind, sentence, **config)
        assert response.ok, f"{kind}: {response.text[:300]}"
        assert response.json()[0]["tokens"] == tokens


def test_model_raising_on_one_input_fails_only_requests_for_it(url):
    faulty = f"{MODEL_FAULT} makes this review fail"
    for kind in ("get_preds", "attention", "neuron_view", "nmf"):
        response = post(url, kind, faulty)
        assert response.status_code == 500
        assert "Injected model fault" in response.text
        assert response.headers["Content-Type"].startswith("text/plain")

    # Faulty and good requests at the same time: each good one gets its own correct answer.
    def one(sentence: str) -> requests.Response:
        return post(url, "attention" if sentence in GOOD else "get_preds", sentence)

    sentences = [s for pair in zip(GOOD, [f"{MODEL_FAULT} {i}" for i in range(4)]) for s in pair]
    with ThreadPoolExecutor(8) as pool:
        responses = list(pool.map(one, sentences))
    for sentence, response in zip(sentences, responses):
        if sentence in GOOD:
            assert response.ok, response.text[:300]
            assert response.json()[0]["tokens"][1:-1] == sentence.split()
        else:
            assert response.status_code == 500 and "Injected model fault" in response.text
    assert_serves(url)


def test_interpreter_raising_fails_only_that_interpreter(url):
    sentence = f"the {NMF_FAULT} review of a fine film"
    response = post(url, "nmf", sentence)
    assert response.status_code == 500 and "Injected interpreter fault" in response.text
    # The same input works everywhere else: predictions, attention, neuron view...
    preds = post(url, "get_preds", sentence)
    assert preds.ok and abs(sum(preds.json()[0]["probas"]) - 1) < 1e-5
    for kind in ("attention", "neuron_view"):
        assert post(url, kind, sentence).ok
    # ... and NMF works for other inputs.
    nmf = post(url, "nmf", GOOD[1], n_components=4)
    assert nmf.ok and nmf.json()[0]["n_components"] == 4


def _send_and_hang_up(url: str, path: str, body: bytes, content_length: int | None = None,
                      wait: threading.Event | None = None) -> None:
    """Sends a POST over a raw socket, then closes it without reading the response."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                f"Content-Type: application/json\r\n"
                f"Content-Length: {content_length or len(body)}\r\n\r\n").encode()
        sock.sendall(head + body)
        if wait is not None:
            assert wait.wait(60), "the server never started the request"


def test_client_disconnecting_midway_leaves_the_server_working(url, gate):
    # A request provably inside the interpreter when its client goes away.
    body = json.dumps({"inputs": [example(GOOD[2])], "config": {}}).encode()
    path = f"/get_interpretations?model={MODEL}&dataset_name={DATASET}&interpreter=gated"
    _send_and_hang_up(url, path, body, wait=gate.started)
    # While it is held, other requests are answered (it holds no lock the others need).
    assert_serves(url, GOOD[3])
    gate.release.set()
    assert gate.finished.wait(60)  # it completes; writing to the closed socket fails quietly
    assert_serves(url, GOOD[2])


def test_client_disconnecting_during_a_long_nmf_or_its_upload(url):
    body = json.dumps({"inputs": [example(LONG)], "config": {"n_components": 8}}).encode()
    path = f"/get_interpretations?model={MODEL}&dataset_name={DATASET}&interpreter=nmf"
    for _ in range(3):
        _send_and_hang_up(url, path, body)
    # A body cut short: the client promised more bytes than it sent, then hung up.
    _send_and_hang_up(url, path, body[:40], content_length=len(body))
    # The same long NMF, asked for properly afterwards, is answered completely and correctly.
    started = time.monotonic()
    response = post(url, "nmf", LONG, n_components=8)
    assert response.ok, response.text[:300]
    assert response.json()[0]["n_components"] == 8
    assert time.monotonic() - started < 300  # a bound against a stuck server, not a timing check
    assert_serves(url)

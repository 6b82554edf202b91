"""Every way to start lit-ext serves with the bounded prediction cache.

LIT's `CachingModelWrapper` keeps every prediction in a dict forever; lit-ext swaps in
`BoundedPredsCache` in `make_app`. The entry points are `lit-ext serve` (cli -> make_server ->
make_app), `make_app` itself, `lit_ext.wsgi:create_app()` (gunicorn) and `python -m lit_ext.wsgi`
(werkzeug). In-process tests use a tiny model; one test runs `python -m lit_ext.wsgi` for real.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import portpicker
import pytest
import requests
from lit_nlp.lib import caching as lit_caching
from tiny_app import MODEL, Api, example, serve_tiny_models, tiny_classifier

from lit_ext import cli, server, wsgi
from lit_ext.caching import CACHE_SIZE_ENV, DEFAULT_MAX_NEW_EXAMPLES, BoundedPredsCache
from lit_ext.readiness import ServerNotReady, wait_until_serving

CONFIG = """
models: [{name: tiny, kind: sst2_minilm, max_length: 64}]
datasets: [{name: sample_reviews, kind: sample}]
server: {warm_start: 0}
"""


@pytest.fixture(scope="module")
def model():
    return tiny_classifier()


@pytest.fixture
def config_path(tmp_path, monkeypatch, model):
    """A config file; `build_model` returns the tiny model, the client root is built in tmp."""
    monkeypatch.setenv("LIT_EXT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv(CACHE_SIZE_ENV, raising=False)
    serve_tiny_models(monkeypatch, model)
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG)
    return str(path)


def assert_bounded(app, size: int = DEFAULT_MAX_NEW_EXAMPLES) -> None:
    wrapper = app._models[MODEL]
    assert isinstance(wrapper, lit_caching.CachingModelWrapper)
    cache = wrapper._cache
    assert isinstance(cache, BoundedPredsCache), f"LIT's unbounded {type(cache).__name__} is back"
    assert cache.max_new_examples == size
    assert cache.dataset_ids == set(app._datasets["sample_reviews"].index)


class CountingPredictions:
    """Counts the examples the wrapped model really predicts (cache misses)."""

    def __init__(self, monkeypatch, model):
        self.sentences: list[str] = []
        original = model.predict_minibatch

        def predict_minibatch(inputs, **kw):
            self.sentences.extend(ex["sentence"] for ex in inputs)
            return original(inputs, **kw)

        monkeypatch.setattr(model, "predict_minibatch", predict_minibatch)


def test_make_app_evicts_new_examples_beyond_the_bound(config_path, monkeypatch, model):
    monkeypatch.setenv(CACHE_SIZE_ENV, "3")
    app = server.make_app(wsgi.load_config(config_path))
    assert_bounded(app, 3)
    counted = CountingPredictions(monkeypatch, model)
    api = Api(app)
    new = [example(f"a brand new sentence number {i}", f"new-{i}") for i in range(6)]
    for item in new:
        assert api.predict([item]).status_code == 200
    assert len(counted.sentences) == 6
    # The three most recent are cached; the first was evicted and is predicted again.
    api.predict(new[3:])
    assert len(counted.sentences) == 6
    api.predict(new[:1])
    assert counted.sentences[6:] == [new[0]["data"]["sentence"]]
    assert len(app._models[MODEL]._cache) == 3


def test_make_app_default_bound(config_path):
    assert_bounded(server.make_app(wsgi.load_config(config_path)))


def test_lit_ext_serve_serves_with_the_bound(config_path, monkeypatch):
    served = []
    monkeypatch.setattr(server.LitExtServer, "serve", lambda self: served.append(self))
    assert cli.main(["serve", "--config", config_path, "--port", "0"]) == 0
    assert len(served) == 1
    assert (served[0].host, served[0].port) == ("127.0.0.1", 0)
    assert_bounded(served[0].app)


def test_wsgi_create_app_has_the_bound(config_path, monkeypatch):
    assert_bounded(wsgi.create_app(config_path))
    monkeypatch.setenv(wsgi.CONFIG_ENV, config_path)
    monkeypatch.setenv(CACHE_SIZE_ENV, "7")
    assert_bounded(wsgi.create_app(), 7)


class FakeWerkzeugServer:
    """Stands in for werkzeug's server: 'serves' until a Ctrl-C at once."""

    def __init__(self, host, port, app, threaded):
        self.host, self.port, self.app, self.threaded = host, port, app, threaded
        self.closed = False

    def serve_forever(self):
        raise KeyboardInterrupt

    def server_close(self):
        self.closed = True


def test_python_m_lit_ext_wsgi_main_serves_the_bounded_app(config_path, monkeypatch, capsys):
    from werkzeug import serving

    made = []
    monkeypatch.setattr(serving, "make_server", lambda *a, **kw: made.append(FakeWerkzeugServer(*a, **kw))
                        or made[-1])
    saved = []
    monkeypatch.setattr(server.LitExtApp, "save_cache", lambda self: saved.append(self))
    assert wsgi.main(["--config", config_path, "--port", "6123"]) == 0
    fake = made[0]
    assert (fake.host, fake.port, fake.threaded) == ("127.0.0.1", 6123, True)
    assert_bounded(fake.app)
    assert fake.closed and saved == [fake.app]
    assert "serving on http://127.0.0.1:6123 (threaded)" in capsys.readouterr().out
    # Without --port, the config's port.
    assert wsgi.main(["--config", config_path]) == 0
    assert made[1].port == 5432


def test_python_m_lit_ext_wsgi_reports_bad_configs(tmp_path, capsys):
    assert wsgi.main(["--config", str(tmp_path / "absent.yaml")]) == 2
    assert "lit-ext: error: Config" in capsys.readouterr().err
    remote = tmp_path / "remote.yaml"
    remote.write_text(CONFIG.replace("{warm_start: 0}", "{host: 0.0.0.0}"))
    assert wsgi.main(["--config", str(remote)]) == 2
    assert "is not a loopback address" in capsys.readouterr().err


SST2_CONFIG = """
models: [{name: sst2-minilm, kind: sst2_minilm, max_length: 64}]
datasets: [{name: sample_reviews, kind: sample}]
server: {warm_start: 0}
"""


def _start(tmp_path, *args, env=None):
    log = open(tmp_path / "server.log", "w+")
    # Ctrl-C as from a terminal: a shell running the tests in the background hands its children
    # SIGINT ignored, and Python then never raises KeyboardInterrupt (the server would not stop).
    process = subprocess.Popen([sys.executable, "-m", *args], stdout=log, stderr=subprocess.STDOUT,
                               env=os.environ | {"HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1",
                                                 "LIT_EXT_CACHE_DIR": str(tmp_path / "cache"),
                                                 **(env or {})},
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    return process, log


def test_python_m_lit_ext_wsgi_for_real(tmp_path):
    """The module as gunicorn-less users run it: serves, predicts, stops on Ctrl-C."""
    config = tmp_path / "config.yaml"
    config.write_text(SST2_CONFIG)
    port = portpicker.pick_unused_port()
    process, log = _start(tmp_path, "lit_ext.wsgi", "--port", str(port),
                          env={wsgi.CONFIG_ENV: str(config)})
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(url, process=process, log=tmp_path / "server.log")
        preds = requests.post(f"{url}/get_preds", params={"model": "sst2-minilm",
                                                          "dataset_name": "sample_reviews"},
                              json={"inputs": [example("a wonderful film", "w")]}, timeout=60)
        assert preds.ok and preds.json()[0]["probas"][1] > 0.9
        process.send_signal(signal.SIGINT)
        assert process.wait(60) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
        log.seek(0)
        output = log.read()
        log.close()
    assert f"serving on http://127.0.0.1:{port} (threaded)" in output


@pytest.mark.parametrize("command", [["lit_ext.wsgi"], ["lit_ext.cli", "serve"]])
def test_real_entry_points_read_the_cache_bound(tmp_path, command):
    """Seen from outside: a bad LIT_EXT_PREDICTION_CACHE_SIZE stops each entry point, which it
    would not if the bounded cache were not installed (LIT's dict has no size)."""
    config = tmp_path / "config.yaml"
    config.write_text(SST2_CONFIG)
    port = portpicker.pick_unused_port()
    process, log = _start(tmp_path, *command, "--config", str(config), "--port", str(port),
                          env={CACHE_SIZE_ENV: "lots"})
    try:
        wait_until_serving(f"http://127.0.0.1:{port}", process=process)
        served = True
    except ServerNotReady:
        served = False
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
    log.seek(0)
    output = log.read()
    log.close()
    assert not served, "the server started without reading its prediction cache bound"
    assert process.returncode != 0
    assert f"{CACHE_SIZE_ENV} must be a whole number of examples, got 'lots'" in output


def test_make_app_serves_the_configs_layout_title_interpreters_and_no_loaders(config_path, tmp_path):
    config = wsgi.load_config(config_path)
    config.layout, config.server.page_title = "simple", "Reviews under the lens"
    config.interpreters = ["attention", "nmf", "Grad L2 Norm"]
    info = Api(server.make_app(config)).post("get_info").json
    assert info["defaultLayout"] == "simple" and list(info["layouts"])[0] == "simple"
    assert {"lit_ext", "default"} <= set(info["layouts"])
    assert info["pageTitle"] == "Reviews under the lens"
    # LIT always adds its own "classification" and "regression" output processors.
    assert {"Grad L2 Norm", "attention", "nmf"} <= set(info["interpreters"])
    assert not {"neuron_view", "Integrated Gradients", "pca"} & set(info["interpreters"])
    assert list(info["models"]) == [MODEL] and list(info["datasets"]) == ["sample_reviews", "_union_empty"]
    # Loading models or data from client-given paths is switched off: no loaders offered.
    assert info["initSpecs"] == {"datasets": {}, "models": {}}


def test_make_app_defaults_and_unknown_names(config_path):
    info = Api(server.make_app(wsgi.load_config(config_path))).post("get_info").json
    assert info["defaultLayout"] == "lit_ext" and list(info["layouts"])[0] == "lit_ext"
    assert info["pageTitle"] == "lit-ext"
    assert {"attention", "neuron_view", "nmf", "Grad L2 Norm"} <= set(info["interpreters"])
    config = wsgi.load_config(config_path)
    config.layout = "nope"
    with pytest.raises(server.ConfigError, match="Unknown layout 'nope'"):
        server.make_app(config)
    config.layout, config.interpreters = "lit_ext", ["shap"]
    with pytest.raises(server.ConfigError, match=r"Unknown interpreter\(s\) \['shap'\]"):
        server.make_app(config)


def test_lit_ext_server_serves_threaded_without_debugger_and_saves_the_cache(monkeypatch, capsys):
    """What `LitExtServer.serve` hands werkzeug (threads: a click's request must not queue
    behind the others; never the debugger, which runs code sent to it), and that LIT's
    prediction cache is saved when serving stops."""
    from lit_ext import server

    calls, saved = [], []

    class App:
        def save_cache(self):
            saved.append(True)

    app = App()
    monkeypatch.setattr(server.werkzeug_serving, "run_simple",
                        lambda *args, **kwargs: calls.append((args, kwargs)))
    server.LitExtServer(app, "127.0.0.1", 5433).serve()
    assert calls == [(("127.0.0.1", 5433, app),
                      {"threaded": True, "use_debugger": False, "use_reloader": False})]
    assert saved == [True]
    assert capsys.readouterr().out == "lit-ext is serving at http://127.0.0.1:5433\n"

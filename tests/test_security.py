"""A safe server: loopback by default, no loading or file access from the client, no path
traversal out of the client root, errors never rendered as HTML. Against real `lit-ext serve`
processes; the browser side (escaping in our modules) is tests/browser/test_escaping.py."""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import portpicker
import pytest
import requests

from lit_ext import cli
from lit_ext.config import ConfigError, is_loopback, load_config
from lit_ext.readiness import ServerNotReady, wait_until_serving

CONFIG = """
models: [{name: sst2-minilm, kind: sst2_minilm, max_length: 64}]
datasets: [{name: sample_reviews, kind: sample}]
interpreters: [attention]
server: {warm_start: 0}
"""
SECRET = "lit-ext-secret-7f3a"


class Served:
    """A `lit-ext serve` process with its own client-root cache directory."""

    def __init__(self, workdir: Path, *arguments: str):
        self.config = workdir / "config.yaml"
        self.config.write_text(CONFIG)
        self.cache = workdir / "cache"
        self.port = portpicker.pick_unused_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / "server.log"
        self.log = open(self.log_path, "w+")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "lit_ext.cli", "serve", "--config", str(self.config),
             "--port", str(self.port), *arguments],
            stdout=self.log, stderr=subprocess.STDOUT,
            env=os.environ | {"HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1",
                              "LIT_EXT_CACHE_DIR": str(self.cache)})
        try:
            wait_until_serving(self.url, process=self.process, log=self.log_path)
        except ServerNotReady:
            self.stop()
            raise

    def output(self) -> str:
        self.log.flush()
        return self.log_path.read_text()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(30)
        self.log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    served = Served(tmp_path_factory.mktemp("security"))
    yield served
    served.stop()


def post(url, endpoint, body=None, **params):
    return requests.post(f"{url}/{endpoint}", params=params,
                         data=json.dumps(body) if body is not None else None, timeout=120)


def assert_still_serving(url):
    info = post(url, "get_info").json()
    assert list(info["models"]) == ["sst2-minilm"]
    assert set(info["datasets"]) == {"sample_reviews", "_union_empty"}
    example = {"id": "ok", "data": {"sentence": "a wonderful film", "_id": "ok"}, "meta": {}}
    preds = post(url, "get_preds", {"inputs": [example]}, model="sst2-minilm",
                 dataset_name="sample_reviews").json()
    assert preds[0]["probas"][1] > 0.9


def raw_get(port: int, path: str, host: str | None = None) -> tuple[int, dict, bytes]:
    """GET `path` exactly as written: no client-side normalisation of `..` or escapes."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.putrequest("GET", path, skip_host=host is not None)
    if host is not None:
        connection.putheader("Host", host)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, dict(response.getheaders()), body


def listening_addresses(port: int) -> set[str]:
    """Local addresses with a listening TCP socket on `port`, from /proc/net/tcp{,6}."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, port_hex = local.split(":")
            if state == "0A" and int(port_hex, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


# ---- binding -----------------------------------------------------------------------------------


def test_default_binds_loopback_only(server):
    addresses = listening_addresses(server.port)
    assert addresses == {"0100007F"}, addresses  # 127.0.0.1, little-endian hex
    assert "lit-ext: WARNING" not in server.output()


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost", "LOCALHOST", "::1", "[::1]"])
def test_loopback_names(host):
    assert is_loopback(host)
    cli.check_host(host, allow_remote=False)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.5", "10.0.0.1", "example.com", "my-laptop"])
def test_other_addresses_are_not_loopback(host):
    assert not is_loopback(host)


@pytest.mark.parametrize("arguments", [
    ["--host", "0.0.0.0"],
    ["--host", "192.168.1.5"],
    ["--host", "::"],
    ["--config", "remote.yaml"],
])
def test_non_loopback_host_without_the_flag_is_refused(tmp_path, arguments):
    (tmp_path / "remote.yaml").write_text(CONFIG.replace("{warm_start: 0}", "{host: 0.0.0.0}"))
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "lit_ext.cli", "serve", *arguments],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lit-ext: error: host ")
    assert "is not a loopback address" in lines[0] and "--allow-remote" in lines[0]
    # Refused before torch and LIT are imported.
    assert time.monotonic() - start < 30


def test_the_config_can_allow_remote_and_loopback_needs_no_flag(tmp_path, capsys):
    path = tmp_path / "remote.yaml"
    path.write_text(CONFIG.replace("{warm_start: 0}", "{host: 0.0.0.0, allow_remote: true}"))
    config = load_config(str(path))
    cli.check_host(config.server.host, config.server.allow_remote)
    assert "lit-ext: WARNING: serving on 0.0.0.0" in capsys.readouterr().err
    cli.check_host("127.0.0.1", allow_remote=True)
    assert capsys.readouterr().err == ""


def test_the_wsgi_app_refuses_a_non_loopback_host_too():
    """gunicorn and `python -m lit_ext.wsgi` build the app without the CLI's check."""
    from lit_ext.server import make_app

    config = load_config("sst2")
    config.server.host = "0.0.0.0"
    with pytest.raises(ConfigError, match="host 0.0.0.0 is not a loopback address.*allow_remote"):
        make_app(config)


def test_allow_remote_serves_on_all_interfaces_with_a_warning(tmp_path):
    served = Served(tmp_path, "--host", "0.0.0.0", "--allow-remote")
    try:
        assert listening_addresses(served.port) == {"00000000"}  # 0.0.0.0
        assert "lit-ext: WARNING: serving on 0.0.0.0, reachable from other machines; LIT has no " \
               "authentication" in served.output()
        # Off loopback the Host header names this machine, whatever it is called.
        status, _, _ = raw_get(served.port, "/", host=f"lab-machine.example:{served.port}")
        assert status == 200
        assert_still_serving(served.url)
    finally:
        served.stop()


@pytest.mark.parametrize("host, status", [
    ("127.0.0.1:{port}", 200), ("localhost:{port}", 200), ("[::1]:{port}", 200),
    ("attacker.example:{port}", 403), ("attacker.example", 403), ("127.0.0.1.nip.io:{port}", 403),
])
def test_loopback_server_answers_loopback_host_names_only(server, host, status):
    """DNS rebinding: a page on attacker.example whose name resolves to 127.0.0.1 would be
    same-origin with the server and could read the data; its Host header gives it away."""
    got, headers, body = raw_get(server.port, "/", host=host.format(port=server.port))
    assert got == status
    if status == 403:
        assert b"is not this loopback server's address" in body
        assert headers["Content-Type"].startswith("text/plain")
    assert_still_serving(server.url)


# ---- endpoints that load or touch files ----------------------------------------------------------


@pytest.mark.parametrize("endpoint, params, body", [
    ("create_model", {"model_name": "sst2-minilm"},
     {"config": {"new_name": "evil", "model_name_or_path": "/etc/passwd"}}),
    ("create_model", {"model_name": "sst2-minilm"},
     {"config": {"new_name": "evil", "model_name_or_path": "evil-org/remote-code-model"}}),
    ("create_dataset", {"dataset_name": "sample_reviews"},
     {"config": {"new_name": "passwd", "path": "/etc/passwd"}}),
    ("create_dataset", {"dataset_name": "sample_reviews"},
     {"config": {"new_name": "hub", "source": "evil-org/dataset"}}),
    ("load_datapoints", {"dataset_name": "sample_reviews", "path": "/etc/passwd"}, None),
])
def test_loading_from_client_given_paths_or_hub_ids_is_refused(server, endpoint, params, body):
    response = post(server.url, endpoint, body, **params)
    assert response.status_code == 403
    assert response.text.startswith(f"Refused: lit-ext's server switches /{endpoint} off")
    assert "root:" not in response.text
    assert_still_serving(server.url)


def test_saving_datapoints_to_a_client_given_path_is_refused(server, tmp_path):
    target = tmp_path / "written_by_client"
    example = {"id": "x", "data": {"sentence": "hi", "label": "positive", "_id": "x"}, "meta": {}}
    response = post(server.url, "save_datapoints", {"inputs": [example]},
                     dataset_name="sample_reviews", path=str(target))
    assert response.status_code == 403 and "writes files at paths the client chooses" in response.text
    assert list(tmp_path.iterdir()) == []
    assert_still_serving(server.url)


# ---- static files --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def outside_files(server):
    """A secret in a directory beside the client root whose name starts with the root's name:
    LIT's own check compares string prefixes and would serve it."""
    roots = [p for p in (server.cache / "client").iterdir() if not p.name.startswith(".")]
    assert len(roots) == 1
    root = roots[0]
    sibling = root.parent / f"{root.name}-old"
    sibling.mkdir()
    (sibling / "secret.txt").write_text(SECRET)
    (root.parent / "secret.txt").write_text(SECRET)
    return root


TRAVERSALS = [
    "/../../../../../../etc/passwd",
    "/static/../../../../../../etc/passwd",
    "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/.%2e/.%2e/.%2e/.%2e/.%2e/.%2e/etc/passwd",
    "/%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
    "/static/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/%252e%252e/%252e%252e/etc/passwd",
    "/..%5c..%5c..%5c..%5c..%5c..%5cetc%5cpasswd",
    "//etc/passwd",
    "/%2fetc%2fpasswd",
    "/etc/passwd",
    "/static/%00",
    "/static/index.html%00.png",
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/../{root}-old/secret.txt",
    "/%2e%2e%2f{root}-old%2fsecret.txt",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_no_path_traversal_out_of_the_client_root(server, outside_files, path):
    status, headers, body = raw_get(server.port, path.format(root=outside_files.name))
    assert status in (400, 404), (status, body[:200])
    assert b"root:" not in body and SECRET.encode() not in body
    assert b"Traceback" not in body
    assert headers["Content-Type"].startswith("text/plain")


def test_client_files_are_still_served(server, outside_files):
    status, _, body = raw_get(server.port, "/")
    assert status == 200 and b"lit_ext.js?v=" in body
    status, _, body = raw_get(server.port, "/static/lit_ext/lit_ext.js")
    assert status == 200 and len(body) > 10_000
    status, _, _ = raw_get(server.port, "/static/lit_ext/../lit_ext/fonts.css")  # stays inside
    assert status == 200
    assert_still_serving(server.url)


# ---- error responses ----------------------------------------------------------------------------


def test_errors_echoing_the_request_are_plain_text(server):
    """LIT's error page repeats request values; as text/html a link could run script in the
    server's origin (and from there use its API)."""
    payload = "<script>alert(document.domain)</script>"
    response = post(server.url, "get_preds", {"inputs": []}, model=payload, dataset_name="sample_reviews")
    assert response.status_code == 500 and payload in response.text
    assert response.headers["Content-Type"].startswith("text/plain")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    response = requests.get(f"{server.url}/get_info?x={payload}", timeout=30)
    assert response.ok and response.headers["X-Content-Type-Options"] == "nosniff"
    assert_still_serving(server.url)

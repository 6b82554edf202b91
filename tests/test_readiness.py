"""`wait_until_serving`, the one "wait until the server answers" of the tests and scripts: it
returns once /get_info answers 200 (not before), and fails fast when the server process exits
or nobody answers in time."""

from __future__ import annotations

import http.server
import subprocess
import sys
import threading
import time

import portpicker
import pytest

from lit_ext.readiness import ServerNotReady, wait_until_serving


class GetInfo(http.server.BaseHTTPRequestHandler):
    """Answers POST /get_info with 503 for the first `failures` requests, then 200."""

    failures = 0
    seen: list[str] = []

    def do_POST(self):  # noqa: N802 (http.server's naming)
        GetInfo.seen.append(self.path)
        status = 503 if len(GetInfo.seen) <= GetInfo.failures else 200
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


@pytest.fixture
def get_info_server():
    GetInfo.seen = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), GetInfo)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_returns_once_get_info_answers_200(get_info_server):
    GetInfo.failures = 3
    wait_until_serving(get_info_server, interval=0.01, timeout=10)
    assert GetInfo.seen == ["/get_info"] * 4


def test_waits_for_the_port_to_be_bound():
    port = portpicker.pick_unused_port()
    started = threading.Event()

    def serve_later():
        time.sleep(0.5)
        server = http.server.HTTPServer(("127.0.0.1", port), GetInfo)
        started.set()
        server.handle_request()
        server.server_close()

    GetInfo.seen, GetInfo.failures = [], 0
    thread = threading.Thread(target=serve_later, daemon=True)
    thread.start()
    wait_until_serving(f"http://127.0.0.1:{port}", interval=0.05, timeout=10)
    assert started.is_set() and GetInfo.seen == ["/get_info"]
    thread.join(5)


def test_fails_fast_when_the_server_process_exits(tmp_path):
    log = tmp_path / "server.log"
    log.write_text("starting\nConfigError: no such model\n")
    process = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])
    started = time.monotonic()
    with pytest.raises(ServerNotReady, match=r"exited with code 3(.|\n)*no such model"):
        wait_until_serving(f"http://127.0.0.1:{portpicker.pick_unused_port()}", process=process,
                           timeout=60, interval=0.05, log=log)
    assert time.monotonic() - started < 10


def test_gives_up_after_the_timeout(get_info_server):
    GetInfo.failures = 10**6
    started = time.monotonic()
    with pytest.raises(ServerNotReady, match="no answer from .*/get_info within 0.5 s"):
        wait_until_serving(get_info_server, timeout=0.5, interval=0.05)
    assert 0.5 <= time.monotonic() - started < 5

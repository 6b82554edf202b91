"""Waiting until a LIT server answers, for whatever starts `lit-ext serve` in a process of its
own: tests, benchmarks, CI jobs.

LIT binds its port only after loading the models and warm-starting predictions, so a server
that has "started" is one that answers `POST /get_info`.
"""

from __future__ import annotations

import http.client
import subprocess
import time
import urllib.request
from pathlib import Path

LOG_TAIL = 3000


class ServerNotReady(RuntimeError):
    """The server exited, or did not answer in time."""


def wait_until_serving(url: str, *, process: subprocess.Popen | None = None, timeout: float = 300,
                       interval: float = 0.5, log: Path | None = None) -> None:
    """Polls `POST {url}/get_info` until it answers with a success status.

    Raises `ServerNotReady` as soon as `process` (the server's, when given) has exited, or
    once `timeout` seconds have passed; the message ends with the tail of `log`, if given.
    """
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(f"{url}/get_info", data=b"", method="POST")
    while True:
        try:
            # urlopen raises HTTPError (an OSError) for anything but a success.
            with urllib.request.urlopen(request, timeout=5):
                return
        # Refused until the port is bound; gunicorn accepts connections (which then time out
        # or close) before its worker has loaded the app.
        except (OSError, http.client.HTTPException):
            pass
        if process is not None and process.poll() is not None:
            problem = f"the server exited with code {process.returncode} before answering"
        elif time.monotonic() > deadline:
            problem = f"no answer from {url}/get_info within {timeout:g} s"
        else:
            time.sleep(interval)
            continue
        if log is not None:
            problem += f"; end of {log}:\n{log.read_text(errors='replace')[-LOG_TAIL:]}"
        raise ServerNotReady(problem)

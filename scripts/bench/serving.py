"""A real `lit-ext serve` process on a free loopback port, and LIT's HTTP API around it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import portpicker
import requests
import yaml

from bench.timing import proc_memory_mb
from lit_ext.config import resolve_config_path
from lit_ext.readiness import ServerNotReady, wait_until_serving


def config_with_max_length(directory: Path, max_length: int, name: str = "sst2") -> Path:
    """The shipped config `name` with the model's max_length raised (MiniLM allows 512)."""
    raw = yaml.safe_load(resolve_config_path(name).read_text())
    for model in raw["models"]:
        model["max_length"] = max_length
    path = directory / f"{name}_max{max_length}.yaml"
    path.write_text(yaml.safe_dump(raw, sort_keys=False))
    return path


class LitExtServer:
    """`lit-ext serve --config CONFIG --data FILE... --port P`, started at construction.

    `seconds_until_ready` is the wall time from launching the process to LIT's first answer
    (LIT binds its port only after loading the models and warm-starting the predictions).
    """

    def __init__(self, config: str | Path, data: list[str | Path], log_path: Path, threads: int):
        self.port = portpicker.pick_unused_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        command = [str(Path(sys.executable).with_name("lit-ext")), "serve", "--config", str(config),
                   "--port", str(self.port)]
        for item in data:
            command += ["--data", str(item)]
        env = os.environ | {"HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": str(threads),
                            "MKL_NUM_THREADS": str(threads), "TOKENIZERS_PARALLELISM": "false"}
        self.log = open(log_path, "w")
        self.started = time.perf_counter()
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT, env=env,
                                        start_new_session=True)
        self.seconds_until_ready: float | None = None
        self.session = requests.Session()

    def wait_ready(self, timeout: float = 900) -> float:
        if self.seconds_until_ready is not None:
            return self.seconds_until_ready
        try:
            self.log.flush()
            wait_until_serving(self.url, process=self.process, interval=0.1, log=self.log_path,
                               timeout=timeout - (time.perf_counter() - self.started))
        except ServerNotReady as error:
            self.stop()
            raise RuntimeError(f"lit-ext serve did not come up: {error}") from None
        self.seconds_until_ready = time.perf_counter() - self.started
        self.info = self.post("get_info").json()
        return self.seconds_until_ready

    @property
    def model(self) -> str:
        return next(iter(self.info["models"]))

    def dataset(self, stem: str) -> str:
        """The name LIT gives the dataset loaded from a file with this stem."""
        if stem in self.info["datasets"]:
            return stem
        raise KeyError(f"dataset {stem!r} not served; have {sorted(self.info['datasets'])}")

    def post(self, endpoint: str, body=None, **params) -> requests.Response:
        response = self.session.post(f"{self.url}/{endpoint}", params=params,
                                     data=json.dumps(body) if body is not None else None, timeout=600)
        if not response.ok:
            raise RuntimeError(f"{endpoint} {params}: HTTP {response.status_code}: {response.text[:300]}")
        return response

    def interpret(self, interpreter: str, dataset: str, inputs: list, config: dict | None = None,
                  ) -> requests.Response:
        """`/get_interpretations` as lit-ext's modules send it (do_predict=0: skipPredict)."""
        body = {"inputs": inputs, "config": config or {}}
        return self.post("get_interpretations", body, model=self.model, dataset_name=dataset,
                         interpreter=interpreter, do_predict="0")

    def memory(self) -> dict[str, float]:
        return proc_memory_mb(self.process.pid)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # LIT's dev server stops on SIGINT
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self.session.close()
        self.log.close()


def new_example(sentence: str, example_id: str) -> dict:
    """An example the dataset does not hold, as LIT's client sends it (id = data._id)."""
    return {"id": example_id, "data": {"sentence": sentence, "_id": example_id}, "meta": {}}

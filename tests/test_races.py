"""Races that must really happen in the test, and the guards that make them harmless.

- Processes building the same client root at once: every process, winner or loser of the final
  rename, gets the one complete root. The test starts the builders together behind a barrier and
  checks that somebody did lose (it retries until a round has a loser), and also drives the
  loser's branch directly.
- LIT's prediction-lock bookkeeping (`PredsCache._pred_locks`), which LIT reads and writes from
  every request thread without a lock: every access must happen under `BoundedPredsCache`'s
  guard (checked access by access), and threads hammering it must never see "dictionary changed
  size during iteration" or a KeyError (with a tiny thread switch interval and long iterations,
  the unguarded code fails within a second).
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from lit_ext.caching import BoundedPredsCache
from lit_ext.client import client_root

# ---- client root ---------------------------------------------------------------------------------

# A builder process: waits at a file barrier, builds, reports its root and whether its own rename
# lost. Runs with the repository's lit_ext (the parent's sys.path).
BUILDER = """
import json, os, sys, time
from pathlib import Path
from lit_ext.client import client_root
ready, go = Path(sys.argv[1]), Path(sys.argv[2])
lost = []
rename = os.rename
def recording_rename(src, dst):
    try:
        rename(src, dst)
    except OSError as err:
        lost.append(err.errno)
        raise
client_root.os.rename = recording_rename
client_root.bundle_version(), client_root._lit_fingerprint()  # warm the file cache
ready.touch()
while not go.exists():
    time.sleep(0.0002)
root = client_root.build_client_root()
print(json.dumps({"root": root, "lost": lost}))
"""


def race_round(workdir: Path, builders: int) -> list[dict]:
    """Starts `builders` processes, releases them at once, returns their reports."""
    workdir.mkdir()
    go = workdir / "go"
    env = os.environ | {"LIT_EXT_CACHE_DIR": str(workdir / "cache"),
                        "PYTHONPATH": os.pathsep.join(sys.path)}
    processes = [subprocess.Popen([sys.executable, "-c", BUILDER, str(workdir / f"ready{i}"), str(go)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
                 for i in range(builders)]
    deadline = time.monotonic() + 120
    while not all((workdir / f"ready{i}").exists() for i in range(builders)):
        assert time.monotonic() < deadline, "builders did not start"
        assert all(p.poll() is None for p in processes), [p.communicate() for p in processes]
        time.sleep(0.01)
    go.touch()
    reports = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, f"a builder failed:\n{err[-2000:]}"
        reports.append(json.loads(out))
    return reports


def assert_one_complete_root(reports: list[dict]) -> Path:
    roots = {report["root"] for report in reports}
    assert len(roots) == 1, roots
    root = Path(roots.pop())
    index = (root / "static" / "index.html").read_text()
    assert f"lit_ext.js?v={client_root.bundle_version()}" in index
    assert (root / "main.js").exists() and (root / "static/lit_ext/lit_ext.js").exists()
    assert [p.name for p in root.parent.iterdir() if p.name.startswith(".")] == [], "staging left"
    return root


def test_builders_losing_the_rename_race_use_the_winners_root(tmp_path):
    for attempt in range(6):
        reports = race_round(tmp_path / f"round{attempt}", builders=6)
        assert_one_complete_root(reports)
        losers = [r for r in reports if r["lost"]]
        if losers:
            assert all(r["lost"][0] in (errno.ENOTEMPTY, errno.EEXIST) for r in losers)
            return
    pytest.fail("six rounds of six builders never raced; the test proves nothing")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("LIT_EXT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "client"


def test_the_loser_of_the_rename_returns_the_winners_root(cache, monkeypatch):
    """Another process renames its copy into place between our check and our rename."""
    assemble = client_root._assemble
    finals = []

    def assemble_then_lose(staging: Path, version: str) -> None:
        assemble(staging, version)
        # Play the other process: it finishes the same root (".<key>.<random>" -> "<key>") first.
        final = staging.parent / staging.name.split(".")[1]
        shutil.copytree(staging, final, symlinks=True)
        (final / "winner").write_text("the other process")
        finals.append(final)

    monkeypatch.setattr(client_root, "_assemble", assemble_then_lose)
    root = Path(client_root.build_client_root())
    assert root == finals[0] and (root / "winner").read_text() == "the other process"
    assert [p.name for p in cache.iterdir()] == [root.name]  # our staging copy is gone
    assert client_root.build_client_root() == str(root)


@pytest.mark.parametrize("failure", [errno.EACCES, errno.EXDEV])
def test_other_rename_failures_are_raised_and_clean_up(cache, monkeypatch, failure):
    def failing_rename(src, dst):
        raise OSError(failure, os.strerror(failure))

    monkeypatch.setattr(client_root.os, "rename", failing_rename)
    with pytest.raises(OSError) as raised:
        client_root.build_client_root()
    assert raised.value.errno == failure
    assert list(cache.iterdir()) == []


def test_a_file_in_the_roots_place_is_not_taken_for_a_root(cache, monkeypatch):
    """ENOTEMPTY/EEXIST with no directory there is not a lost race: it is raised."""
    def rename_onto_a_file(src, dst):
        Path(dst).write_text("not a client root")
        raise OSError(errno.EEXIST, "File exists")

    monkeypatch.setattr(client_root.os, "rename", rename_onto_a_file)
    with pytest.raises(OSError, match="File exists"):
        client_root.build_client_root()
    assert [p.is_file() for p in cache.iterdir()] == [True]  # only the file, no staging


# ---- prediction locks -----------------------------------------------------------------------------


class GuardedOnly(dict):
    """LIT's `_pred_locks` map that fails any access made without the cache's guard held."""

    def __init__(self, guard):
        super().__init__()
        self.guard = guard
        self.accesses = 0

    def _check(self):
        self.accesses += 1
        assert self.guard._is_owned(), "LIT's prediction locks touched without the guard"

    def __contains__(self, key):
        self._check()
        return super().__contains__(key)

    def __iter__(self):
        self._check()
        return super().__iter__()

    def __getitem__(self, key):
        self._check()
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        self._check()
        super().__setitem__(key, value)

    def pop(self, key, *default):
        self._check()
        return super().pop(key, *default)


def test_every_access_to_lits_prediction_locks_holds_the_guard():
    cache = BoundedPredsCache("m", dataset_ids=[], max_new_examples=4)
    cache._pred_locks = GuardedOnly(cache._pred_locks_guard)
    keys = [("m", "a"), ("m", "b")]
    assert cache.pred_lock_key(keys) is None
    lock = cache.get_pred_lock(keys)
    assert cache.get_pred_lock(keys) is lock  # found again
    assert cache.pred_lock_key(keys[:1]) == frozenset(keys)  # a superset's lock serves a subset
    assert cache.delete_pred_lock(keys) is lock
    assert cache.delete_pred_lock(keys) is None
    assert cache._pred_locks.accesses >= 6


def test_threads_racing_on_the_prediction_locks():
    """Long scans (500 unrelated locks) while other threads add and remove locks, with a thread
    switch every µs: without the guard this fails with "dictionary changed size during
    iteration" or a KeyError well within the time given."""
    cache = BoundedPredsCache("m", dataset_ids=[], max_new_examples=4)
    for i in range(500):
        cache.get_pred_lock([("m", f"busy-{i}")])
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    failures: list[str] = []
    stop = threading.Event()

    def scan(n: int):
        while not stop.is_set():
            try:
                cache.pred_lock_key([("m", f"absent-{n}")])
            except Exception as err:  # noqa: BLE001 - any failure counts
                failures.append(repr(err))
                return

    def churn(n: int):
        # Every other key is shared: one thread finds a lock another is about to delete (LIT's
        # get_pred_lock then indexes a key that is gone), or both delete the same one.
        i = 0
        while not stop.is_set():
            keys = [("m", f"shared-{i % 3}")] if i % 2 else [("m", f"{n}-{i}")]
            try:
                with cache.get_pred_lock(keys):
                    pass
                cache.delete_pred_lock(keys)
            except Exception as err:  # noqa: BLE001
                failures.append(repr(err))
                return
            i += 1

    threads = [threading.Thread(target=scan, args=(n,)) for n in range(3)]
    threads += [threading.Thread(target=churn, args=(n,)) for n in range(3)]
    try:
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and not failures:
            time.sleep(0.05)
    finally:
        stop.set()
        for thread in threads:
            thread.join(30)
        sys.setswitchinterval(interval)
    assert not any(thread.is_alive() for thread in threads), "a thread is stuck (deadlock)"
    assert failures == []
    assert len(cache._pred_locks) == 500


def test_threads_asking_for_the_same_examples_at_once_share_one_lock():
    """LIT serialises predictions of the same examples with one lock per key set. Two threads
    that both find no lock and both create one would predict the same examples at once (and one
    would wait on a lock nobody else holds). Each round releases 6 threads together on new keys."""
    cache = BoundedPredsCache("m", dataset_ids=[], max_new_examples=4)
    for i in range(500):  # scans take long enough for the threads to overlap
        cache.get_pred_lock([("m", f"busy-{i}")])
    rounds, workers = 200, 6
    barrier = threading.Barrier(workers)
    got = [[None] * workers for _ in range(rounds)]
    failures: list[str] = []

    def worker(w: int):
        try:
            for r in range(rounds):
                barrier.wait(30)
                got[r][w] = cache.get_pred_lock([("m", f"round-{r}"), ("m", "shared")])
        except Exception as err:  # noqa: BLE001
            failures.append(repr(err))
            barrier.abort()

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=worker, args=(w,)) for w in range(workers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
    finally:
        sys.setswitchinterval(interval)
    assert failures == []
    split = [r for r in range(rounds) if len({id(lock) for lock in got[r]}) != 1]
    assert split == [], f"{len(split)} of {rounds} rounds handed out more than one lock"

"""The client root LIT serves: LIT's prebuilt client linked in, our page and bundle added."""

from __future__ import annotations

import multiprocessing
import shutil
from pathlib import Path

import pytest

from lit_ext.client import client_root


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    """A private cache and a private copy of the bundle (so tests may change it)."""
    bundle = tmp_path / "bundle"
    shutil.copytree(client_root.BUNDLE_DIR, bundle)
    monkeypatch.setattr(client_root, "BUNDLE_DIR", bundle)
    monkeypatch.setenv("LIT_EXT_CACHE_DIR", str(tmp_path / "cache"))
    return bundle


def test_root_links_lit_client_and_adds_our_page_and_bundle(isolated):
    root = Path(client_root.build_client_root())
    lit = client_root.LIT_CLIENT_DIR
    assert (root / "main.js").resolve() == (lit / "main.js").resolve()
    for name in (lit / "static").iterdir():
        if name.name != "index.html":
            assert (root / "static" / name.name).resolve() == name.resolve()
    index = (root / "static" / "index.html").read_text()
    assert not (root / "static" / "index.html").is_symlink()
    assert "googleapis" not in index
    assert f"lit_ext.js?v={client_root.bundle_version()}" in index
    assert (root / "static/lit_ext/lit_ext.js").read_bytes() == (isolated / "lit_ext.js").read_bytes()
    assert (root / "static/lit_ext/fonts/material-icons-latin-400-normal.woff2").is_file()
    assert client_root.build_client_root() == str(root)  # reused


def test_a_changed_bundle_gets_a_new_root_and_version(isolated):
    first = client_root.build_client_root()
    version = client_root.bundle_version()
    with open(isolated / "lit_ext.js", "a") as bundle:
        bundle.write("\n// rebuilt\n")
    second = client_root.build_client_root()
    assert second != first
    assert client_root.bundle_version() != version
    assert f"?v={client_root.bundle_version()}" in Path(second, "static/index.html").read_text()


def test_a_missing_bundle_is_reported_with_the_fix(isolated):
    (isolated / "lit_ext.js").unlink()
    with pytest.raises(FileNotFoundError, match="make client"):
        client_root.build_client_root()


def _build(cache: str, bundle: str, queue) -> None:
    import os

    os.environ["LIT_EXT_CACHE_DIR"] = cache
    client_root.BUNDLE_DIR = Path(bundle)
    queue.put(client_root.build_client_root())


def test_processes_racing_to_build_get_one_complete_root(isolated, tmp_path):
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_build, args=(str(tmp_path / "cache"), str(isolated), queue))
               for _ in range(4)]
    for worker in workers:
        worker.start()
    roots = {queue.get(timeout=120) for _ in workers}
    for worker in workers:
        worker.join(60)
    assert len(roots) == 1
    root = Path(roots.pop())
    assert (root / "static" / "index.html").is_file() and (root / "main.js").exists()
    leftovers = [p for p in root.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []

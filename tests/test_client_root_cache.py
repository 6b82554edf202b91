"""The assembled client root (LIT's prebuilt client plus our bundle, in the user's cache) always
serves the bundle of the lit-ext that asks for it."""

from __future__ import annotations

import shutil

from lit_ext.client import client_root


def test_a_moved_or_deleted_checkout_of_the_same_bundle_gets_working_links(tmp_path, monkeypatch):
    """Two checkouts with byte-identical bundles (a git worktree, a reinstalled venv): when the
    first is deleted, the second must not be handed the first's directory of dangling links
    (LIT then serves no bundle and blanks every module)."""
    monkeypatch.setenv("LIT_EXT_CACHE_DIR", str(tmp_path / "cache"))
    first, second = tmp_path / "first", tmp_path / "second"
    shutil.copytree(client_root.BUNDLE_DIR, first)
    shutil.copytree(client_root.BUNDLE_DIR, second)
    monkeypatch.setattr(client_root, "BUNDLE_DIR", first)
    version = client_root.bundle_version()
    assert (client_root.Path(client_root.build_client_root()) / client_root.BUNDLE_URL_DIR /
            "lit_ext.js").is_file()
    shutil.rmtree(first)

    monkeypatch.setattr(client_root, "BUNDLE_DIR", second)
    assert client_root.bundle_version() == version  # the same bundle, elsewhere
    root = client_root.Path(client_root.build_client_root())
    bundle = root / client_root.BUNDLE_URL_DIR / "lit_ext.js"
    assert bundle.is_file() and bundle.read_bytes() == (second / "lit_ext.js").read_bytes()
    # The same checkout reuses its directory.
    assert client_root.Path(client_root.build_client_root()) == root

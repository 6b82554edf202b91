"""The directory LIT's server serves the client from: LIT's prebuilt client plus our modules.

LIT serves `client_root/static/index.html` at `/` and every other path as a file under
`client_root`. We assemble such a directory in the user's cache:

    main.js, main.js.map, ...   -> symlinks to LIT's prebuilt client
    static/<LIT's files>        -> symlinks (favicon, onboarding images, ...)
    static/index.html           our page: local fonts, LIT's main.js, then our bundle
    static/lit_ext/...          -> symlinks to `bundle/` (lit_ext.js, fonts.css, fonts/)

The directory name is a hash of everything in it, so a new LIT or a rebuilt bundle gets a fresh
directory, and two processes assembling the same one at once cannot leave it half-built (each
builds a private copy and renames it into place; the loser discards its copy). LIT sends every
file with a one-hour cache lifetime, so our page asks for the bundle as `lit_ext.js?v=<hash of
the bundle>`: a rebuilt bundle has a new URL.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import tempfile
from pathlib import Path

import lit_nlp

CLIENT_DIR = Path(__file__).resolve().parent
BUNDLE_DIR = CLIENT_DIR / "bundle"
INDEX_TEMPLATE = CLIENT_DIR / "index.html"
LIT_CLIENT_DIR = Path(lit_nlp.__file__).resolve().parent / "client" / "build" / "default"
BUNDLE_URL_DIR = "static/lit_ext"


def _files(root: Path) -> list[Path]:
    """Every file under `root`, relative, in a stable order."""
    return sorted(path.relative_to(root) for path in root.rglob("*") if path.is_file())


def bundle_version() -> str:
    """A short hash of our bundle and page template: changes whenever either does."""
    if not (BUNDLE_DIR / "lit_ext.js").is_file():
        raise FileNotFoundError(
            f"lit-ext's client bundle is missing ({BUNDLE_DIR / 'lit_ext.js'}); build it with "
            "`make client` (needs Node.js) or reinstall lit-ext.")
    digest = hashlib.sha256(INDEX_TEMPLATE.read_bytes())
    for name in _files(BUNDLE_DIR):
        digest.update(str(name).encode() + b"\0" + (BUNDLE_DIR / name).read_bytes())
    return digest.hexdigest()[:16]


def _lit_fingerprint() -> str:
    """Identifies the installed LIT client without reading its 10 MB: paths, sizes, mtimes."""
    if not (LIT_CLIENT_DIR / "main.js").is_file():
        raise FileNotFoundError(f"LIT's prebuilt client is missing: {LIT_CLIENT_DIR / 'main.js'}.")
    digest = hashlib.sha256(str(LIT_CLIENT_DIR).encode())
    for name in _files(LIT_CLIENT_DIR):
        stat = (LIT_CLIENT_DIR / name).stat()
        digest.update(f"{name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def index_html(version: str) -> str:
    return INDEX_TEMPLATE.read_text(encoding="utf-8").replace("{version}", version)


def _cache_base() -> Path:
    if os.environ.get("LIT_EXT_CACHE_DIR"):
        return Path(os.environ["LIT_EXT_CACHE_DIR"]) / "client"
    xdg = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(xdg) / "lit-ext" / "client"


def _writable_base() -> Path:
    base = _cache_base()
    try:
        base.mkdir(parents=True, exist_ok=True)
        if os.access(base, os.W_OK):
            return base
    except OSError:
        pass
    # No usable home (containers, read-only HOME): a per-user directory in the temp dir.
    user = os.getuid() if hasattr(os, "getuid") else os.getlogin()
    base = Path(tempfile.gettempdir()) / f"lit-ext-{user}" / "client"
    base.mkdir(parents=True, exist_ok=True)
    return base


def _link(target: Path, link: Path) -> None:
    link.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.symlink(target, link)
    except OSError:  # e.g. Windows without symlink rights
        shutil.copy2(target, link)


def _assemble(directory: Path, version: str) -> None:
    for name in _files(LIT_CLIENT_DIR):
        if name != Path("static/index.html"):
            _link(LIT_CLIENT_DIR / name, directory / name)
    for name in _files(BUNDLE_DIR):
        _link(BUNDLE_DIR / name, directory / BUNDLE_URL_DIR / name)
    # Written last: its presence marks a complete directory.
    (directory / "static" / "index.html").write_text(index_html(version), encoding="utf-8")


def build_client_root() -> str:
    """Path of a client root with LIT's prebuilt client and our modules, built if needed."""
    version = bundle_version()
    # The directory links to our bundle where it is now: another checkout or install of the same
    # bundle (a worktree since deleted, a moved venv) must get its own, not dangling links.
    key = hashlib.sha256(f"{version}\0{BUNDLE_DIR.resolve()}\0{_lit_fingerprint()}".encode()
                         ).hexdigest()[:20]
    base = _writable_base()
    final = base / key
    if (final / "static" / "index.html").is_file():
        return str(final)
    staging = Path(tempfile.mkdtemp(prefix=f".{key}.", dir=base))
    try:
        _assemble(staging, version)
        try:
            os.rename(staging, final)
        except OSError as err:
            # Another process finished first: use its copy.
            if err.errno not in (errno.EEXIST, errno.ENOTEMPTY) or not final.is_dir():
                raise
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return str(final)

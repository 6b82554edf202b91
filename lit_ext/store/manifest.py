"""The layout of a precomputed store: `manifest.json` plus `shards/part-NNNNN.parquet`.

The manifest names what was computed (model config, data and its fingerprint, shard size,
column groups); a shard is one Parquet file holding rows `[i * shard_size, (i + 1) * shard_size)`
of the data, written to a temporary name and renamed, so a file under its final name is
complete. A re-run with the same plan skips every finished shard; a different plan is refused
rather than mixed into the same directory.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path

FORMAT_VERSION = 1
# Manifest fields that record progress, not the plan.
_PROGRESS = ("complete", "labels", "num_layers", "num_heads")
MANIFEST_FILE = "manifest.json"
SHARD_DIR = "shards"


class StoreError(ValueError):
    """A store directory cannot be used as asked; the message says why and what to do."""


@dataclasses.dataclass
class Manifest:
    """What a store holds and how it is cut into shards.

    Attributes:
      model: the model's config (`ModelConfig` fields), enough to rebuild it.
      data: `description`, `examples` (row count) and `fingerprint` (SHA-256 of the examples).
      shard_size: rows per shard (the last shard may hold fewer).
      column_groups: what each row holds besides the example, e.g. ["predictions"].
      example_fields: the dataset's fields, in order (text fields and label).
      labels: the model's class names, in `probas` order (known once a shard is written; empty
        for encoders).
      num_layers, num_heads: the model's attention grid (known once a shard is written).
      edge_min_weight: with the `attention_edges` group, the smallest attention weight stored
        (pattern searches need a threshold at least this); None without it.
      complete: every shard is written.
    """

    model: dict
    data: dict
    shard_size: int
    column_groups: list[str]
    example_fields: list[str]
    labels: list[str] = dataclasses.field(default_factory=list)
    num_layers: int = 0
    num_heads: int = 0
    edge_min_weight: float | None = None
    format_version: int = FORMAT_VERSION
    complete: bool = False

    @property
    def num_rows(self) -> int:
        return int(self.data["examples"])

    @property
    def num_shards(self) -> int:
        return -(-self.num_rows // self.shard_size)

    def shard_rows(self, index: int) -> range:
        """Row indices of shard `index`."""
        return range(index * self.shard_size, min((index + 1) * self.shard_size, self.num_rows))

    def plan_differences(self, other: Manifest) -> list[str]:
        """The fields in which `other` computes other rows or computes them otherwise (model,
        data, shard_size, column_groups, ...; completion aside); empty for the same plan."""
        mine, theirs = dataclasses.asdict(self), dataclasses.asdict(other)
        return [name for name in mine if name not in _PROGRESS and mine[name] != theirs[name]]


def fingerprint(examples: Sequence[dict]) -> str:
    """SHA-256 over the examples' JSON (keys sorted): a changed or reordered corpus differs."""
    digest = hashlib.sha256()
    for example in examples:
        digest.update(json.dumps(example, sort_keys=True, ensure_ascii=False).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def shard_path(directory: str | os.PathLike, index: int) -> Path:
    return Path(directory) / SHARD_DIR / f"part-{index:05d}.parquet"


def read_manifest(directory: str | os.PathLike) -> Manifest | None:
    """The store's manifest, or None when `directory` holds none."""
    path = Path(directory) / MANIFEST_FILE
    if not path.is_file():
        return None
    try:
        fields = json.loads(path.read_text())
        manifest = Manifest(**fields)
    except (json.JSONDecodeError, TypeError) as err:
        raise StoreError(f"{path} is not a lit-ext store manifest ({err}); remove the directory "
                         "or choose another --out.") from None
    if manifest.format_version != FORMAT_VERSION:
        raise StoreError(f"{path} has store format {manifest.format_version}; this lit-ext reads "
                         f"format {FORMAT_VERSION}. Recompute it with `lit-ext precompute`.")
    return manifest


def write_manifest(directory: str | os.PathLike, manifest: Manifest) -> None:
    """Writes the manifest atomically (a reader never sees half a file)."""
    path = Path(directory) / MANIFEST_FILE
    temporary = path.with_name(f".{MANIFEST_FILE}.{os.getpid()}")
    temporary.write_text(json.dumps(dataclasses.asdict(manifest), indent=1, ensure_ascii=False))
    os.replace(temporary, path)


def finished_shards(directory: str | os.PathLike, manifest: Manifest) -> set[int]:
    """Shards whose file exists with the expected number of rows."""
    import pyarrow.parquet as pq  # here: the CLI reads manifests before the heavy imports

    done = set()
    for index in range(manifest.num_shards):
        path = shard_path(directory, index)
        if not path.is_file():
            continue
        try:
            rows = pq.read_metadata(path).num_rows
        except (OSError, ValueError):
            continue  # unreadable: computed again
        if rows == len(manifest.shard_rows(index)):
            done.add(index)
    return done

"""`lit-ext precompute`: a corpus's store rows computed with Ray Data, written as Parquet shards.

The corpus is cut into shards of `shard_size` rows (see `manifest`). Ray Data streams the
shards still missing through a pool of actors, each holding one copy of the model; an actor
computes a shard's rows (`store_rows.rows_table`) and writes them to a temporary file renamed
into place. The driver counts finished shards for the progress bar and marks the manifest
complete at the end. A crash or kill loses at most the shards being computed: a re-run skips
every finished one, so each row is written exactly once.

By default Ray starts locally on this machine; `ray_address` joins an existing cluster, whose
workers must have lit-ext installed and see `out` at the same path (a shared filesystem).
"""

from __future__ import annotations

import dataclasses
import json
import os
import uuid
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
from tqdm.auto import tqdm

from lit_ext.config import ModelConfig, model_config_from_dict
from lit_ext.store.manifest import (
    SHARD_DIR,
    Manifest,
    StoreError,
    fingerprint,
    finished_shards,
    read_manifest,
    shard_path,
    write_manifest,
)
from lit_ext.store.store_rows import (
    ATTENTION_EDGES,
    COLUMN_GROUPS,
    CORPUS_NMF,
    DEFAULT_EDGE_MIN_WEIGHT,
    HEAD_STATISTICS,
    PREDICTIONS,
    rows_table,
)

DEFAULT_SHARD_SIZE = 2048
# corpus_nmf joins by itself for a model with corpus factors (see `plan`).
DEFAULT_COLUMN_GROUPS = (PREDICTIONS, HEAD_STATISTICS, ATTENTION_EDGES)


class ShardWriter:
    """A Ray Data actor: builds the model once, then computes and writes whole shards.

    Called with batches of {"shard": index, "first_row": row, "examples": JSON list}; returns
    {"shard": index, "rows": count, "model": JSON of the model's labels, layers and heads} for
    each shard written.
    """

    def __init__(self, model: dict, out: str, example_fields: Sequence[str],
                 column_groups: Sequence[str], threads: int, batch_size: int,
                 edge_min_weight: float | None):
        import torch

        from lit_ext.server import build_model

        torch.set_num_threads(threads)
        config = model_config_from_dict(model, "the store's model")
        self.wrapper = build_model(config)
        self.factors = None
        if CORPUS_NMF in column_groups:
            from lit_ext.corpus.storage import check_matches, describe_model, load_factors

            path = config.corpus_nmf.path
            self.factors = load_factors(path)
            check_matches(self.factors, describe_model(self.wrapper, config.name, config.kind,
                                                       config.path), path)
        self.out = out
        self.example_fields = list(example_fields)
        self.column_groups = list(column_groups)
        self.batch_size = batch_size
        self.edge_min_weight = edge_min_weight
        self.facts = json.dumps({"labels": list(getattr(self.wrapper, "labels", None) or []),
                                 "num_layers": self.wrapper.num_layers,
                                 "num_heads": self.wrapper.num_heads})

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        rows = []
        for index, first_row, examples in zip(batch["shard"], batch["first_row"],
                                              batch["examples"]):
            examples = json.loads(examples)
            table = rows_table(self.wrapper, examples, int(first_row), self.example_fields,
                               self.batch_size, self.column_groups, self.factors,
                               self.edge_min_weight)
            path = shard_path(self.out, int(index))
            # A unique temporary name: a killed run leaves no file that looks finished.
            temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
            pq.write_table(table, temporary)
            os.replace(temporary, path)
            rows.append(len(examples))
        return {"shard": np.asarray(batch["shard"]), "rows": np.asarray(rows),
                "model": np.asarray([self.facts] * len(rows))}


def plan(model: ModelConfig, examples: Sequence[dict], example_fields: Sequence[str],
         description: str, shard_size: int,
         column_groups: Sequence[str] = DEFAULT_COLUMN_GROUPS,
         edge_min_weight: float = DEFAULT_EDGE_MIN_WEIGHT) -> Manifest:
    """The manifest of a store of `examples` computed by `model`."""
    if shard_size < 1:
        raise StoreError(f"shard_size must be at least 1, got {shard_size}.")
    if not 0 < edge_min_weight <= 1:
        # 0 would store every pair: n² per head and example.
        raise StoreError(f"edge_min_weight must be in (0, 1], got {edge_min_weight}.")
    unknown = set(column_groups) - set(COLUMN_GROUPS)
    if unknown or PREDICTIONS not in column_groups:
        raise StoreError(f"Unknown column groups {sorted(unknown)}; choose from "
                         f"{list(COLUMN_GROUPS)} ({PREDICTIONS} always).")
    if model.corpus_nmf is not None:
        column_groups = [*column_groups, CORPUS_NMF]  # a model with factors gets their columns
    elif CORPUS_NMF in column_groups:
        raise StoreError(f"The {CORPUS_NMF} columns need corpus factors: give the model a "
                         "corpus_nmf setting (a fit's path) in its config.")
    return Manifest(model=dataclasses.asdict(model),
                    data={"description": description, "examples": len(examples),
                          "fingerprint": fingerprint(examples)},
                    shard_size=shard_size,
                    column_groups=[g for g in COLUMN_GROUPS if g in column_groups],
                    example_fields=list(example_fields),
                    edge_min_weight=(float(edge_min_weight) if ATTENTION_EDGES in column_groups
                                     else None))


def ensure_corpus_factors(model: ModelConfig, examples: Sequence[dict], description: str) -> None:
    """Fits the model's corpus factors over `examples` (its `corpus_nmf` settings) unless its
    fit exists, so that every worker transforms with the same factors."""
    if Path(model.corpus_nmf.path).exists():
        return
    from lit_nlp.api import dataset as lit_dataset

    from lit_ext.corpus.startup import with_corpus_nmf
    from lit_ext.server import build_model

    corpus = lit_dataset.Dataset(examples=list(examples), description=description)
    with_corpus_nmf(build_model(model), model, {"corpus": corpus})


def prepare_directory(out: Path, manifest: Manifest) -> set[int]:
    """Creates or checks `out` for `manifest`; returns the shards already finished."""
    existing = read_manifest(out)
    if existing is None:
        if out.exists() and any(out.iterdir()):
            raise StoreError(f"{out} is not empty and holds no lit-ext store; choose an empty or "
                             "new --out directory.")
        (out / SHARD_DIR).mkdir(parents=True, exist_ok=True)
        write_manifest(out, manifest)
        return set()
    differences = existing.plan_differences(manifest)
    if differences:
        raise StoreError(
            f"{out} holds a store that differs in {', '.join(differences)} "
            f"({existing.data['description']}, {existing.num_rows} rows, shard size "
            f"{existing.shard_size}, columns {','.join(existing.column_groups)}); choose another "
            "--out or delete it to start over.")
    for leftover in (out / SHARD_DIR).glob(".part-*"):
        leftover.unlink()  # half-written by a run that was killed
    return finished_shards(out, existing)


def _ray_init(ray_address: str | None, num_cpus: int | None):
    import ray

    if ray.is_initialized():
        return ray
    if ray_address:
        ray.init(address=ray_address, log_to_driver=False)
    else:
        # Local, loopback only; no dashboard (it would listen on a port for nothing).
        ray.init(num_cpus=num_cpus, include_dashboard=False, log_to_driver=False,
                 configure_logging=False)
    return ray


def precompute(model: ModelConfig, examples: Sequence[dict], out: str | os.PathLike, *,
               example_fields: Sequence[str], description: str,
               ray_address: str | None = None, shard_size: int = DEFAULT_SHARD_SIZE,
               workers: int | None = None, threads_per_worker: int | None = None,
               batch_size: int = 64, column_groups: Sequence[str] = DEFAULT_COLUMN_GROUPS,
               edge_min_weight: float = DEFAULT_EDGE_MIN_WEIGHT,
               progress: bool = True) -> Manifest:
    """Computes the store of `examples` into `out`; resumes a store there with the same plan.

    Args:
      model: the model's config (built once per worker).
      examples: the corpus, as dataset examples (dicts of `example_fields`).
      out: the store directory (created; must be empty or hold this same store).
      example_fields: the fields stored with each row (text fields, label).
      description: a line naming the data, kept in the manifest.
      ray_address: an existing Ray cluster ("auto", "HOST:PORT", "ray://..."); None starts
        Ray on this machine.
      shard_size: rows per Parquet file.
      workers, threads_per_worker: the actor pool; by default one worker per two CPUs of the
        cluster (at least one), each using the CPUs it reserved as torch threads.
      batch_size: examples per forward pass.
      column_groups: what to compute besides the example (`store_rows.COLUMN_GROUPS`); a
        model with `corpus_nmf` settings adds its factor columns (fitted first over
        `examples` when its fit is missing and `fit_if_missing`).
      edge_min_weight: with `attention_edges`, the smallest attention weight stored for
        pattern search, in (0, 1]; a lower value allows lower search thresholds and makes the
        store larger (see `store_rows.DEFAULT_EDGE_MIN_WEIGHT`).

    Returns: the manifest, `complete` set.

    Raises:
      StoreError: `out` holds something else, or the plan is invalid.
    """
    out = Path(out)
    if model.corpus_nmf is not None:
        # Workers may run elsewhere (or in another directory): name the fit absolutely.
        model = dataclasses.replace(model, corpus_nmf=dataclasses.replace(
            model.corpus_nmf, path=str(Path(model.corpus_nmf.path).resolve())))
    manifest = plan(model, examples, example_fields, description, shard_size, column_groups,
                    edge_min_weight)
    if CORPUS_NMF in manifest.column_groups:
        ensure_corpus_factors(model, examples, description)
    done = prepare_directory(out, manifest)
    existing = read_manifest(out) or manifest
    facts = {"labels": existing.labels, "num_layers": existing.num_layers,
             "num_heads": existing.num_heads}
    todo = [index for index in range(manifest.num_shards) if index not in done]
    bar = tqdm(total=manifest.num_rows, initial=sum(len(manifest.shard_rows(i)) for i in done),
               unit="row", desc="precompute", disable=not progress, smoothing=0.1)
    if todo:
        ray = _ray_init(ray_address, None)
        cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
        threads = threads_per_worker or (2 if cpus >= 2 else 1)
        pool = workers or max(1, cpus // threads)
        import ray.data

        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False  # ours counts rows
        items = [{"shard": index, "first_row": manifest.shard_rows(index).start,
                  "examples": json.dumps([examples[row] for row in manifest.shard_rows(index)],
                                         ensure_ascii=False)}
                 for index in todo]
        written = ray.data.from_items(items, override_num_blocks=len(items)).map_batches(
            ShardWriter, batch_size=1, compute=ray.data.ActorPoolStrategy(size=pool),
            num_cpus=threads,
            fn_constructor_kwargs=dict(model=manifest.model, out=str(out),
                                       example_fields=manifest.example_fields,
                                       column_groups=manifest.column_groups,
                                       threads=threads, batch_size=batch_size,
                                       edge_min_weight=manifest.edge_min_weight))
        for result in written.iter_rows():
            bar.update(int(result["rows"]))
            facts = json.loads(result["model"])
    bar.close()
    missing = set(range(manifest.num_shards)) - finished_shards(out, manifest)
    if missing:
        raise StoreError(f"{len(missing)} shards of {out} were not written (first: "
                         f"{min(missing)}); run the same command again to finish them.")
    manifest.labels, manifest.complete = facts["labels"], True
    manifest.num_layers, manifest.num_heads = facts["num_layers"], facts["num_heads"]
    write_manifest(out, manifest)
    return manifest

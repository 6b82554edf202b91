"""The `lit-ext` command line: `lit-ext serve [--config NAME|PATH] [--model ...] [--data ...]`
and `lit-ext precompute --data CORPUS --out DIR`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lit_ext.config import (
    AppConfig,
    ConfigError,
    DatasetConfig,
    is_loopback,
    load_config,
    model_config_from_dict,
    model_config_from_spec,
)
from lit_ext.datasets import build_datasets
from lit_ext.store.manifest import MANIFEST_FILE, StoreError, read_manifest


def dataset_from_argument(value: str) -> DatasetConfig:
    """`--data` value: "sample", "hf" (SST-2 from the hub), a GLUE SST-2 directory, or a file."""
    if value == "sample":
        return DatasetConfig(name="sample_reviews", kind="sample")
    if value == "hf":
        return DatasetConfig(name="sst2_dev", kind="sst2", source="hf")
    path = Path(value).expanduser()
    if (path / MANIFEST_FILE).is_file():
        return DatasetConfig(name=path.name or "store", kind="store", path=str(path))
    if path.is_dir():
        return DatasetConfig(name="sst2_dev", kind="sst2", source=str(path))
    if path.is_file():
        return DatasetConfig(name=path.stem, kind="file", path=str(path))
    raise ConfigError(f"--data {value}: no such file or directory (expected a GLUE SST-2 "
                      "directory, a CSV/TSV/JSONL file, 'sample' or 'hf').")


def apply_overrides(config: AppConfig, args: argparse.Namespace) -> AppConfig:
    if args.model:
        config.models = [model_config_from_spec(value) for value in args.model]
    if args.data:
        config.datasets = [dataset_from_argument(value) for value in args.data]
        if not args.model:
            # A store's predictions are those of the model it names: serve that one.
            stores = [d for d in config.datasets if d.kind == "store"]
            if stores:
                config.models = [model_config_from_dict(read_manifest(stores[0].path).model,
                                                        f"{stores[0].path}/{MANIFEST_FILE}")]
    for option in ("host", "port", "warm_start"):
        if getattr(args, option) is not None:
            setattr(config.server, option, getattr(args, option))
    if getattr(args, "allow_remote", False):
        config.server.allow_remote = True
    return config


def check_host(host: str, allow_remote: bool) -> None:
    """Refuses a non-loopback address unless asked for; warns when it is served anyway."""
    if is_loopback(host):
        return
    if not allow_remote:
        raise ConfigError(
            f"host {host} is not a loopback address: LIT has no authentication, so anyone who "
            "can reach this machine could use the server and read its data. Add --allow-remote "
            "(or server.allow_remote: true in the config) to serve on it anyway.")
    print(f"lit-ext: WARNING: serving on {host}, reachable from other machines; LIT has no "
          "authentication, so anyone who can reach this port can use the server.", file=sys.stderr)


def serve(args: argparse.Namespace) -> int:
    # The config, the host and the data are checked before the heavy imports (torch, LIT's
    # app): a typo in a config or a data file is reported at once, not after seconds of importing.
    try:
        config = apply_overrides(load_config(args.config), args)
        check_host(config.server.host, config.server.allow_remote)
        datasets = build_datasets(config.datasets)
    except (ConfigError, FileNotFoundError, ValueError, ImportError, ConnectionError) as err:
        print(f"lit-ext: error: {err}", file=sys.stderr)
        return 2

    from lit_ext.models.loading import ModelLoadError
    from lit_ext.server import make_server

    try:
        server = make_server(config, datasets)
    except (ConfigError, ModelLoadError, FileNotFoundError, ValueError, ImportError,
            ConnectionError, NotImplementedError) as err:
        print(f"lit-ext: error: {err}", file=sys.stderr)
        return 2
    server.serve()
    return 0


def precompute(args: argparse.Namespace) -> int:
    """`lit-ext precompute`: a corpus's store (see `lit_ext.store.precompute`)."""
    try:
        config = load_config(args.config)
        model = model_config_from_spec(args.model) if args.model else config.models[0]
        data = dataset_from_argument(args.data)
        if data.kind == "store":
            raise ConfigError(f"--data {args.data} is a store already; name the corpus it came "
                              "from (a GLUE directory, a CSV/TSV/JSONL file, 'sample' or 'hf').")
        data.split, data.max_examples = args.split, args.max_examples
        dataset = build_datasets([data])[data.name]
    except (ConfigError, FileNotFoundError, ValueError, ImportError, ConnectionError) as err:
        print(f"lit-ext: error: {err}", file=sys.stderr)
        return 2
    try:
        from lit_ext.store.precompute import precompute as run_precompute
        run_precompute(model, dataset.examples, args.out, example_fields=list(dataset.spec()),
                       description=dataset.description(), ray_address=args.ray_address,
                       shard_size=args.shard_size, workers=args.workers,
                       threads_per_worker=args.threads_per_worker, batch_size=args.batch_size,
                       column_groups=args.columns.split(","))
    except ImportError as err:
        print(f"lit-ext: error: {err}; precompute needs `pip install 'lit-ext[scale]'`.",
              file=sys.stderr)
        return 2
    except (StoreError, ConfigError, ValueError) as err:
        print(f"lit-ext: error: {err}", file=sys.stderr)
        return 2
    print(f"lit-ext: store written to {args.out}; serve it with `lit-ext serve --data {args.out}`.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lit-ext", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve_parser = commands.add_parser("serve", help="start the LIT server")
    serve_parser.add_argument("--config", default="sst2",
                              help="config file, or name of a shipped config (default: sst2)")
    serve_parser.add_argument("--model", action="append",
                              help="replace the config's models: sst2_minilm, or "
                                   "[classifier:|encoder:]HUB_ID_OR_PATH (repeatable)")
    serve_parser.add_argument("--data", action="append",
                              help="replace the config's datasets: a GLUE SST-2 directory, a "
                                   "CSV/TSV/JSONL file, 'sample' or 'hf' (repeatable)")
    serve_parser.add_argument("--host", help="address to bind (default 127.0.0.1); any other "
                                             "than a loopback address needs --allow-remote")
    serve_parser.add_argument("--allow-remote", action="store_true", default=None,
                              dest="allow_remote",
                              help="allow a non-loopback --host (LIT has no authentication: "
                                   "anyone who can reach the port can use the server)")
    serve_parser.add_argument("--port", type=int, help="port (default 5432)")
    serve_parser.add_argument("--warm-start", type=float, dest="warm_start",
                              help="fraction of each dataset to predict at start-up (0-1)")
    serve_parser.set_defaults(handler=serve)

    precompute_parser = commands.add_parser(
        "precompute", help="compute a corpus's predictions into a Parquet store (Ray Data)")
    precompute_parser.add_argument("--config", default="sst2",
                                   help="config whose first model is used (default: sst2)")
    precompute_parser.add_argument("--model", help="the model instead: sst2_minilm, or "
                                                   "[classifier:|encoder:]HUB_ID_OR_PATH")
    precompute_parser.add_argument("--data", required=True,
                                   help="the corpus: a GLUE SST-2 directory, a CSV/TSV/JSONL "
                                        "file, 'sample' or 'hf'")
    precompute_parser.add_argument("--split", default="validation",
                                   choices=("train", "validation"),
                                   help="split of a GLUE directory or 'hf' (default validation)")
    precompute_parser.add_argument("--max-examples", type=int, dest="max_examples",
                                   help="only the first N examples")
    precompute_parser.add_argument("--out", required=True,
                                   help="store directory (new, or one to resume)")
    precompute_parser.add_argument("--ray-address", dest="ray_address",
                                   help="an existing Ray cluster (default: start Ray here)")
    precompute_parser.add_argument("--shard-size", type=int, default=2048, dest="shard_size",
                                   help="rows per Parquet file (default 2048)")
    precompute_parser.add_argument("--workers", type=int,
                                   help="model copies (default: one per 2 CPUs)")
    precompute_parser.add_argument("--threads-per-worker", type=int, dest="threads_per_worker",
                                   help="torch threads per worker (default 2)")
    precompute_parser.add_argument("--batch-size", type=int, default=64, dest="batch_size",
                                   help="examples per forward pass (default 64)")
    precompute_parser.add_argument("--columns", default="predictions,head_statistics",
                                   help="column groups to compute (default: "
                                        "predictions,head_statistics)")
    precompute_parser.set_defaults(handler=precompute)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())

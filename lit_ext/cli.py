"""The `lit-ext` command line.

    lit-ext serve [--config NAME|PATH] [--model ...] [--data ...]
    lit-ext export --config NAME --data SPEC --view head|model|neuron|nmf --format svg|png|html|json
                   --out DIR [--layer L] [--head H] [--examples 0:100]
    lit-ext precompute --data CORPUS --out DIR [--ray-address ADDR]
"""

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


VIEWS = ("head", "model", "neuron", "nmf")
FORMATS = ("svg", "png", "html", "json")


def parse_examples(spec: str | None, count: int) -> list[int]:
    """Dataset indices from `--examples`: "7", "0:100" (end exclusive, either end may be left
    out) or a comma-separated list of them; every example when `spec` is None."""
    if spec is None:
        return list(range(count))
    indices: list[int] = []
    for part in spec.split(","):
        try:
            if ":" in part:
                start, _, end = part.partition(":")
                first, stop = int(start or 0), int(end) if end else count
                if not 0 <= first < stop <= count:
                    raise ValueError
                indices += range(first, stop)
            else:
                index = int(part)
                if not 0 <= index < count:
                    raise ValueError
                indices.append(index)
        except ValueError:
            raise ConfigError(
                f"--examples {spec}: '{part}' is not an index or START:END range within the "
                f"dataset's {count} examples (indices 0..{count - 1}; e.g. --examples 0:100 or "
                "--examples 3,7,10:20).") from None
    return list(dict.fromkeys(indices))


def check_export_options(args: argparse.Namespace) -> None:
    """Refuses options that do not apply to `--view` before anything is loaded."""
    given = [f"--{name}" for name in ("layer", "head") if getattr(args, name) is not None]
    if args.view in ("model", "nmf") and given:
        scope = ("it shows every layer and head" if args.view == "model" else
                 "it factorises the layers --from-layer..--to-layer")
        verb, them = ("does", "it") if len(given) == 1 else ("do", "them")
        raise ConfigError(f"{' and '.join(given)} {verb} not apply to --view {args.view} "
                          f"({scope}); leave {them} out.")
    if args.view == "neuron" and (args.layer is None or args.head is None):
        raise ConfigError("--view neuron shows one head: give --layer and --head "
                          "(e.g. --layer 2 --head 5).")
    if args.view != "nmf" and (args.components is not None or args.from_layer is not None or
                               args.to_layer is not None):
        raise ConfigError("--components, --from-layer and --to-layer apply to --view nmf only.")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {out}: exists and is not a folder.")


def check_layer_head(args: argparse.Namespace, layers: int, heads: int) -> None:
    if args.layer is not None and not 0 <= args.layer < layers:
        raise ConfigError(f"--layer {args.layer}: the model has layers 0..{layers - 1}.")
    if args.head is not None and not 0 <= args.head < heads:
        raise ConfigError(f"--head {args.head}: the model has heads 0..{heads - 1}.")


def export_file_name(dataset: str, index: int, digits: int, args: argparse.Namespace) -> str:
    """`sample_reviews_0007_head_layer2_head5.svg`: dataset, example index, view and its state."""
    parts = [dataset, f"{index:0{digits}d}", args.view]
    if args.view in ("head", "neuron"):
        parts.append(f"layer{args.layer or 0}")
        if args.head is not None:
            parts.append(f"head{args.head}")
    return "_".join(parts) + f".{args.format}"


def export(args: argparse.Namespace) -> int:
    """Saves one file per example of the dataset (or of `--examples`) in `--out`."""
    try:
        check_export_options(args)
        config = load_config(args.config)
        if args.data:
            config.datasets = [dataset_from_argument(args.data)]
        if not config.datasets:
            raise ConfigError(f"config {args.config} has no dataset: give --data.")
        name, dataset = next(iter(build_datasets(config.datasets[:1]).items()))
        examples = list(dataset.examples)
        indices = parse_examples(args.examples, len(examples))
    except (ConfigError, FileNotFoundError, ValueError, ImportError, ConnectionError) as err:
        print(f"lit-ext: error: {err}", file=sys.stderr)
        return 2

    from tqdm import tqdm

    from lit_ext import api
    from lit_ext.models.loading import ModelLoadError
    from lit_ext.server import build_model

    try:
        model = build_model(config.models[0])
        check_layer_head(args, model.num_layers, model.num_heads)
    except (ConfigError, ModelLoadError, FileNotFoundError, ValueError, ImportError,
            ConnectionError) as err:
        print(f"lit-ext: error: {err}", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    digits = max(4, len(str(len(examples) - 1)))
    layer = args.layer or 0
    for index in tqdm(indices, desc=f"lit-ext export {args.view} {args.format}", unit="example"):
        example = examples[index]
        text = example[model.text_a]
        text_b = example.get(model.text_b) if model.text_b else None
        path = out / export_file_name(name, index, digits, args)
        try:
            if args.view in ("head", "model"):
                api.attention(model, text, text_b).save(path, layer=layer, head=args.head,
                                                        view=args.view)
            elif args.view == "neuron":
                api.neurons(model, text, args.layer, args.head, text_b).save(path)
            else:
                api.nmf(model, text, args.components or 8, args.from_layer, args.to_layer,
                        text_b).save(path)
        except (ValueError, TypeError) as err:
            print(f"lit-ext: error: example {index}: {err}", file=sys.stderr)
            return 2
    print(f"lit-ext: wrote {len(indices)} {args.format} files to {out}", file=sys.stderr)
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
                       column_groups=args.columns.split(","),
                       edge_min_weight=args.edge_min_weight)
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
    parser = argparse.ArgumentParser(prog="lit-ext", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    serve_parser = commands.add_parser("serve", help="start the LIT server")
    serve_parser.add_argument("--config", default="sst2",
                              help="config file, or name of a shipped config (default: sst2)")
    serve_parser.add_argument("--model", action="append",
                              help="replace the config's models: sst2_minilm, minilm_base, "
                                   "[classifier:|encoder:]HUB_ID_OR_PATH, or lit_sst2_tf:DIR "
                                   "(LIT's TensorFlow SST-2 model) (repeatable)")
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

    export_parser = commands.add_parser(
        "export", help="save a figure, page or data file per example of a dataset",
        description="Saves one file per example (of the dataset, or of --examples) in --out, "
                    "named DATASET_INDEX_VIEW[_layerL][_headH].FORMAT.")
    export_parser.add_argument("--config", default="sst2",
                               help="config file, or name of a shipped config (default: sst2); "
                                    "its first model is used")
    export_parser.add_argument("--data", help="the dataset: a GLUE SST-2 directory, a "
                                              "CSV/TSV/JSONL file, 'sample' or 'hf' (default: the "
                                              "config's first dataset)")
    export_parser.add_argument("--view", required=True, choices=VIEWS,
                               help="head view of a layer, model view (every layer and head), "
                                    "neuron view of one head, or NMF factors")
    export_parser.add_argument("--format", required=True, choices=FORMATS,
                               help="svg/png: a figure; html: the interactive view, offline; "
                                    "json: the data (lit_ext.load reads it)")
    export_parser.add_argument("--out", required=True, help="folder for the files (created)")
    export_parser.add_argument("--layer", type=int, help="layer (head: default 0; neuron: "
                                                         "required)")
    export_parser.add_argument("--head", type=int,
                               help="head (head view: default every head; neuron: required)")
    export_parser.add_argument("--examples", metavar="SPEC",
                               help="dataset indices: 7, 0:100 (end exclusive) or a "
                                    "comma-separated list of them (default: every example)")
    export_parser.add_argument("--components", type=int, help="NMF factors (default 8)")
    export_parser.add_argument("--from-layer", type=int, dest="from_layer",
                               help="NMF: first layer (default 0)")
    export_parser.add_argument("--to-layer", type=int, dest="to_layer",
                               help="NMF: layer after the last (default: every layer)")
    export_parser.set_defaults(handler=export)
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
    precompute_parser.add_argument("--columns",
                                   default="predictions,head_statistics,attention_edges",
                                   help="column groups to compute (default: predictions,"
                                        "head_statistics,attention_edges; also corpus_nmf)")
    precompute_parser.add_argument("--edge-min-weight", type=float, default=0.3,
                                   dest="edge_min_weight",
                                   help="attention_edges: smallest attention weight stored, the "
                                        "lowest threshold pattern search over the store can "
                                        "use (default 0.3)")
    precompute_parser.set_defaults(handler=precompute)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())

"""WSGI entry point: lit-ext behind a production server, or werkzeug with one thread per request.

`lit-ext serve` runs werkzeug with a thread per request. For a production server, serve the same
app (`lit_ext.server.make_app`) with gunicorn:

    LIT_EXT_CONFIG=configs/sst2.yaml MALLOC_ARENA_MAX=2 gunicorn --workers 1 --threads 8 \\
        --timeout 300 --bind 127.0.0.1:5432 'lit_ext.wsgi:create_app()'

    LIT_EXT_CONFIG=sst2 python -m lit_ext.wsgi --port 5432      # werkzeug, a thread per request

One worker process with threads, not several workers: each worker would load its own copy of
every model and predict every dataset at start-up. The models serialise their forward passes
(introspection hooks see every pass), so threads overlap JSON encoding and network I/O rather
than model compute.
"""

from __future__ import annotations

import argparse
import os
import sys

from lit_ext.config import load_config

CONFIG_ENV = "LIT_EXT_CONFIG"


def create_app(config: str | os.PathLike | None = None):
    """The lit-ext WSGI app for a config name or path (default: `$LIT_EXT_CONFIG`, else sst2)."""
    from lit_ext.server import make_app
    return make_app(load_config(config or os.environ.get(CONFIG_ENV) or "sst2"))


def main(argv: list[str] | None = None) -> int:
    """Serves `create_app()` with werkzeug's server, one thread per request."""
    from werkzeug import serving

    from lit_ext.cli import check_host
    from lit_ext.config import ConfigError
    from lit_ext.server import make_app

    parser = argparse.ArgumentParser(prog="python -m lit_ext.wsgi",
                                     description="lit-ext on werkzeug, one thread per request.")
    parser.add_argument("--config", help=f"config name or path (default ${CONFIG_ENV} or sst2)")
    parser.add_argument("--port", type=int, help="port (default: the config's)")
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config or os.environ.get(CONFIG_ENV) or "sst2")
        # Same rule as `lit-ext serve`: a non-loopback host needs server.allow_remote.
        check_host(config.server.host, config.server.allow_remote)
    except (ConfigError, FileNotFoundError) as err:
        print(f"lit-ext: error: {err}", file=sys.stderr)
        return 2
    app = make_app(config)
    port = args.port or config.server.port
    server = serving.make_server(config.server.host, port, app, threaded=True)
    print(f"lit-ext: serving on http://{config.server.host}:{port} (threaded)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        app.save_cache()
    return 0


if __name__ == "__main__":
    sys.exit(main())

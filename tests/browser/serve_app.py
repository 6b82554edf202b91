"""Starts lit-ext's LIT server for the browser tests.

    python tests/browser/serve_app.py CONFIG PORT [--client-root DIR]

The same app and threaded server as `lit-ext serve`, but `--client-root` can replace the
assembled client (the missing-bundle test serves one without our bundle).
"""

from __future__ import annotations

import argparse

from lit_ext import server
from lit_ext.config import load_config


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("config")
    parser.add_argument("port", type=int)
    parser.add_argument("--client-root")
    args = parser.parse_args()

    config = load_config(args.config)
    app = server.make_app(config, client_root=args.client_root)
    server.LitExtServer(app, "127.0.0.1", args.port).serve()


if __name__ == "__main__":
    main()

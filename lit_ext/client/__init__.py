"""lit-ext's browser client: LIT modules bundled into `bundle/`, served by `client_root`."""

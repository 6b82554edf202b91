"""Starts lit-ext's app with injected faults for tests/browser/test_browser_faults.py.

    python tests/browser/serve_faulty_app.py DATA_FILE PORT

The real SST-2 classifier behind `tests/fault_injection.py`'s wrappers (predict() raises on text
containing MODEL_FAULT, the NMF interpreter on text containing NMF_FAULT), on DATA_FILE (a
sentence,label CSV), served by werkzeug with a thread per request like `python -m lit_ext.wsgi`.
Stops on SIGINT.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for fault_injection

from fault_injection import faulty_app  # noqa: E402
from werkzeug import serving  # noqa: E402

from lit_ext.datasets.text_classification import TextClassificationData  # noqa: E402
from lit_ext.models.sst2_minilm import sst2_classifier  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("port", type=int)
    args = parser.parse_args()
    data = TextClassificationData(args.data, labels=["negative", "positive"])
    app = faulty_app(sst2_classifier(), {"reviews": data},
                     warm_start=1.0)
    httpd = serving.make_server("127.0.0.1", args.port, app, threaded=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()


if __name__ == "__main__":
    main()

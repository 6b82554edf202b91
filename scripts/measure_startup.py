"""Time until `lit-ext serve` answers, and its peak RSS, on a dataset (default: SST-2 dev).

    python scripts/measure_startup.py --data ../shared/data/sst2

Starts the server under `/usr/bin/time -v`, polls until LIT answers (it binds the port only after
loading the models and warm-starting predictions over the whole dataset), stops it with SIGINT
and reports wall time to first answer and the peak resident set size.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import portpicker

from lit_ext.readiness import ServerNotReady, wait_until_serving


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/sst2",
                        help="a dataset or a precomputed store; '' for the config's own datasets")
    parser.add_argument("--config", default="sst2")
    parser.add_argument("--timeout", type=float, default=900)
    args = parser.parse_args()
    if not shutil.which("time") and not Path("/usr/bin/time").exists():
        sys.exit("needs GNU time at /usr/bin/time (apt-get install time)")

    port = portpicker.pick_unused_port()
    lit_ext = str(Path(sys.executable).with_name("lit-ext"))
    command = ["/usr/bin/time", "-v", lit_ext, "serve", "--config", args.config,
               *(["--data", args.data] if args.data else []), "--port", str(port)]
    started = time.perf_counter()
    # Own process group: GNU time ignores SIGINT itself, so the signal must reach the server too.
    # SIGINT back to its default: a shell running this in the background hands children SIGINT
    # ignored, and the server would then never stop.
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        wait_until_serving(f"http://127.0.0.1:{port}", process=process, timeout=args.timeout,
                           interval=0.25)
    except ServerNotReady as error:
        process.kill()
        sys.exit(f"server did not come up ({error}):\n{process.stderr.read()[-2000:]}")
    ready = time.perf_counter() - started
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr).group(1))
    print(json.dumps({"data": args.data, "seconds_until_ui_answers": round(ready, 1),
                      "peak_rss_mb": round(rss_kb / 1024)}, indent=2))


if __name__ == "__main__":
    main()

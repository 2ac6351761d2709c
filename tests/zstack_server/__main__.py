"""Run the fake server in the foreground: ``python -m tests.zstack_server --port 0``.

The first line on stdout is the base URL ("http://127.0.0.1:PORT"), flushed at once so a
parent process (another test suite, a shell script) can read it and start talking.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from .server import start_server
from .state import ServerOptions


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    defaults = ServerOptions()
    parser = argparse.ArgumentParser(prog="python -m tests.zstack_server", description=__doc__)
    parser.add_argument("--host", default=defaults.host)
    parser.add_argument("--port", type=int, default=defaults.port, help="0 picks a free port")
    parser.add_argument("--account-name", default=defaults.account_name)
    parser.add_argument("--password", default=defaults.password)
    parser.add_argument("--ak-id", default=defaults.ak_id)
    parser.add_argument("--ak-secret", default=defaults.ak_secret)
    parser.add_argument("--polls-before-done", type=int, default=defaults.polls_before_done)
    parser.add_argument(
        "--location-host", default=None, help="host:port advertised in job locations"
    )
    parser.add_argument("--seed-vms", type=int, default=defaults.seed_vms)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    server = start_server(
        host=args.host,
        port=args.port,
        account_name=args.account_name,
        password=args.password,
        ak_id=args.ak_id,
        ak_secret=args.ak_secret,
        polls_before_done=args.polls_before_done,
        location_host=args.location_host,
        seed_vms=args.seed_vms,
    )
    print(server.base_url, flush=True)

    stopping = threading.Event()

    def _stop(signum: int, frame: FrameType | None) -> None:
        stopping.set()

    # SIGTERM (what subprocess.terminate() sends) must shut down as cleanly as Ctrl-C.
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        stopping.wait()
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

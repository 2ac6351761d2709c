"""SDK budgets, one run: import cost and per-call overhead (medians and ratios).

    python benchmarks/bench_sdk.py [--runs 15] [--calls 400]

- import: `import zstack_sdk` (all APIs) against `import httpx, pydantic`, each in a
  fresh interpreter with compiled bytecode (as after `pip install`); budget 1.5x.
- lazy loading: model modules loaded by creating a client and making a first call.
- per call: `client.vm_instances.query_vm_instance(limit=1)` (session auth, result
  validated into models) against a bare httpx GET of the same URL, headers and query
  with `.json()`, both on one keep-alive connection to the local ZStack server; budget
  1.3x. Also `client.request("GET", "/vm-instances")` (the escape hatch, no models).
- help: lines of `help(ZStackClient)` and public attributes of the client class.
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
SDK = REPO / "generated" / "zstack-sdk"
sys.path[:0] = [str(REPO), str(SDK)]


def _import_time(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(SDK), "PATH": "/usr/bin:/bin"},
    )
    return float(done.stdout)


def bench_import(runs: int) -> dict[str, float]:
    compileall.compile_dir(str(SDK / "zstack_sdk"), quiet=1)
    base, sdk = [], []
    for _ in range(runs):  # interleaved so machine noise hits both alike
        base.append(_import_time("import httpx, pydantic"))
        # The package itself loads lazily; the client is what pulls in every API module.
        sdk.append(_import_time("import zstack_sdk; zstack_sdk.ZStackClient"))
    return {"httpx+pydantic": statistics.median(base), "zstack_sdk": statistics.median(sdk)}


def lazy_models(base_url: str) -> int:
    code = f"""
import sys
import zstack_sdk
with zstack_sdk.ZStackClient({base_url!r}) as c:
    c.login(account_name="admin", password="password")
    c.vm_instances.query_vm_instance(limit=1)
print(sum(m.startswith("zstack_sdk.models.") for m in sys.modules))
"""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(SDK), "PATH": "/usr/bin:/bin"},
    )
    return int(done.stdout)


def bench_calls(base_url: str, calls: int) -> dict[str, float]:
    from zstack_sdk import ZStackClient

    with ZStackClient(base_url) as client, httpx.Client(timeout=30) as bare:
        session = client.login(account_name="admin", password="password")
        url = f"{base_url}/zstack/v1/vm-instances"
        headers = {"Authorization": f"OAuth {session}"}

        def sdk_call() -> None:
            client.vm_instances.query_vm_instance(limit=1)

        def raw_call() -> None:
            client.request("GET", "/vm-instances", params={"limit": 1})

        def bare_call() -> None:
            r = bare.get(url, params=[("limit", 1)], headers=headers)
            r.raise_for_status()
            r.json()

        for fn in (sdk_call, raw_call, bare_call):  # warm up: connections, lazy imports
            for _ in range(20):
                fn()
        times: dict[str, list[float]] = {"sdk": [], "raw": [], "httpx": []}
        for _ in range(calls):  # interleaved so machine noise hits all alike
            for key, fn in (("sdk", sdk_call), ("raw", raw_call), ("httpx", bare_call)):
                t = time.perf_counter()
                fn()
                times[key].append(time.perf_counter() - t)
    return {key: statistics.median(values) for key, values in times.items()}


def help_size() -> tuple[int, int]:
    code = """
import pydoc, zstack_sdk
text = pydoc.render_doc(zstack_sdk.ZStackClient, renderer=pydoc.plaintext)
print(len(text.splitlines()), len([n for n in dir(zstack_sdk.ZStackClient) if not n.startswith("_")]))
"""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(SDK), "PATH": "/usr/bin:/bin"},
    )
    lines, public = done.stdout.split()
    return int(lines), int(public)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--calls", type=int, default=400)
    args = parser.parse_args()
    from tests.zstack_server import start_server

    imp = bench_import(args.runs)
    print(
        f"import httpx, pydantic : {imp['httpx+pydantic'] * 1000:7.1f} ms (median of {args.runs})"
    )
    print(
        f"import zstack_sdk      : {imp['zstack_sdk'] * 1000:7.1f} ms  "
        f"ratio {imp['zstack_sdk'] / imp['httpx+pydantic']:.2f}x (budget 1.5x)"
    )
    with start_server(polls_before_done=0) as server:
        print(f"model modules loaded by login + first query: {lazy_models(server.base_url)}")
        calls = bench_calls(server.base_url, args.calls)
    print(f"bare httpx GET + json  : {calls['httpx'] * 1e6:7.0f} us (median of {args.calls})")
    print(
        f"client.vm_instances.query_vm_instance: {calls['sdk'] * 1e6:6.0f} us  "
        f"ratio {calls['sdk'] / calls['httpx']:.2f}x (budget 1.3x)"
    )
    print(
        f"client.request('GET', ...): {calls['raw'] * 1e6:6.0f} us  "
        f"ratio {calls['raw'] / calls['httpx']:.2f}x"
    )
    lines, public = help_size()
    print(f"help(ZStackClient): {lines} lines, {public} public attributes")


if __name__ == "__main__":
    main()

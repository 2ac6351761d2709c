"""Feed the committed OpenAPI 3.0.3 document to three independent tools and report
what they made and what they complained about.

    python benchmarks/bench_openapi_tools.py [--spec spec/zstack.openapi-3.0.json]
        [--redocly PATH] [--keep DIR] [--only python-client,openapi-generator,redocly]

- openapi-python-client: generates a client; its warnings are counted.
- openapi-generator `python`: generates a client, then EVERY module of the package is
  imported in a fresh interpreter (a name it cannot make into Python shows up there as
  a SyntaxError, not in its log).
- Redocly CLI `lint`, only the rule `no-invalid-media-type-examples` (additional
  properties allowed, as the spec's schemas are open): each documented example that
  does not fit its schema is one problem.

Tools (install outside the project's dependencies; a missing tool is skipped with a
message):
    pip install openapi-python-client openapi-generator-cli   # the latter runs on Java
    pip install python-dateutil urllib3                       # what its client imports
    npm install --prefix /tmp/redocly @redocly/cli            # --redocly /tmp/redocly/node_modules/.bin/redocly
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from zstack_openapi.pipeline import SPEC_30_FILE

COMMITTED = Path(__file__).resolve().parents[1] / "spec"

TOOLS = ("python-client", "openapi-generator", "redocly")

# Run by the interpreter that would use the client: imports every module of the
# package, prints one JSON line {imported, failed: {module: error}}.
IMPORT_ALL = """
import importlib, json, pkgutil, sys
sys.path.insert(0, sys.argv[1])
failed = {}
imported = 0
try:
    package = importlib.import_module(sys.argv[2])
except Exception as error:
    print(json.dumps({"imported": 0, "failed": {sys.argv[2]: f"{type(error).__name__}: {error}"}}))
    raise SystemExit(0)
imported = 1
for info in pkgutil.walk_packages(package.__path__, sys.argv[2] + "."):
    try:
        importlib.import_module(info.name)
        imported += 1
    except Exception as error:
        failed[info.name] = f"{type(error).__name__}: {error}"
print(json.dumps({"imported": imported, "failed": failed}))
"""

REDOCLY_CONFIG = """\
extends: []
rules:
  no-invalid-media-type-examples:
    severity: error
    allowAdditionalProperties: true
"""


@dataclass
class Report:
    tool: str
    ok: bool
    seconds: float
    operations: int = 0
    models: int = 0
    warnings: Counter[str] = field(default_factory=Counter)
    facts: list[str] = field(default_factory=list)
    note: str = ""


def _run(
    cmd: list[str], cwd: Path, env: dict[str, str] | None = None
) -> tuple[int, str, str, float]:
    start = time.perf_counter()
    proc = subprocess.run(
        cmd, cwd=cwd, capture_output=True, text=True, check=False, env=env, timeout=1800
    )
    return proc.returncode, proc.stdout, proc.stderr, time.perf_counter() - start


def _python_client(spec: Path, work: Path) -> Report:
    exe = shutil.which("openapi-python-client")
    if not exe:
        return Report(
            "openapi-python-client",
            False,
            0.0,
            note="not installed: pip install openapi-python-client",
        )
    out = work / "opc"
    cmd = [exe, "generate", "--path", str(spec), "--output-path", str(out), "--overwrite"]
    code, stdout, stderr, seconds = _run(cmd, work)
    log = stdout + stderr
    package = (
        next((p for p in out.iterdir() if p.is_dir() and (p / "api").is_dir()), None)
        if out.exists()
        else None
    )
    report = Report("openapi-python-client", code == 0 and package is not None, seconds)
    if package is not None:
        report.operations = sum(
            1 for p in (package / "api").rglob("*.py") if p.name != "__init__.py"
        )
        report.models = sum(1 for p in (package / "models").glob("*.py") if p.name != "__init__.py")
    # It prints problems as "Warning(s) encountered while generating" blocks and
    # per-item lines under them; count the item lines by their first words.
    in_block = False
    for line in log.splitlines():
        if "Warning" in line or "Error" in line:
            in_block = True
            report.warnings[line.strip()[:100]] += 1
        elif in_block and line.strip() and not line.startswith("Generating"):
            report.warnings[re.sub(r"\d+", "N", line.strip())[:100]] += 1
    if code != 0:
        report.note = log[-500:]
    return report


def _openapi_generator(spec: Path, work: Path) -> Report:
    exe = shutil.which("openapi-generator-cli") or shutil.which("openapi-generator")
    name = "openapi-generator python"
    if not exe or not shutil.which("java"):
        return Report(
            name, False, 0.0, note="not installed: pip install openapi-generator-cli (needs Java)"
        )
    out = work / "og"
    code, stdout, stderr, seconds = _run(
        [exe, "generate", "-i", str(spec), "-g", "python", "-o", str(out)], work
    )
    report = Report(name, code == 0, seconds)
    api_dir = out / "openapi_client" / "api"
    if api_dir.exists():
        report.operations = sum(
            len(re.findall(r"def \w+_with_http_info\(", p.read_text(encoding="utf-8")))
            for p in api_dir.glob("*.py")
        )
        models = out / "openapi_client" / "models"
        report.models = sum(1 for p in models.glob("*.py") if p.name != "__init__.py")
    for line in (stdout + stderr).splitlines():
        match = re.search(r"\b(WARN|ERROR)\b\s+(\S+)\s+-\s+(.*)", line)
        if match:
            report.warnings[f"{match.group(1)} {match.group(3)[:90]}"] += 1
    if code != 0:
        report.note = (stdout + stderr)[-500:]
        return report
    start = time.perf_counter()
    code, stdout, stderr, _ = _run(
        [sys.executable, "-c", IMPORT_ALL, str(out), "openapi_client"], work
    )
    try:
        result = json.loads(stdout.strip().splitlines()[-1])
    except (json.JSONDecodeError, IndexError):
        report.ok = False
        report.note = f"import check did not run: {stderr[-400:]}"
        return report
    failed: dict[str, str] = result["failed"]
    report.facts.append(
        f"import of every module: {result['imported']} imported, {len(failed)} failed "
        f"({time.perf_counter() - start:.1f} s)"
    )
    for module, error in sorted(failed.items())[:10]:
        report.facts.append(f"  {module}: {error[:160]}")
    report.ok = report.ok and not failed and result["imported"] > 0
    return report


def _redocly(spec: Path, work: Path, exe: str | None) -> Report:
    name = "Redocly no-invalid-media-type-examples"
    exe = exe or shutil.which("redocly")
    if not exe or not shutil.which("node"):
        return Report(
            name, False, 0.0, note="not installed: npm install @redocly/cli (--redocly PATH)"
        )
    config = work / "redocly.yaml"
    config.write_text(REDOCLY_CONFIG, encoding="utf-8")
    env = dict(os.environ, REDOCLY_TELEMETRY="off", REDOCLY_SUPPRESS_UPDATE_NOTICE="true")
    cmd = [exe, "lint", str(spec), "--config", str(config), "--format=json"]
    # Its exit status says only whether problems were found; the JSON says which.
    _code, stdout, stderr, seconds = _run(cmd, work, env)
    try:
        result = json.loads(stdout[stdout.index("{") :])
    except ValueError:
        return Report(name, False, seconds, note=(stdout + stderr)[-500:])
    problems = result.get("problems") or []
    report = Report(name, not problems, seconds)
    for problem in problems:
        report.warnings[f"{problem.get('ruleId')}: {str(problem.get('message'))[:90]}"] += 1
    totals = result.get("totals") or {}
    report.facts.append(f"errors {totals.get('errors', 0)}, warnings {totals.get('warnings', 0)}")
    return report


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spec", type=Path, default=COMMITTED / SPEC_30_FILE)
    parser.add_argument("--keep", type=Path, help="generate here instead of a temporary directory")
    parser.add_argument("--redocly", help="the redocly executable (default: on PATH)")
    parser.add_argument(
        "--only", default=",".join(TOOLS), help="comma-separated: " + ", ".join(TOOLS)
    )
    args = parser.parse_args()
    spec = args.spec.resolve()
    chosen = {t.strip() for t in args.only.split(",") if t.strip()}
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep.resolve() if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        reports = []
        if "python-client" in chosen:
            reports.append(_python_client(spec, work))
        if "openapi-generator" in chosen:
            reports.append(_openapi_generator(spec, work))
        if "redocly" in chosen:
            reports.append(_redocly(spec, work, args.redocly))
        for report in reports:
            status = "ok" if report.ok else "FAILED/SKIPPED"
            print(
                f"== {report.tool}: {status} in {report.seconds:.1f} s; "
                f"{report.operations} operations, {report.models} models, "
                f"{sum(report.warnings.values())} warnings"
            )
            for fact in report.facts:
                print(f"   {fact}")
            for text, count in report.warnings.most_common(15):
                print(f"   {count:5d} x {text}")
            if report.note:
                print("   " + report.note.replace("\n", "\n   "))


if __name__ == "__main__":
    main()

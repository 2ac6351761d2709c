"""Feed the committed OpenAPI 3.0.3 document to two independent generators and
report what they made and what they complained about.

    python benchmarks/bench_openapi_tools.py [--spec spec/zstack.openapi-3.0.json] [--keep DIR]

Tools (install into the venv, not as project dependencies):
    pip install openapi-python-client openapi-generator-cli   # the latter runs on the machine's Java
A tool that is not installed is skipped with a message.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from zstack_openapi.pipeline import SPEC_30_FILE

COMMITTED = Path(__file__).resolve().parents[1] / "spec"


@dataclass
class Report:
    tool: str
    ok: bool
    seconds: float
    operations: int = 0
    models: int = 0
    warnings: Counter[str] = field(default_factory=Counter)
    note: str = ""


def _run(cmd: list[str], cwd: Path) -> tuple[int, str, float]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    return proc.returncode, proc.stdout + proc.stderr, time.perf_counter() - start


def _python_client(spec: Path, work: Path) -> Report:
    exe = shutil.which("openapi-python-client")
    if not exe:
        return Report("openapi-python-client", False, 0.0, note="not installed: pip install openapi-python-client")
    out = work / "opc"
    code, log, seconds = _run([exe, "generate", "--path", str(spec), "--output-path", str(out), "--overwrite"], work)
    package = next((p for p in out.iterdir() if p.is_dir() and (p / "api").is_dir()), None) if out.exists() else None
    report = Report("openapi-python-client", code == 0 and package is not None, seconds)
    if package is not None:
        report.operations = sum(1 for p in (package / "api").rglob("*.py") if p.name != "__init__.py")
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
    if not exe or not shutil.which("java"):
        return Report("openapi-generator python", False, 0.0,
                      note="not installed: pip install openapi-generator-cli (needs Java)")
    out = work / "og"
    code, log, seconds = _run([exe, "generate", "-i", str(spec), "-g", "python", "-o", str(out)], work)
    report = Report("openapi-generator python", code == 0, seconds)
    api_dir = out / "openapi_client" / "api"
    if api_dir.exists():
        report.operations = sum(len(re.findall(r"def \w+_with_http_info\(", p.read_text()))
                                for p in api_dir.glob("*.py"))
        report.models = sum(1 for p in (out / "openapi_client" / "models").glob("*.py") if p.name != "__init__.py")
    for line in log.splitlines():
        match = re.search(r"\b(WARN|ERROR)\b\s+(\S+)\s+-\s+(.*)", line)
        if match:
            report.warnings[f"{match.group(1)} {match.group(3)[:90]}"] += 1
    if code != 0:
        report.note = log[-500:]
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, default=COMMITTED / SPEC_30_FILE)
    parser.add_argument("--keep", type=Path, help="generate here instead of a temporary directory")
    args = parser.parse_args()
    spec = args.spec.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep.resolve() if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for report in (_python_client(spec, work), _openapi_generator(spec, work)):
            status = "ok" if report.ok else "FAILED/SKIPPED"
            print(f"== {report.tool}: {status} in {report.seconds:.1f} s; "
                  f"{report.operations} operations, {report.models} models, {sum(report.warnings.values())} warnings")
            for text, count in report.warnings.most_common(15):
                print(f"   {count:5d} x {text}")
            if report.note:
                print("   " + report.note.replace("\n", "\n   "))


if __name__ == "__main__":
    main()

"""Stage 3: OpenAPI document -> typed Python SDK package (Jinja templates + a hand-written runtime).

    from generator import generate
    diff = generate(Path("spec/zstack.openapi.json"), Path("generated/zstack-sdk"))
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .model.api import Package, parse_document
from .render import render_files, ruff_format
from .write import Diff, compare, sync


@dataclass
class Result:
    package: Package
    diff: Diff
    files: int


def load_spec(path: Path) -> tuple[dict[str, object], str]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(f"{path}: no such file") from None
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise ValueError(f"{path}: not valid JSON ({exc})") from exc
    if not isinstance(doc, dict) or not str(doc.get("openapi", "")).startswith("3."):
        raise ValueError(f"{path}: not an OpenAPI 3 document")
    return doc, text


def build_files(
    spec: Path, *, package: str = "zstack_sdk", target_version: str | None = None
) -> tuple[Package, dict[str, str]]:
    doc, text = load_spec(spec)
    pkg = parse_document(doc, package=package, target_version=target_version, source_text=text)
    return pkg, ruff_format(render_files(pkg))


def generate(
    spec: Path,
    output: Path,
    *,
    package: str = "zstack_sdk",
    target_version: str | None = None,
    check: bool = False,
) -> Result:
    """Render ``spec`` into ``output``; with ``check`` only compare (nothing is written)."""
    if not package.isidentifier():
        raise ValueError(f"--package {package!r}: not a Python identifier")
    pkg, files = build_files(spec, package=package, target_version=target_version)
    diff = compare(files, output) if check else sync(files, output)
    return Result(pkg, diff, len(files))


__all__ = ["Diff", "Result", "build_files", "generate"]

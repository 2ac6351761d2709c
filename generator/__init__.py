"""Stage 3: OpenAPI document -> typed Python SDK package (Jinja templates + a hand-written runtime).

from zstack_openapi.generator import generate
diff = generate(Path("spec/zstack.openapi.json"), Path("generated/zstack-sdk"))
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .write import Diff, compare, sync

if TYPE_CHECKING:
    # Imported where a package is rendered (jinja2 and the model): asking whether a
    # package is current (package_is_current) stays cheap.
    from .model.api import Package


@dataclass
class Result:
    package: Package
    diff: Diff
    files: int


@functools.cache
def fingerprint() -> str:
    """Hash of the generator's code, templates and runtime: the package records it so a
    build knows to render again when the generator changed, not only the spec."""
    digest = hashlib.sha256()
    root = Path(__file__).parent
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".jinja") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def recorded_meta(output: Path, package: str = "zstack_sdk") -> dict[str, object]:
    """The constants a rendered package records in its `_meta.py` (see
    templates/meta.py.jinja), read as literals: the package is never imported."""
    meta = output / package / "_meta.py"
    try:
        tree = ast.parse(meta.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return {}
    found: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                try:
                    found[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    continue
    return found


def package_is_current(spec: Path, output: Path, *, package: str = "zstack_sdk") -> bool:
    """Whether `output` holds what `generate(spec, output)` would render: the package
    records the hash of the spec it was rendered from and of this generator's code,
    for every release (no --target-version)."""
    meta = recorded_meta(output, package)
    if not meta or not spec.is_file():
        return False
    digest = hashlib.sha256(spec.read_text(encoding="utf-8").encode("utf-8")).hexdigest()
    return (
        meta.get("SPEC_SHA256") == digest
        and meta.get("GENERATOR_SHA256") == fingerprint()
        and meta.get("TARGET_VERSION", "absent") is None
    )


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
    from .model.api import parse_document
    from .render import render_files, ruff_format

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


__all__ = [
    "Diff",
    "Result",
    "build_files",
    "fingerprint",
    "generate",
    "package_is_current",
    "recorded_meta",
]

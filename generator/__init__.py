"""Stage 3: OpenAPI document -> typed Python SDK package (Jinja templates + a hand-written runtime).

from zstack_openapi.generator import generate
diff = generate(Path("spec/zstack.openapi.json"), Path("generated/zstack-sdk"))
"""

from __future__ import annotations

import ast
import contextlib
import functools
import hashlib
import keyword
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zstack_openapi.background import Pending
from zstack_openapi.fileio import read_input_text
from zstack_openapi.jsonfmt import load_json

from .shape import check_shape
from .write import MANIFEST, Diff, compare, sync

if TYPE_CHECKING:
    # Imported where a package is rendered (jinja2 and the model): asking whether a
    # package is current (package_is_current) stays cheap.
    from .model.api import Package
    from .render import GeneratedCodeError

# Modules the generated package imports: a package of that name would shadow them.
SDK_DEPENDENCIES = frozenset({"httpx", "pydantic", "pydantic_core", "typing_extensions"})


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


def package_is_current(
    spec: Path, output: Path, *, package: str = "zstack_sdk", text: str | None = None
) -> bool:
    """Whether `output` holds what `generate(spec, output)` would render: the package
    records the hash of the spec it was rendered from and of this generator's code,
    for every release (no --target-version). `text`: the spec's content when it is
    not (yet) the file's."""
    meta = recorded_meta(output, package)
    # A package without our manifest predates it (or is not ours): regenerate, which
    # writes the manifest, or refuses a directory we did not write.
    if not meta or not (text is not None or spec.is_file()) or not (output / MANIFEST).exists():
        return False
    if text is None:
        text = spec.read_text(encoding="utf-8")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return (
        meta.get("SPEC_SHA256") == digest
        and meta.get("GENERATOR_SHA256") == fingerprint()
        and meta.get("TARGET_VERSION", "absent") is None
    )


def load_spec(path: Path, text: str | None = None) -> tuple[dict[str, object], str]:
    """The document at `path` (or its content `text`, not written yet) and its text."""
    text = read_input_text(path) if text is None else text
    try:
        doc = load_json(text)
    except (ValueError, RecursionError) as exc:
        raise ValueError(f"{path}: not valid JSON ({exc})") from None
    if not isinstance(doc, dict) or not str(doc.get("openapi", "")).startswith("3."):
        raise ValueError(f"{path}: not an OpenAPI 3 document")
    check_shape(doc, path)
    return doc, text


def check_package_name(package: str) -> None:
    """The import name becomes code (`from <package> import ...`) and a distribution
    name: a plain ASCII identifier, no keyword, not a module the SDK itself imports."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", package) or keyword.iskeyword(package):
        raise ValueError(
            f"--package {package!r}: not a usable Python package name "
            "(ASCII letters, digits and _, not starting with a digit, not a keyword)"
        )
    if package in sys.stdlib_module_names or package in SDK_DEPENDENCIES:
        raise ValueError(f"--package {package!r}: would shadow the module of that name")


def build_files(
    spec: Path,
    *,
    package: str = "zstack_sdk",
    target_version: str | None = None,
    text: str | None = None,
) -> tuple[Package, dict[str, str]]:
    """The package's files rendered from `spec` (or from its content `text`)."""
    from .model.api import parse_document
    from .render import render_files, ruff_format

    check_package_name(package)
    doc, text = load_spec(spec, text)
    try:
        pkg = parse_document(doc, package=package, target_version=target_version, source_text=text)
    except (KeyError, TypeError, AttributeError, IndexError) as exc:
        # check_shape covers what the generator reads; this names the file for the rest.
        raise ValueError(
            f"{spec}: not the shape of a zstack-openapi document ({type(exc).__name__}: {exc})"
        ) from None
    if not pkg.apis:
        scope = f" as of ZStack {target_version}" if target_version else ""
        raise ValueError(f"{spec}: no API to generate{scope} (the document has no operations)")
    rendered = render_files(pkg)
    # Every module is compiled (nothing executed) in two forked children while ruff fixes
    # and formats the same files; ruff's fixes and formatting keep the syntax tree, so
    # what compiles before ruff compiles after it.
    with contextlib.ExitStack() as children:
        compiling = [
            children.enter_context(Pending(functools.partial(_compiles, share)))
            for share in _halves(rendered)
        ]
        formatted = ruff_format(rendered, on_error=_failed_compile(compiling, rendered))
        for check in compiling:
            check.result()
    return pkg, formatted


def _halves(files: dict[str, str]) -> list[dict[str, str]]:
    """The files in two shares of about the same size (each compiled by a child;
    compiling all takes longer than ruff's run alone)."""
    shares: list[dict[str, str]] = [{}, {}]
    sizes = [0, 0]
    for name in sorted(files, key=lambda n: (-len(files[n]), n)):
        lighter = 0 if sizes[0] <= sizes[1] else 1
        shares[lighter][name] = files[name]
        sizes[lighter] += len(files[name])
    return shares


def _compiles(files: dict[str, str]) -> None:
    from .render import check_compiles

    check_compiles(files)


def _failed_compile(
    compiling: list[Pending[None]], files: dict[str, str]
) -> Callable[[dict[str, str]], object]:
    """When ruff fails: the compile check's error (file and line) if it has one."""

    def explain(_: dict[str, str]) -> None:
        for check in compiling:
            check.cancel()
        _compiles(files)

    return explain


def generate(
    spec: Path,
    output: Path,
    *,
    package: str = "zstack_sdk",
    target_version: str | None = None,
    check: bool = False,
) -> Result:
    """Render ``spec`` into ``output``; with ``check`` only compare (nothing is written)."""
    pkg, files = build_files(spec, package=package, target_version=target_version)
    diff = compare(files, output) if check else sync(files, output)
    return Result(pkg, diff, len(files))


def __getattr__(name: str) -> Any:
    # GeneratedCodeError lives with the renderer (jinja2): loaded when asked for.
    if name == "GeneratedCodeError":
        from .render import GeneratedCodeError

        return GeneratedCodeError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "MANIFEST",
    "Diff",
    "GeneratedCodeError",
    "Result",
    "build_files",
    "check_package_name",
    "fingerprint",
    "generate",
    "package_is_current",
    "recorded_meta",
    "sync",
]

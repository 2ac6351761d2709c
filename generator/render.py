"""The internal model -> the files of the package (path -> text), formatted with ruff."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from zstack_openapi.fileio import OutputError
from zstack_openapi.releases import parse_version

from .cli_data import cli_files
from .model.api import Api, Package
from .model.literals import docstring_text, markdown_text, one_line, py_identifier, py_literal
from .model.schema import Field, Model
from .runtime import RUNTIME_MODULES

TEMPLATES = Path(__file__).parent / "templates"
RUNTIME = Path(__file__).parent / "runtime"
# Our revision of the generator for the same docs: the ".N" of the package version
# (5.5.6.N). Raise it when a change of the generator changes what users get.
GENERATOR_REVISION = 1
LINE_LENGTH = 100


@dataclass(frozen=True)
class Import:
    module: str
    name: str


@dataclass(frozen=True)
class Namespace:
    module: str  # the client attribute and the module under _apis
    sync_class: str
    async_class: str
    doc: str  # its one-line docstring


def release_numbers(text: str | None) -> str:
    """`5.5.6` -> `5.5.6`; `zsv 4.3` -> `4.3.0`; nothing usable -> `0.0.0`."""
    numbers = [*parse_version(text)[:3], 0, 0, 0][:3]
    return ".".join(str(n) for n in numbers)


def package_version(pkg: Package) -> str:
    """The ZStack release the spec describes (or was limited to), then our revision."""
    return f"{release_numbers(pkg.target_version or pkg.doc_version)}.{GENERATOR_REVISION}"


def _wrap(text: str, indent: str) -> str:
    return "\n".join((indent + line) if line.strip() else "" for line in text.splitlines())


STATUS_NOTES = {
    "undocumented": "Not in the developer manual: known from ZStack's Java SDK only.",
    "newer-than-sdk": "Documented, and newer than the Java SDK the spec was checked against.",
    "unverified": "Documented, but unknown to the Java SDK the spec was checked against.",
}


def _limit(limit: Any) -> str:
    if isinstance(limit, tuple):
        shown = ", ".join(repr(v) for v in limit[:8]) + (", ..." if len(limit) > 8 else "")
        return "{" + shown + "}"
    return str(limit)


def api_docstring(api: Api, query: bool = False) -> str:
    indent = " " * 8
    lines = [f"{api.summary} ({api.name})."]
    if api.description and api.description != api.summary:
        lines += ["", api.description]
    mode = (
        "Asynchronous: the server answers 202 and the call polls the job until it ends."
        if api.is_async
        else "Synchronous (a 202 is still followed)."
    )
    lines += ["", (f"Since ZStack {api.since}. " if api.since else "Release not dated. ") + mode]
    if api.status in STATUS_NOTES:
        lines += ["", STATUS_NOTES[api.status]]
    args = [p for p in api.params if p.wire not in ("systemTags", "userTags")]
    lines += ["", "Args:"]
    for p in args:
        notes = [f"since {p.since}"] if p.since else []
        notes += [f"{key} {_limit(limit)}" for key, limit in p.checks]
        extra = f" ({'; '.join(notes)})" if notes else ""
        lines.append(f"    {p.name}: {p.description or p.wire}{extra}")
    lines.append("    system_tags, user_tags: ZStack system and user tags.")
    if query:
        lines.append(
            "    conditions, limit, start, count, reply_with_count, sort_by, "
            "sort_direction, fields: the query options every Query API takes."
        )
    else:
        lines.append(
            "    job_uuid: the job id to use (32 hex chars), e.g. to make a retry "
            "idempotent; a fresh one otherwise."
        )
    text = docstring_text("\n".join(lines))
    return '"""' + _wrap(text, indent).lstrip() + "\n" + indent + '"""'


def model_docstring(model: Model) -> str:
    text = model.description or f"The ``{model.schema}`` structure."
    return '"""' + _wrap(docstring_text(text), " " * 4).lstrip() + '"""'


def field_docstring(f: Field) -> str:
    since = f" (since {f.since})" if f.since else ""
    text = " ".join((f.description or f.wire).split()) + since
    return '"""' + docstring_text(text) + '"""'


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        trim_blocks=False,
    )
    env.filters["docstring"] = api_docstring
    env.filters["model_docstring"] = model_docstring
    env.filters["field_docstring"] = field_docstring
    # Every spec value in a template goes through one of these two (tests/test_hostile_generate.py
    # checks that no template quotes a value by hand).
    env.filters["py"] = py_literal
    env.filters["ident"] = py_identifier
    # A JSON string is a valid TOML basic string (same escapes).
    env.filters["toml"] = lambda text: json.dumps(str(text))
    env.filters["md"] = lambda text: markdown_text(str(text))
    env.filters["doc"] = lambda text: docstring_text(one_line(str(text)))
    env.filters["tuple"] = tuple
    return env


def _pascal(module: str) -> str:
    return "".join(part.capitalize() for part in module.split("_"))


def _item_types(pkg: Package) -> dict[str, str]:
    """The element type ``*_pages`` yields: the result's ``inventories`` items."""
    by_name = {m.name: m for m in pkg.models}
    out: dict[str, str] = {}
    for api in pkg.apis:
        item = "Any"
        model = by_name.get(api.result or "")
        if model is not None:
            for f in model.fields:
                if f.wire == "inventories" and f.type.startswith("list["):
                    item = f.type[len("list[") : -1]
        out[api.name] = item
    return out


def generator_fingerprint() -> str:
    from . import fingerprint  # the package's __init__ imports this module

    return fingerprint()


def render_files(pkg: Package) -> dict[str, str]:
    """Every file of the distribution, relative to its root, unformatted."""
    env = _environment()
    p = pkg.name
    files: dict[str, str] = {}
    result_modules = {m.name: m.module for m in pkg.models}
    item_types = _item_types(pkg)
    common: dict[str, Any] = {
        "package": p,
        "title": pkg.title,
        "doc_version": pkg.doc_version,
        "sdk_version": pkg.sdk_version,
        "sdk_commit": pkg.sdk_commit,
        "target_version": pkg.target_version,
        "api_count": len(pkg.apis),
        "version": package_version(pkg),
        "server_version": pkg.target_version or pkg.doc_version or None,
        "generator_revision": GENERATOR_REVISION,
        "dist_name": p.replace("_", "-"),
        "spec_sha256": pkg.spec_sha256,
        "generator": generator_fingerprint(),
        "line_length": LINE_LENGTH,
    }
    namespaces: list[Namespace] = []
    for module, apis in pkg.namespaces.items():
        tag = apis[0].tag or module
        names = ", ".join(a.name for a in apis[:3]) + (", ..." if len(apis) > 3 else "")
        doc = f"{tag}: {len(apis)} APIs ({names})."
        info = Namespace(module, _pascal(module) + "Api", "Async" + _pascal(module) + "Api", doc)
        namespaces.append(info)
        results = sorted(
            {a.result for a in apis if a.result}
            | {item_types[a.name] for a in apis if a.is_query and item_types[a.name] != "Any"}
        )
        imports = [Import(result_modules[n], n) for n in results if n in result_modules]
        files[f"{p}/_apis/{module}.py"] = env.get_template("api_module.py.jinja").render(
            common,
            namespace=module,
            title_line=doc,
            apis=apis,
            sync_class=info.sync_class,
            async_class=info.async_class,
            model_imports=imports,
            result_modules=result_modules,
            item_types=item_types,
        )
    files[f"{p}/_apis/__init__.py"] = '"""One module per API namespace (generated)."""\n'
    files[f"{p}/_client.py"] = env.get_template("client.py.jinja").render(
        common, namespaces=namespaces
    )
    files[f"{p}/catalog.py"] = env.get_template("catalog.py.jinja").render(
        common, apis=pkg.apis, namespaces=namespaces
    )
    for module, models in pkg.model_modules.items():
        own = {m.name for m in models}
        deps = sorted({r for m in models for r in m.refs} - own)
        files[f"{p}/models/{module}.py"] = env.get_template("model_module.py.jinja").render(
            common, models=models, imports=[Import(result_modules[d], d) for d in deps]
        )
    index = sorted((m.name, m.module) for m in pkg.models)
    files[f"{p}/models/__init__.py"] = env.get_template("models_init.py.jinja").render(
        common, index=index
    )
    files[f"{p}/__init__.py"] = env.get_template("package_init.py.jinja").render(common)
    files[f"{p}/_meta.py"] = env.get_template("meta.py.jinja").render(common)
    files[f"{p}/py.typed"] = ""
    for name in RUNTIME_MODULES:
        files[f"{p}/{name}"] = (RUNTIME / name).read_text(encoding="utf-8")
    files.update(cli_files(pkg, env))
    files["pyproject.toml"] = env.get_template("pyproject.toml.jinja").render(common)
    files["README.md"] = env.get_template("README.md.jinja").render(common)
    return files


class GeneratedCodeError(RuntimeError):
    """A rendered file is not valid Python: a generator bug or a spec value that got
    past the escaping. `generate` exits 1 naming the file and line; nothing is written."""

    exit_code = 1


def check_compiles(files: dict[str, str]) -> dict[str, str]:
    """Compile every .py file (nothing is executed); raise on the first that fails."""
    for name in sorted(files):
        if not name.endswith(".py"):
            continue
        try:
            compile(files[name], name, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as exc:
            line = getattr(exc, "lineno", None) or 0
            detail = getattr(exc, "msg", None) or str(exc)
            raise GeneratedCodeError(
                f"{name}:{line}: generated code does not compile ({detail}); nothing written"
            ) from None
    return files


def _scratch_dir() -> str | None:
    """Where ruff's scratch copy of the package goes: memory (/dev/shm) when there is
    one, so 1,497 files written, read back and removed cost no disk I/O (on a busy
    disk, that was seconds); else the default temporary directory."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK | os.X_OK) else None


def ruff_format(
    files: dict[str, str], on_error: Callable[[dict[str, str]], object] | None = None
) -> dict[str, str]:
    """Fix then format every rendered .py file with ruff under the package's own
    configuration (its pyproject.toml's [tool.ruff]): `ruff check --fix` drops what
    a template imported but a module does not use and sorts imports, then `ruff
    format`; a user's `ruff check` and `ruff format --check` pass on the package.
    One run of each over the whole tree (ruff is parallel; one process per file
    would cost seconds). When ruff fails, ``on_error(files)`` may raise a better
    error first (the compile check names the file and line ruff choked on)."""
    out = dict(files)
    with tempfile.TemporaryDirectory(prefix="zstack-sdk-fmt-", dir=_scratch_dir()) as tmp:
        root = Path(tmp)
        # The runtime modules are copied verbatim (they are formatted in the repo).
        runtime = {f"{name.split('/', 1)[0]}/{m}" for name in files for m in RUNTIME_MODULES}
        py = [name for name in files if name.endswith(".py") and name not in runtime]
        made: set[Path] = set()
        for name in [*py, "pyproject.toml"]:
            path = root / name
            # Scratch files for ruff (removed with the directory), not outputs.
            try:
                if path.parent not in made:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    made.add(path.parent)
                path.write_text(files[name], encoding="utf-8")
            except OSError as exc:
                raise OutputError(
                    f"{path}: cannot write a scratch file to format ({exc.strerror or exc})"
                ) from None
        config = f"--config={root / 'pyproject.toml'}"
        env = dict(os.environ, NO_COLOR="1")
        for step in (["check", "--fix", "--exit-zero"], ["format"]):
            cmd = [sys.executable, "-m", "ruff", *step, config, "--no-cache", "--quiet", str(root)]
            done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
            if done.returncode != 0:
                if on_error is not None:
                    on_error(files)
                raise GeneratedCodeError(
                    f"ruff {step[0]} failed on the rendered package:\n{done.stderr[-2000:]}"
                )
        for name in py:
            out[name] = (root / name).read_text(encoding="utf-8")
    return out

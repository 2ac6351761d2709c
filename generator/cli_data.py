"""The data the `zstack` command line reads, rendered as plain Python literals.

Two layers so that `zstack --help`, `zstack help` and completion of API names load one
small module: `_cli_index.py` (every API's name, chapter and summary) and one
`_cli_specs/<chapter>.py` per chapter (route, flags and every parameter with its kind,
allowed values, limits and since), imported only for the API a command names. Every
text from the docs goes through `repr`, so it is an escaped literal, never code."""

from __future__ import annotations

import re
from typing import Any

from jinja2 import Environment

from .model.api import Api, Package
from .model.param import Param

_LITERAL = re.compile(r"^Literal\[(.*)\]$")
_SCALARS = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}


def value_kind(annotation: str) -> tuple[str, str | None]:
    """How the command line parses a parameter's text: (kind, element kind of a list).

    Kinds: string, integer, number, boolean, list (of string/integer/number/boolean/json),
    json (maps, structures, anything else)."""
    text = annotation.strip()
    if text in _SCALARS:
        return _SCALARS[text], None
    literal = _LITERAL.match(text)
    if literal:
        # Literal[4, 6] holds numbers; Literal['a', 'b'] strings (even Literal['true']).
        body = literal.group(1).strip()
        return ("string" if body[:1] in ("'", '"') else "integer"), None
    if text.startswith(("Sequence[", "list[")):
        inner = text[text.index("[") + 1 : -1].strip()
        if inner == "Any":
            return "list", "string"  # raw Java lists: mostly UUIDs; a JSON array still works
        item, _ = value_kind(inner)
        return "list", ("json" if item == "list" else item)
    return "json", None


# An entry of the `zstack` command's generated API tables: plain JSON-like data
# written out as a Python literal.
CliEntry = dict[str, Any]


def _param_entry(p: Param, hashed: bool) -> CliEntry:
    kind, items = value_kind(p.type)
    entry: CliEntry = {"wire": p.wire, "kind": kind, "location": p.location}
    if items is not None:
        entry["items"] = items
    if p.required:
        entry["required"] = True
    if p.since:
        entry["since"] = p.since
    if p.description:
        entry["description"] = p.description
    if hashed:
        # Sent as its SHA-512 digest, which the server checks: no limit on what is typed.
        entry["hashed"] = True
        return entry
    checks = {key: (list(limit) if isinstance(limit, tuple) else limit) for key, limit in p.checks}
    if checks:
        entry["checks"] = checks
    return entry


def api_entry(api: Api) -> CliEntry:
    hashed = set(api.hashed)  # the passwords the SDK sends as digests
    entry: CliEntry = {
        "summary": api.summary,
        "method": api.http_method,
        "path": api.path,
        "async": api.is_async,
        "query": api.is_query,
        "auth": api.auth,
        "params": [_param_entry(p, p.wire in hashed) for p in api.params],
    }
    if api.description and api.description != api.summary:
        entry["description"] = api.description
    if api.alt_paths:
        entry["alt_paths"] = list(api.alt_paths)
    if api.since:
        entry["since"] = api.since
    if api.status:
        entry["status"] = api.status
    return entry


INDEX_TEMPLATE = '''"""Every API the `zstack` command knows: name -> (chapter, summary) (generated; do not edit).

The chapter names the module of `_cli_specs` that holds the API's details."""

APIS: dict[str, tuple[str, str]] = {
{%- for name, chapter, summary in apis %}
    {{ name | py }}: ({{ chapter | py }}, {{ summary | py }}),
{%- endfor %}
}
'''

SPECS_TEMPLATE = '''"""Chapter {{ chapter | doc }}: {{ apis | length }} APIs for the `zstack` command (generated; do not edit)."""

from typing import Any

APIS: dict[str, dict[str, Any]] = {
{%- for name, entry in apis %}
    {{ name | py }}: {{ entry | py }},
{%- endfor %}
}
'''


def cli_files(pkg: Package, env: Environment) -> dict[str, str]:
    """`_cli_index.py` and `_cli_specs/*.py` of the package, unformatted."""
    p = pkg.name
    index = [(a.name, a.module, a.summary) for a in sorted(pkg.apis, key=lambda a: a.name)]
    files = {f"{p}/_cli_index.py": env.from_string(INDEX_TEMPLATE).render(apis=index)}
    files[f"{p}/_cli_specs/__init__.py"] = (
        '"""Per-chapter API details for the `zstack` command (generated; do not edit)."""\n'
    )
    for module, apis in pkg.modules.items():
        entries = [(a.name, api_entry(a)) for a in sorted(apis, key=lambda a: a.name)]
        files[f"{p}/_cli_specs/{module}.py"] = env.from_string(SPECS_TEMPLATE).render(
            chapter=module, apis=entries
        )
    return files

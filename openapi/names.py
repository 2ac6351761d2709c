"""What can be a ZStack name: the spec stage emits nothing else.

Names and paths come from doc pages, which are untrusted text. Whatever reaches
the OpenAPI document reaches generated code (as escaped literals, but still), other
people's generators and the reference site, so a name outside ZStack's own grammar
is a doc defect: it becomes a located warning and is dropped, never emitted.

- API names and body wrapper keys: identifiers (`CreateVmInstance`, `params`).
- Parameter and response field names: JSON keys of the same shape, also allowing
  `.` and `-` after the first character (the firewall chapter's protocol keys
  `ax.25`, `ipdr-cmtp` are real keys the server sends).
- Paths: `/zstack/v1` followed by segments of `[A-Za-z0-9._~{}-]` (RFC 3986's
  unreserved characters plus the template braces).
- Methods: the HTTP methods ZStack uses."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from zstack_openapi.catalog_model import Api, Field

IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
WIRE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*\Z")
API_PATH = re.compile(r"/zstack/v1(?:/[A-Za-z0-9._~{}-]+)*/?\Z")
METHODS = frozenset({"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"})
KIND = "bad-name"


@dataclass(frozen=True)
class NameWarning:
    file: str
    line: int
    api: str | None
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: [{KIND}] {self.api or '-'}: {self.message}"


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _at(api: Mapping[str, Any]) -> tuple[str, int]:
    source = api.get("source")
    if isinstance(source, dict):
        line = source.get("line")
        return str(source.get("file") or "?"), line if isinstance(line, int) else 0
    return "?", 0


def _fields(fields: Any, api: Mapping[str, Any], where: str, out: list[NameWarning]) -> list[Field]:
    kept: list[Field] = []
    for f in fields if isinstance(fields, list) else []:
        name = f.get("name") if isinstance(f, dict) else None
        if not isinstance(name, str) or not WIRE_NAME.match(name):
            file, line = _at(api)
            out.append(
                NameWarning(
                    file,
                    line,
                    api["name"],
                    f"response field {_shown(name)}{where}: not a name; dropped",
                )
            )
            continue
        children = f.get("fields")
        if children:
            f = {**f, "fields": _fields(children, api, f" (in {name})", out)}
        kept.append(f)
    return kept


def _screen_api(api: Mapping[str, Any], out: list[NameWarning]) -> Api | None:
    """`api` without the names that cannot be ZStack's, or None when the API itself
    cannot be emitted (its name, method, path or body key is not one)."""
    file, line = _at(api)
    name = api.get("name")
    label = name if isinstance(name, str) and IDENTIFIER.match(name) else None

    def drop(message: str) -> None:
        out.append(NameWarning(file, line, label, message))

    if label is None:
        drop(f"API name {_shown(name)}: not an identifier; API dropped")
        return None
    if api.get("method") not in METHODS:
        drop(f"method {_shown(api.get('method'))}: not an HTTP method; API dropped")
        return None
    path = api.get("path")
    if not isinstance(path, str) or not API_PATH.match(path):
        drop(f"path {_shown(path)}: not a /zstack/v1 path; API dropped")
        return None
    body_key = api.get("body_key")
    if body_key is not None and not (isinstance(body_key, str) and IDENTIFIER.match(body_key)):
        drop(f"body key {_shown(body_key)}: not an identifier; API dropped")
        return None
    copy = dict(api)
    extra = []
    for p in api.get("extra_paths") or []:
        if isinstance(p, str) and API_PATH.match(p):
            extra.append(p)
        else:
            drop(f"extra path {_shown(p)}: not a /zstack/v1 path; dropped")
    if "extra_paths" in api:
        copy["extra_paths"] = extra
    params = []
    for p in api.get("params") or []:
        pname = p.get("name") if isinstance(p, dict) else None
        if isinstance(pname, str) and WIRE_NAME.match(pname):
            params.append(p)
        else:
            drop(f"parameter {_shown(pname)}: not a name; dropped")
    copy["params"] = params
    response = api.get("response")
    if isinstance(response, dict) and response.get("fields"):
        copy["response"] = {**response, "fields": _fields(response["fields"], api, "", out)}
    # Every name is now one the grammar allows: the record is what the model says.
    return cast(Api, copy)


def screen_names(apis: Sequence[Mapping[str, Any]]) -> tuple[list[Api], list[NameWarning]]:
    """The APIs with every name outside the grammar dropped, and a warning for each."""
    warnings: list[NameWarning] = []
    kept = [a for a in (_screen_api(api, warnings) for api in apis) if a is not None]
    return kept, warnings


__all__ = ["API_PATH", "IDENTIFIER", "WIRE_NAME", "NameWarning", "screen_names"]

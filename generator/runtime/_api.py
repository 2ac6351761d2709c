"""API descriptors and request building: what one API is on the wire, and where each
argument of a call travels (path, query string, body wrapper, body top level).

A descriptor is plain data, built at import time by the generated ``_apis`` modules
and readable by any tool (the ``zstack`` command dispatches on it)."""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any, Generic, TypeVar
from urllib.parse import quote

from ._auth import hash_password
from ._checks import Check
from ._errors import ZStackValidationError
from ._polling import API_PREFIX
from ._query import QUERY_OPTIONS

T = TypeVar("T")

# Where a parameter travels: a path variable, the query string, inside the body's
# wrapper object ("params" or the action name), or at the body's top level (tags).
PATH, QUERY, BODY, ROOT = "path", "query", "body", "root"

# What httpx accepts as repeated query parameters (keeps wire order).
QueryItems = list[tuple[str, str | int | float | bool | None]]


class Api(Generic[T]):
    """Everything the runtime needs to know about one API (built at import time by the
    generated modules, so it only stores; the derived tables are computed on first use).

    ``name``: ZStack's API name; ``method``/``path``: the route (``path`` after
    ``/zstack/v1``, variables as ``{wireName}``), ``alt_paths``: other templates of the
    same API; ``params``: ``(wireName, location, since)`` triples; ``names``: the
    Python argument of each, in the same order; ``required``: the wire names a call
    must give; ``body_key``: the body's wrapper key. ``result``: where
    the result model lives, ``".models.module:Class"`` relative to this package or an
    absolute ``"package.module:Class"``; None returns the decoded JSON. ``checks``: the
    constraints to enforce before sending, ``(wireName, pythonName, keyword, limit)``.
    ``hashed``: parameters sent as the SHA-512 hex digest of the given value (ZStack's
    account and user passwords); ``session``: a login API, whose result is a session
    the client keeps."""

    __slots__ = (
        "_locations",
        "_result_cls",
        "_since",
        "alt_paths",
        "auth",
        "body_key",
        "checks",
        "hashed",
        "method",
        "name",
        "names",
        "params",
        "path",
        "query",
        "required",
        "result",
        "session",
        "since",
    )

    def __init__(
        self,
        name: str,
        method: str,
        path: str,
        *,
        params: Sequence[tuple[str, str, str | None]] = (),
        names: Sequence[str] = (),
        required: Sequence[str] = (),
        body_key: str | None = None,
        since: str | None = None,
        result: str | None = None,
        auth: bool = True,
        query: bool = False,
        alt_paths: Sequence[str] = (),
        checks: Sequence[Check] = (),
        hashed: Sequence[str] = (),
        session: bool = False,
    ) -> None:
        self.name = name
        self.method = method
        self.path = path
        self.params = params
        self.names = names
        self.required = required
        self.body_key = body_key
        self.since = since
        self.result = result
        self.auth = auth
        self.query = query
        self.alt_paths = alt_paths
        self.checks = checks
        self.hashed = hashed
        self.session = session
        self._locations: dict[str, str] | None = None
        self._since: dict[str, str | None] | None = None
        self._result_cls: Any = None

    def __repr__(self) -> str:
        return f"<Api {self.name} {self.method} {self.path}>"

    def locations(self) -> dict[str, str]:
        if self._locations is None:
            table = {wire: where for wire, where, _ in self.params}
            if self.query:
                table.update(dict.fromkeys(QUERY_OPTIONS, QUERY))
            self._locations = table
        return self._locations

    def param_since(self) -> dict[str, str | None]:
        if self._since is None:
            self._since = {wire: since for wire, _, since in self.params}
        return self._since

    def result_model(self) -> Any:
        """The result model class, imported on first use (lazy loading of models)."""
        if self._result_cls is None and self.result is not None:
            module_name, _, attr = self.result.partition(":")
            package = __package__ if module_name.startswith(".") else None
            self._result_cls = getattr(importlib.import_module(module_name, package), attr)
        return self._result_cls


class Prepared:
    """One HTTP request of an API call, before credentials are added."""

    __slots__ = ("api_path", "body", "method", "query", "url")

    def __init__(
        self, method: str, url: str, api_path: str, query: QueryItems, body: bytes | None
    ) -> None:
        self.method = method
        self.url = url
        self.api_path = api_path
        self.query = query
        self.body = body


def json_default(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    dump = getattr(value, "model_dump", None)  # a pydantic model given as an argument
    if dump is not None:
        return dump(by_alias=True, exclude_none=True)
    raise TypeError(f"cannot send a {type(value).__name__} as JSON")


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def add_query(out: QueryItems, name: str, value: Any) -> None:
    """Lists repeat the key (k=a&k=b); a map travels as k.key=value pairs."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            out.append((f"{name}.{key}", _query_text(item)))
    elif isinstance(value, list | tuple | set | frozenset):
        out.extend((name, _query_text(item)) for item in value)
    else:
        out.append((name, _query_text(value)))


def quote_segment(value: str) -> str:
    """A path variable as one opaque segment: ``/`` and the rest percent-encoded, and a
    value made of dots (``.``, ``..``) too, which URL normalisation would otherwise
    resolve (``DELETE /images/..`` would become ``DELETE /zstack/v1``)."""
    quoted = quote(value, safe="")
    if quoted.strip(".") == "":
        quoted = "%2E" * len(quoted)
    return quoted


def _choose_path(api: Api[Any], args: Mapping[str, Any]) -> str:
    """The template whose variables are all given, preferring the most specific one
    (a Query API is ``/vm-instances`` or, given ``uuid``, ``/vm-instances/{uuid}``)."""
    if not api.alt_paths:
        return api.path
    best, best_vars = None, -1
    for template in (api.path, *api.alt_paths):
        names = [part[1:-1] for part in variables(template)]
        if all(args.get(n) is not None for n in names) and len(names) > best_vars:
            best, best_vars = template, len(names)
    return best or api.path


def variables(template: str) -> list[str]:
    """The ``{name}`` parts of a path template, braces included, in order."""
    out, start = [], template.find("{")
    while start >= 0:
        end = template.index("}", start)
        out.append(template[start : end + 1])
        start = template.find("{", end)
    return out


def hash_arguments(api: Api[Any], args: Mapping[str, Any]) -> Mapping[str, Any]:
    """``args`` with the API's password parameters replaced by their SHA-512 hex."""
    if not api.hashed or not any(args.get(w) is not None for w in api.hashed):
        return args
    out = dict(args)
    for wire in api.hashed:
        value = out.get(wire)
        if isinstance(value, str):
            out[wire] = hash_password(value)
    return out


def prepare(api: Api[Any], args: Mapping[str, Any], base_url: str) -> Prepared:
    """Place every given (non-None) argument where the API says it travels."""
    template = _choose_path(api, args)
    locations = api.locations()
    raw_path = quoted_path = template
    query: QueryItems = []
    wrapped: dict[str, Any] = {}
    root: dict[str, Any] = {}
    found = variables(template)
    in_path = {var[1:-1] for var in found}
    for var in found:
        value = args.get(var[1:-1])
        if value is None or value == "":
            # The docs mark some path variables optional, but a path cannot have a hole.
            raise ZStackValidationError(
                api.name, var[1:-1], "required", True, value, "is required (part of the URL)"
            )
        text = _query_text(value)
        raw_path = raw_path.replace(var, text)
        quoted_path = quoted_path.replace(var, quote_segment(text))
    sends_body = api.method in ("POST", "PUT")
    for wire, value in args.items():
        if value is None:
            continue
        where = locations.get(wire, BODY)
        if where == PATH or wire in in_path:
            continue
        if where == QUERY or not sends_body:
            add_query(query, wire, value)
        elif where == ROOT or api.body_key is None:
            root[wire] = value
        else:
            wrapped[wire] = value
    body: bytes | None = None
    if sends_body:
        payload: dict[str, Any] = {api.body_key: wrapped} if api.body_key else {}
        payload.update(root)
        body = json.dumps(payload, default=json_default, ensure_ascii=False).encode("utf-8")
    return Prepared(api.method, base_url + API_PREFIX + quoted_path, raw_path, query, body)

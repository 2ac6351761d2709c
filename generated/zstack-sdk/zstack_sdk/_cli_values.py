"""`key=value` words of the `zstack` command -> the arguments of one API call, by wire name.

zstack-cli's syntax: lists as ``a,b,c`` (or a JSON array), booleans ``true``/``false``,
JSON for maps and structures. A Query API also takes conditions (``state=Running``,
``name!=x``, ``uuid?=a,b``, ``memorySize>1024``, ``name~=web%``, ``description=null``)
and the query options ``limit= start= count= replyWithCount= sortBy= sortDirection=
fields= groupBy= filterName=``. Everything is checked before anything is sent; a bad
word raises ``UsageError`` naming the parameter."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ._checks import check_arguments
from ._errors import ZStackValidationError

# key, operator, value. The key stops at the first operator character, and the operators
# are tried longest first at that position (`!?=` before `!=`, `>=` before `>`).
_WORD = re.compile(r"^([A-Za-z_][\w.]*)(!\?=|!~=|!=|>=|<=|~=|\?=|=|>|<)(.*)$", re.DOTALL)
# The query options zstack-cli takes, with the kind of their value.
QUERY_OPTIONS: dict[str, str] = {
    "limit": "count",
    "start": "count",
    "count": "boolean",
    "replyWithCount": "boolean",
    "sortBy": "string",
    "sortDirection": "direction",
    "fields": "fields",
    "groupBy": "string",
    "filterName": "string",
}
_TRUE, _FALSE = frozenset({"true"}), frozenset({"false"})


class UsageError(Exception):
    """The command line is wrong (exit status 2); the message says what and where."""


def split_word(word: str) -> tuple[str, str, str] | None:
    """``"memorySize>=1024"`` -> ``("memorySize", ">=", "1024")``; None when not key/op/value."""
    found = _WORD.match(word)
    return (found.group(1), found.group(2), found.group(3)) if found else None


def suggest(word: str, choices: Sequence[str], *, limit: int = 3) -> str:
    """`` (did you mean: a, b?)`` or nothing."""
    lowered = {c.lower(): c for c in choices}
    close = difflib.get_close_matches(word.lower(), list(lowered), n=limit, cutoff=0.6)
    return f" (did you mean: {', '.join(lowered[c] for c in close)}?)" if close else ""


def _boolean(wire: str, text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise UsageError(f"{wire}={text!r}: expected true or false")


def _scalar(wire: str, kind: str, text: str) -> Any:
    if kind == "string":
        return text
    if kind == "boolean":
        return _boolean(wire, text)
    if kind == "integer":
        try:
            return int(text.strip())
        except ValueError:
            raise UsageError(f"{wire}={text!r}: expected an integer") from None
    if kind == "number":
        try:
            return float(text.strip())
        except ValueError:
            raise UsageError(f"{wire}={text!r}: expected a number") from None
    return _json(wire, text, "JSON")


def _json(wire: str, text: str, what: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise UsageError(f"{wire}: expected {what}, got {text!r} ({exc})") from None


def convert(param: Mapping[str, Any], text: str) -> Any:
    """One parameter's text -> the value to send, by the parameter's kind."""
    wire, kind = str(param["wire"]), str(param["kind"])
    if kind != "list":
        return _scalar(wire, kind, text)
    items = str(param.get("items") or "string")
    if text.lstrip().startswith("["):
        value = _json(wire, text, "a JSON array")
        if not isinstance(value, list):
            raise UsageError(f"{wire}: expected a JSON array or a,b,c")
        return value
    if items == "json":
        raise UsageError(f"{wire}: expected a JSON array of structures, e.g. '[{{...}}]'")
    if text == "":
        return []
    return [_scalar(wire, items, part) for part in text.split(",")]


def _option(wire: str, kind: str, text: str) -> Any:
    if kind == "count":
        try:
            number = int(text.strip())
        except ValueError:
            raise UsageError(f"{wire}={text!r}: expected a whole number") from None
        if number < 0:
            raise UsageError(f"{wire}={text!r}: must not be negative")
        return number
    if kind == "boolean":
        return _boolean(wire, text)
    if kind == "direction":
        lowered = text.strip().lower()
        if lowered not in ("asc", "desc"):
            raise UsageError(f"{wire}={text!r}: expected asc or desc")
        return lowered
    if kind == "fields":
        return [f.strip() for f in text.split(",") if f.strip()]
    return text


def _query_options(options: Mapping[str, Any]) -> dict[str, Any]:
    """zstack-cli's option names -> the wire's (``sortBy``+``sortDirection`` -> ``sort``)."""
    out: dict[str, Any] = {}
    for wire in ("limit", "start", "groupBy", "filterName"):
        if wire in options:
            out[wire] = options[wire]
    for wire in ("count", "replyWithCount"):
        if options.get(wire):
            out[wire] = True
    if options.get("fields"):
        out["fields"] = ",".join(options["fields"])
    if "sortBy" in options:
        # "+" must be percent-encoded on the wire (httpx does), or the server reads a space.
        sign = "-" if options.get("sortDirection") == "desc" else "+"
        out["sort"] = sign + str(options["sortBy"])
    elif "sortDirection" in options:
        raise UsageError("sortDirection needs sortBy")
    return out


def parse_arguments(api: str, spec: Mapping[str, Any], words: Sequence[str]) -> dict[str, Any]:
    """The API call's arguments by wire name (conditions as ``q``), checked against the
    parameters' kinds, required flags, allowed values and limits."""
    params = {str(p["wire"]): p for p in spec["params"]}
    query = bool(spec.get("query"))
    args: dict[str, Any] = {}
    options: dict[str, Any] = {}
    conditions: list[str] = []
    for word in words:
        parts = split_word(word)
        if parts is None:
            raise UsageError(
                f"{word!r}: expected key=value"
                + (" or a query condition such as state=Running" if query else "")
            )
        key, op, value = parts
        if op == "=" and key in params:
            if key in args:
                raise UsageError(f"{key}: given twice")
            args[key] = convert(params[key], value)
        elif query and op == "=" and key in QUERY_OPTIONS:
            if key in options:
                raise UsageError(f"{key}: given twice")
            options[key] = _option(key, QUERY_OPTIONS[key], value)
        elif query:
            conditions.append(f"{key}{op}{value}")
        elif op != "=":
            raise UsageError(f"{word!r}: conditions such as {key}{op}... are for Query APIs only")
        else:
            raise UsageError(
                f"{api} has no parameter {key!r}{suggest(key, list(params))}; "
                f"see: zstack help {api}"
            )
    missing = [w for w, p in params.items() if p.get("required") and w not in args]
    if missing:
        raise UsageError(
            f"{api}: missing required parameter{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)}; see: zstack help {api}"
        )
    check_values(api, spec, args)
    if query:
        if conditions:
            args["q"] = conditions
        args.update(_query_options(options))
    return args


def check_values(api: str, spec: Mapping[str, Any], args: Mapping[str, Any]) -> None:
    """The spec's allowed values and limits, enforced by the SDK's own checker."""
    checks = [
        (str(p["wire"]), str(p["wire"]), key, tuple(limit) if isinstance(limit, list) else limit)
        for p in spec["params"]
        for key, limit in (p.get("checks") or {}).items()
    ]
    try:
        check_arguments(api, checks, args)
    except ZStackValidationError as exc:
        raise UsageError(str(exc)) from None

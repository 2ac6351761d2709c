"""Argument checks before sending: the constraints the spec gives each parameter
(the server's own ``@Param`` checks: lengths, bounds, allowed values, non-empty
lists, patterns), so a call that the server would refuse fails here, naming the
API, the argument and the constraint, and nothing goes on the wire.

A generated API descriptor lists its checks as ``(wireName, pythonName, keyword,
limit)`` tuples; only arguments that are given (not None) are checked, and only
against the keywords that apply to their kind of value (type errors are the type
checker's business, not ours)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Sized
from enum import Enum
from typing import Any

from ._errors import ZStackValidationError

Check = tuple[str, str, str, Any]

_PATTERNS: dict[str, re.Pattern[str]] = {}


def _compiled(pattern: str) -> re.Pattern[str]:
    """Python's ``re`` (pydantic's default engine has no lookarounds, which ZStack's
    patterns use). ASCII mode: ``\\d``, ``\\w`` and ``\\s`` then mean what they mean to
    the server's Java validator. A final ``$`` becomes ``\\Z``: Python's ``$`` also
    matches before a trailing newline, which the server's full match does not."""
    found = _PATTERNS.get(pattern)
    if found is None:
        text = pattern
        # The final "$" is an anchor when an even number of backslashes precede it.
        if text.endswith("$") and (len(text) - 1 - len(text[:-1].rstrip("\\"))) % 2 == 0:
            text = text[:-1] + r"\Z"
        found = _PATTERNS[pattern] = re.compile(text, re.ASCII)
    return found


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _reason(keyword: str, limit: Any, value: Any) -> str | None:
    """Why ``value`` breaks ``keyword: limit``; None when it does not (or the keyword
    does not apply to this kind of value)."""
    value = _plain(value)
    if keyword in ("maxLength", "minLength", "pattern"):
        if not isinstance(value, str):
            return None
        if keyword == "maxLength" and len(value) > limit:
            return f"is {len(value)} characters long, more than {limit}"
        if keyword == "minLength" and len(value) < limit:
            return f"is {len(value)} characters long, fewer than {limit}"
        if keyword == "pattern" and _compiled(limit).search(value) is None:
            return "does not match the pattern"
        return None
    if keyword in ("minimum", "maximum"):
        if not _is_number(value):
            return None
        if keyword == "minimum" and value < limit:
            return f"is less than {limit}"
        if keyword == "maximum" and value > limit:
            return f"is more than {limit}"
        return None
    if keyword == "minItems":
        sized = isinstance(value, Sized) and not isinstance(value, str | bytes | Mapping)
        if sized and len(value) < limit:
            return f"has {len(value)} items, fewer than {limit}"
        return None
    if keyword == "enum":
        if value not in limit:
            return "is not one of the allowed values"
        return None
    if keyword == "items.enum":
        if isinstance(value, str | bytes | Mapping) or not isinstance(
            value, Sequence | set | frozenset
        ):
            return None
        bad = [item for item in value if _plain(item) not in limit]
        if bad:
            return f"has {bad[0]!r}, not one of the allowed values"
        return None
    return None


def check_arguments(api: str, checks: Sequence[Check], args: Mapping[str, Any]) -> None:
    """Raise ``ZStackValidationError`` for the first argument that breaks a check."""
    for wire, name, keyword, limit in checks:
        value = args.get(wire)
        if value is None:
            continue
        reason = _reason(keyword, limit, value)
        if reason is not None:
            raise ZStackValidationError(api, name, keyword, limit, value, reason)

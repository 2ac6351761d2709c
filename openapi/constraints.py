"""A reconciled parameter's `constraints` (the server's `@Param` checks) -> JSON
Schema keywords on the parameter's schema.

`reconcile` already emits only what the server's validator applies, on the types it
applies it to; this module puts each keyword where it means something (string
keywords on strings, bounds on numbers, `minItems` on arrays) and keeps a `pattern`
only when every consumer can read it: JSON Schema says ECMA-262, our generated
client uses Python's `re`, and the two disagree on some syntax.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping

from zstack_openapi.openapi.doc_types import Schema

_BY_TYPE: dict[str, tuple[str, ...]] = {
    "string": ("maxLength", "minLength", "pattern"),
    "integer": ("minimum", "maximum"),
    "number": ("minimum", "maximum"),
    "array": ("minItems",),
}

# Escapes Python reads and ECMA-262 does not (or reads differently): anchors `\A \Z`,
# `\N{name}`, `\U00010000`; Java-only ones that would fail in one or the other.
_PYTHON_ONLY_ESCAPES = frozenset("AZzGQEhHRXKNUe")
# After "(?": what both read alike (non-capturing group, lookahead, lookbehind).
# Named groups (`(?P<n>` vs `(?<n>`), inline flags, comments, atomic groups and
# conditionals are each one engine's only.
_PORTABLE_GROUPS = (":", "=", "!", "<=", "<!")


def is_portable_pattern(pattern: str) -> bool:
    """Whether `pattern` is a regex that ECMA-262 and Python's `re` both accept and
    read alike (lookaheads and lookbehinds included: both have them)."""
    try:
        with warnings.catch_warnings():
            # The constructs Python warns about are rejected below, on their own merits.
            warnings.simplefilter("ignore")
            re.compile(pattern)
    except re.error:
        return False
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            escaped = pattern[i + 1 : i + 2]
            if escaped in _PYTHON_ONLY_ESCAPES or (
                escaped == "x" and pattern[i + 2 : i + 3] == "{"
            ):
                return False
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            elif c == "[" and pattern[i + 1 : i + 2] in (":", "=", "."):
                return False  # a POSIX class for Python (with a warning), literal text for ECMA
            elif c in "-&~|" and pattern[i + 1 : i + 2] == c:
                return (
                    False  # a set operation in the making for Python (it warns), and ECMA's v mode
                )
            i += 1
            continue
        if c == "[":
            i += 2 if pattern[i + 1 : i + 2] == "^" else 1
            if pattern[i : i + 1] == "]":
                return False  # `[]...]`: a literal "]" for Python, an empty class for ECMA
            in_class = True
            continue
        if c == "(" and pattern[i + 1 : i + 2] == "?":
            if not pattern.startswith(_PORTABLE_GROUPS, i + 2):
                return False
        elif c in "*+?}" and pattern[i + 1 : i + 2] == "+":
            return False  # a possessive quantifier (Python 3.11+, not ECMA)
        i += 1
    return True


def schema_keywords(constraints: Mapping[str, object] | None, schema: Schema) -> Schema:
    """The keywords of `constraints` that apply to `schema`'s type (enum excluded:
    the spec takes allowed values from the parameter's `values`, typed like it)."""
    allowed = _BY_TYPE.get(str(schema.get("type")), ())
    out: Schema = {}
    for key in allowed:
        if key not in (constraints or {}):
            continue
        value = (constraints or {})[key]
        if key == "pattern" and not (isinstance(value, str) and is_portable_pattern(value)):
            continue
        out[key] = value
    return out


_LOOKAROUND = re.compile(r"\(\?<?[=!]")
# `[0-9-/]`: a hyphen right after a range is a literal to ECMA and Python but an
# error to the regex engines of some generators.
_RANGE_THEN_HYPHEN = re.compile(r"\[[^\]]*?\w-\w-[^\]]")


def is_tool_friendly_pattern(pattern: str) -> bool:
    """Whether ordinary OpenAPI tools read `pattern` (openapi-generator's example
    builder fails on lookarounds and on a hyphen after a range)."""
    return not (_LOOKAROUND.search(pattern) or _RANGE_THEN_HYPHEN.search(pattern))

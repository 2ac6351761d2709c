"""The only way text from a spec enters generated Python: as an escaped literal.

Doc pages are untrusted: a path, a parameter name or a description may hold
`"+__import__('os').system(...)+"`. Templates never quote by hand; every value
goes through `py_literal` (a string, number or container as Python source) or
`docstring_text` (free text inside a triple-quoted docstring)."""

from __future__ import annotations

import keyword
import math
import re
from typing import Any

# Source characters Python rejects or rewrites inside a string (NUL, lone
# surrogates, CR, which the tokenizer turns into LF) and other invisible ones.
_KEEP = frozenset("\n\t")


def py_literal(value: Any) -> str:
    """`value` as a Python expression that evaluates to an equal value.

    Only plain data is accepted (str, int, float, bool, None, and tuples, lists and
    dicts of them): anything else is a bug in the caller, not a thing to stringify."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, str):
        # repr escapes quotes, backslashes, newlines, NUL and unprintable characters.
        return repr(value)
    if isinstance(value, int):
        return repr(int(value))
    if isinstance(value, float):
        if math.isfinite(value):
            return repr(float(value))
        return f"float({str(value)!r})"
    if isinstance(value, tuple):
        inner = ", ".join(py_literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    raise TypeError(f"not plain data, cannot be emitted as a literal: {type(value).__name__}")


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _printable(text: str) -> bool:
    """Every character printable or kept (newline, tab)."""
    return text.replace("\n", "").replace("\t", "").isprintable()


def docstring_text(text: str) -> str:
    """`text` as the body of a `\"\"\"...\"\"\"` docstring, readable and inert.

    Backslashes are doubled; a quote next to another quote or at the end is
    escaped, so no run of three quotes can close the string early and the closing
    quotes never merge with the text's own; characters that are not printable
    (NUL, CR, lone surrogates, ...) are written as escapes."""
    text = text.rstrip()
    # Most descriptions need no escape at all: one scan in C instead of one per char.
    if "\\" not in text and '"' not in text and _printable(text):
        return text
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"' and (i + 1 == len(text) or text[i + 1] == '"'):
            out.append('\\"')
        elif ch.isprintable() or ch in _KEEP:
            out.append(ch)
        else:
            out.append(_escape_char(ch))
    return "".join(out)


class UnsafeName(ValueError):
    """A name about to be emitted as code is not a plain identifier (a generator bug:
    names from the spec are always passed through `naming`)."""


def py_identifier(value: Any) -> str:
    """`value` unchanged when it is an ASCII identifier that is no keyword; else raise."""
    text = str(value)
    if not (text.isascii() and text.isidentifier()) or keyword.iskeyword(text):
        raise UnsafeName(f"not a safe Python identifier: {text!r}")
    return text


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>&|])")


def markdown_text(text: str) -> str:
    """Spec text inside the generated README: one line, every character Markdown or
    HTML would read as markup escaped (no links, images or tags from the docs)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", one_line(text))


def one_line(text: str) -> str:
    """Free text on one line (for docstring summaries and comments)."""
    return " ".join(text.split())


__all__ = [
    "UnsafeName",
    "docstring_text",
    "markdown_text",
    "one_line",
    "py_identifier",
    "py_literal",
]

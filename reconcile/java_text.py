"""Just enough Java lexing to read ZStack's generated SDK sources with regexes.

The SDK files are machine-generated and regular, but their annotation values
hold arbitrary regexes (``validRegexValues``) full of quotes, braces, commas,
parentheses and semicolons. Every splitter here therefore walks the text and
skips string and char literals instead of trusting a single regex.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPENERS = {"(": ")", "{": "}", "[": "]"}
_CLOSERS = frozenset(_OPENERS.values())
_SIMPLE_ESCAPES = {
    "b": "\b",
    "t": "\t",
    "n": "\n",
    "f": "\f",
    "r": "\r",
    "s": " ",
    '"': '"',
    "'": "'",
    "\\": "\\",
}
_ESCAPE_RE = re.compile(r"\\(u+[0-9a-fA-F]{4}|[0-3]?[0-7]{1,2}|.)", re.S)
_ANNOTATION_NAME_RE = re.compile(r"@([A-Za-z_$][\w$.]*)\s*")


class JavaSyntaxError(ValueError):
    """Raised when the text is not balanced enough to be read."""


def _literal_end(text: str, start: int) -> int:
    """Index just past the string or char literal opening at ``start``."""
    quote = text[start]
    i = start + 1
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == quote:
            return i + 1
        if ch == "\n":
            break
        i += 1
    raise JavaSyntaxError(f"unterminated literal at offset {start}")


def strip_comments(text: str) -> str:
    """Blank out comments, keeping literals and line numbers intact."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "\"'":
            end = _literal_end(text, i)
            out.append(text[i:end])
            i = end
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                raise JavaSyntaxError(f"unterminated comment at offset {i}")
            out.append("\n" * text.count("\n", i, end) or " ")
            i = end + 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def matching_close(text: str, open_index: int) -> int:
    """Index of the bracket closing the one at ``open_index`` (comments already stripped)."""
    stack = [_OPENERS[text[open_index]]]
    i = open_index + 1
    while i < len(text):
        ch = text[i]
        if ch in "\"'":
            i = _literal_end(text, i)
            continue
        if ch in _OPENERS:
            stack.append(_OPENERS[ch])
        elif ch in _CLOSERS:
            if ch != stack.pop():
                raise JavaSyntaxError(f"mismatched {ch!r} at offset {i}")
            if not stack:
                return i
        i += 1
    raise JavaSyntaxError(f"unbalanced {text[open_index]!r} at offset {open_index}")


def _walk_top_level(text: str) -> list[tuple[int, str, int]]:
    """(index, char, nesting depth) of every character outside literals."""
    result: list[tuple[int, str, int]] = []
    depth = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "\"'":
            i = _literal_end(text, i)
            continue
        if ch in _CLOSERS:
            depth -= 1
        result.append((i, ch, depth))
        if ch in _OPENERS:
            depth += 1
        i += 1
    return result


def split_top_level(text: str, separator: str) -> list[str]:
    """Split on ``separator`` where it is outside literals and brackets."""
    parts: list[str] = []
    start = 0
    for index, ch, depth in _walk_top_level(text):
        if ch == separator and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


def member_statements(body: str) -> list[str]:
    """Member declarations of a class body, one per statement.

    Method and nested-class bodies are dropped, and their end counts as a
    statement end, so a field declared after a method is never glued to the
    method's signature. Braces inside parentheses are array literals of
    annotations (``validValues = {"a","b"}``) and are kept, as are array
    initializers after ``=``.
    """
    statements: list[str] = []
    current: list[str] = []
    i = 0
    paren_depth = 0
    while i < len(body):
        ch = body[i]
        if ch in "\"'":
            end = _literal_end(body, i)
            current.append(body[i:end])
            i = end
            continue
        if ch == "{" and paren_depth == 0 and "".join(current).rstrip().endswith("="):
            # An array initializer (``int[] a = {1, 2};``) belongs to its field.
            end = matching_close(body, i) + 1
            current.append(body[i:end])
            i = end
            continue
        if ch == "{" and paren_depth == 0:
            statements.append("".join(current))
            current = []
            i = matching_close(body, i) + 1
            continue
        if ch == ";" and paren_depth == 0:
            statements.append("".join(current))
            current = []
        else:
            paren_depth += (ch == "(") - (ch == ")")
            current.append(ch)
        i += 1
    statements.append("".join(current))
    return [s.strip() for s in statements if s.strip()]


def _unescape_one(match: re.Match[str]) -> str:
    token = match.group(1)
    if token[0] == "u":
        return chr(int(token.lstrip("u"), 16))
    if token[0].isdigit():
        return chr(int(token, 8))
    if token in _SIMPLE_ESCAPES:
        return _SIMPLE_ESCAPES[token]
    raise JavaSyntaxError(f"invalid escape \\{token}")


def parse_string_literal(literal: str) -> str:
    """Value of a Java ``"..."`` literal (quotes included in ``literal``)."""
    literal = literal.strip()
    if len(literal) < 2 or literal[0] != '"' or literal[-1] != '"':
        raise JavaSyntaxError(f"not a string literal: {literal}")
    return _ESCAPE_RE.sub(_unescape_one, literal[1:-1])


@dataclass(frozen=True)
class Annotation:
    name: str
    args: str | None


def leading_annotations(statement: str) -> tuple[list[Annotation], str]:
    """Annotations heading a declaration, and the declaration after them."""
    annotations: list[Annotation] = []
    rest = statement.lstrip()
    while rest.startswith("@") and not rest.startswith("@interface"):
        match = _ANNOTATION_NAME_RE.match(rest)
        if match is None:
            raise JavaSyntaxError(f"unreadable annotation: {rest[:40]}")
        name = match.group(1).rsplit(".", 1)[-1]
        after = rest[match.end() :]
        if after.startswith("("):
            close = matching_close(after, 0)
            annotations.append(Annotation(name, after[1:close]))
            after = after[close + 1 :]
        else:
            annotations.append(Annotation(name, None))
        rest = after.lstrip()
    return annotations, rest


def annotation_arguments(args: str) -> dict[str, str]:
    """``key = value`` pairs of an annotation, values left as Java source text."""
    pairs: dict[str, str] = {}
    for part in split_top_level(args, ","):
        if not part.strip():
            continue
        key, sep, value = part.partition("=")
        if not sep:
            # A lone value is the annotation's implicit ``value`` element.
            pairs["value"] = part.strip()
            continue
        pairs[key.strip()] = value.strip()
    return pairs


def array_elements(value: str) -> list[str]:
    """Elements of ``{a, b}`` (or of a bare single value, which Java also allows)."""
    value = value.strip()
    if value.startswith("{") and value.endswith("}"):
        value = value[1:-1]
    return [part.strip() for part in split_top_level(value, ",") if part.strip()]

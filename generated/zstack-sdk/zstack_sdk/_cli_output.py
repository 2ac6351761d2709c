"""Printing a decoded JSON result as JSON, YAML or a plain table (no dependencies).

YAML: block style, with a string left plain only when a YAML 1.1 or 1.2 reader cannot
take it for anything else (a number, a boolean, null, a date, a key, a comment...);
every other string is double-quoted with JSON's escapes, which YAML shares."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

FORMATS = ("json", "table", "yaml")

# Plain only: starts with a letter, then letters, digits and a few safe separators.
_PLAIN = re.compile(r"^[A-Za-z][A-Za-z0-9_./-]*$")
# Words YAML 1.1 readers (PyYAML and most tools) turn into booleans or null.
_RESERVED = frozenset(
    {"y", "n", "yes", "no", "true", "false", "on", "off", "null", "nan", "inf", "infinity"}
)


# What JSON leaves raw but YAML reads as a line break or refuses (non-printable): escaped.
_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")


def to_json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


def _yaml_string(text: str) -> str:
    if _PLAIN.match(text) and text.lower() not in _RESERVED:
        return text
    quoted = json.dumps(text, ensure_ascii=False)
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _yaml_scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:
            return ".nan"
        if value in (float("inf"), float("-inf")):
            return ".inf" if value > 0 else "-.inf"
        text = repr(value)
        mantissa, e, exponent = text.partition("e")
        # YAML 1.1 readers want a dot in the mantissa (1.0e+20), or they read a string.
        return f"{mantissa}.0e{exponent}" if e and "." not in mantissa else text
    return _yaml_string(str(value))


def _yaml_lines(value: Any, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(value, Mapping):
        if not value:
            return [pad + "{}"]
        lines: list[str] = []
        for key, item in value.items():
            head = f"{pad}{_yaml_string(str(key))}:"
            if isinstance(item, Mapping | list) and item:
                lines.append(head)
                lines += _yaml_lines(item, indent + 2)
            else:
                lines.append(f"{head} {_yaml_inline(item)}")
        return lines
    if isinstance(value, list):
        if not value:
            return [pad + "[]"]
        lines = []
        for item in value:
            if isinstance(item, Mapping | list) and item:
                nested = _yaml_lines(item, indent + 2)
                # "- " takes the place of the first line's indentation.
                lines.append(f"{pad}- {nested[0].lstrip()}")
                lines += nested[1:]
            else:
                lines.append(f"{pad}- {_yaml_inline(item)}")
        return lines
    return [pad + _yaml_scalar(value)]


def _yaml_inline(value: Any) -> str:
    if isinstance(value, Mapping):
        return "{}"
    if isinstance(value, list):
        return "[]"
    return _yaml_scalar(value)


def to_yaml(data: Any) -> str:
    return "\n".join(_yaml_lines(data, 0))


def _cell(value: Any, width: int = 48) -> str:
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, str):
        text = value
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))  # ZStack prints sizes as doubles: 1.073741824E9
    elif isinstance(value, int | float):
        text = str(value)
    else:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def _grid(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(h)), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return "\n".join(lines)


# The columns an operator looks for first, when a record has them.
_FIRST = ("uuid", "name", "state", "status", "type")


def _columns(records: Sequence[Mapping[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for record in records:
        for key, value in record.items():
            if not isinstance(value, Mapping | list):
                seen.setdefault(key)
    first = [c for c in _FIRST if c in seen]
    return first + [c for c in seen if c not in first]


def to_table(data: Any) -> str:
    """A list of records (``inventories``) as rows; one record (``inventory``) or any
    other object as key/value lines; nested values as compact JSON."""
    if isinstance(data, Mapping):
        records = data.get("inventories")
        if isinstance(records, list) and all(isinstance(r, Mapping) for r in records):
            extra = {k: v for k, v in data.items() if k != "inventories"}
            table = _records(records)
            return table + ("\n\n" + _pairs(extra) if extra else "")
        single = data.get("inventory")
        if isinstance(single, Mapping) and len(data) == 1:
            return _pairs(single)
        return _pairs(data)
    if isinstance(data, list) and all(isinstance(r, Mapping) for r in data):
        return _records(data)
    return _cell(data, width=10_000)


def _records(records: Sequence[Mapping[str, Any]]) -> str:
    if not records:
        return "(no results)"
    columns = _columns(records) or ["value"]
    rows = [[_cell(r.get(c)) for c in columns] for r in records]
    return _grid(columns, rows)


def _pairs(data: Mapping[str, Any]) -> str:
    if not data:
        return "(empty)"
    rows = [[str(k), _cell(v, width=100)] for k, v in data.items()]
    return _grid(["field", "value"], rows)


def render(data: Any, fmt: str) -> str:
    if fmt == "yaml":
        return to_yaml(data)
    if fmt == "table":
        return to_table(data)
    return to_json(data)

"""The one JSON layout of every committed file: sorted keys, two-space indent,
UTF-8 text as is. orjson writes it ~20x faster than the standard library's
indenting encoder, which is pure Python and dominated rebuild times."""

from __future__ import annotations

import json
from typing import Any

import orjson

_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE


def dump_json(value: Any) -> str:
    return orjson.dumps(value, option=_OPTIONS).decode("utf-8")


def load_json(text: str | bytes) -> Any:
    """What `json.loads` reads, ~3x faster. orjson refuses a few things the standard
    library accepts (lone surrogates escaped as `\\ud800`, NaN, integers beyond 64
    bits): those documents are read, and their errors reported, by `json` itself."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)

"""The one JSON layout of every committed file: sorted keys, two-space indent,
UTF-8 text as is. orjson writes it ~20x faster than the standard library's
indenting encoder, which is pure Python and dominated rebuild times."""

from __future__ import annotations

from typing import Any

import orjson

_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE


def dump_json(value: Any) -> str:
    return orjson.dumps(value, option=_OPTIONS).decode("utf-8")


def load_json(text: str | bytes) -> Any:
    return orjson.loads(text)

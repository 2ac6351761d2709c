"""JSON examples as the docs print them: often valid, sometimes repairable."""

from __future__ import annotations

import json
import re
from typing import Any

_MISSING_COMMA = re.compile(r'(["\d\]}]|true|false|null)(\s+)(")')
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_BAD_ESCAPE = re.compile(r'\\(?!["\\/bfnrtu])')


def parse_json(text: str) -> tuple[Any, str | None]:
    """Return (value, problem). problem is None for valid JSON, a note when repaired,
    and the value is None when the text is not JSON at all."""
    candidate = text.strip()
    try:
        return json.loads(candidate), None
    except json.JSONDecodeError:
        pass
    repaired = _TRAILING_COMMA.sub(r"\1", _MISSING_COMMA.sub(r"\1,\2\3", candidate))
    repaired = _BAD_ESCAPE.sub(r"\\\\", repaired)
    try:
        return json.loads(
            repaired
        ), "invalid JSON example repaired (missing or trailing commas, stray backslashes)"
    except json.JSONDecodeError as exc:
        return None, f"invalid JSON example ignored: {exc.msg} at char {exc.pos}"


def looks_like_json(text: str) -> bool:
    stripped = text.lstrip()
    return stripped.startswith(("{", "["))

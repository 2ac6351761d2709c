"""Which reader a document needs, judged by its content first."""

from __future__ import annotations

import re
from typing import Literal

from zstack_openapi.scraper.flat_reader import looks_flat

Format = Literal["markdown", "html", "flat"]

_HTML = re.compile(r"<\s*(?:!doctype\s+html|html|body|div|table|h[1-6]|pre|p)\b", re.IGNORECASE)
_MD_HEADING = re.compile(r"^#{1,6}\s+\S", re.MULTILINE)
_MD_FENCE = re.compile(r"^\s*```", re.MULTILINE)


def detect_format(text: str, suffix: str = "") -> Format:
    head = text[:4096]
    if _HTML.search(head) and head.lstrip().startswith("<"):
        return "html"
    if looks_flat(text):
        return "flat"
    if _MD_HEADING.search(text[:65536]) or _MD_FENCE.search(text[:65536]):
        return "markdown"
    if suffix in (".html", ".htm") or _HTML.search(head):
        return "html"
    return "flat" if suffix == ".txt" else "markdown"

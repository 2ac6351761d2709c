"""Which reader a document needs, judged by its content first."""

from __future__ import annotations

import re
from typing import Literal

from zstack_openapi.scraper.flat_reader import looks_flat

Format = Literal["markdown", "html", "flat", "text"]

_HTML = re.compile(r"<\s*(?:!doctype\s+html|html|body|div|table|h[1-6]|pre|p)\b", re.IGNORECASE)
_MD_HEADING = re.compile(r"^#{1,6}\s+\S", re.MULTILINE)
_MD_FENCE = re.compile(r"^\s*```", re.MULTILINE)
# Page-to-text extracts keep labels, request lines and table headers on lines
# of their own (labeled text, pipes, the API Explorer).
_TEXT_MARK = re.compile(
    r"^(?:API\s*请求|API\s+Request|URLs|参数列表|Parameter\s+List|Request\s+Parameters"
    r"|Request\s+Inputs|Endpoint|请求地址|Path\s+Parameters|Query\s+Parameters|Body\s+Fields"
    r"|路径参数|查询参数|请求体字段)[ \t]*$"
    r"|^(?:GET|POST|PUT|DELETE)[ \t]*/?zstack/v1/\S*[ \t]*$"
    r"|^(?:名字|名称|Name|Parameter)[ \t]*\|",
    re.MULTILINE,
)


def detect_format(text: str, suffix: str = "") -> Format:
    head = text[:4096]
    if _HTML.search(head) and head.lstrip().startswith("<"):
        return "html"
    if looks_flat(text):
        return "flat"
    if _MD_HEADING.search(text[:65536]) or _MD_FENCE.search(text[:65536]):
        return "markdown"
    if _TEXT_MARK.search(text[:65536]):
        return "text"
    if suffix in (".html", ".htm") or _HTML.search(head):
        return "html"
    return "flat" if suffix == ".txt" else "markdown"

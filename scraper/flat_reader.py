"""Flat text scrapes -> blocks.

Such a scrape keeps only code blocks, inline code and tables, run together
without separators. The pieces are cut apart by what each one must look like
(a request line, a header, balanced JSON, a curl command, an SDK example);
what is left over is text (system-tag formats, or the site's footer).
"""

from __future__ import annotations

import re

from zstack_openapi.scraper.blocks import Block, Page
from zstack_openapi.scraper.markdown_reader import split_row
from zstack_openapi.scraper.urls import PATH_HEAD

VERBS = r"(?i:GET|POST|PUT|DELETE|DELECT|PATCH)"
_REQUEST = re.compile(VERBS + r"\s*" + PATH_HEAD)
_HEADER = re.compile(
    r"(?:Authorization|OAuth|Date|X-Job-UUID|X-Web-Hook)\s*:\s*(?:OAuth|ZStack)?\s*[\w\-:./=+]*?(?=\{|curl\s|"
    + VERBS
    + r"\s|\s|$)"
)
_SDK_START = re.compile(r"(\w+)Action\s+action\s*=\s*(?:new\s+)?\1Action\(\)\s*;?")
_SDK_END = re.compile(r"action\.call\(\)\s*;?")
_CURL = re.compile(r"curl\s")
_URL = re.compile(r"https?://[^\s'\"{|]+")
_PIECE_START = re.compile(
    VERBS + r"\s*" + PATH_HEAD + r"|(?:Authorization|OAuth|X-Job-UUID|X-Web-Hook)\s*:"
    r"|curl\s"
    r"|\w+Action\s+action\s*="
    r"|\{\s*[\"}]|\[\s*\{"
)
_PATH_END = re.compile(
    r"(?:Authorization|OAuth|Date|X-Job-UUID|X-Web-Hook)\s*:|curl\s|\{\s*[\"}]|\s|$|"
    + VERBS
    + r"\s*"
    + PATH_HEAD
)
_TABLE_START = re.compile(r"\|\s*(?:名字|名称|Name|Parameter)\s*\|")


def looks_flat(text: str) -> bool:
    """True for a scrape whose request lines, headers and JSON run together."""
    head = text[:20000]
    return bool(re.search(r"/v1/[^\s]*?Authorization\s*:", head)) or bool(
        re.search(r"(?:\}|\))\s*\w+Action action = new", head)
    )


def read_flat(text: str, file: str) -> Page:
    page = Page(file=file, format="flat", blocks=[])
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if line.lstrip().startswith("|"):
            _add_row(page, lineno, line)
            continue
        table_at = _TABLE_START.search(line)
        if table_at:
            _split_blob(page, lineno, line[: table_at.start()])
            _add_row(page, lineno, line[table_at.start() :])
        else:
            _split_blob(page, lineno, line)
    return page


def _add_row(page: Page, lineno: int, line: str) -> None:
    cells = split_row(line)
    last = page.blocks[-1] if page.blocks else None
    in_table = last is not None and last.kind == "table"
    if any(cells) and all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c):
        if last is not None and in_table and last.header is None and len(last.rows) == 1:
            page.blocks[-1] = Block("table", last.line, header=last.rows[0], compact=True)
        return
    # A flat row keeps only its non-empty cells; the padding at its end is noise.
    kept = tuple(c for c in cells if c)
    starts_table = _TABLE_START.match(line.strip()) is not None
    if last is not None and in_table and not (starts_table and last.header is not None):
        page.blocks[-1] = Block(
            "table",
            last.line,
            header=last.header,
            rows=(*last.rows, kept),
            row_lines=(*last.row_lines, lineno),
            compact=True,
        )
        return
    page.blocks.append(Block("table", lineno, rows=(kept,), row_lines=(lineno,), compact=True))


def _split_blob(page: Page, lineno: int, blob: str) -> None:
    pos = 0
    n = len(blob)
    pending_text: list[str] = []
    while pos < n:
        match = _PIECE_START.search(blob, pos)
        if match is None:
            pending_text.append(blob[pos:])
            break
        if match.start() > pos:
            pending_text.append(blob[pos : match.start()])
        end, kind = _piece_end(blob, match.start())
        if end <= match.start():
            # Not a real piece after all (e.g. a brace in prose); keep it as text.
            pending_text.append(blob[match.start() : match.start() + 1])
            pos = match.start() + 1
            continue
        _flush_text(page, lineno, pending_text)
        piece = blob[match.start() : end].strip()
        _add_code(page, lineno, piece, kind)
        pos = end
    _flush_text(page, lineno, pending_text)


def _flush_text(page: Page, lineno: int, parts: list[str]) -> None:
    text = "".join(parts).strip()
    parts.clear()
    if text:
        page.blocks.append(Block("text", lineno, text=text))


def _add_code(page: Page, lineno: int, piece: str, kind: str) -> None:
    last = page.blocks[-1] if page.blocks else None
    # Consecutive request lines were one URLs block in the page.
    if kind == "request" and last is not None and last.kind == "code" and _REQUEST.match(last.text):
        page.blocks[-1] = Block("code", last.line, text=last.text + "\n" + piece)
        return
    page.blocks.append(Block("code", lineno, text=piece))


def _piece_end(blob: str, start: int) -> tuple[int, str]:
    if _REQUEST.match(blob, start):
        verb = re.match(VERBS + r"\s*", blob[start:])
        assert verb is not None
        path_from = start + verb.end()
        stop = _PATH_END.search(blob, path_from + 3)
        return (stop.start() if stop else len(blob)), "request"
    if blob.startswith("curl", start):
        url = _URL.search(blob, start)
        if url is None:
            return len(blob), "curl"
        end = url.end()
        # A quoted URL ends at its closing quote.
        if end < len(blob) and blob[end] in "'\"":
            end += 1
        return end, "curl"
    sdk = _SDK_START.match(blob, start)
    if sdk:
        done = _SDK_END.search(blob, sdk.end())
        return (done.end() if done else len(blob)), "sdk"
    if blob[start] in "{[":
        return _balanced_end(blob, start), "json"
    header = _HEADER.match(blob, start)
    if header:
        return header.end(), "header"
    return start, "text"


def _balanced_end(blob: str, start: int) -> int:
    depth = 0
    in_string = False
    escaped = False
    for k in range(start, len(blob)):
        ch = blob[k]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                return k + 1
    return start

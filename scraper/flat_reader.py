"""Flat text scrapes -> blocks.

Such a scrape keeps only code blocks, inline code and tables, run together
without separators. The pieces are cut apart by what each one must look like
(a request line, a header, balanced JSON, a curl command, an SDK example);
what is left over is text (system-tag formats, or the site's footer).
"""

from __future__ import annotations

import re

from zstack_openapi.scraper.blocks import Block, Page
from zstack_openapi.scraper.json_span import balanced_end
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
# Where a piece can start: a request line, a header, a curl command, an SDK
# example, JSON. One pattern per kind, each led by something the regex engine
# can skip to quickly; a single alternation of them all is tried at every
# position and costs seconds per 10 MB line.
_REQUEST_LEAD = re.compile(r"[GgPpDd][A-Za-z]{2,5}\s*" + PATH_HEAD)
_HEADER_START = re.compile(r"(?:Authorization|OAuth|X-Job-UUID|X-Web-Hook)\s*:")
_CURL_START = re.compile(r"curl\s")
_SDK_ACTION = re.compile(r"Action\s+action\s*=")
_JSON_START = re.compile(r"\{\s*[\"}]|\[\s*\{")
_WORD_CHAR = re.compile(r"\w")
_VERB_GAP = re.compile(VERBS + r"\s*")
# No SDK action class name is longer; the walk back to a word's start stops there.
_LONGEST_CLASS = 256
# Pieces (and failed starts) one line may be cut into: a whole flattened manual
# section has a few hundred; a line of millions is hostile, not a page.
_LINE_PIECES = 20_000
# Request lines one URLs block can hold (a query API's two routes, a few more).
_URL_LINES = 32


class _PieceStarts:
    """The next piece start at or after a position, in one forward pass: each
    kind's next match is kept until the position passes it."""

    def __init__(self, blob: str) -> None:
        self.blob = blob
        self.cached: dict[str, tuple[int, int | None]] = {}

    def next(self, pos: int) -> int | None:
        best: int | None = None
        for kind in _KINDS:
            start = self._kind(kind, pos)
            if start is not None and (best is None or start < best):
                best = start
        return best

    def _kind(self, kind: str, pos: int) -> int | None:
        hit = self.cached.get(kind)
        # A cached answer holds while pos has not passed it (searched from <= pos).
        if hit is not None and hit[0] <= pos and (hit[1] is None or hit[1] >= pos):
            return hit[1]
        start = self._search(kind, pos)
        self.cached[kind] = (pos, start)
        return start

    def _search(self, kind: str, pos: int) -> int | None:
        blob = self.blob
        if kind == "request":
            while True:
                lead = _REQUEST_LEAD.search(blob, pos)
                if lead is None:
                    return None
                if _REQUEST.match(blob, lead.start()):
                    return lead.start()
                pos = lead.start() + 1
        if kind == "sdk":
            while True:
                action = _SDK_ACTION.search(blob, pos)
                if action is None:
                    return None
                # `\w+Action`: the piece starts where the word before `Action` does.
                begin = action.start()
                floor = max(pos, begin - _LONGEST_CLASS)
                while begin > floor and _WORD_CHAR.match(blob, begin - 1):
                    begin -= 1
                if begin < action.start():
                    return begin
                pos = action.start() + 1
        pattern = {"header": _HEADER_START, "curl": _CURL_START, "json": _JSON_START}[kind]
        match = pattern.search(blob, pos)
        return match.start() if match else None


_KINDS = ("request", "header", "curl", "sdk", "json")
_PATH_END = re.compile(
    r"(?:Authorization|OAuth|Date|X-Job-UUID|X-Web-Hook)\s*:|curl\s|\{\s*[\"}]|\s|$|"
    + VERBS
    + r"\s*"
    + PATH_HEAD
)
# Unclosed JSON starts tolerated on one line (a cut example, braces in prose).
_JSON_ATTEMPTS = 8
_TABLE_START = re.compile(r"\|\s*(?:名字|名称|Name|Parameter)\s*\|")


def looks_flat(text: str) -> bool:
    """True for a scrape whose request lines, headers and JSON run together."""
    head = text[:20000]
    return _path_runs_into_header(head) or bool(
        re.search(r"(?:\}|\))\s*\w+Action action = new", head)
    )


def _path_runs_into_header(head: str) -> bool:
    """`.../v1/...Authorization:` within one run of non-space characters, found
    token by token: a regex rescans a long run from each `/v1/` in it."""
    for token in _TOKEN.finditer(head):
        word = token.group(0)
        at = word.find("/v1/")
        if at < 0:
            continue
        hit = word.find("Authorization", at + 4)
        while hit >= 0:
            after = token.start() + hit + len("Authorization")
            if _COLON.match(head, after):
                return True
            hit = word.find("Authorization", hit + 1)
    return False


_TOKEN = re.compile(r"\S+")
_COLON = re.compile(r"\s*:")


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
    failed_json = 0
    starts = _PieceStarts(blob)
    steps = 0
    while pos < n:
        steps += 1
        if steps > _LINE_PIECES:
            page.warn(
                lineno,
                "long-line",
                f"line of {n} characters cut into more than {_LINE_PIECES} pieces; "
                f"the rest of it (from character {pos}) is kept as text",
            )
            pending_text.append(blob[pos:])
            break
        start = starts.next(pos)
        if start is None:
            pending_text.append(blob[pos:])
            break
        if start > pos:
            pending_text.append(blob[pos:start])
        end, kind = _piece_end(blob, start)
        if end <= start:
            # Not a real piece after all (e.g. a brace in prose); keep it as text.
            pending_text.append(blob[start : start + 1])
            pos = start + 1
            if kind == "json":
                failed_json += 1
                if failed_json >= _JSON_ATTEMPTS:
                    # Each failed attempt scanned to the end of the line; more
                    # would make a line of braces quadratic.
                    pending_text.append(blob[pos:])
                    break
            continue
        _flush_text(page, lineno, pending_text)
        piece = blob[start:end].strip()
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
    if (
        kind == "request"
        and last is not None
        and last.kind == "code"
        and _REQUEST.match(last.text)
        and last.text.count("\n", 0, 64 * 1024) < _URL_LINES
    ):
        page.blocks[-1] = Block("code", last.line, text=last.text + "\n" + piece)
        return
    page.blocks.append(Block("code", lineno, text=piece))


def _piece_end(blob: str, start: int) -> tuple[int, str]:
    if _REQUEST.match(blob, start):
        verb = _VERB_GAP.match(blob, start)
        assert verb is not None
        path_from = verb.end()
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
        return balanced_end(blob, start), "json"
    header = _HEADER.match(blob, start)
    if header:
        return header.end(), "header"
    return start, "text"

"""Page-to-text extracts of the ZStack docs sites -> blocks.

Three layouts arrive as plain lines (`labeled`, `pipes` and the API Explorer;
see `text_detect`): labels such as `API Request` / `参数列表` on lines of their
own (or glued to the end of the line before), tables as space-joined or
pipe-joined rows, JSON, curl commands and SDK examples over several lines. Each
line is classified by what it must look like; the blocks are the ones the
markdown reader makes, so extraction is shared. Stored copies are often cut
mid-row: complete rows are kept, the cut is reported.
"""

from __future__ import annotations

import itertools
import re

from zstack_openapi.scraper.blocks import Block, Page
from zstack_openapi.scraper.explorer import ExplorerInputs, is_explorer_label, read_meta
from zstack_openapi.scraper.json_span import JsonScan
from zstack_openapi.scraper.markdown_reader import split_row
from zstack_openapi.scraper.text_rows import (
    CANONICAL,
    field_cells,
    fold,
    header_roles,
    param_cells,
    trailing_version,
)
from zstack_openapi.scraper.urls import PATH_HEAD
from zstack_openapi.scraper.vocabulary import (
    API_HEADING,
    BARE_API_HEADING,
    OPTIONAL_DESCRIPTION,
    SECTION_LABELS,
)

_VERBS = r"(?:GET|POST|PUT|DELETE|DELECT|PATCH)"
_REQUEST = re.compile(_VERBS + r"\s*" + PATH_HEAD)
_REQUEST_ANYWHERE = re.compile(r"(?<![A-Za-z])" + _VERBS + r"\s*" + PATH_HEAD)
_HEADER = re.compile(r"^(?:Authorization|OAuth|Date|X-Job-UUID|X-Web-Hook)\s*:")
_SDK_START = re.compile(r"^(\w+)Action\s+action\s*=\s*(?:new\s+)?\1Action\(\)")
_SDK_END = "action.call()"
_CURL_GOES_ON = re.compile(r"^(?:-[A-Za-z]|--\w|'?https?://)")
_STATUS_BEFORE_JSON = re.compile(r"^\d{3}(?=[{\[])")
_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
# Labels the extractor glued to the end of the line before (`...vm-instancesHeaders`).
_GLUED_LABEL = re.compile(
    r"(?P<label>Headers|Body|Curl(?:\s+(?:Sample|Example))?|Request\s+Parameters|Parameter\s+List|"
    r"Sample\s+Response|Response\s+Example|API\s+Response|SDK\s+Examples?|Java\s+SDK|Python\s+SDK|"
    r"参数列表|Curl示例|API返回|返回示例|SDK示例)\s*$"
)
_LONGEST_HEADING = 200
# JSON values split off the front of lines (`{}Error Response`), for a whole page.
_LINE_PIECES = 100
# A cell broken over lines by a list; more is a row that never closes.
_ROW_LINES = 20


def read_text_page(text: str, file: str) -> Page:
    page = Page(file=file, format="text", blocks=[])
    items = _items(text)
    explorer = any(is_explorer_label(t) for _, t in items)
    # Without a final line break the last line may be cut short.
    open_end = items[-1][0] if items and not text.endswith(("\n", "\r")) else 0
    _Reader(page, items, explorer, open_end).run()
    return page


def _items(text: str) -> list[tuple[int, str]]:
    """(line number, text) with full-width punctuation folded, labels glued to the
    end of a line split off, and several request lines on one line split apart."""
    out: list[tuple[int, str]] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = fold(raw).rstrip()
        glued = _GLUED_LABEL.search(line) if len(line) < 4096 else None
        label = None
        if glued is not None and glued.start() > 0 and _ends_a_piece(line[: glued.start()]):
            label = glued.group("label")
            line = line[: glued.start()]
        out.extend((lineno, part) for part in _split_requests(line))
        if label is not None:
            out.append((lineno, label))
    return out


def _ends_a_piece(before: str) -> bool:
    stripped = before.rstrip()
    return bool(stripped) and (
        stripped[-1] in ".;)}]"
        or "/v1/" in stripped
        or _HEADER.match(stripped.lstrip()) is not None
    )


def _split_requests(line: str) -> list[str]:
    """`GET zstack/v1/x GET zstack/v1/x/{uuid}`: the query APIs' two routes."""
    stripped = line.strip()
    if not _REQUEST.match(stripped):
        return [line]
    starts = [m.start() for m in _REQUEST_ANYWHERE.finditer(stripped)]
    if len(starts) < 2:
        return [line]
    bounds = [*starts, len(stripped)]
    return [stripped[a:b].strip() for a, b in itertools.pairwise(bounds)]


class _Reader:
    def __init__(
        self, page: Page, items: list[tuple[int, str]], explorer: bool, open_end: int
    ) -> None:
        self.page = page
        self.open_end = open_end
        self.splits = 0
        self.items = items
        self.explorer = ExplorerInputs() if explorer else None
        self.k = 0

    def emit(self, block: Block) -> None:
        self.page.blocks.append(block)

    def run(self) -> None:
        while self.k < len(self.items):
            lineno, line = self.items[self.k]
            stripped = line.strip()
            if not stripped:
                self.k += 1
                continue
            if self.explorer is not None:
                if self._explorer_line(lineno, stripped):
                    continue
                stripped = self.items[self.k][1].strip()
            self._line(lineno, stripped)
        if self.explorer is not None:
            self.explorer.finish(self.page)

    def _line(self, lineno: int, line: str) -> None:
        if SECTION_LABELS.match(line):
            self.emit(Block("heading", lineno, text=line, level=3))
            self.k += 1
            return
        if _REQUEST.match(line):
            self._request(lineno, line)
            return
        if _HEADER.match(line):
            self.emit(Block("code", lineno, text=line))
            self.k += 1
            return
        status = _STATUS_BEFORE_JSON.match(line)
        if status is not None or line[0] in "{[":
            self._json(lineno, line[status.end() :] if status else line)
            return
        if line.startswith("curl ") or line == "curl":
            self._curl(lineno)
            return
        if _SDK_START.match(line):
            self._sdk(lineno)
            return
        roles = header_roles(line)
        if roles is not None:
            if "|" in line:
                self._pipe_table(lineno, roles)
            else:
                self._spaced_table(lineno, line, roles)
            return
        if line.startswith("|") and "|" in line[1:]:
            self._pipe_table(lineno, None)
            return
        if len(line) <= _LONGEST_HEADING and (
            API_HEADING.match(line) or BARE_API_HEADING.match(line)
        ):
            self.emit(Block("heading", lineno, text=line, level=2))
            self.k += 1
            return
        self.emit(Block("text", lineno, text=line))
        self.k += 1

    # -- the API Explorer -------------------------------------------------------

    def _explorer_line(self, lineno: int, line: str) -> bool:
        """Explorer furniture and input rows; False for what the common path reads."""
        inputs = self.explorer
        assert inputs is not None
        meta = read_meta(line)
        if meta is not None:
            inputs.meta(meta)
            self.k += 1
            return True
        if inputs.section_label(line, lineno, len(self.page.blocks)):
            self.k += 1
            return True
        if inputs.in_section:
            inputs.row(line, lineno)
            self.k += 1
            return True
        if inputs.endpoint_next:
            inputs.endpoint_next = False
            # `DELETE/zstack/v1/...`: the Explorer's badge and path, no space.
            fixed = re.sub(r"^(" + _VERBS + r")(?=/)", r"\1 ", line)
            self.items[self.k] = (lineno, fixed)
            return False
        if line.startswith("/zstack/") and " " not in line:
            self.k += 1  # the endpoint printed again as a copyable path
            return True
        if not inputs.titled and len(line) <= _LONGEST_HEADING and "/" not in line:
            # The title (an API name or a display name) before the inputs.
            self.emit(Block("heading", lineno, text=line, level=2))
            inputs.titled = line
            self.k += 1
            return True
        if inputs.titled == line:
            self.k += 1
            return True
        if (
            "/" in line
            and not _REQUEST.match(line)
            and len(line) <= _LONGEST_HEADING
            and (not self.page.blocks)
        ):
            self.emit(Block("heading", lineno, text=line, level=1))
            self.k += 1
            return True
        return False

    # -- pieces over several lines --------------------------------------------

    def _request(self, lineno: int, line: str) -> None:
        if lineno == self.open_end:
            self.page.warn(
                lineno, "cut-page", "the page ends inside a request line; it is left out"
            )
            self.k += 1
            return
        last = self.page.blocks[-1] if self.page.blocks else None
        if last is not None and last.kind == "code" and _REQUEST.match(last.text):
            self.page.blocks[-1] = Block("code", last.line, text=last.text + "\n" + line)
        else:
            self.emit(Block("code", lineno, text=line))
        self.k += 1

    def _json(self, lineno: int, first: str) -> None:
        scan = JsonScan()
        parts: list[str] = []
        text = first
        while True:
            end = scan.feed(text)
            if end is not None:
                parts.append(text[:end])
                rest = text[end:].strip()
                self.emit(Block("code", lineno, text="\n".join(parts)))
                if not rest:
                    self.k += 1
                    return
                here = self.items[self.k][0]
                self.splits += 1
                if self.splits > _LINE_PIECES:
                    # Each split copies the rest of the line: a line of millions
                    # of `{}` would be quadratic.
                    self.page.warn(
                        here,
                        "long-line",
                        f"line split into more than {_LINE_PIECES} pieces; the rest is kept as text",
                    )
                    self.emit(Block("text", here, text=rest))
                    self.k += 1
                    return
                self.items[self.k] = (here, rest)
                return
            if scan.too_deep:
                self.emit(Block("text", lineno, text="\n".join([*parts, text])))
                self.k += 1
                return
            parts.append(text)
            self.k += 1
            if self.k >= len(self.items):
                self.emit(Block("code", lineno, text="\n".join(parts)))
                self.page.warn(lineno, "cut-page", "the page ends inside a JSON example")
                return
            text = self.items[self.k][1]

    def _curl(self, lineno: int) -> None:
        parts = [self.items[self.k][1].strip()]
        self.k += 1
        while self.k < len(self.items):
            nxt = self.items[self.k][1].strip()
            if not nxt:
                break
            if not (parts[-1].endswith("\\") or _CURL_GOES_ON.match(nxt)):
                break
            parts.append(nxt)
            self.k += 1
        text = "\n".join(parts)
        self.emit(Block("code", lineno, text=text))
        if self.explorer is not None:
            self.explorer.curl(text)

    def _sdk(self, lineno: int) -> None:
        parts: list[str] = []
        while self.k < len(self.items):
            line = self.items[self.k][1].strip()
            if parts and (not line or SECTION_LABELS.match(line)):
                break
            parts.append(line)
            self.k += 1
            if _SDK_END in line:
                break
        self.emit(Block("code", lineno, text="\n".join(parts)))

    # -- tables ------------------------------------------------------------------

    def _spaced_table(self, lineno: int, header: str, roles: list[str]) -> None:
        """Cells joined by single spaces: rows split by what each column holds."""
        self.k += 1
        columns: tuple[str, ...]
        if "location" in roles:
            columns = ("name", "type", "location", "description", "values", "since")
        else:
            columns = ("name", "type", "description", "since")
        glued = " " not in header.strip()
        rows: list[tuple[str, ...]] = []
        row_lines: list[int] = []
        pending: dict[str, str] | None = None
        pending_line = 0

        def close() -> None:
            nonlocal pending
            if pending is not None:
                rows.append(tuple(pending[c] for c in columns))
                row_lines.append(pending_line)
            pending = None

        while self.k < len(self.items):
            line_no, line = self.items[self.k]
            line = line.strip()
            if not line or SECTION_LABELS.match(line):
                break
            cells = param_cells(line, roles) if "location" in roles else field_cells(line, glued)
            if cells is not None:
                close()
                pending, pending_line = cells, line_no
                if cells["since"] or "since" not in roles:
                    close()
                self.k += 1
                continue
            if pending is None:
                break
            # A description over several lines (list items): the version ends it.
            cut = trailing_version(line)
            if cut is not None:
                before, since = cut
                pending["description"] = " ".join(x for x in (pending["description"], before) if x)
                pending["since"] = since
                close()
            else:
                pending["description"] = f"{pending['description']} {line}".strip()
            self.k += 1
        if pending is not None:
            if self.k >= len(self.items):
                self._cut(pending_line, pending["name"])
                pending = None
            else:
                close()
        header_cells = tuple(CANONICAL[c] for c in columns)
        self.emit(
            Block(
                "table",
                lineno,
                header=header_cells,
                rows=tuple(rows),
                row_lines=tuple(row_lines),
            )
        )

    def _pipe_table(self, lineno: int, roles: list[str] | None) -> None:
        """`a | b | c |` rows, with or without the leading pipe; empty cells are
        lost, so rows are re-aligned by content (as in flat scrapes). A cell that
        held a list breaks its row over lines: a row is whole when it ends with a
        pipe after its version, or when the next row starts."""
        header: tuple[str, ...] | None = None
        leading = self.items[self.k][1].lstrip().startswith("|")
        if roles is not None:
            header = tuple(CANONICAL[r] for r in roles)
            self.k += 1
        rows: list[tuple[str, ...]] = []
        row_lines: list[int] = []
        pending: list[str] = []
        pending_line = 0

        def close() -> None:
            if pending:
                rows.append(_pipe_cells(" ".join(pending)))
                row_lines.append(pending_line)
                pending.clear()

        while self.k < len(self.items):
            line_no, line = self.items[self.k]
            line = line.strip()
            if _SEPARATOR.match(line) and "|" in line:
                self.k += 1
                continue
            starts_row = (
                (line.startswith("|") and len(line) > 1)
                if leading
                else (_BARE_ROW_START.match(line) is not None)
            )
            if starts_row:
                if header_roles(line) is not None:
                    break  # the next table's header
                close()
                pending.append(line)
                pending_line = line_no
            elif pending and line and not _row_done(pending) and len(pending) < _ROW_LINES:
                pending.append(line)
            else:
                break
            self.k += 1
        if pending:
            if self.k >= len(self.items) and not _row_done(pending):
                self._cut(pending_line, pending[0].strip("| ").split(" ")[0])
                pending.clear()
            else:
                close()
        self.emit(
            Block(
                "table",
                lineno,
                header=header,
                rows=tuple(rows),
                row_lines=tuple(row_lines),
                compact=True,
            )
        )

    def _cut(self, line: int, name: str) -> None:
        self.page.warn(
            line,
            "cut-page",
            f"the page ends inside the row of {name!r}; the row is left out",
        )


_BARE_ROW_START = re.compile(r"^[A-Za-z_][\w.]*\s*(?:\([^()|]*\))?\s*\|")


def _row_done(parts: list[str]) -> bool:
    """Ends with a pipe after a cell holding only a version (empty cells between)."""
    last = parts[-1].rstrip()
    if not last.endswith("|"):
        return False
    body = " ".join(parts[-2:]).rstrip()[:-1]
    # Only the last few cells matter: never split a whole (possibly huge) row.
    for cell in reversed(body.rsplit("|", 4)):
        cell = cell.strip()
        if cell:
            return trailing_version(cell) == ("", cell)
    return False


def _pipe_cells(row: str) -> tuple[str, ...]:
    cells = [c for c in split_row(row) if c]
    # A cell that repeats the one before it (a description copied into the
    # allowed-values column) carries nothing new.
    kept: list[str] = []
    for cell in cells:
        before = OPTIONAL_DESCRIPTION.sub("", kept[-1]) if kept else ""
        if len(before) >= 8 and cell.startswith(before):
            continue
        kept.append(cell)
    return tuple(kept)

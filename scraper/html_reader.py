"""HTML pages of the docs site -> blocks (beautifulsoup4 on lxml).

Structure-tolerant by design: whatever wraps the content (site navigation,
divs, sections), only headings, code, tables and runs of inline text matter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment

from zstack_openapi.scraper.blocks import Block, Page

_SKIP = {
    "script",
    "style",
    "nav",
    "footer",
    "noscript",
    "template",
    "svg",
    "head",
    "form",
    "button",
    "img",
}
_INLINE = {
    "a",
    "span",
    "strong",
    "b",
    "em",
    "i",
    "code",
    "kbd",
    "samp",
    "sup",
    "sub",
    "u",
    "small",
    "big",
    "font",
    "abbr",
    "mark",
    "var",
    "tt",
    "label",
}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SPACES = re.compile(r"\s+")
_TAG_OPEN = re.compile(r"<[A-Za-z/!]")


class _Locator:
    """Approximates source lines: lxml trees from bs4 carry no line numbers,
    so each block is found in the raw text by a snippet, moving forward only."""

    def __init__(self, raw: str) -> None:
        self._raw = raw
        self._pos = 0
        self._line = 1

    def find(self, snippet: str) -> int:
        probe = snippet.strip()[:24]
        if probe:
            hit = self._raw.find(probe, self._pos)
            if hit >= 0:
                self._line += self._raw.count("\n", self._pos, hit)
                self._pos = hit
        return self._line


def _text(node: Tag) -> str:
    return _SPACES.sub(" ", node.get_text(" ")).strip()


_BLOCKISH = {
    "p",
    "li",
    "ul",
    "ol",
    "div",
    "br",
    "tr",
    "td",
    "th",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
}


def _inline_text(node: Tag) -> str:
    """Text as a reader sees it: inline markup adds no space (`如果<strong>x</strong>`
    reads `如果x`), block edges do (`<li>a</li><li>b</li>` reads `a b`)."""
    parts: list[str] = []
    for piece in node.descendants:
        if isinstance(piece, Comment):
            continue
        if isinstance(piece, NavigableString):
            parts.append(str(piece))
        elif isinstance(piece, Tag) and piece.name in _BLOCKISH:
            parts.append(" ")
    return "".join(parts)


def _cell_text(cell: Tag) -> str:
    return _SPACES.sub(" ", _inline_text(cell)).strip()


# Tags one page may hold: the largest chapter of the v5 manual has ~110,000;
# parsing costs ~20 us a tag, so a page of millions is refused, not parsed.
MAX_TAGS = 250_000


def read_html(text: str, file: str) -> Page:
    page = Page(file=file, format="html", blocks=[])
    tags = text.count("<")
    if tags > MAX_TAGS:
        # Only `<` opening a tag counts (code samples compare with `<` too).
        tags = sum(1 for _ in _TAG_OPEN.finditer(text))
    if tags > MAX_TAGS:
        page.warn(
            1,
            "page-too-large",
            f"page skipped: {tags} tags, more than the {MAX_TAGS} a docs page has",
        )
        return page
    soup = BeautifulSoup(text, "lxml")
    root = soup.body or soup
    locator = _Locator(text)
    buffer: list[str] = []

    def flush() -> None:
        joined = _SPACES.sub(" ", "".join(buffer)).strip()
        buffer.clear()
        if joined:
            page.blocks.append(Block("text", locator.find(joined), text=joined))

    def visit(child: object) -> Tag | None:
        """Read one child; a container to descend into is returned, not recursed
        into (a page nested thousands deep must not exhaust the stack)."""
        if isinstance(child, Comment):
            return None
        if isinstance(child, NavigableString):
            buffer.append(str(child))
            return None
        if not isinstance(child, Tag):
            return None
        name = child.name.lower()
        if name in _SKIP or _is_chrome(child):
            return None
        if name in _INLINE:
            buffer.append(_inline_text(child))
            return None
        if name == "br":
            buffer.append(" ")
            return None
        flush()
        if name in _HEADINGS:
            title = _text(child)
            if title:
                page.blocks.append(
                    Block("heading", locator.find(title), text=title, level=_HEADINGS[name])
                )
        elif name == "pre":
            code = child.get_text()
            page.blocks.append(
                Block("code", locator.find(code.split("\n", 1)[0]), text=code.strip("\n"))
            )
        elif name == "table":
            _read_table(child, page, locator)
        else:
            return child
        return None

    # Depth-first over an explicit stack; a container's text is flushed when
    # its children are done, as the recursive walk did.
    stack: list[Iterator[object]] = [iter(root.children)]
    while stack:
        child = next(stack[-1], _DONE)
        if child is _DONE:
            stack.pop()
            if stack:
                flush()
            continue
        inner = visit(child)
        if inner is not None:
            stack.append(iter(inner.children))
    flush()
    return page


_DONE = object()


def _is_chrome(tag: Tag) -> bool:
    """Site navigation, sidebars and footers that are plain divs."""
    attrs = " ".join(
        [*(tag.get("class") or []), str(tag.get("id") or ""), str(tag.get("role") or "")]
    ).lower()
    return any(
        word in attrs
        for word in (
            "navbar",
            "sidebar",
            "breadcrumb",
            "site-footer",
            "footer",
            "toc-nav",
            "navigation",
        )
    )


def _table_rows(table: Tag) -> Iterator[tuple[Tag, bool]]:
    """The table's own rows (not a nested table's), with whether each is in <thead>.
    Walking children beats find_all + find_parent, which dominated HTML reading."""
    for child in table.children:
        if not isinstance(child, Tag):
            continue
        if child.name == "tr":
            yield child, False
        elif child.name in ("thead", "tbody", "tfoot"):
            for tr in child.children:
                if isinstance(tr, Tag) and tr.name == "tr":
                    yield tr, child.name == "thead"


def _read_table(table: Tag, page: Page, locator: _Locator) -> None:
    rows: list[tuple[str, ...]] = []
    header: tuple[str, ...] | None = None
    for tr, in_head in _table_rows(table):
        cells = [c for c in tr.children if isinstance(c, Tag) and c.name in ("td", "th")]
        values = tuple(_cell_text(c) for c in cells)
        all_th = bool(cells) and all(c.name == "th" for c in cells)
        if header is None and not rows and (in_head or all_th):
            header = values
        else:
            rows.append(values)
    first = header[0] if header else (rows[0][0] if rows and rows[0] else "")
    line = locator.find(first)
    page.blocks.append(
        Block("table", line, header=header, rows=tuple(rows), row_lines=tuple(line for _ in rows))
    )

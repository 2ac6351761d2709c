"""Markdown exports (the v5 developer manual) -> blocks.

A hand-written line reader rather than a markdown library: the export has
stray four-backtick lines that a CommonMark renderer takes for an unclosed
fence, swallowing the rest of the chapter.
"""

from __future__ import annotations

import re

from zstack_openapi.scraper.blocks import Block, Page

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(`{3,})\s*([\w+-]*)\s*$")
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+")
MAX_CELLS = 64


def clean_inline(text: str) -> str:
    """Drop inline markup; keep `[x]` reference brackets, which carry meaning."""
    # Most cells carry no markup: skip the regexes for them (the hot path).
    if "](" in text:
        text = _LINK.sub(r"\1", _IMAGE.sub("", text))
    if "*" in text:
        text = text.replace("**", "")
    if "`" in text:
        text = text.replace("`", "")
    return text.strip()


def split_row(line: str) -> tuple[str, ...]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    # A line of thousands of pipes is no table row: past MAX_CELLS the rest
    # stays one cell instead of a list of millions of empty strings.
    if "\\|" in body:
        cells = [c.replace("\\|", "|") for c in re.split(r"(?<!\\)\|", body, maxsplit=MAX_CELLS)]
    else:
        cells = body.split("|", MAX_CELLS)
    return tuple(clean_inline(c) for c in cells)


def read_markdown(text: str, file: str) -> Page:
    page = Page(file=file, format="markdown", blocks=[])
    lines = text.splitlines()
    blocks = page.blocks
    i = 0
    n = len(lines)
    last_closed_fence = -10
    while i < n:
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
            continue
        fence = _FENCE.match(line)
        if fence:
            ticks = fence.group(1)
            if len(ticks) > 3 and (
                _only_blank_between(lines, last_closed_fence, i)
                or not _closes_later(lines, i, len(ticks))
            ):
                page.warn(
                    i + 1,
                    "stray-fence",
                    f"stray {ticks} line ignored: it follows a closed code block or is never closed",
                )
                i += 1
                continue
            start = i
            body: list[str] = []
            i += 1
            while i < n:
                close = _FENCE.match(lines[i])
                if close and len(close.group(1)) >= len(ticks) and not close.group(2):
                    break
                body.append(lines[i])
                i += 1
            if i >= n:
                page.warn(
                    start + 1, "unclosed-fence", "code fence never closed; read to end of file"
                )
            last_closed_fence = i
            # Numbered from its first content line, so a URL's line is its own.
            blocks.append(Block("code", start + 2, text="\n".join(body)))
            i += 1
            continue
        heading = _HEADING.match(line)
        if heading and not line.startswith(" "):
            blocks.append(
                Block(
                    "heading",
                    i + 1,
                    text=clean_inline(heading.group(2)),
                    level=len(heading.group(1)),
                )
            )
            i += 1
            continue
        if stripped.startswith("|"):
            i = _read_table(lines, i, page)
            continue
        text_line = clean_inline(_LIST_MARK.sub("", stripped).lstrip("> ").strip())
        if text_line:
            blocks.append(Block("text", i + 1, text=text_line))
        i += 1
    return page


def _closes_later(lines: list[str], start: int, width: int) -> bool:
    for line in lines[start + 1 :]:
        close = _FENCE.match(line)
        if close and len(close.group(1)) >= width and not close.group(2):
            return True
    return False


def _only_blank_between(lines: list[str], closed: int, here: int) -> bool:
    if closed < 0:
        return False
    return all(not lines[k].strip() for k in range(closed + 1, here))


def _read_table(lines: list[str], start: int, page: Page) -> int:
    i = start
    raw: list[tuple[int, str]] = []
    while i < len(lines) and lines[i].strip().startswith("|"):
        raw.append((i + 1, lines[i]))
        i += 1
    header: tuple[str, ...] | None = None
    rows: list[tuple[str, ...]] = []
    row_lines: list[int] = []
    for k, (lineno, text) in enumerate(raw):
        if "---" in text and _SEPARATOR.match(text):
            if k == 1 and header is None and rows:
                header = rows.pop()
                row_lines.pop()
            continue
        rows.append(split_row(text))
        row_lines.append(lineno)
    page.blocks.append(
        Block("table", start + 1, header=header, rows=tuple(rows), row_lines=tuple(row_lines))
    )
    return i

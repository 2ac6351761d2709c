"""Render a chapter of the markdown export the two other ways the docs reach us.

Used by tests (and by a crawler test server) to check that the scraper turns
the same content into the same catalog whatever form it arrives in:

- `render_html`: the page a docs site would serve, with site navigation and a
  footer around the content and a few presentation styles real sites vary in;
- `render_flat`: the flat text scrape of that page, following the rules read
  off the real seed scrape: only code blocks, inline code and tables survive,
  run together without separators, and the site footer follows.

Both are written from those rules, not from the scraper, so that a scraper
bug shows up as a difference instead of being reproduced here.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace

__all__ = ["FLAT_FOOTER", "STYLES", "Style", "parse_style", "render_flat", "render_html"]


# ----------------------------------------------------------------------------
# Styles


@dataclass(frozen=True, slots=True)
class Style:
    """Presentation choices that differ between doc sites and site versions."""

    shift: int = 0  # heading levels moved down by this much (capped at h6)
    thead: bool = True  # False: header cells are <td> in the table's first <tr>
    code_tag: bool = True  # False: <pre> without an inner <code>
    note: str = "div"  # "div" (<div class="note">) or "blockquote"
    values_list: bool = False  # allowed-values cells as <ul><li> items
    sections: bool = False  # wrap each heading's content in <section>


STYLES: dict[str, Style] = {
    "site": Style(),
    # Every other difference from "site" at once; a header row without <thead>
    # (`site+no-thead`) is left out so that it can fail on its own.
    "plain": Style(shift=1, code_tag=False, note="blockquote", values_list=True, sections=True),
}

_TOKEN = re.compile(r"^(?:no-thead|pre-only|blockquote|values-ul|sections|shift=\d)$")


def parse_style(style: str) -> Style:
    """`site`, `plain`, or a preset followed by `+`-joined options
    (`site+no-thead+pre-only+blockquote+values-ul+sections+shift=1`)."""
    parts = [p.strip() for p in style.split("+") if p.strip()]
    if not parts:
        raise ValueError("empty style")
    base = STYLES.get(parts[0])
    options = parts[1:]
    if base is None:
        base, options = STYLES["site"], parts
    for option in options:
        if not _TOKEN.match(option):
            raise ValueError(f"unknown style option {option!r}")
        if option == "no-thead":
            base = replace(base, thead=False)
        elif option == "pre-only":
            base = replace(base, code_tag=False)
        elif option == "blockquote":
            base = replace(base, note="blockquote")
        elif option == "values-ul":
            base = replace(base, values_list=True)
        elif option == "sections":
            base = replace(base, sections=True)
        else:
            base = replace(base, shift=int(option.split("=", 1)[1]))
    return base


# ----------------------------------------------------------------------------
# A small markdown block parser, close to what the export uses (not CommonMark)


@dataclass(slots=True)
class _Heading:
    level: int
    text: str


@dataclass(slots=True)
class _Code:
    text: str


@dataclass(slots=True)
class _Table:
    header: list[str] | None
    rows: list[list[str]]


@dataclass(slots=True)
class _List:
    items: list[tuple[int, str]]  # (indent, text); text "" for a bare `-`


@dataclass(slots=True)
class _Note:
    lines: list[str]


@dataclass(slots=True)
class _Para:
    text: str


@dataclass(slots=True)
class _Rule:
    pass


_Block = _Heading | _Code | _Table | _List | _Note | _Para | _Rule

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(`{3,})\s*([\w+-]*)\s*$")
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_LIST_ITEM = re.compile(r"^(\s*)(?:[-*+]|\d+\.)(?:\s+(.*))?$")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,})\s*$")


def _split_row(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", body)]


def _parse(markdown_text: str) -> list[_Block]:
    lines = markdown_text.splitlines()
    blocks: list[_Block] = []
    i = 0
    last_closed = -10
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
            continue
        fence = _FENCE.match(line)
        if fence:
            ticks = fence.group(1)
            # The export leaves stray ```` lines after some code blocks; the
            # site never showed them, so neither do the renderings.
            if (
                len(ticks) > 3
                and last_closed >= 0
                and all(not lines[k].strip() for k in range(last_closed + 1, i))
            ):
                i += 1
                continue
            body: list[str] = []
            i += 1
            while i < len(lines):
                close = _FENCE.match(lines[i])
                if close and len(close.group(1)) >= len(ticks) and not close.group(2):
                    break
                body.append(lines[i])
                i += 1
            last_closed = i
            blocks.append(_Code("\n".join(body)))
            i += 1
            continue
        heading = _HEADING.match(line)
        if heading and not line.startswith(" "):
            blocks.append(_Heading(len(heading.group(1)), heading.group(2)))
            i += 1
            continue
        if stripped.startswith("|"):
            raw: list[str] = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                raw.append(lines[i])
                i += 1
            header: list[str] | None = None
            rows: list[list[str]] = []
            for k, text in enumerate(raw):
                if _SEPARATOR.match(text):
                    if k == 1 and header is None and rows:
                        header = rows.pop()
                    continue
                rows.append(_split_row(text))
            blocks.append(_Table(header, rows))
            continue
        if _RULE.match(line):
            blocks.append(_Rule())
            i += 1
            continue
        if stripped.startswith(">"):
            quoted: list[str] = []
            while i < len(lines) and lines[i].strip().startswith(">"):
                text = lines[i].strip()[1:].strip()
                if text:
                    quoted.append(text)
                i += 1
            blocks.append(_Note(quoted))
            continue
        item = _LIST_ITEM.match(line)
        if item:
            items: list[tuple[int, str]] = []
            while i < len(lines):
                item = _LIST_ITEM.match(lines[i])
                if item is None or _RULE.match(lines[i]):
                    break
                items.append((len(item.group(1).expandtabs(4)), (item.group(2) or "").strip()))
                i += 1
            blocks.append(_List(items))
            continue
        blocks.append(_Para(stripped))
        i += 1
    return blocks


# ----------------------------------------------------------------------------
# Inline markup

_INLINE = re.compile(
    r"`(?P<code>[^`]+)`"
    r"|!\[(?P<alt>[^\]]*)\]\((?P<src>[^)]*)\)"
    r"|\[(?P<text>[^\]]*)\]\((?P<href>(?:[^()]|\([^)]*\))*)\)"
    # `详情参考[x]` is a link to table x; `array[json]` (a type) is not.
    r"|(?<![A-Za-z0-9_])\[(?P<ref>[A-Za-z_]\w*)\]"
    r"|\*\*(?P<bold>.+?)\*\*"
)


def _inline_html(text: str) -> str:
    out: list[str] = []
    pos = 0
    for m in _INLINE.finditer(text):
        out.append(html.escape(text[pos : m.start()], quote=False))
        if m.group("code") is not None:
            out.append(f"<code>{html.escape(m.group('code'), quote=False)}</code>")
        elif m.group("src") is not None:
            out.append(
                f'<img src="{html.escape(m.group("src"))}" alt="{html.escape(m.group("alt"))}">'
            )
        elif m.group("href") is not None:
            out.append(
                f'<a href="{html.escape(m.group("href"))}">{_inline_html(m.group("text"))}</a>'
            )
        elif m.group("ref") is not None:
            ref = m.group("ref")
            out.append(f'<a href="#{html.escape(ref)}">{html.escape(ref, quote=False)}</a>')
        else:
            out.append(f"<strong>{_inline_html(m.group('bold'))}</strong>")
        pos = m.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def _inline_plain(text: str) -> str:
    """What a browser's text shows of a cell: markup gone, its text kept."""
    out: list[str] = []
    pos = 0
    for m in _INLINE.finditer(text):
        out.append(text[pos : m.start()])
        if m.group("code") is not None:
            out.append(m.group("code"))
        elif m.group("src") is not None:
            pass
        elif m.group("href") is not None:
            out.append(_inline_plain(m.group("text")))
        elif m.group("ref") is not None:
            out.append(m.group("ref"))
        else:
            out.append(_inline_plain(m.group("bold")))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _inline_code(text: str) -> list[str]:
    """The inline-code spans of a line: all a flat scrape keeps of prose."""
    return [m.group("code") for m in _INLINE.finditer(text) if m.group("code") is not None]


# ----------------------------------------------------------------------------
# HTML

_VALUE_HEADERS = {
    "可选值",
    "optional value",
    "optional values",
    "allowed values",
    "allowed value",
    "valid values",
}

_NAV = (
    '<nav class="site-nav"><a href="/">首页</a> <a href="/help/">文档中心</a> '
    '<a href="/help/dev_manual/">开发手册</a> <a href="/download/">下载</a></nav>'
)
_FOOTER = (
    "<footer><p>ZStack 文档中心 版权所有</p><p>业务咨询：400-000-0000 转 1</p>"
    "<p>联系我们：docs@example.invalid</p></footer>"
)


def _title(blocks: list[_Block]) -> str:
    for block in blocks:
        if isinstance(block, _Heading):
            return _inline_plain(block.text)
    return "ZStack"


def _table_html(table: _Table, style: Style) -> str:
    header = table.header
    values_col = -1
    if header is not None and style.values_list:
        for k, cell in enumerate(header):
            if cell.strip().lower() in _VALUE_HEADERS:
                values_col = k

    def cell_html(text: str, col: int) -> str:
        if col == values_col and text.strip():
            items = "".join(f"<li>{_inline_html(t)}</li>" for t in text.split())
            return f"<ul>{items}</ul>"
        return _inline_html(text)

    out = ["<table>"]
    if header is not None:
        if style.thead:
            out.append(
                "<thead><tr>"
                + "".join(f"<th>{_inline_html(c)}</th>" for c in header)
                + "</tr></thead>"
            )
        else:
            # No <thead>, no <th>: only the words of the first row say it is a header.
            out.append("<tr>" + "".join(f"<td>{_inline_html(c)}</td>" for c in header) + "</tr>")
    body = [
        "<tr>" + "".join(f"<td>{cell_html(c, k)}</td>" for k, c in enumerate(row)) + "</tr>"
        for row in table.rows
    ]
    if style.thead and header is not None:
        out.append("<tbody>" + "".join(body) + "</tbody>")
    else:
        out.extend(body)
    out.append("</table>")
    return "\n".join(out)


def _list_html(items: list[tuple[int, str]]) -> str:
    """Nested <ul> by indentation."""
    out: list[str] = []
    stack: list[int] = []
    for indent, text in items:
        if not stack or indent > stack[-1]:
            out.append("<ul>")
            stack.append(indent)
        else:
            while len(stack) > 1 and indent < stack[-1]:
                out.append("</li></ul>")
                stack.pop()
            out.append("</li>")
        out.append(f"<li>{_inline_html(text)}")
    while stack:
        out.append("</li></ul>")
        stack.pop()
    return "".join(out)


def render_html(markdown_text: str, *, style: str = "site") -> str:
    """A chapter of the markdown export -> the HTML page a docs site would serve."""
    opts = parse_style(style)
    blocks = _parse(markdown_text)
    parts: list[str] = []
    open_section = False
    for block in blocks:
        if isinstance(block, _Heading):
            if opts.sections:
                if open_section:
                    parts.append("</section>")
                parts.append("<section>")
                open_section = True
            level = min(6, block.level + opts.shift)
            parts.append(f"<h{level}>{_inline_html(block.text)}</h{level}>")
        elif isinstance(block, _Code):
            code = html.escape(block.text, quote=False)
            parts.append(
                f"<pre><code>{code}</code></pre>" if opts.code_tag else f"<pre>{code}</pre>"
            )
        elif isinstance(block, _Table):
            parts.append(_table_html(block, opts))
        elif isinstance(block, _List):
            parts.append(_list_html(block.items))
        elif isinstance(block, _Note):
            inner = "".join(f"<p>{_inline_html(t)}</p>" for t in block.lines)
            if opts.note == "blockquote":
                parts.append(f"<blockquote>{inner}</blockquote>")
            else:
                parts.append(f'<div class="note">{inner}</div>')
        elif isinstance(block, _Para):
            parts.append(f"<p>{_inline_html(block.text)}</p>")
        else:
            parts.append("<hr>")
    if open_section:
        parts.append("</section>")
    title = html.escape(_title(blocks), quote=False)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body>\n{_NAV}\n"
        '<div class="content">\n' + "\n".join(parts) + "\n</div>\n"
        f"{_FOOTER}\n</body></html>\n"
    )


# ----------------------------------------------------------------------------
# Flat text

# The site's footer, in the seed's shape (contact lines, phone numbers, mail
# addresses, form confirmations) but with our own words: nothing in it may
# become an API, a tag or a field.
FLAT_FOOTER = (
    "学习路径\n"
    "产品学习路径\n"
    "点击文本链接,跳转到相应文档的页面。\n"
    "业务咨询:\n"
    "400-000-0000 转 1售后咨询:\n"
    "400-000-0000 转 2其他(投诉建议等)\n"
    "400-000-0000 转 3商务联系:\n"
    "sales@example.invalid下载链接已发送至您的邮箱。\n"
    "如未收到,请查看您的垃圾邮件。感谢您使用本产品。\n"
    "成功提交申请。\n"
    "我们将尽快与您联系,请保持电话畅通。"
)

_NEWLINES = re.compile(r"[ \t]*\n\s*")


def _flat_table(table: _Table) -> str:
    """Rows keep only their non-empty cells, padded at the end to the column
    count (`| |`, then `|` per further cell); the last row is not padded."""
    width = (
        len(table.header)
        if table.header is not None
        else max((len(r) for r in table.rows), default=0)
    )
    lines: list[str] = []
    if table.header is not None:
        lines.append("| " + " | ".join(_inline_plain(c) for c in table.header) + " |")
        lines.append("|" + "---|" * len(table.header))
    for k, row in enumerate(table.rows):
        kept = [_inline_plain(c).strip() for c in row]
        kept = [c for c in kept if c]
        if not kept:
            continue
        text = "| " + " | ".join(kept) + " |"
        pad = width - len(kept)
        if pad > 0 and k < len(table.rows) - 1:
            text += " |" + "|" * (pad - 1)
        lines.append(text)
    return "\n".join(lines) + "\n"


def render_flat(markdown_text: str) -> str:
    """A chapter of the markdown export -> its flat text scrape (seed form)."""
    out: list[str] = []
    for block in _parse(markdown_text):
        if isinstance(block, _Code):
            # Newlines inside a code block (and the indentation after them)
            # became single spaces in the scrape.
            out.append(_NEWLINES.sub(" ", block.text.strip()))
        elif isinstance(block, _Table):
            out.append(_flat_table(block))
        elif isinstance(block, _List):
            previous: tuple[int, str] | None = None
            for indent, text in block.items:
                # The export repeats the last item of a nested list one level
                # up (`  - 例如：x` then `- 例如：x`); the page had it once.
                if previous is not None and text == previous[1] and indent < previous[0]:
                    continue
                previous = (indent, text)
                out.append("".join(_inline_code(text)))
        elif isinstance(block, _Para):
            out.append("".join(_inline_code(block.text)))
        # Headings, labels, notes and rules leave nothing behind.
    return "".join(out) + FLAT_FOOTER + "\n"

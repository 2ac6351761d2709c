"""Blocks -> API sections: one run of blocks per documented API."""

from __future__ import annotations

from dataclasses import dataclass, field

from zstack_openapi.scraper.blocks import Block, Page
from zstack_openapi.scraper.urls import is_request_block
from zstack_openapi.scraper.vocabulary import (
    API_HEADING,
    BARE_API_HEADING,
    NESTED_INTRO,
    SDK_ACTION,
    SECTION_LABELS,
)


@dataclass(slots=True)
class Section:
    name: str | None
    title: str | None
    category: list[str]
    line: int
    blocks: list[Block] = field(default_factory=list)
    heading_name: str | None = None


@dataclass(slots=True)
class _Chunk:
    heading: Block | None
    blocks: list[Block] = field(default_factory=list)


def split_sections(page: Page) -> list[Section]:
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    for chunk in _chunks(page.blocks):
        has_request = any(b.kind == "code" and is_request_block(b.text) for b in chunk.blocks)
        heading = chunk.heading
        if not has_request:
            if heading is not None:
                while stack and stack[-1][0] >= heading.level:
                    stack.pop()
                stack.append((heading.level, heading.text))
            continue
        title, name = _heading_name(heading)
        category = [text for _, text in stack]
        for k, part in enumerate(_split_by_request(chunk.blocks)):
            sdk = sdk_name(part)
            part_name = name if k == 0 and name else sdk
            line = heading.line if heading is not None and k == 0 else part[0].line
            if part_name is None:
                # Request lines in protocol prose (chapters 01-03) are examples,
                # not APIs; a request with a table is an API whose name the page
                # lost (a cut page, a display title): kept for reconcile to name
                # by its method and route.
                if not any(b.kind == "table" for b in part):
                    continue
                page.warn(
                    line,
                    "no-api-name",
                    "API section without a name in its heading or SDK example; "
                    "kept unnamed (reconcile names it by method and route)",
                )
            if name and k == 0 and sdk and sdk != name:
                page.warn(
                    line,
                    "name-mismatch",
                    f"heading names {name!r} but the SDK example uses {sdk!r}",
                    name,
                )
            sections.append(
                Section(
                    name=part_name,
                    title=title if k == 0 else None,
                    category=category,
                    line=line,
                    blocks=part,
                    heading_name=name if k == 0 else None,
                )
            )
    return sections


def _chunks(blocks: list[Block]) -> list[_Chunk]:
    chunks: list[_Chunk] = [_Chunk(None)]
    for block in blocks:
        if (
            block.kind == "heading"
            and not SECTION_LABELS.match(block.text)
            and not NESTED_INTRO.match(block.text)
        ):
            chunks.append(_Chunk(block))
        else:
            chunks[-1].blocks.append(block)
    return chunks


def _heading_name(heading: Block | None) -> tuple[str | None, str | None]:
    if heading is None:
        return None, None
    match = API_HEADING.match(heading.text)
    if match:
        return match.group("title").strip() or None, match.group("name")
    bare = BARE_API_HEADING.match(heading.text.strip())
    if bare:
        return None, bare.group("name")
    return heading.text.strip() or None, None


def sdk_name(blocks: list[Block]) -> str | None:
    for block in blocks:
        if block.kind == "code":
            match = SDK_ACTION.search(block.text)
            if match:
                return match.group(1)
    return None


def _split_by_request(blocks: list[Block]) -> list[list[Block]]:
    """Flat scrapes (and the odd page missing a heading) hold several APIs in a
    row: a new request line after an SDK example starts the next API."""
    parts: list[list[Block]] = []
    current: list[Block] = []
    seen_request = False
    seen_sdk = False
    for block in blocks:
        if block.kind == "code" and is_request_block(block.text):
            if seen_request and seen_sdk:
                parts.append(current)
                current, seen_sdk = [], False
            seen_request = True
        if block.kind == "code" and SDK_ACTION.search(block.text):
            seen_sdk = True
        if seen_request or parts:
            current.append(block)
        elif block.kind != "code":
            # Prose before the first request line: the API's description.
            current.append(block)
    if current:
        parts.append(current)
    return parts

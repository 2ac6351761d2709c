"""Scraper: ZStack API documentation (HTML, markdown, flat text) -> API catalog."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from zstack_openapi.catalog_model import Catalog
from zstack_openapi.catalog_model import Page as PageRecord
from zstack_openapi.fileio import read_input_bytes
from zstack_openapi.scraper.blocks import Block, Page, ScrapeWarning
from zstack_openapi.scraper.catalog import (
    FORMAT,
    build_catalog,
    dump_catalog,
    load_catalog,
    write_catalog,
)
from zstack_openapi.scraper.detect import Format, detect_format
from zstack_openapi.scraper.record import Record

# The readers and the extractor (bs4, lxml) are imported where a page is read:
# commands that only load or write catalogs do not pay for them.

SUFFIXES = (".html", ".htm", ".md", ".markdown", ".txt")

__all__ = [
    "FORMAT",
    "Block",
    "Page",
    "ScrapeWarning",
    "build_catalog",
    "detect_format",
    "dump_catalog",
    "extract_document",
    "find_documents",
    "load_catalog",
    "read_document",
    "scrape_documents",
    "scrape_paths",
    "write_catalog",
]


def read_document(text: str, file: str, fmt: Format | None = None) -> Page:
    kind = fmt or detect_format(text, Path(file).suffix.lower())
    if kind == "html":
        from zstack_openapi.scraper.html_reader import read_html

        return read_html(text, file)
    if kind == "flat":
        from zstack_openapi.scraper.flat_reader import read_flat

        return read_flat(text, file)
    if kind == "text":
        from zstack_openapi.scraper.text_reader import read_text_page

        return read_text_page(text, file)
    from zstack_openapi.scraper.markdown_reader import read_markdown

    return read_markdown(text, file)


def extract_document(
    text: str, file: str, fmt: Format | None = None
) -> tuple[list[Record], list[ScrapeWarning]]:
    """One document -> its API records and warnings. A document that cannot be
    read is reported as a warning, never raised: one bad page must not kill a run."""
    problem = _unreadable(text)
    if problem is not None:
        return [], [ScrapeWarning(file, 1, None, "unreadable-page", f"page skipped: {problem}")]
    from zstack_openapi.scraper.extract import extract_page

    try:
        page = read_document(text, file, fmt)
        records = extract_page(page)
    except Exception as exc:
        return [], [
            ScrapeWarning(
                file, 1, None, "unreadable-page", f"page skipped: {type(exc).__name__}: {exc}"
            )
        ]
    _attribute(page, records)
    return records, page.warnings


# Characters one page may hold: the largest chapter of the v5 manual is ~3 MB
# as HTML; a page of tens of megabytes is refused before any reader runs.
MAX_PAGE_CHARS = 32 * 1024 * 1024


def _unreadable(text: str) -> str | None:
    if len(text) > MAX_PAGE_CHARS:
        return f"the page has {len(text)} characters, more than the limit of {MAX_PAGE_CHARS}"
    if not text.strip():
        return "the page is empty"
    sample = text[:65536]
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\r\t\f"))
    if bad > max(8, len(sample) // 100):
        return f"the page is not text ({bad} control or undecodable characters in its first {len(sample)})"
    return None


def _attribute(page: Page, records: list[Record]) -> None:
    """Reader warnings carry no API; give each the API whose section holds its line."""
    starts = sorted((r["source"]["line"], r["name"] or "") for r in records)
    for k, warning in enumerate(page.warnings):
        if warning.api is not None:
            continue
        owner = None
        for line, name in starts:
            if line <= warning.line:
                owner = name or None
            else:
                break
        if owner is not None:
            page.warnings[k] = ScrapeWarning(
                warning.file, warning.line, owner, warning.kind, warning.message
            )


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def scrape_documents(documents: Iterable[tuple[str, str]]) -> Catalog:
    """(file name, text) pairs -> catalog."""
    records: list[Record] = []
    warnings: list[ScrapeWarning] = []
    pages: list[PageRecord] = []
    for file, text in documents:
        found, problems = extract_document(text, file)
        records.extend(found)
        warnings.extend(problems)
        pages.append(
            {
                "file": file,
                "sha256": content_hash(text),
                "apis": sorted({r["name"] for r in found if r["name"] is not None}),
            }
        )
    return build_catalog(records, warnings, pages)


def find_documents(sources: Iterable[Path]) -> list[tuple[Path, str]]:
    """Files under each source with their catalog names (relative to the source)."""
    found: list[tuple[Path, str]] = []
    for source in sources:
        if source.is_dir():
            for path in sorted(source.rglob("*")):
                if path.is_file() and path.suffix.lower() in SUFFIXES:
                    found.append((path, path.relative_to(source).as_posix()))
        elif source.is_file():
            found.append((source, source.name))
        else:
            raise FileNotFoundError(f"{source}: no such file or directory")
    return found


def read_text(path: Path) -> str:
    data = read_input_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def scrape_paths(sources: Iterable[Path]) -> Catalog:
    return scrape_documents((name, read_text(path)) for path, name in find_documents(sources))

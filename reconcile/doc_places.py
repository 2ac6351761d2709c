"""Where the docs say what they say: file and line of each API's request line
and parameter rows, with each row's 位置 (location) cell as written.

The catalog keeps one line per API and a normalised ``in`` (on DELETE every
parameter is ``query``, whatever the table said), which is what a client needs
but not what a defect report needs. Given the doc sources the catalog was
scraped from, `places_from_sources` reads them again with the scraper's own
readers (so every doc format works) and keeps those raw facts. Without them,
`places_from_catalog` falls back on the API's line and on what the scraper's
warnings recorded (the table's wrapper where it contradicted the example, the
location of a path variable documented elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zstack_openapi.scraper import content_hash, find_documents, read_document, read_text
from zstack_openapi.scraper.sections import split_sections
from zstack_openapi.scraper.tables import read_table, split_name, wrapper_of
from zstack_openapi.scraper.urls import is_request_block, parse_request_block


@dataclass(frozen=True, slots=True)
class DocRow:
    """One parameter row: its line and its location cell (None: not known)."""

    line: int
    location: str | None = None


@dataclass(frozen=True, slots=True)
class DocPlace:
    """Where one API is documented."""

    file: str
    line: int
    request_line: int
    rows: Mapping[str, DocRow] = field(default_factory=dict)
    # Wrappers the parameter table names (``body(包含在X结构中)``), in order.
    wrappers: tuple[str, ...] = ()
    # True when read from the sources: row locations are then complete.
    exact: bool = False

    def row_line(self, name: str) -> int:
        row = self.rows.get(name)
        return row.line if row is not None else self.line

    def wrapper_line(self) -> int:
        """The first row naming a wrapper, else the request line."""
        for row in self.rows.values():
            if row.location is not None and wrapper_of(row.location):
                return row.line
        return self.request_line


_TABLE_SAYS = re.compile(r"table says wrapper '(\w+)'")
_SEVERAL = re.compile(r"parameters name several wrappers: (.+)$")
_PATH_VAR_ELSEWHERE = re.compile(r"^'(\w+)' is a path variable but documented in '(.*)'$")


def places_from_catalog(catalog: Mapping[str, Any]) -> dict[str, DocPlace]:
    """Places known from the catalog alone: the API's line for everything, plus
    the wrappers and locations the scraper's warnings quote."""
    wrappers: dict[str, list[str]] = {}
    rows: dict[str, dict[str, DocRow]] = {}
    for warning in catalog.get("warnings") or []:
        api = warning.get("api")
        message = str(warning.get("message") or "")
        if api is None:
            continue
        if warning.get("kind") == "wrapper-conflict":
            found = _TABLE_SAYS.search(message)
            names = [found.group(1)] if found else []
            several = _SEVERAL.search(message)
            if several:
                names = [n.strip() for n in several.group(1).split(",")]
            for name in names:
                if name not in wrappers.setdefault(api, []):
                    wrappers[api].append(name)
        elif warning.get("kind") == "location-contradiction":
            match = _PATH_VAR_ELSEWHERE.match(message)
            if match:
                rows.setdefault(api, {})[match.group(1)] = DocRow(
                    int(warning["line"]), match.group(2)
                )
    places: dict[str, DocPlace] = {}
    for api in catalog.get("apis") or []:
        source = api.get("source") or {}
        file, line = str(source.get("file", "")), int(source.get("line", 0))
        places[api["name"]] = DocPlace(
            file,
            line,
            line,
            rows.get(api["name"], {}),
            tuple(wrappers.get(api["name"], [])),
        )
    return places


def _section_place(file: str, line: int, blocks: Iterable[Any]) -> DocPlace:
    request_line = line
    rows: dict[str, DocRow] = {}
    wrappers: list[str] = []
    seen_request = False
    for block in blocks:
        if block.kind == "code" and not seen_request and is_request_block(block.text):
            found, _ = parse_request_block(block.text, block.line)
            request_line = found[0].line if found else block.line
            seen_request = True
        elif block.kind == "table":
            table = read_table(block)
            if table.kind != "params":
                continue
            for row in table.rows:
                name, _ = split_name(row.cells.get("name", ""), "")
                location = row.cells.get("location", "")
                if not name or name in rows:
                    continue
                rows[name] = DocRow(row.line, location)
                wrapper = wrapper_of(location)
                if wrapper and wrapper not in wrappers:
                    wrappers.append(wrapper)
    return DocPlace(file, line, request_line, rows, tuple(wrappers), exact=True)


def places_from_sources(
    catalog: Mapping[str, Any], sources: Iterable[Path]
) -> tuple[dict[str, DocPlace], list[str]]:
    """Exact places read from the doc sources the catalog came from, and problems.

    A page whose content differs from the one the catalog recorded (by hash) is
    not used: its lines would point at the wrong text. APIs without an exact
    place keep the catalog's."""
    places = places_from_catalog(catalog)
    hashes = {p["file"]: p.get("sha256") for p in catalog.get("pages") or []}
    by_section = {
        (place.file, place.line): name for name, place in places.items() if place.file in hashes
    }
    problems: list[str] = []
    found: set[str] = set()
    for path, file in find_documents(sources):
        if file not in hashes:
            continue
        found.add(file)
        text = read_text(path)
        if hashes[file] and content_hash(text) != hashes[file]:
            problems.append(f"{path}: differs from the page the catalog was scraped from; not used")
            continue
        for section in split_sections(read_document(text, file)):
            name = by_section.get((file, section.line))
            if name is not None:
                places[name] = _section_place(file, section.line, section.blocks)
    with_apis = {p["file"] for p in catalog.get("pages") or [] if p.get("apis")}
    problems.extend(
        f"{file}: page of the catalog not found in the doc sources"
        for file in sorted(with_apis - found)
    )
    return places, problems

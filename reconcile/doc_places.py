"""Where the docs say what they say: file and line of each API's request line
and parameter rows, with each row's 位置 (location) cell as written.

A parameter's ``in`` is normalised (on DELETE every parameter is ``query``,
whatever the table said), which is what a client needs but not what a defect
report needs, so the scraper records beside it the row's line and location cell
as written (``line``, ``location_cell``) and the API's request line
(``source.request_line``). Catalogs made before it did fall back on the API's
line and on what the scraper's warnings recorded (the table's wrapper where it
contradicted the example, the location of a path variable documented elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from zstack_openapi.catalog_model import Api, Catalog
from zstack_openapi.scraper.tables import wrapper_of


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
    # True when the catalog records every row's place: row locations are then complete.
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


def places_from_catalog(catalog: Catalog) -> dict[str, DocPlace]:
    """Places known from the catalog alone: the API's line for everything, plus
    the wrappers and locations the scraper's warnings quote."""
    wrappers: dict[str, list[str]] = {}
    rows: dict[str, dict[str, DocRow]] = {}
    for warning in catalog.get("warnings") or []:
        owner = warning.get("api")
        message = str(warning.get("message") or "")
        if owner is None:
            continue
        if warning.get("kind") == "wrapper-conflict":
            found = _TABLE_SAYS.search(message)
            names = [found.group(1)] if found else []
            several = _SEVERAL.search(message)
            if several:
                names = [n.strip() for n in several.group(1).split(",")]
            for name in names:
                if name not in wrappers.setdefault(owner, []):
                    wrappers[owner].append(name)
        elif warning.get("kind") == "location-contradiction":
            match = _PATH_VAR_ELSEWHERE.match(message)
            if match:
                rows.setdefault(owner, {})[match.group(1)] = DocRow(
                    int(warning["line"]), match.group(2)
                )
    places: dict[str, DocPlace] = {}
    for api in catalog.get("apis") or []:
        source = api.get("source")
        file, line = (source["file"], source["line"]) if source else ("", 0)
        request_line = source.get("request_line") if source else None
        if request_line is not None:
            places[api["name"]] = _recorded_place(api, file, line, request_line)
            continue
        places[api["name"]] = DocPlace(
            file,
            line,
            line,
            rows.get(api["name"], {}),
            tuple(wrappers.get(api["name"], [])),
        )
    return places


def records_places(catalog: Catalog) -> bool:
    """Whether the scraper recorded each row's line and location cell."""
    return any("request_line" in (api.get("source") or {}) for api in catalog.get("apis") or [])


def _recorded_place(api: Api, file: str, line: int, request_line: int) -> DocPlace:
    rows: dict[str, DocRow] = {}
    wrappers: list[str] = []
    for param in api.get("params") or []:
        if "line" not in param:
            continue  # merged in from another page
        cell = str(param.get("location_cell", ""))
        rows[param["name"]] = DocRow(int(param["line"]), cell)
        wrapper = wrapper_of(cell)
        if wrapper and wrapper not in wrappers:
            wrappers.append(wrapper)
    return DocPlace(file, line, request_line, rows, tuple(wrappers), exact=True)

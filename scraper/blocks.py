"""The format-neutral form every reader produces: a flat sequence of blocks.

HTML pages, markdown exports and flat text scrapes all become the same four
kinds of block, so API extraction is written once and tested once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from zstack_openapi.catalog_model import CatalogWarning

BlockKind = Literal["heading", "code", "table", "text"]


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    line: int
    text: str = ""
    level: int = 0
    header: tuple[str, ...] | None = None
    rows: tuple[tuple[str, ...], ...] = ()
    row_lines: tuple[int, ...] = ()
    # Flat scrapes drop empty cells, so their rows must be re-aligned by content.
    compact: bool = False


@dataclass(frozen=True, slots=True)
class ScrapeWarning:
    file: str
    line: int
    api: str | None
    kind: str
    message: str

    def as_dict(self) -> CatalogWarning:
        return {
            "file": self.file,
            "line": self.line,
            "api": self.api,
            "kind": self.kind,
            "message": self.message,
        }


@dataclass(slots=True)
class Page:
    """One source document, read into blocks."""

    file: str
    format: Literal["markdown", "html", "flat", "text"]
    blocks: list[Block]
    warnings: list[ScrapeWarning] = field(default_factory=list)
    # Facts a page states once for its API (the Explorer's synchronous flag).
    facts: dict[str, str] = field(default_factory=dict)

    def warn(self, line: int, kind: str, message: str, api: str | None = None) -> None:
        self.warnings.append(ScrapeWarning(self.file, line, api, kind, message))

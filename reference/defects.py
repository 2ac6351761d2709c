"""The defect report (`spec/zstack.defects.md`, written by `reconcile`) -> its rows per API.

The report is Markdown made by our own code: `## Class (counts)` and `### sub-kind (n)`
headings, then tables `| API | doc file:line | docs say | SDK says |`. Only those
four-column tables are read (the undocumented APIs' list at the end has other columns);
anything else in the file is ignored, so an edited or foreign report at worst yields
fewer rows, never an error."""

from __future__ import annotations

import re
from pathlib import Path

from .model import ReportRow

_COUNTS = re.compile(r"\s*\([^()]*\)\s*$")
HEADER = ("API", "doc file:line", "docs say", "SDK says")


def _cells(line: str) -> list[str]:
    inner = line.strip()[1:-1] if line.strip().endswith("|") else line.strip()[1:]
    return [c.strip() for c in inner.split("|")]


def parse_report(text: str) -> dict[str, list[ReportRow]]:
    rows: dict[str, list[ReportRow]] = {}
    section = kind = ""
    in_table = False
    for line in text.splitlines():
        if line.startswith("## "):
            section, kind, in_table = _COUNTS.sub("", line[3:]).strip(), "", False
        elif line.startswith("### "):
            kind, in_table = _COUNTS.sub("", line[4:]).strip(), False
        elif line.startswith("|"):
            cells = _cells(line)
            if tuple(cells) == HEADER:
                in_table = True
            elif in_table and len(cells) == 4 and not set(cells[0]) <= {"-", ":"}:
                subject = cells[0]
                api = subject.split(":", 1)[0].strip()
                rows.setdefault(api, []).append(
                    ReportRow(section, kind, subject, cells[1], cells[2], cells[3])
                )
        else:
            in_table = False  # a table is one run of `|` lines
    return rows


def load_report(path: Path | None) -> dict[str, list[ReportRow]]:
    """Rows per API from `path`; none when there is no report."""
    if path is None or not path.is_file():
        return {}
    try:
        return parse_report(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read the defect report ({exc})") from exc

"""Parameter and response-field tables: classify them and read their rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from zstack_openapi.scraper.blocks import Block
from zstack_openapi.scraper.vocabulary import (
    COLUMN_ROLES,
    FIELD_COLUMNS,
    OPTIONAL_DESCRIPTION,
    OPTIONAL_MARK,
    PARAM_COLUMNS,
    REFERENCE,
    VERSION,
    WRAPPER,
)

_LOCATION_WORDS = ("url", "body", "query", "header", "path")


@dataclass(slots=True)
class Row:
    cells: dict[str, str]
    line: int
    problems: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Table:
    kind: str  # "params" | "fields" | "other"
    rows: list[Row]
    line: int
    problems: list[str] = field(default_factory=list)


def _roles(header: tuple[str, ...]) -> list[str | None]:
    return [COLUMN_ROLES.get(cell.strip().lower()) for cell in header]


def is_location(cell: str) -> bool:
    low = cell.strip().lower()
    return any(low.startswith(word) for word in _LOCATION_WORDS)


def is_version(cell: str) -> bool:
    return VERSION.match(cell.strip()) is not None


def read_table(block: Block) -> Table:
    header = block.header
    rows_in = block.rows
    row_lines_in = block.row_lines
    if header is not None and not any(cell.strip() for cell in header):
        header = None
    if header is None and rows_in and {"name", "type"} <= set(_roles(rows_in[0])):
        # A header row written as ordinary cells, known by its words.
        header, rows_in, row_lines_in = rows_in[0], rows_in[1:], row_lines_in[1:]
    problems: list[str] = []
    if header is not None:
        roles = _roles(header)
        if "name" not in roles or "type" not in roles:
            return Table("other", [], block.line)
        kind = "params" if "location" in roles else "fields"
    else:
        guessed = _guess_kind(rows_in)
        if guessed is None:
            return Table("other", [], block.line)
        kind = guessed
        roles = list(PARAM_COLUMNS if kind == "params" else FIELD_COLUMNS)
        problems.append(
            f"headerless table read as a {'parameter' if kind == 'params' else 'field'} table"
        )
    columns = PARAM_COLUMNS if kind == "params" else FIELD_COLUMNS
    rows: list[Row] = []
    for cells, line in zip(rows_in, row_lines_in, strict=False):
        if not any(c.strip() for c in cells):
            continue
        if block.compact:
            row = _compact_row(cells, columns, line)
        else:
            row = _aligned_row(cells, roles, columns, line)
        rows.append(row)
    return Table(kind, rows, block.line, problems)


def _guess_kind(rows: tuple[tuple[str, ...], ...]) -> str | None:
    sample = [r for r in rows if any(r)][:5]
    if not sample:
        return None
    if all(len(r) >= 5 and is_location(r[2]) for r in sample):
        return "params"
    if all(len(r) >= 3 and is_version(r[-1] or (r[-2] if len(r) > 1 else "")) for r in sample):
        return "fields"
    return None


def _aligned_row(
    cells: tuple[str, ...], roles: list[str | None], columns: tuple[str, ...], line: int
) -> Row:
    problems: list[str] = []
    values = {col: "" for col in columns}
    if len(cells) > len(roles):
        problems.append(f"row has {len(cells)} cells for {len(roles)} columns")
        cells = _fold_extra(cells, roles)
    for role, cell in zip(roles, cells, strict=False):
        if role in values and not values[role]:
            values[role] = cell.strip()
    if len(cells) < len(roles):
        problems.append(f"row has {len(cells)} cells for {len(roles)} columns")
    return Row(values, line, problems)


def _fold_extra(cells: tuple[str, ...], roles: list[str | None]) -> tuple[str, ...]:
    """Rows with extra cells (a stray pipe) keep their edges; the middle is joined
    into the description, where the extra pipe almost always comes from."""
    width = len(roles)
    if "description" not in roles:
        return cells[:width]
    d = roles.index("description")
    tail = width - d - 1
    trimmed = list(cells)
    # Extra empty cells at the end are padding, not content.
    while len(trimmed) > width and not trimmed[-1].strip():
        trimmed.pop()
    if len(trimmed) <= width:
        return tuple(trimmed)
    middle = " | ".join(c for c in trimmed[d : len(trimmed) - tail] if c.strip())
    return (*trimmed[:d], middle, *trimmed[len(trimmed) - tail :])


def _compact_row(cells: tuple[str, ...], columns: tuple[str, ...], line: int) -> Row:
    """Flat scrapes drop empty cells: re-align a row by what each cell looks like."""
    values = {col: "" for col in columns}
    rest = [c.strip() for c in cells if c.strip()]
    values["name"] = rest.pop(0) if rest else ""
    # An empty type cell is gone too: then the location comes second.
    if rest and not ("location" in values and is_location(rest[0])):
        values["type"] = rest.pop(0)
    if "location" in values and rest and is_location(rest[0]):
        values["location"] = rest.pop(0)
    if rest and is_version(rest[-1]):
        values["since"] = rest.pop()
    if "values" in values:
        if len(rest) >= 2:
            values["description"] = rest[0]
            values["values"] = " ".join(rest[1:])
        elif rest and _looks_like_value_list(rest[0]):
            values["values"] = rest[0]
        elif rest:
            values["description"] = rest[0]
    elif rest:
        values["description"] = " ".join(rest)
    return Row(values, line)


def _looks_like_value_list(cell: str) -> bool:
    tokens = cell.replace(",", " ").split()
    return len(tokens) >= 2 and all(
        t.isascii() and (t[0].isupper() or t.isdigit()) and t.isalnum() for t in tokens
    )


def split_name(cell: str, description: str) -> tuple[str, bool]:
    """`name (可选)` / `name (Optional)` / description `Optional. ...` -> (name, optional)."""
    optional = (
        OPTIONAL_MARK.search(cell) is not None
        or OPTIONAL_DESCRIPTION.match(description) is not None
    )
    name = OPTIONAL_MARK.sub(" ", cell).strip().split(" ")[0] if cell.strip() else ""
    return name.strip(), optional


def wrapper_of(location: str) -> str | None:
    match = WRAPPER.search(location.replace(" ", " "))
    if match is None:
        return None
    return match.group("zh") or match.group("en")


def split_values(cell: str, description: str) -> tuple[list[str], list[str]]:
    """Allowed-values cell -> (values, prose tokens that are not values)."""
    text = cell.replace("`", " ").replace("，", ",").replace("、", ",")
    tokens = [t.strip() for chunk in text.split(",") for t in chunk.split()]
    prose = [t for t in tokens if t and not t.isascii()]
    tokens = [t for t in tokens if t and t.isascii()]
    if len(tokens) == 1:
        tokens = _split_glued(tokens[0], description)
    seen: list[str] = []
    for token in tokens:
        if token not in seen:
            seen.append(token)
    return seen, prose


def _split_glued(token: str, description: str) -> list[str]:
    """`<ul><li>` items lose their separator in some exports (`simplecron`);
    split when the description names every part (`simple或者cron`)."""
    words = [w for w in _ascii_words(description) if w and w in token]
    for first in words:
        if token.startswith(first) and token != first:
            remainder = token[len(first) :]
            tail = _split_glued(remainder, description)
            if "".join(tail) == remainder and all(t in words for t in tail):
                return [first, *tail]
    return [token]


def _ascii_words(text: str) -> list[str]:
    out: list[str] = []
    current = ""
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in "_-"):
            current += ch
        else:
            if current:
                out.append(current)
            current = ""
    if current:
        out.append(current)
    return out


def reference_of(description: str, name: str, type_name: str) -> str | None:
    if "参考" not in description and "see" not in description.lower():
        return None
    for match in REFERENCE.finditer(description):
        target = match.group(1)
        # English prose says "see" for other things too: only a reference to a
        # table for this row counts.
        if (
            target == name
            or target.lower() == name.lower()
            or not _is_primitive(type_name)
            or match.group(0).startswith("详情参")
        ):
            return target
    return None


_PRIMITIVES = {
    "string",
    "long",
    "int",
    "integer",
    "boolean",
    "bool",
    "double",
    "float",
    "timestamp",
    "date",
    "short",
    "byte",
    "char",
}


def _is_primitive(type_name: str) -> bool:
    return type_name.strip().lower() in _PRIMITIVES

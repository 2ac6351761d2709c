"""Response tables -> the nested field tree, following `详情参考[x]` references."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from zstack_openapi.catalog_model import Field
from zstack_openapi.scraper.context import Context, clean_description
from zstack_openapi.scraper.tables import Row, Table, reference_of, split_name


@dataclass(slots=True)
class _Nested:
    """The tables below the top one, each with the name its intro gives, and
    which of them a field has taken so far (by index)."""

    ctx: Context
    rest: list[tuple[str | None, Table]]
    used: set[int] = field(default_factory=set)


def response_fields(ctx: Context, tables: list[tuple[str | None, Table]]) -> list[Field]:
    if not tables:
        return []
    top_index = next((k for k, (intro, _) in enumerate(tables) if intro is None), 0)
    top = tables[top_index][1]
    nested = _Nested(ctx, [t for k, t in enumerate(tables) if k != top_index])
    fields = _build(nested, top, ())
    _warn_unreferenced(nested)
    return fields


def _build(nested: _Nested, table: Table, path: tuple[str, ...]) -> list[Field]:
    """A table's rows -> fields, each with the fields of the table it refers to;
    `path` holds the references followed to get here (no cycles)."""
    out: list[Field] = []
    for row in table.rows:
        node, ref = _field(nested, row)
        if ref and ref.lower() not in path:
            below = _take(nested, ref)
            if below is None:
                nested.ctx.warn(
                    row.line,
                    "missing-table",
                    f"response field {node['name']!r} refers to table {ref!r}, which is not there",
                )
            else:
                node["fields"] = _build(nested, below, (*path, ref.lower()))
        out.append(node)
    return out


def _field(nested: _Nested, row: Row) -> tuple[Field, str | None]:
    """A field row -> the field (without nested fields) and the table it refers to."""
    cells = row.cells
    description = cells.get("description", "")
    name = split_name(cells.get("name", ""), "")[0]
    type_name = cells.get("type", "").strip()
    node: Field = {
        "name": name,
        "type": type_name,
        "since": cells.get("since", "").strip(),
        "description": clean_description(description),
        "fields": [],
    }
    ref = reference_of(description, name, type_name)
    if ref is None and any(
        intro == name and k not in nested.used for k, (intro, _) in enumerate(nested.rest)
    ):
        # The row lost its `详情参考[x]` but a `#name` table is there for it.
        nested.ctx.warn(
            row.line,
            "reference-missing",
            f"response field {name!r} has its table but no reference to it",
        )
        ref = name
    return node, ref


def _take(nested: _Nested, ref: str) -> Table | None:
    """The table a reference means: an unused one of that name, else the last
    one of that name, else one with a close name, else an unnamed one."""
    rest, used = nested.rest, nested.used
    named = [
        k for k, (intro, _) in enumerate(rest) if intro is not None and intro.lower() == ref.lower()
    ]
    fresh = [k for k in named if k not in used]
    if fresh:
        used.add(fresh[0])
        return rest[fresh[0]][1]
    if named:
        return rest[named[-1]][1]
    near = _near_name(ref, [intro for k, (intro, _) in enumerate(rest) if intro and k not in used])
    if near is not None:
        # `详情参考[inventory]` above a `#inventories` table, or a typo
        # (`inventroy`): the one unused table with a close name is meant.
        k = next(k for k, (intro, _) in enumerate(rest) if intro == near and k not in used)
        used.add(k)
        nested.ctx.warn(
            rest[k][1].line, "reference-mismatch", f"reference {ref!r} read as table {near!r}"
        )
        return rest[k][1]
    return _take_unnamed(nested, ref)


def _take_unnamed(nested: _Nested, ref: str) -> Table | None:
    rest, used = nested.rest, nested.used
    unnamed = [k for k, (intro, _) in enumerate(rest) if intro is None and k not in used]
    if not unnamed:
        return None
    wants_error = "error" in ref.lower() or ref == "cause"
    preferred = [k for k in unnamed if _is_error_table(rest[k][1]) == wants_error]
    pick = (preferred or unnamed)[0]
    used.add(pick)
    return rest[pick][1]


def _warn_unreferenced(nested: _Nested) -> None:
    rest, used = nested.rest, nested.used
    for k, (intro, table) in enumerate(rest):
        if k not in used and not any(intro == i2 and k2 in used for k2, (i2, _) in enumerate(rest)):
            nested.ctx.warn(
                table.line,
                "unreferenced-table",
                f"response table {intro or '(unnamed)'} is referenced by no field",
            )


def _near_name(ref: str, names: list[str]) -> str | None:
    low = ref.lower()
    for name in names:
        if name.lower() in (low + "s", low + "es", low[:-1]):
            return name
    close = difflib.get_close_matches(ref, names, n=2, cutoff=0.8)
    return close[0] if len(close) == 1 else None


def same_rows(a: Table, b: Table) -> bool:
    return [r.cells for r in a.rows] == [r.cells for r in b.rows]


def _is_error_table(table: Table) -> bool:
    names = {row.cells.get("name", "").strip() for row in table.rows}
    return {"code", "description", "details"} <= names

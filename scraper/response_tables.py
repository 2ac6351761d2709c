"""Response tables -> the nested field tree, following `详情参考[x]` references."""

from __future__ import annotations

import difflib
from typing import Any

from zstack_openapi.scraper.context import Context, clean_description
from zstack_openapi.scraper.tables import Table, reference_of, split_name


def response_fields(ctx: Context, tables: list[tuple[str | None, Table]]) -> list[dict[str, Any]]:
    if not tables:
        return []
    top_index = next((k for k, (intro, _) in enumerate(tables) if intro is None), 0)
    top = tables[top_index][1]
    rest = [t for k, t in enumerate(tables) if k != top_index]
    used: set[int] = set()

    def take(ref: str) -> Table | None:
        named = [
            k
            for k, (intro, _) in enumerate(rest)
            if intro is not None and intro.lower() == ref.lower()
        ]
        fresh = [k for k in named if k not in used]
        if fresh:
            used.add(fresh[0])
            return rest[fresh[0]][1]
        if named:
            return rest[named[-1]][1]
        near = _near_name(
            ref, [intro for k, (intro, _) in enumerate(rest) if intro and k not in used]
        )
        if near is not None:
            # `详情参考[inventory]` above a `#inventories` table, or a typo
            # (`inventroy`): the one unused table with a close name is meant.
            k = next(k for k, (intro, _) in enumerate(rest) if intro == near and k not in used)
            used.add(k)
            ctx.warn(
                rest[k][1].line, "reference-mismatch", f"reference {ref!r} read as table {near!r}"
            )
            return rest[k][1]
        unnamed = [k for k, (intro, _) in enumerate(rest) if intro is None and k not in used]
        if not unnamed:
            return None
        wants_error = "error" in ref.lower() or ref == "cause"
        preferred = [k for k in unnamed if _is_error_table(rest[k][1]) == wants_error]
        pick = (preferred or unnamed)[0]
        used.add(pick)
        return rest[pick][1]

    def build(table: Table, path: tuple[str, ...]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for row in table.rows:
            cells = row.cells
            description = cells.get("description", "")
            name = split_name(cells.get("name", ""), "")[0]
            type_name = cells.get("type", "").strip()
            node: dict[str, Any] = {
                "name": name,
                "type": type_name,
                "since": cells.get("since", "").strip(),
                "description": clean_description(description),
                "fields": [],
            }
            ref = reference_of(description, name, type_name)
            if ref is None and any(
                intro == name and k not in used for k, (intro, _) in enumerate(rest)
            ):
                # The row lost its `详情参考[x]` but a `#name` table is there for it.
                ctx.warn(
                    row.line,
                    "reference-missing",
                    f"response field {name!r} has its table but no reference to it",
                )
                ref = name
            if ref and ref.lower() not in path:
                nested = take(ref)
                if nested is None:
                    ctx.warn(
                        row.line,
                        "missing-table",
                        f"response field {name!r} refers to table {ref!r}, which is not there",
                    )
                else:
                    node["fields"] = build(nested, (*path, ref.lower()))
            out.append(node)
        return out

    fields = build(top, ())
    for k, (intro, table) in enumerate(rest):
        if k not in used and not any(intro == i2 and k2 in used for k2, (i2, _) in enumerate(rest)):
            ctx.warn(
                table.line,
                "unreferenced-table",
                f"response table {intro or '(unnamed)'} is referenced by no field",
            )
    return fields


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

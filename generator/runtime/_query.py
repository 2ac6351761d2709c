"""Query* APIs: conditions, sorting, paging and field selection on the query string.

The docs do not list these parameters per API; the protocol chapter defines them for
every Query API: `q=` repeated, `limit`, `start`, `count=true`, `replyWithCount=true`,
`sort=+field|-field`, `fields=a,b`, `groupBy`, `filterName`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal, TypeAlias

# Longest first: a condition string is matched against these in order.
OPERATORS = ("!?=", "!~=", "!=", ">=", "<=", "~=", "?=", "=", ">", "<")
NULL_OPERATORS = ("=null", "!=null")

ConditionValue: TypeAlias = str | int | float | bool | Sequence[str | int | float]
Condition: TypeAlias = str | tuple[str, str] | tuple[str, str, ConditionValue]
SortDirection: TypeAlias = Literal["asc", "desc"]

# The query-only keyword arguments every Query* method takes, by wire name.
QUERY_OPTIONS = ("q", "limit", "start", "count", "replyWithCount", "sort", "fields")


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def format_condition(condition: Condition) -> str:
    """`"state=Running"` as is; `("state", "=", "Running")` -> `"state=Running"`;
    `("uuid", "?=", ["a", "b"])` -> `"uuid?=a,b"`; `("description", "=null")`."""
    if isinstance(condition, str):
        if not condition.strip():
            raise ValueError("empty query condition")
        return condition
    if len(condition) == 2:
        field, op = condition
        if op not in NULL_OPERATORS:
            raise ValueError(f"query condition {condition!r}: a 2-tuple needs '=null' or '!=null'")
        return f"{field}{op}"
    field, op, value = condition
    if op in NULL_OPERATORS:
        return f"{field}{op}"
    if op not in OPERATORS:
        raise ValueError(
            f"query condition {condition!r}: unknown operator {op!r}; use one of "
            + ", ".join(OPERATORS + NULL_OPERATORS)
        )
    if isinstance(value, str | int | float | bool):
        text = _scalar(value)
    else:
        text = ",".join(_scalar(v) for v in value)
    return f"{field}{op}{text}"


def query_options(
    *,
    conditions: Iterable[Condition] | None,
    limit: int | None,
    start: int | None,
    count: bool | None,
    reply_with_count: bool | None,
    sort_by: str | None,
    sort_direction: SortDirection | None,
    fields: Sequence[str] | None,
) -> dict[str, object]:
    """The query-string parameters of one Query call, by wire name (None = not sent)."""
    sort: str | None = None
    if sort_by is not None:
        direction = sort_direction or "asc"
        if direction not in ("asc", "desc"):
            raise ValueError(f"sort_direction must be 'asc' or 'desc', not {direction!r}")
        # "+" must be percent-encoded on the wire, or the server reads a space.
        sort = ("-" if direction == "desc" else "+") + sort_by
    elif sort_direction is not None:
        raise ValueError("sort_direction needs sort_by")
    return {
        "q": [format_condition(c) for c in conditions] if conditions else None,
        "limit": limit,
        "start": start,
        "count": count or None,
        "replyWithCount": reply_with_count or None,
        "sort": sort,
        "fields": ",".join(fields) if fields else None,
    }

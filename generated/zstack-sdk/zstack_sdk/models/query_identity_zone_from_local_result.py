"""Result models: QueryIdentityZoneFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryIdentityZoneFromLocalResult",
]


class QueryIdentityZoneFromLocalResult(ZStackModel):
    """The result of QueryIdentityZoneFromLocal (ZStack's `QueryIdentityZoneFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

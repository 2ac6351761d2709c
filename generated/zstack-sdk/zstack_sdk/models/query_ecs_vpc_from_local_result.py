"""Result models: QueryEcsVpcFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryEcsVpcFromLocalResult",
]


class QueryEcsVpcFromLocalResult(ZStackModel):
    """The result of QueryEcsVpcFromLocal (ZStack's `QueryEcsVpcFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

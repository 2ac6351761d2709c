"""Result models: QueryVpcIkeConfigFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryVpcIkeConfigFromLocalResult",
]


class QueryVpcIkeConfigFromLocalResult(ZStackModel):
    """The result of QueryVpcIkeConfigFromLocal (ZStack's `QueryVpcIkeConfigFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

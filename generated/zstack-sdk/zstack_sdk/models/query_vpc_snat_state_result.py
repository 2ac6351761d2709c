"""Result models: QueryVpcSnatStateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryVpcSnatStateResult",
]


class QueryVpcSnatStateResult(ZStackModel):
    """The result of QueryVpcSnatState (ZStack's `QueryVpcSnatStateResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

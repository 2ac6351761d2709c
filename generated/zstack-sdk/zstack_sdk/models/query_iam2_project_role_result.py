"""Result models: QueryIAM2ProjectRoleResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryIAM2ProjectRoleResult",
]


class QueryIAM2ProjectRoleResult(ZStackModel):
    """The result of QueryIAM2ProjectRole (ZStack's `QueryIAM2ProjectRoleResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

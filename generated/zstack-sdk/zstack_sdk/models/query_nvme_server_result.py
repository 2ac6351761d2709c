"""Result models: QueryNvmeServerResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryNvmeServerResult",
]


class QueryNvmeServerResult(ZStackModel):
    """The result of QueryNvmeServer (ZStack's `QueryNvmeServerResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

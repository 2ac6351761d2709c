"""Result models: QueryIAM2VirtualIDAttributeResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryIAM2VirtualIDAttributeResult",
]


class QueryIAM2VirtualIDAttributeResult(ZStackModel):
    """The result of QueryIAM2VirtualIDAttribute (ZStack's `QueryIAM2VirtualIDAttributeResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

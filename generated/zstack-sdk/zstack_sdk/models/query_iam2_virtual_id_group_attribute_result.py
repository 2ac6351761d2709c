"""Result models: QueryIAM2VirtualIDGroupAttributeResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryIAM2VirtualIDGroupAttributeResult",
]


class QueryIAM2VirtualIDGroupAttributeResult(ZStackModel):
    """The result of QueryIAM2VirtualIDGroupAttribute (ZStack's `QueryIAM2VirtualIDGroupAttributeResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

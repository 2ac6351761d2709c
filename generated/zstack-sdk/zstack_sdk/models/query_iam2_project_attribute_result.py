"""Result models: QueryIAM2ProjectAttributeResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryIAM2ProjectAttributeResult",
]


class QueryIAM2ProjectAttributeResult(ZStackModel):
    """The result of QueryIAM2ProjectAttribute (ZStack's `QueryIAM2ProjectAttributeResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

"""Result models: QueryVpcSharedQosResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryVpcSharedQosResult",
]


class QueryVpcSharedQosResult(ZStackModel):
    """The result of QueryVpcSharedQos (ZStack's `QueryVpcSharedQosResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

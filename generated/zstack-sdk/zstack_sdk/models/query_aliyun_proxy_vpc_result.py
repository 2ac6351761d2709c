"""Result models: QueryAliyunProxyVpcResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryAliyunProxyVpcResult",
]


class QueryAliyunProxyVpcResult(ZStackModel):
    """The result of QueryAliyunProxyVpc (ZStack's `QueryAliyunProxyVpcResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

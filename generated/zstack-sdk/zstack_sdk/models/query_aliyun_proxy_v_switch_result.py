"""Result models: QueryAliyunProxyVSwitchResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryAliyunProxyVSwitchResult",
]


class QueryAliyunProxyVSwitchResult(ZStackModel):
    """The result of QueryAliyunProxyVSwitch (ZStack's `QueryAliyunProxyVSwitchResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

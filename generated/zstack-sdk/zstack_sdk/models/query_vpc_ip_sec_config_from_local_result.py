"""Result models: QueryVpcIpSecConfigFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryVpcIpSecConfigFromLocalResult",
]


class QueryVpcIpSecConfigFromLocalResult(ZStackModel):
    """The result of QueryVpcIpSecConfigFromLocal (ZStack's `QueryVpcIpSecConfigFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

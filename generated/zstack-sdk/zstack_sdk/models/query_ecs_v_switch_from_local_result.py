"""Result models: QueryEcsVSwitchFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryEcsVSwitchFromLocalResult",
]


class QueryEcsVSwitchFromLocalResult(ZStackModel):
    """The result of QueryEcsVSwitchFromLocal (ZStack's `QueryEcsVSwitchFromLocalResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

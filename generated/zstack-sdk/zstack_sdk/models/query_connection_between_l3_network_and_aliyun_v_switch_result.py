"""Result models: QueryConnectionBetweenL3NetworkAndAliyunVSwitchResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "QueryConnectionBetweenL3NetworkAndAliyunVSwitchResult",
]


class QueryConnectionBetweenL3NetworkAndAliyunVSwitchResult(ZStackModel):
    """The result of QueryConnectionBetweenL3NetworkAndAliyunVSwitch (ZStack's `QueryConnectionBetweenL3NetworkAndAliyunVSwitchResult`)."""

    error: ErrorCode | None = None

    inventories: list[Any] | None = None

    total: int | None = None

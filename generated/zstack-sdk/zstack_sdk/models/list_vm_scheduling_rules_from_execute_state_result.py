"""Result models: ListVmSchedulingRulesFromExecuteStateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ListVmSchedulingRulesFromExecuteStateResult",
]


class ListVmSchedulingRulesFromExecuteStateResult(ZStackModel):
    """The result of ListVmSchedulingRulesFromExecuteState (ZStack's `ListVmSchedulingRulesFromExecuteStateResult`)."""

    error: ErrorCode | None = None

    uuids: list[Any] | None = None

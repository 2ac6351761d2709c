"""Result models: ListVmsFromSchedulingStateResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "ListVmsFromSchedulingStateResult",
]


class ListVmsFromSchedulingStateResult(ZStackModel):
    """The result of ListVmsFromSchedulingState (ZStack's `ListVmsFromSchedulingStateResult`)."""

    error: ErrorCode | None = None

    uuids: list[Any] | None = None

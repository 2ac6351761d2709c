"""Result models: DeleteMonitorGroupResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteMonitorGroupResult",
]


class DeleteMonitorGroupResult(ZStackModel):
    """The result of DeleteMonitorGroup (ZStack's `DeleteMonitorGroupResult`)."""

    error: ErrorCode | None = None

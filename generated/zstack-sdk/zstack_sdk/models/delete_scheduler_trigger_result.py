"""Result models: DeleteSchedulerTriggerResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteSchedulerTriggerResult",
]


class DeleteSchedulerTriggerResult(ZStackModel):
    """The result of DeleteSchedulerTrigger (ZStack's `DeleteSchedulerTriggerResult`)."""

    error: ErrorCode | None = None

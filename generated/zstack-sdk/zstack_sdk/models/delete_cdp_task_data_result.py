"""Result models: DeleteCdpTaskDataResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteCdpTaskDataResult",
]


class DeleteCdpTaskDataResult(ZStackModel):
    """The result of DeleteCdpTaskData (ZStack's `DeleteCdpTaskDataResult`)."""

    error: ErrorCode | None = None

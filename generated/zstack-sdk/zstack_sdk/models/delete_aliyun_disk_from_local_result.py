"""Result models: DeleteAliyunDiskFromLocalResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAliyunDiskFromLocalResult",
]


class DeleteAliyunDiskFromLocalResult(ZStackModel):
    """The result of DeleteAliyunDiskFromLocal (ZStack's `DeleteAliyunDiskFromLocalResult`)."""

    error: ErrorCode | None = None

"""Result models: DeleteAliyunDiskFromRemoteResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAliyunDiskFromRemoteResult",
]


class DeleteAliyunDiskFromRemoteResult(ZStackModel):
    """The result of DeleteAliyunDiskFromRemote (ZStack's `DeleteAliyunDiskFromRemoteResult`)."""

    error: ErrorCode | None = None

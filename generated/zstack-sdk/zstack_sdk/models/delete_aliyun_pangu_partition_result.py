"""Result models: DeleteAliyunPanguPartitionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAliyunPanguPartitionResult",
]


class DeleteAliyunPanguPartitionResult(ZStackModel):
    """The result of DeleteAliyunPanguPartition (ZStack's `DeleteAliyunPanguPartitionResult`)."""

    error: ErrorCode | None = None

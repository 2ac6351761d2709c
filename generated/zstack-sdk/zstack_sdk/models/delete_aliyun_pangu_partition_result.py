"""Result models: DeleteAliyunPanguPartitionResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .._models import ZStackDateTime, ZStackModel
from .error_code import ErrorCode

__all__ = [
    "DeleteAliyunPanguPartitionResult",
]


class DeleteAliyunPanguPartitionResult(ZStackModel):
    """The result of DeleteAliyunPanguPartition (ZStack's `DeleteAliyunPanguPartitionResult`)."""

    error: ErrorCode | None = None

"""Result models: CheckIAM2VirtualIDConfigFileResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .error_result import ErrorResult

__all__ = [
    "CheckIAM2VirtualIDConfigFileResult",
]


class CheckIAM2VirtualIDConfigFileResult(ZStackModel):
    """The result of CheckIAM2VirtualIDConfigFile (ZStack's `CheckIAM2VirtualIDConfigFileResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    results: list[ErrorResult] | None = None
    """详情参考results (since 3.6.0)"""

"""Result models: BatchCreateIAM2VirtualIDFromConfigFileResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "BatchCreateIAM2VirtualIDFromConfigFileResult",
]


class BatchCreateIAM2VirtualIDFromConfigFileResult(ZStackModel):
    """The result of BatchCreateIAM2VirtualIDFromConfigFile (ZStack's `BatchCreateIAM2VirtualIDFromConfigFileResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.6.0)"""

    number_of_imported_user: int | None = None
    """批量创建用户时成功创建的用户数量 (since 3.6.0)"""

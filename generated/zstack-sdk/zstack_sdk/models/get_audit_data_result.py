"""Result models: GetAuditDataResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetAuditDataResult",
]


class GetAuditDataResult(ZStackModel):
    """The result of GetAuditData (ZStack's `GetAuditDataResult`)."""

    audits: list[Any] | None = None
    """详情参考audits (since 2.3)"""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.3)"""

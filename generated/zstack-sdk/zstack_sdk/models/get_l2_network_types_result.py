"""Result models: GetL2NetworkTypesResult (generated; do not edit)."""

from __future__ import annotations

from typing import Any

from .._models import ZStackModel
from .error_code import ErrorCode

__all__ = [
    "GetL2NetworkTypesResult",
]


class GetL2NetworkTypesResult(ZStackModel):
    """The ``GetL2NetworkTypesResult`` structure."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    types: list[Any] | None = None
    """types (since 0.6)"""

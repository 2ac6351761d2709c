"""Result models: UpdateLongJobResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .long_job_inventory import LongJobInventory

__all__ = [
    "UpdateLongJobResult",
]


class UpdateLongJobResult(ZStackModel):
    """The result of UpdateLongJob (ZStack's `UpdateLongJobResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.9.0)"""

    inventory: LongJobInventory | None = None
    """详情参考inventory (since 3.9.0)"""

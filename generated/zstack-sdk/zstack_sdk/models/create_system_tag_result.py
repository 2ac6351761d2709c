"""Result models: CreateSystemTagResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .system_tag_inventory import SystemTagInventory

__all__ = [
    "CreateSystemTagResult",
]


class CreateSystemTagResult(ZStackModel):
    """The result of CreateSystemTag (ZStack's `CreateSystemTagResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 0.6)"""

    inventory: SystemTagInventory | None = None
    """详情参考inventory (since 0.6)"""

"""Result models: RestartResourceStackResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .resource_stack_inventory import ResourceStackInventory

__all__ = [
    "RestartResourceStackResult",
]


class RestartResourceStackResult(ZStackModel):
    """The result of RestartResourceStack (ZStack's `RestartResourceStackResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 2.5.0)"""

    inventory: ResourceStackInventory | None = None
    """详情参考inventory (since 2.5.0)"""

"""Result models: UpdateResourceConfigResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .resource_config_inventory import ResourceConfigInventory

__all__ = [
    "UpdateResourceConfigResult",
]


class UpdateResourceConfigResult(ZStackModel):
    """The result of UpdateResourceConfig (ZStack's `UpdateResourceConfigResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.4.0)"""

    inventory: ResourceConfigInventory | None = None
    """详情参考inventory (since 3.4.0)"""

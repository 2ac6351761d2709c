"""Result models: UpdateBareMetal2InstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_instance_inventory import BareMetal2InstanceInventory
from .error_code import ErrorCode

__all__ = [
    "UpdateBareMetal2InstanceResult",
]


class UpdateBareMetal2InstanceResult(ZStackModel):
    """The result of UpdateBareMetal2Instance (ZStack's `UpdateBareMetal2InstanceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventory: BareMetal2InstanceInventory | None = None
    """详情参考inventory (since 4.0.0)"""

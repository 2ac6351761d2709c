"""Result models: ReconnectBareMetal2InstanceResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .bare_metal2_instance_inventory import BareMetal2InstanceInventory
from .error_code import ErrorCode

__all__ = [
    "ReconnectBareMetal2InstanceResult",
]


class ReconnectBareMetal2InstanceResult(ZStackModel):
    """The result of ReconnectBareMetal2Instance (ZStack's `ReconnectBareMetal2InstanceResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 4.0.0)"""

    inventory: BareMetal2InstanceInventory | None = None
    """详情参考inventory (since 4.0.0)"""

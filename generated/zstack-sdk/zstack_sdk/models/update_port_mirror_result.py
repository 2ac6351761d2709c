"""Result models: UpdatePortMirrorResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .port_mirror_inventory import PortMirrorInventory

__all__ = [
    "UpdatePortMirrorResult",
]


class UpdatePortMirrorResult(ZStackModel):
    """The result of UpdatePortMirror (ZStack's `UpdatePortMirrorResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.0)"""

    inventory: PortMirrorInventory | None = None
    """详情参考inventory (since 3.7.0)"""

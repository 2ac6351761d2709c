"""Result models: CreatePortMirrorSessionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .port_mirror_session_inventory import PortMirrorSessionInventory

__all__ = [
    "CreatePortMirrorSessionResult",
]


class CreatePortMirrorSessionResult(ZStackModel):
    """The result of CreatePortMirrorSession (ZStack's `CreatePortMirrorSessionResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.0)"""

    inventory: PortMirrorSessionInventory | None = None
    """详情参考inventory (since 3.7.0)"""

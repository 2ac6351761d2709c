"""Result models: QueryPortMirrorSessionResult (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackModel
from .error_code import ErrorCode
from .port_mirror_session_inventory import PortMirrorSessionInventory

__all__ = [
    "QueryPortMirrorSessionResult",
]


class QueryPortMirrorSessionResult(ZStackModel):
    """The result of QueryPortMirrorSession (ZStack's `QueryPortMirrorSessionResult`)."""

    error: ErrorCode | None = None
    """错误码，若不为null，则表示操作失败, 操作成功时该字段为null。 详情参考error (since 3.7.0)"""

    inventories: list[PortMirrorSessionInventory] | None = None
    """详情参考inventories (since 3.7.0)"""

    total: int | None = None

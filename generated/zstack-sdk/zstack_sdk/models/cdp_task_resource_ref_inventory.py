"""Result models: CdpTaskResourceRefInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "CdpTaskResourceRefInventory",
]


class CdpTaskResourceRefInventory(ZStackModel):
    """ZStack's `CdpTaskResourceRefInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 4.5.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 4.5.0)"""

    resource_type: str | None = None
    """任务资源清单 (since 4.5.0)"""

    resource_uuid: str | None = None
    """资源UUID (since 4.5.0)"""

    task_uuid: str | None = None
    """CDP任务UUID (since 4.5.0)"""

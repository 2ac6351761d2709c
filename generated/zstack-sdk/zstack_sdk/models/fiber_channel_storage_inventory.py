"""Result models: FiberChannelStorageInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel
from .fiber_channel_lun_inventory import FiberChannelLunInventory

__all__ = [
    "FiberChannelStorageInventory",
]


class FiberChannelStorageInventory(ZStackModel):
    """ZStack's `FiberChannelStorageInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 3.1.0)"""

    fiber_channel_luns: list[FiberChannelLunInventory] | None = None
    """详情参考fiberChannelLuns (since 3.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 3.1.0)"""

    name: str | None = None
    """资源名称 (since 3.1.0)"""

    state: str | None = None
    """启用状态 (since 3.1.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 3.1.0)"""

    wwnn: str | None = None
    """FC SAN全局唯一表示 (since 3.1.0)"""

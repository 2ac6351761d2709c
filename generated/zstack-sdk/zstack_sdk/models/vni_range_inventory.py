"""Result models: VniRangeInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VniRangeInventory",
]


class VniRangeInventory(ZStackModel):
    """ZStack's `VniRangeInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 0.6)"""

    description: str | None = None
    """资源的详细描述 (since 0.6)"""

    end_vni: int | None = None
    """endVni (since 0.6)"""

    l2_network_uuid: str | None = None
    """二层网络UUID (since 0.6)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 0.6)"""

    name: str | None = None
    """资源名称 (since 0.6)"""

    start_vni: int | None = None
    """startVni (since 0.6)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 0.6)"""

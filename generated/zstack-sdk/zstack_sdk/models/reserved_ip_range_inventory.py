"""Result models: ReservedIpRangeInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "ReservedIpRangeInventory",
]


class ReservedIpRangeInventory(ZStackModel):
    """ZStack's `ReservedIpRangeInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 5.1.0)"""

    description: str | None = None
    """资源的详细描述 (since 5.1.0)"""

    end_ip: str | None = None
    """结束IP(包含在保留地址段内) (since 5.1.0)"""

    ip_version: int | None = None
    """ip协议号 (since 5.1.0)"""

    l3_network_uuid: str | None = None
    """三层网络UUID (since 5.1.0)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 5.1.0)"""

    name: str | None = None
    """资源名称 (since 5.1.0)"""

    start_ip: str | None = None
    """起始IP(包含在保留地址段内) (since 5.1.0)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 5.1.0)"""

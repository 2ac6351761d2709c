"""Result models: VipQosInventory (generated; do not edit)."""

from __future__ import annotations

from .._models import ZStackDateTime, ZStackModel

__all__ = [
    "VipQosInventory",
]


class VipQosInventory(ZStackModel):
    """ZStack's `VipQosInventory`."""

    create_date: ZStackDateTime | None = None
    """创建时间 (since 2.3)"""

    inbound_bandwidth: int | None = None
    """出流量带宽限制 (since 2.3)"""

    last_op_date: ZStackDateTime | None = None
    """最后一次修改时间 (since 2.3)"""

    outbound_bandwidth: int | None = None
    """入流量带宽限制 (since 2.3)"""

    port: int | None = None
    """端口 (since 2.3)"""

    type: str | None = None
    """限速单位类型 (since 2.3)"""

    uuid: str | None = None
    """资源的UUID，唯一标示该资源 (since 2.3)"""

    vip_uuid: str | None = None
    """虚拟IP UUID (since 2.3)"""
